import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, raisePushQuota } from '../../test/factories.js';
import { buildFollower, publishArticle, staffHeaders, type Headers } from './testing.js';

const HOTLINES = [
  { name: '政务服务便民热线', phone: '12345', hours: '24小时' },
  { name: '公共法律服务热线', phone: '12348', hours: '工作日 9:00—17:00' },
];

describeEachDatabase('service pages: hotlines and the article list', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });

  const putHotlines = (id: number, headers: Headers, items: unknown[]) =>
    app.inject({ method: 'PUT', url: `/api/console/accounts/${id}/hotlines`, headers, payload: { items } });
  const publicHotlines = (id: number | string) =>
    app.inject({ method: 'GET', url: `/api/accounts/${id}/services/hotlines` });

  it('staff set the hotlines, citizens read them publicly in the same order, and the change is audited', async () => {
    const account = await buildAccount(ctx.db);
    const editor = await staffHeaders(ctx.db, deps, account.id, 'editor');
    expect((await publicHotlines(account.id)).json()).toEqual({ items: [] });

    const res = await putHotlines(account.id, editor.headers, [
      { name: ' 政务服务便民热线 ', phone: '12345', hours: '24小时' },
      { name: '公共法律服务热线', phone: '12348', hours: '工作日 9:00—17:00' },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ items: HOTLINES });
    expect((await publicHotlines(account.id)).json()).toEqual({ items: HOTLINES });
    const console = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/hotlines`,
      headers: editor.headers,
    });
    expect(console.json()).toEqual({ items: HOTLINES });

    expect((await putHotlines(account.id, editor.headers, [HOTLINES[1]])).json()).toEqual({
      items: [HOTLINES[1]],
    });
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('account_id', '=', account.id)
      .execute();
    expect(audit).toEqual([
      { action: 'hotlines.updated', actor_id: editor.id },
      { action: 'hotlines.updated', actor_id: editor.id },
    ]);
  });

  it('refuses numbers that are not phone-like, blank names and more than 50 lines, changing nothing', async () => {
    const account = await buildAccount(ctx.db);
    const { headers } = await staffHeaders(ctx.db, deps, account.id, 'admin');
    await putHotlines(account.id, headers, HOTLINES);
    const bad: Array<[string, unknown[], string]> = [
      ['letters in a number', [{ name: '热线', phone: 'call me', hours: '' }], 'items.0.phone'],
      ['two digits', [{ name: '热线', phone: '1-2', hours: '' }], 'items.0.phone'],
      ['a blank name', [HOTLINES[0], { name: '   ', phone: '12345', hours: '' }], 'items.1.name'],
      ['51 lines', Array(51).fill(HOTLINES[0]), 'items'],
      ['an unknown field', [{ ...HOTLINES[0], url: 'x' }], 'items.0.url'],
    ];
    for (const [why, items, field] of bad) {
      const res = await putHotlines(account.id, headers, items);
      expect(res.statusCode, why).toBe(400);
      expect(res.json().error, why).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
    expect((await publicHotlines(account.id)).json()).toEqual({ items: HOTLINES });
    for (const phone of ['0376-6221234', '+86 371 6599 1234', '(0371)12345', '110'])
      expect(
        (await putHotlines(account.id, headers, [{ name: '热线', phone, hours: '' }])).statusCode,
        phone,
      ).toBe(200);
  });

  it('only admins and editors of the account edit hotlines; unknown and suspended accounts have none', async () => {
    const account = await buildAccount(ctx.db);
    const other = await buildAccount(ctx.db);
    const responder = await staffHeaders(ctx.db, deps, account.id, 'responder');
    const outsider = await staffHeaders(ctx.db, deps, other.id, 'admin');
    expect((await putHotlines(account.id, responder.headers, HOTLINES)).statusCode).toBe(403);
    expect((await putHotlines(account.id, outsider.headers, HOTLINES)).statusCode).toBe(403);
    expect((await publicHotlines(account.id)).json()).toEqual({ items: [] });
    const suspended = await buildAccount(ctx.db, { status: 'suspended' });
    for (const id of [suspended.id, 999_999, 'abc'])
      expect((await publicHotlines(id)).json().error.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('the article list pages through the account’s publications, newest first, without marking them read', async () => {
    const account = await buildAccount(ctx.db);
    await raisePushQuota(ctx.db, account.id);
    const editor = await staffHeaders(ctx.db, deps, account.id, 'editor');
    // Following first: a new follower starts with everything already published read.
    const follower = await buildFollower(app, deps, ctx.db, account.id);
    const slugs: string[] = [];
    for (let i = 0; i < 3; i++) slugs.push(await publishArticle(app, account.id, editor.headers));
    const page = (query = '') =>
      app.inject({
        method: 'GET',
        url: `/api/accounts/${account.id}/services/articles${query}`,
        headers: follower.headers,
      });

    const first = (await page('?limit=2')).json();
    expect(first.items.map((c: { slug: string }) => c.slug)).toEqual([slugs[2], slugs[1]]);
    expect(first.items[0]).toMatchObject({ accountId: account.id, url: `/a/${slugs[2]}` });
    const second = (await page(`?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ nextCursor: null });
    expect(second.items.map((c: { slug: string }) => c.slug)).toEqual([slugs[0]]);
    expect((await page('?cursor=abc')).json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'cursor',
    });

    const follow = await ctx.db.k
      .selectFrom('follows')
      .select('last_read_seq')
      .where('account_id', '=', account.id)
      .where('citizen_id', '=', follower.citizenId)
      .executeTakeFirstOrThrow();
    expect(follow.last_read_seq).toBe(0);
  });
});
