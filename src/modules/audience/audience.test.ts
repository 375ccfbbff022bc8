import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildCitizen, ensureRegion, sessionHeaders } from '../../test/factories.js';
import { buildFollower, staffHeaders, type Headers } from '../menus/testing.js';

describeEachDatabase('follower tags and the citizen’s region', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    await ensureRegion(ctx.db, '410000', '河南省');
    await ensureRegion(ctx.db, '411500', '信阳市');
    await ensureRegion(ctx.db, '411502', '浉河区');
  });
  afterAll(async () => {
    await app.close();
  });

  const base = (id: number) => `/api/console/accounts/${id}`;
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: object) =>
    app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  async function setup() {
    const account = await buildAccount(ctx.db);
    const admin = await staffHeaders(ctx.db, deps, account.id, 'admin');
    return { account, admin: admin.headers, adminId: admin.id };
  }

  it('an admin creates, renames, lists (oldest first) and deletes tags; names are unique per account', async () => {
    const { account, admin, adminId } = await setup();
    const created = await call('POST', `${base(account.id)}/tags`, admin, { name: ' 教师 ' });
    expect(created.statusCode, created.body).toBe(201);
    const teacher = created.json();
    expect(teacher).toEqual({ id: expect.any(Number), name: '教师', followers: 0 });
    const parents = (await call('POST', `${base(account.id)}/tags`, admin, { name: '家长' })).json();

    const dup = await call('POST', `${base(account.id)}/tags`, admin, { name: '教师' });
    expect([dup.statusCode, dup.json().error.code]).toEqual([409, 'TAG_NAME_TAKEN']);
    const clash = await call('PUT', `${base(account.id)}/tags/${parents.id}`, admin, { name: '教师' });
    expect([clash.statusCode, clash.json().error.code]).toEqual([409, 'TAG_NAME_TAKEN']);
    // Another account may use the same name.
    const other = await setup();
    expect(
      (await call('POST', `${base(other.account.id)}/tags`, other.admin, { name: '教师' })).statusCode,
    ).toBe(201);

    const renamed = await call('PUT', `${base(account.id)}/tags/${teacher.id}`, admin, { name: '教职工' });
    expect(renamed.json()).toEqual({ id: teacher.id, name: '教职工', followers: 0 });
    expect(
      (await call('GET', `${base(account.id)}/tags`, admin))
        .json()
        .items.map((t: { name: string }) => t.name),
    ).toEqual(['教职工', '家长']);

    expect((await call('DELETE', `${base(account.id)}/tags/${parents.id}`, admin)).statusCode).toBe(204);
    const gone = await call('DELETE', `${base(account.id)}/tags/${parents.id}`, admin);
    expect([gone.statusCode, gone.json().error.code]).toEqual([404, 'TAG_NOT_FOUND']);
    // A tag of another account is not found through this one.
    const foreign = (await call('GET', `${base(other.account.id)}/tags`, other.admin)).json().items[0];
    expect(
      (await call('PUT', `${base(account.id)}/tags/${foreign.id}`, admin, { name: 'x' })).statusCode,
    ).toBe(404);

    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('account_id', '=', account.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['tag.created', adminId],
      ['tag.created', adminId],
      ['tag.renamed', adminId],
      ['tag.deleted', adminId],
    ]);
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });

  it('refuses the 101st tag and names longer than 30 characters', async () => {
    const { account, admin } = await setup();
    await ctx.db.k
      .insertInto('follower_tags')
      .values(
        Array.from({ length: 100 }, (_, i) => ({ account_id: account.id, name: `标签${i}`, created_at: 1 })),
      )
      .execute();
    const res = await call('POST', `${base(account.id)}/tags`, admin, { name: '多余' });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'TAG_LIMIT']);
    const other = await setup();
    const long = await call('POST', `${base(other.account.id)}/tags`, other.admin, { name: '名'.repeat(31) });
    expect(long.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'name' });
  });

  it('followers are tagged and untagged by openid, all or nothing, and counted while they follow', async () => {
    const { account, admin } = await setup();
    const tag = (await call('POST', `${base(account.id)}/tags`, admin, { name: '志愿者' })).json();
    const a = await buildFollower(app, deps, ctx.db, account.id);
    const b = await buildFollower(app, deps, ctx.db, account.id);
    const members = `${base(account.id)}/tags/${tag.id}/members`;

    const unknown = await call('POST', members, admin, { openids: [a.openid, 'o-not-a-follower'] });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({
      code: 'FOLLOWER_NOT_FOUND',
      details: { openids: ['o-not-a-follower'] },
    });
    expect(
      await ctx.db.k.selectFrom('follower_tag_members').selectAll().where('tag_id', '=', tag.id).execute(),
    ).toEqual([]);

    const added = await call('POST', members, admin, { openids: [a.openid, b.openid, a.openid] });
    expect(added.json()).toEqual({ id: tag.id, name: '志愿者', followers: 2 });
    // Tagging again changes nothing.
    expect((await call('POST', members, admin, { openids: [a.openid] })).json().followers).toBe(2);

    const lookup = await call(
      'GET',
      `${base(account.id)}/follower-tags?openid=${a.openid}&openid=${b.openid}&openid=nobody`,
      admin,
    );
    expect(lookup.json().items).toEqual([
      { openid: a.openid, tagIds: [tag.id] },
      { openid: b.openid, tagIds: [tag.id] },
      { openid: 'nobody', tagIds: [] },
    ]);

    expect((await call('POST', `${members}/remove`, admin, { openids: [b.openid] })).json().followers).toBe(
      1,
    );
    await app.inject({ method: 'DELETE', url: `/api/accounts/${account.id}/follow`, headers: a.headers });
    expect((await call('GET', `${base(account.id)}/tags`, admin)).json().items).toEqual([
      { id: tag.id, name: '志愿者', followers: 0 },
    ]);
  });

  it('only admins change tags; editors, analysts and responders may read them; other accounts’ staff nothing', async () => {
    const { account, admin } = await setup();
    const tag = (await call('POST', `${base(account.id)}/tags`, admin, { name: '人大代表' })).json();
    const follower = await buildFollower(app, deps, ctx.db, account.id);
    for (const role of ['editor', 'analyst', 'responder', 'reviewer'] as const) {
      const { headers } = await staffHeaders(ctx.db, deps, account.id, role);
      expect((await call('POST', `${base(account.id)}/tags`, headers, { name: role })).statusCode, role).toBe(
        403,
      );
      expect(
        (await call('PUT', `${base(account.id)}/tags/${tag.id}`, headers, { name: role })).statusCode,
        role,
      ).toBe(403);
      expect((await call('DELETE', `${base(account.id)}/tags/${tag.id}`, headers)).statusCode, role).toBe(
        403,
      );
      const tagging = await call('POST', `${base(account.id)}/tags/${tag.id}/members`, headers, {
        openids: [follower.openid],
      });
      expect(tagging.statusCode, role).toBe(403);
      expect((await call('GET', `${base(account.id)}/tags`, headers)).statusCode, role).toBe(
        role === 'reviewer' ? 403 : 200,
      );
    }
    const outsider = await setup();
    expect((await call('GET', `${base(account.id)}/tags`, outsider.admin)).statusCode).toBe(403);
    expect((await call('DELETE', `${base(account.id)}/tags/${tag.id}`, outsider.admin)).statusCode).toBe(403);
    expect((await call('GET', `${base(account.id)}/tags`, admin)).json().items).toEqual([
      { ...tag, followers: 0 },
    ]);
  });

  it('a citizen sets, reads and clears their region; unknown codes are refused', async () => {
    const citizen = await buildCitizen(ctx.db);
    const headers: Headers = { ...(await sessionHeaders(deps.sessions, 'citizen', citizen.id)) };
    const region = (payload?: object) =>
      app.inject({
        method: payload ? 'PUT' : 'GET',
        url: '/api/me/region',
        headers,
        ...(payload ? { payload } : {}),
      });

    expect((await region()).json()).toEqual({ regionCode: null, path: [] });
    const set = await region({ regionCode: '411502' });
    expect(set.json()).toEqual({
      regionCode: '411502',
      path: [
        { code: '410000', name: '河南省' },
        { code: '411500', name: '信阳市' },
        { code: '411502', name: '浉河区' },
      ],
    });
    expect((await region()).json().regionCode).toBe('411502');

    for (const [code, error] of [
      ['999999', 'REGION_NOT_FOUND'],
      ['4115', 'VALIDATION_FAILED'],
    ] as const) {
      const res = await region({ regionCode: code });
      expect(res.statusCode, code).toBe(400);
      expect(res.json().error, code).toMatchObject({ code: error, field: 'regionCode' });
    }
    expect((await region()).json().regionCode).toBe('411502');

    expect((await region({ regionCode: null })).json()).toEqual({ regionCode: null, path: [] });
    const signedOut = await app.inject({ method: 'GET', url: '/api/me/region' });
    expect(signedOut.json().error.code).toBe('UNAUTHENTICATED');
  });
});
