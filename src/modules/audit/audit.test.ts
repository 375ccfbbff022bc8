import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import type { StaffRole } from '../../db/schema.js';
import { appendAudit } from '../../infra/audit.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';

describeEachDatabase('audit log API', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });

  const record = (accountId: number, action: string, details: Record<string, unknown> = {}) =>
    ctx.db.k.transaction().execute((trx) =>
      appendAudit(trx, ctx.dialect, {
        at: Date.now(),
        actorKind: 'system',
        actorId: null,
        accountId,
        action,
        target: `account:${accountId}`,
        details,
      }),
    );
  const headersOf = async (opts: Parameters<typeof buildStaff>[1]) =>
    sessionHeaders(deps.sessions, 'staff', (await buildStaff(ctx.db, opts)).id);
  const asRole = (accountId: number, role: StaffRole) => headersOf({ roles: [[accountId, role]] });
  const list = (accountId: number, headers: object, query = '') =>
    app.inject({
      method: 'GET',
      url: `/api/console/accounts/${accountId}/audit${query}`,
      headers: { ...headers },
    });

  it("an admin sees their account's entries and never another account's", async () => {
    const mine = await buildAccount(ctx.db);
    const other = await buildAccount(ctx.db);
    await record(mine.id, 'article.create');
    await record(other.id, 'article.publish');
    await record(mine.id, 'menu.updated', { buttons: ['办事'] });
    const headers = await asRole(mine.id, 'admin');

    const res = await list(mine.id, headers);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((i: { action: string }) => i.action)).toEqual(['menu.updated', 'article.create']);
    expect(body.items[0]).toMatchObject({
      actorKind: 'system',
      actor: null,
      target: `account:${mine.id}`,
      details: { buttons: ['办事'] },
    });
    expect(body.nextCursor).toBeNull();
    expect((await list(other.id, headers)).statusCode).toBe(403);
  });

  it('names the staff member who acted and keeps old → new values of a profile change', async () => {
    const account = await buildAccount(ctx.db);
    const admin = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    const headers = await sessionHeaders(deps.sessions, 'staff', admin.id);
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/console/accounts/${account.id}`,
      headers: { ...headers },
      payload: { contact: '0371-66666666' },
    });
    expect(patch.statusCode).toBe(200);
    const [entry] = (await list(account.id, headers)).json().items;
    expect(entry).toMatchObject({
      actorKind: 'staff',
      actor: { id: admin.id, username: admin.username, displayName: admin.username },
      action: 'account.profile_updated',
      details: { changes: { contact: { from: '0371-00000000', to: '0371-66666666' } } },
    });
  });

  it('refuses editors and other roles of the account', async () => {
    const account = await buildAccount(ctx.db);
    for (const role of ['editor', 'reviewer', 'analyst'] as const)
      expect((await list(account.id, await asRole(account.id, role))).statusCode).toBe(403);
  });

  it("lets supervisors of the account's region read it, and refuses those of another region", async () => {
    const account = await buildAccount(ctx.db, { region_code: '411500' });
    await record(account.id, 'account.created');
    const province = await list(account.id, await headersOf({ supervisorRegion: '410000' }));
    expect(province.statusCode).toBe(200);
    expect(province.json().items).toHaveLength(1);
    expect((await list(account.id, await headersOf({ supervisorRegion: '411500' }))).statusCode).toBe(200);
    expect((await list(account.id, await headersOf({ supervisorRegion: '420000' }))).statusCode).toBe(403);
    expect((await list(account.id, await headersOf({ supervisorRegion: '410100' }))).statusCode).toBe(403);
  });

  it('lets platform admins read any account, and answers 404 for an unknown one', async () => {
    const account = await buildAccount(ctx.db);
    const headers = await headersOf({ isPlatformAdmin: true });
    expect((await list(account.id, headers)).statusCode).toBe(200);
    const missing = await list(2_000_000_000, headers);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('refuses signed-out requests', async () => {
    const account = await buildAccount(ctx.db);
    expect((await list(account.id, {})).statusCode).toBe(401);
  });

  it('pages newest first by id until nextCursor is null', async () => {
    const account = await buildAccount(ctx.db);
    for (let i = 0; i < 5; i++) await record(account.id, 'article.update', { n: i });
    const headers = await asRole(account.id, 'admin');
    const seen: number[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await list(account.id, headers, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      const page: { items: Array<{ details: { n: number } }>; nextCursor: string | null } = res.json();
      sizes.push(page.items.length);
      seen.push(...page.items.map((i) => i.details.n));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([2, 2, 1]);
    expect(seen).toEqual([4, 3, 2, 1, 0]);
    expect((await list(account.id, headers, '?cursor=abc')).statusCode).toBe(400);
  });

  it('filters by an exact action or by a category prefix', async () => {
    const account = await buildAccount(ctx.db);
    for (const action of ['article.create', 'article.publish', 'staff.roles_granted', 'articles.x'])
      await record(account.id, action);
    const headers = await asRole(account.id, 'admin');
    const actions = async (filter: string) =>
      (await list(account.id, headers, `?action=${encodeURIComponent(filter)}`))
        .json()
        .items.map((i: { action: string }) => i.action);
    expect(await actions('article.publish')).toEqual(['article.publish']);
    expect(await actions('article.')).toEqual(['article.publish', 'article.create']);
    expect(await actions('staff.')).toEqual(['staff.roles_granted']);
    expect(await actions('menu.')).toEqual([]);
    const bad = await list(account.id, headers, `?action=${encodeURIComponent('article%')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('action');
  });
});

describeEachDatabase('audit chain verification', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });

  const verify = (headers: object) =>
    app.inject({ method: 'GET', url: '/api/console/audit/verify', headers: { ...headers } });

  it('reports an intact chain, then the first row edited behind its back', async () => {
    const account = await buildAccount(ctx.db);
    for (let i = 0; i < 3; i++)
      await ctx.db.k.transaction().execute((trx) =>
        appendAudit(trx, ctx.dialect, {
          at: 1000 + i,
          actorKind: 'system',
          actorId: null,
          accountId: account.id,
          action: 'article.publish',
          target: `article:${i}`,
        }),
      );
    const admin = await buildStaff(ctx.db, { isPlatformAdmin: true });
    const headers = await sessionHeaders(deps.sessions, 'staff', admin.id);
    expect((await verify(headers)).json()).toEqual({ intact: true, firstBrokenId: null, entries: 3 });

    const rows = await ctx.db.k.selectFrom('audit_log').select('id').orderBy('id').execute();
    await ctx.db.k
      .updateTable('audit_log')
      .set({ details: JSON.stringify({ forged: true }) })
      .where('id', '=', rows[1]!.id)
      .execute();
    expect((await verify(headers)).json()).toEqual({ intact: false, firstBrokenId: rows[1]!.id, entries: 3 });
  });

  it('is for platform admins only: account admins and supervisors are refused', async () => {
    const account = await buildAccount(ctx.db);
    for (const opts of [
      { roles: [[account.id, 'admin']] as Array<[number, StaffRole]> },
      { supervisorRegion: '410000' },
    ]) {
      const staff = await buildStaff(ctx.db, opts);
      expect((await verify(await sessionHeaders(deps.sessions, 'staff', staff.id))).statusCode).toBe(403);
    }
  });
});
