import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildCitizen, buildStaff, sessionHeaders } from '../../test/factories.js';
import { openidFor } from './openid.js';
import { FollowsRepository } from './repository.js';

describe('openids', () => {
  it('are stable for one account and differ between accounts, so lists cannot be joined', () => {
    const key = 'k'.repeat(43);
    expect(openidFor(key, 1, 42)).toBe(openidFor(key, 1, 42));
    expect(openidFor(key, 1, 42)).not.toBe(openidFor(key, 2, 42));
    expect(openidFor(key, 1, 42)).toMatch(/^o[\w-]{27}$/);
    expect(openidFor('another-key', 1, 42)).not.toBe(openidFor(key, 1, 42));
  });
});

describeEachDatabase('following', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });

  const citizenHeaders = async () => {
    const c = await buildCitizen(ctx.db);
    return { citizen: c, headers: { ...(await sessionHeaders(deps.sessions, 'citizen', c.id)) } };
  };
  const follow = (id: number | string, headers: Record<string, string>, scene?: string) =>
    app.inject({
      method: 'POST',
      url: `/api/accounts/${id}/follow`,
      headers,
      payload: scene ? { scene } : {},
    });
  const unfollow = (id: number | string, headers: Record<string, string>) =>
    app.inject({ method: 'DELETE', url: `/api/accounts/${id}/follow`, headers });
  const followerCount = async (id: number) =>
    (
      await ctx.db.k
        .selectFrom('accounts')
        .select('follower_count')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).follower_count;

  it('follow and unfollow are idempotent and keep the follower count exact', async () => {
    const account = await buildAccount(ctx.db);
    const { headers } = await citizenHeaders();
    const other = await citizenHeaders();

    expect((await follow(account.id, headers)).json()).toEqual({ following: true, followerCount: 1 });
    expect((await follow(account.id, headers)).json()).toEqual({ following: true, followerCount: 1 });
    expect((await follow(account.id, other.headers)).json()).toEqual({ following: true, followerCount: 2 });
    expect(await followerCount(account.id)).toBe(2);

    expect((await unfollow(account.id, headers)).json()).toEqual({ following: false, followerCount: 1 });
    expect((await unfollow(account.id, headers)).json()).toEqual({ following: false, followerCount: 1 });
    expect(await followerCount(account.id)).toBe(1);
  });

  it('announces each change once to the console and to the citizen (outbox)', async () => {
    const account = await buildAccount(ctx.db);
    const { citizen, headers } = await citizenHeaders();
    await follow(account.id, headers);
    await follow(account.id, headers);
    await unfollow(account.id, headers);
    const events = await ctx.db.k
      .selectFrom('outbox')
      .select(['room', 'event', 'payload'])
      .where('room', 'in', [`staff-account:${account.id}`, `citizen:${citizen.id}`])
      .orderBy('id')
      .execute();
    expect(events.map((e) => [e.room, e.event, JSON.parse(e.payload)])).toEqual([
      [`staff-account:${account.id}`, 'account.followers', { accountId: account.id, followerCount: 1 }],
      [`citizen:${citizen.id}`, 'follow.changed', { accountId: account.id, following: true }],
      [`staff-account:${account.id}`, 'account.followers', { accountId: account.id, followerCount: 0 }],
      [`citizen:${citizen.id}`, 'follow.changed', { accountId: account.id, following: false }],
    ]);
  });

  it('gives a citizen a different openid on each account, the same every time on one', async () => {
    const a = await buildAccount(ctx.db);
    const b = await buildAccount(ctx.db);
    const { citizen, headers } = await citizenHeaders();
    await follow(a.id, headers);
    await follow(b.id, headers);
    const openidOn = async (accountId: number) =>
      (
        await ctx.db.k
          .selectFrom('follows')
          .select('openid')
          .where('account_id', '=', accountId)
          .where('citizen_id', '=', citizen.id)
          .executeTakeFirstOrThrow()
      ).openid;
    const first = await openidOn(a.id);
    expect(first).not.toBe(await openidOn(b.id));
    await unfollow(a.id, headers);
    await follow(a.id, headers);
    expect(await openidOn(a.id)).toBe(first);
  });

  it('a new follower starts with nothing unread', async () => {
    const account = await buildAccount(ctx.db, { publication_seq: 7 });
    const { citizen, headers } = await citizenHeaders();
    await follow(account.id, headers);
    const row = await ctx.db.k
      .selectFrom('follows')
      .select('last_read_seq')
      .where('account_id', '=', account.id)
      .where('citizen_id', '=', citizen.id)
      .executeTakeFirstOrThrow();
    expect(row.last_read_seq).toBe(7);
  });

  it('answers ACCOUNT_NOT_FOUND for unknown and non-numeric ids', async () => {
    const { headers } = await citizenHeaders();
    for (const id of ['999999', 'abc', '0', '1.5']) {
      const res = await follow(id, headers);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('ACCOUNT_NOT_FOUND');
    }
  });

  it('needs a signed-in citizen, and the CSRF token with the citizen cookie', async () => {
    const account = await buildAccount(ctx.db);
    expect((await follow(account.id, {})).json().error.code).toBe('UNAUTHENTICATED');
    const { headers } = await citizenHeaders();
    const res = await follow(account.id, { cookie: headers.cookie });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
    const forged = await follow(account.id, { cookie: headers.cookie, 'x-csrf-token': 'forged' });
    expect(forged.json().error.code).toBe('CSRF_FAILED');
    expect(await followerCount(account.id)).toBe(0);
  });

  it("shows staff followers by openid and scene only, never a citizen's id or phone", async () => {
    const account = await buildAccount(ctx.db);
    const followers = [await citizenHeaders(), await citizenHeaders(), await citizenHeaders()];
    for (const [i, f] of followers.entries()) await follow(account.id, f.headers, `poster-${i}`);
    const analyst = await buildStaff(ctx.db, { roles: [[account.id, 'analyst']] });
    const headers = { ...(await sessionHeaders(deps.sessions, 'staff', analyst.id)) };

    const first = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/followers?limit=2`,
      headers,
    });
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.total).toBe(3);
    expect(page1.items).toHaveLength(2);
    expect(Object.keys(page1.items[0]).sort()).toEqual(['followedAt', 'openid', 'scene']);
    const body = first.body;
    for (const f of followers) {
      expect(body).not.toContain(f.citizen.phone);
      expect(body).not.toContain(`"citizenId"`);
    }
    const second = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/followers?limit=2&cursor=${page1.nextCursor}`,
      headers,
    });
    const page2 = second.json();
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    const openids = [...page1.items, ...page2.items].map((i: { openid: string }) => i.openid);
    expect(new Set(openids).size).toBe(3);
    expect([...page1.items, ...page2.items].map((i: { scene: string }) => i.scene).sort()).toEqual([
      'poster-0',
      'poster-1',
      'poster-2',
    ]);
  });

  it('lets only admins, analysts and responders of the account list its followers', async () => {
    const account = await buildAccount(ctx.db);
    const other = await buildAccount(ctx.db);
    const list = async (userId: number) =>
      app.inject({
        method: 'GET',
        url: `/api/console/accounts/${account.id}/followers`,
        headers: { ...(await sessionHeaders(deps.sessions, 'staff', userId)) },
      });
    const editor = await buildStaff(ctx.db, { roles: [[account.id, 'editor']] });
    const adminElsewhere = await buildStaff(ctx.db, { roles: [[other.id, 'admin']] });
    const responder = await buildStaff(ctx.db, { roles: [[account.id, 'responder']] });
    expect((await list(editor.id)).json().error.code).toBe('FORBIDDEN');
    expect((await list(adminElsewhere.id)).json().error.code).toBe('FORBIDDEN');
    expect((await list(responder.id)).statusCode).toBe(200);
    const citizen = await citizenHeaders();
    const asCitizen = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/followers`,
      headers: citizen.headers,
    });
    expect(asCitizen.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('bulk-inserts follow edges in one transaction and counts them', async () => {
    const repo = new FollowsRepository(ctx.db);
    const a = await buildAccount(ctx.db);
    const b = await buildAccount(ctx.db);
    const citizens = [];
    for (let i = 0; i < 5; i++) citizens.push(await buildCitizen(ctx.db));
    const rows = citizens.flatMap((c) =>
      [a, b].map((acct) => ({
        accountId: acct.id,
        citizenId: c.id,
        openid: openidFor('k', acct.id, c.id),
        followedAt: 1,
      })),
    );
    await repo.insertFollows(rows);
    expect(await followerCount(a.id)).toBe(5);
    expect(await followerCount(b.id)).toBe(5);
    // A duplicate edge fails the whole batch: nothing half-written.
    const extra = await buildCitizen(ctx.db);
    await expect(
      repo.insertFollows([
        { accountId: a.id, citizenId: extra.id, openid: openidFor('k', a.id, extra.id), followedAt: 2 },
        rows[0]!,
      ]),
    ).rejects.toThrow();
    expect(await followerCount(a.id)).toBe(5);
  });
});
