import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildCitizen, sessionHeaders } from '../../test/factories.js';

describeEachDatabase('accounts: public routes', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  it('lists provinces without a parent and the children of a parent', async () => {
    const provinces = (await get('/api/regions')).json().items;
    expect(provinces).toContainEqual({ code: '410000', name: '河南省', level: 1 });
    expect(provinces.every((r: { level: number }) => r.level === 1)).toBe(true);
    const henan = (await get('/api/regions?parent=410000')).json().items;
    expect(henan).toContainEqual({ code: '411500', name: '信阳市', level: 2 });
    expect((await get('/api/regions?parent=411500')).json().items).toContainEqual({
      code: '411525',
      name: '固始县',
      level: 3,
    });
  });

  it('refuses an unknown or malformed region parent with a field error', async () => {
    const unknown = await get('/api/regions?parent=990000');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'REGION_NOT_FOUND', field: 'parent' });
    const malformed = await get('/api/regions?parent=41');
    expect(malformed.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'parent' });
  });

  it('lists the department catalogue with Chinese and English labels', async () => {
    const items = (await get('/api/departments')).json().items;
    expect(items).toHaveLength(20);
    expect(items).toContainEqual({ key: 'letters_complaints', zh: '信访', en: 'Letters and complaints' });
  });

  describe('directory', () => {
    let ids: Record<string, number>;
    beforeAll(async () => {
      const tag = `dir${ctx.dialect}`;
      const mk = async (key: string, o: Parameters<typeof buildAccount>[1]) =>
        (await buildAccount(ctx.db, o)).id;
      ids = {
        small: await mk('small', {
          name: `${tag}小号公安`,
          region_code: '411502',
          department_type: 'public_security',
          follower_count: 5,
          introduction: `${tag} 介绍`,
        }),
        big: await mk('big', {
          name: `${tag}大号公安`,
          region_code: '411500',
          department_type: 'public_security',
          follower_count: 50,
          introduction: `${tag} 介绍`,
        }),
        verified: await mk('verified', {
          name: `${tag}认证教育`,
          region_code: '410100',
          department_type: 'education',
          verified: 1,
          follower_count: 1,
          introduction: `${tag} 介绍`,
        }),
        suspended: await mk('suspended', {
          name: `${tag}停用`,
          region_code: '411500',
          status: 'suspended',
          introduction: `${tag} 介绍`,
        }),
        percent: await mk('percent', {
          name: `${tag}百分之百_服务`,
          region_code: '411500',
          department_type: 'tourism',
          introduction: `${tag} 介绍`,
        }),
      };
    });
    const names = (res: { json(): { items: Array<{ id: number }> } }) => res.json().items.map((a) => a.id);

    it('puts verified accounts first, then more followers first, and hides suspended ones', async () => {
      const res = await get(`/api/directory?q=dir${ctx.dialect}`);
      expect(res.statusCode).toBe(200);
      expect(names(res)).toEqual([ids.verified, ids.big, ids.small, ids.percent]);
      expect(res.json().items[0]).toMatchObject({
        verified: true,
        regionCode: '410100',
        regionName: '郑州市',
        followerCount: 1,
      });
    });

    it('matches a region and every region inside it', async () => {
      expect(names(await get(`/api/directory?q=dir${ctx.dialect}&region=411500`))).toEqual([
        ids.big,
        ids.small,
        ids.percent,
      ]);
      expect(names(await get(`/api/directory?q=dir${ctx.dialect}&region=411502`))).toEqual([ids.small]);
      expect(names(await get(`/api/directory?q=dir${ctx.dialect}&region=410000`))).toHaveLength(4);
    });

    it('filters by department and searches case-insensitively, treating % and _ literally', async () => {
      expect(names(await get(`/api/directory?q=dir${ctx.dialect}&department=education`))).toEqual([
        ids.verified,
      ]);
      expect(names(await get(`/api/directory?q=DIR${ctx.dialect}大号`))).toEqual([ids.big]);
      expect(names(await get(`/api/directory?q=${encodeURIComponent('百分之百_')}`))).toEqual([ids.percent]);
      expect(names(await get(`/api/directory?q=${encodeURIComponent('%')}`))).toEqual([]);
    });

    it('pages with an opaque cursor without repeating or losing accounts', async () => {
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const res = await get(
          `/api/directory?q=dir${ctx.dialect}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...names(res));
        cursor = res.json().nextCursor;
      } while (cursor);
      expect(seen).toEqual([ids.verified, ids.big, ids.small, ids.percent]);
    });

    it('refuses a forged cursor, an unknown region and a limit over 100 with the field named', async () => {
      expect((await get('/api/directory?cursor=bm9wZQ')).json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'cursor',
      });
      expect((await get('/api/directory?region=990000')).json().error).toMatchObject({
        code: 'REGION_NOT_FOUND',
        field: 'region',
      });
      expect((await get('/api/directory?limit=101')).json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'limit',
      });
    });
  });

  it('shows a profile by id or handle, and whether the signed-in citizen follows it', async () => {
    const account = await buildAccount(ctx.db, { publication_seq: 3 });
    const byId = await get(`/api/accounts/${account.id}`);
    expect(byId.statusCode).toBe(200);
    expect(byId.json()).toMatchObject({
      id: account.id,
      handle: account.handle,
      following: false,
      publicationCount: 3,
      regionName: '河南省',
    });
    const citizen = await buildCitizen(ctx.db);
    await ctx.db.k
      .insertInto('follows')
      .values({
        account_id: account.id,
        citizen_id: citizen.id,
        openid: `o-${citizen.id}`,
        followed_at: Date.now(),
        last_read_seq: 0,
        scene: null,
      })
      .execute();
    const headers = { ...(await sessionHeaders(deps.sessions, 'citizen', citizen.id)) };
    expect((await get(`/api/accounts/${account.handle}`, headers)).json().following).toBe(true);
  });

  it('answers 404 ACCOUNT_NOT_FOUND for unknown, non-numeric and out-of-range refs', async () => {
    for (const ref of ['999999', 'no-such-handle', '99999999999999999999', '%E2%9C%93']) {
      const res = await get(`/api/accounts/${ref}`);
      expect(res.statusCode, ref).toBe(404);
      expect(res.json().error.code).toBe('ACCOUNT_NOT_FOUND');
    }
  });
});
