import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildCitizen, sessionHeaders } from '../../test/factories.js';
import { FeedRepository } from './repository.js';
import { readFeed } from './read.js';
import { buildPublication } from './testing.js';

describeEachDatabase('reading: threads, home and feed', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });

  const signedIn = async () => {
    const c = await buildCitizen(ctx.db);
    return { citizen: c, headers: { ...(await sessionHeaders(deps.sessions, 'citizen', c.id)) } };
  };
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });
  const follow = (id: number, headers: Record<string, string>) =>
    app.inject({ method: 'POST', url: `/api/accounts/${id}/follow`, headers, payload: {} });
  const home = async (headers: Record<string, string>) =>
    (await get('/api/me/home', headers)).json().items as Array<{
      account: { id: number; name: string; regionName: string; verified: boolean };
      latest: { title: string } | null;
      unread: number;
    }>;

  it('pages a thread newest first by seq, publicly', async () => {
    const account = await buildAccount(ctx.db);
    for (let i = 1; i <= 5; i++) await buildPublication(ctx.db, account.id, { title: `第${i}条` });
    const first = (await get(`/api/accounts/${account.id}/thread?limit=2`)).json();
    expect(first.items.map((c: { seq: number }) => c.seq)).toEqual([5, 4]);
    expect(first.items[0]).toMatchObject({
      title: '第5条',
      accountId: account.id,
      accountName: account.name,
    });
    expect(first.items[0].url).toBe(`/a/${first.items[0].slug}`);
    expect(first.nextCursor).toBe('4');
    const second = (await get(`/api/accounts/${account.id}/thread?limit=2&beforeSeq=4`)).json();
    expect(second.items.map((c: { seq: number }) => c.seq)).toEqual([3, 2]);
    const last = (await get(`/api/accounts/${account.id}/thread?limit=2&cursor=2`)).json();
    expect(last.items.map((c: { seq: number }) => c.seq)).toEqual([1]);
    expect(last.nextCursor).toBeNull();
    expect((await get('/api/accounts/999999/thread')).json().error.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await get('/api/accounts/nope/thread')).json().error.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('counts unread per followed account and orders home by latest activity', async () => {
    const quiet = await buildAccount(ctx.db);
    const busy = await buildAccount(ctx.db);
    const t = Date.now();
    await buildPublication(ctx.db, busy.id, { publishedAt: t - 5000 });
    const { headers } = await signedIn();
    await follow(quiet.id, headers);
    await follow(busy.id, headers);
    // Publications before following are not unread.
    expect((await home(headers)).map((e) => e.unread)).toEqual([0, 0]);

    await buildPublication(ctx.db, busy.id, { title: '新通知一', publishedAt: t + 1000 });
    await buildPublication(ctx.db, busy.id, { title: '新通知二', publishedAt: t + 2000 });
    const entries = await home(headers);
    expect(entries.map((e) => e.account.id)).toEqual([busy.id, quiet.id]);
    expect(entries[0]).toMatchObject({ unread: 2, latest: { title: '新通知二' } });
    expect(entries[0]!.account).toMatchObject({ name: busy.name, regionName: '河南省', verified: false });
    expect(entries[1]).toMatchObject({ unread: 0, latest: null });

    await buildPublication(ctx.db, quiet.id, { title: '静', publishedAt: t + 3000 });
    expect((await home(headers)).map((e) => e.account.id)).toEqual([quiet.id, busy.id]);
  });

  it('reading a thread marks everything in it read for a follower, and only for them', async () => {
    const account = await buildAccount(ctx.db);
    const reader = await signedIn();
    const other = await signedIn();
    await follow(account.id, reader.headers);
    await follow(account.id, other.headers);
    await buildPublication(ctx.db, account.id);
    await buildPublication(ctx.db, account.id);
    expect((await home(reader.headers))[0]!.unread).toBe(2);
    // Even a small first page marks the whole thread read.
    await get(`/api/accounts/${account.id}/thread?limit=1`, reader.headers);
    expect((await home(reader.headers))[0]!.unread).toBe(0);
    expect((await home(other.headers))[0]!.unread).toBe(2);
    // A signed-out read marks nothing and still answers.
    expect((await get(`/api/accounts/${account.id}/thread`)).statusCode).toBe(200);
  });

  it('POST /read marks the thread read up to its latest publication without fetching it', async () => {
    const account = await buildAccount(ctx.db);
    const reader = await signedIn();
    const other = await signedIn();
    await follow(account.id, reader.headers);
    await follow(account.id, other.headers);
    await buildPublication(ctx.db, account.id);
    await buildPublication(ctx.db, account.id);
    const read = (id: number | string, headers: Record<string, string> = reader.headers) =>
      app.inject({ method: 'POST', url: `/api/accounts/${id}/read`, headers });
    const res = await read(account.id);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await home(reader.headers))[0]!.unread).toBe(0);
    expect((await home(other.headers))[0]!.unread).toBe(2);
    // Later publications are unread again.
    await buildPublication(ctx.db, account.id);
    expect((await home(reader.headers))[0]!.unread).toBe(1);
    expect((await read(account.id)).statusCode).toBe(204);
    expect((await home(reader.headers))[0]!.unread).toBe(0);
    // Not following: nothing happens, nothing is created.
    const stranger = await signedIn();
    expect((await read(account.id, stranger.headers)).statusCode).toBe(204);
    const follows = await ctx.db.k
      .selectFrom('follows')
      .select('citizen_id')
      .where('account_id', '=', account.id)
      .execute();
    expect(follows).toHaveLength(2);
    // Unknown accounts, no session, and no CSRF token are refused.
    expect((await read(999_999)).json().error.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await read('nope')).json().error.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await read(account.id, {})).json().error.code).toBe('UNAUTHENTICATED');
    expect((await read(account.id, { cookie: reader.headers.cookie! })).json().error.code).toBe(
      'CSRF_FAILED',
    );
  });

  it('hides a suspended account: its thread and /read answer ACCOUNT_NOT_FOUND, home and feed leave it out', async () => {
    const suspended = await buildAccount(ctx.db);
    const active = await buildAccount(ctx.db);
    const { headers } = await signedIn();
    await follow(suspended.id, headers);
    await follow(active.id, headers);
    const t = Date.now();
    const kept = await buildPublication(ctx.db, active.id, { publishedAt: t });
    await buildPublication(ctx.db, suspended.id, { publishedAt: t + 1000 });
    expect(await home(headers)).toHaveLength(2);
    await ctx.db.k
      .updateTable('accounts')
      .set({ status: 'suspended' })
      .where('id', '=', suspended.id)
      .execute();

    for (const h of [{}, headers]) {
      const thread = await get(`/api/accounts/${suspended.id}/thread`, h);
      expect(thread.statusCode).toBe(404);
      expect(thread.json().error.code).toBe('ACCOUNT_NOT_FOUND');
    }
    const read = await app.inject({ method: 'POST', url: `/api/accounts/${suspended.id}/read`, headers });
    expect(read.json().error.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await home(headers)).map((e) => e.account.id)).toEqual([active.id]);
    const feed = (await get('/api/me/feed', headers)).json();
    expect(feed.items.map((c: { id: number }) => c.id)).toEqual([kept.id]);

    // Reinstated, it comes back with its history.
    await ctx.db.k.updateTable('accounts').set({ status: 'active' }).where('id', '=', suspended.id).execute();
    expect((await get(`/api/accounts/${suspended.id}/thread`, headers)).statusCode).toBe(200);
    expect(await home(headers)).toHaveLength(2);
  });

  it('merges followed accounts into one timeline, newest first, and pages it without gaps or repeats', async () => {
    const accounts = [await buildAccount(ctx.db), await buildAccount(ctx.db), await buildAccount(ctx.db)];
    const notFollowed = await buildAccount(ctx.db);
    const { citizen, headers } = await signedIn();
    for (const a of accounts) await follow(a.id, headers);
    const t = Date.now();
    const expected: number[] = [];
    // Interleaved times, and two publications in the same millisecond (the id breaks the tie).
    for (let i = 0; i < 12; i++) {
      const a = accounts[i % 3]!;
      const p = await buildPublication(ctx.db, a.id, { publishedAt: t + Math.floor(i / 2) * 1000 });
      expected.push(p.id);
    }
    await buildPublication(ctx.db, notFollowed.id, { publishedAt: t + 60_000 });
    expected.reverse();
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : '';
      const page = (await get(`/api/me/feed?limit=5${q}`, headers)).json();
      seen.push(...page.items.map((c: { id: number }) => c.id));
      expect(page.items.length).toBeLessThanOrEqual(5);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);

    // The same result through the use case with more followed accounts than one statement holds.
    const repo = new FeedRepository(ctx.db);
    const page = await readFeed(repo, { citizenId: citizen.id, limit: 3 });
    expect(page.items.map((c) => c.id)).toEqual(expected.slice(0, 3));
  });

  it('merges across statement chunks when a citizen follows hundreds of accounts', async () => {
    const repo = new FeedRepository(ctx.db);
    const many = [];
    for (let i = 0; i < 205; i++) many.push({ id: 1_000_000 + i, name: `x${i}` });
    const real = await buildAccount(ctx.db);
    const p = await buildPublication(ctx.db, real.id);
    const rows = await repo.feedPage([...many, { id: real.id, name: real.name }], null, 5);
    expect(rows.map((r) => r.id)).toEqual([p.id]);
    expect(rows[0]!.account_name).toBe(real.name);
  });

  it('needs a signed-in citizen for home and feed, and refuses a forged cursor', async () => {
    expect((await get('/api/me/home')).json().error.code).toBe('UNAUTHENTICATED');
    expect((await get('/api/me/feed')).json().error.code).toBe('UNAUTHENTICATED');
    const { headers } = await signedIn();
    expect((await get('/api/me/feed', headers)).json()).toEqual({ items: [], nextCursor: null });
    const bad = await get('/api/me/feed?cursor=bm9wZQ', headers);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'cursor' });
  });
});
