import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildCitizen, buildStaff, sessionHeaders } from '../../test/factories.js';
import { openSse } from './sse-client.js';
import { publishNow } from './testing.js';

describeEachDatabase('real-time events (SSE)', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let base: string;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    // fetch's connection pool may hold a spare idle socket to the server; don't wait for it.
    const closing = app.close();
    app.server.closeAllConnections();
    await closing;
  });

  const editorOf = async (accountId: number) => buildStaff(ctx.db, { roles: [[accountId, 'editor']] });

  it("delivers a followed account's new publication to the citizen's stream, and not an unfollowed one's", async () => {
    const followed = await buildAccount(ctx.db);
    const other = await buildAccount(ctx.db);
    const [editorA, editorB] = [await editorOf(followed.id), await editorOf(other.id)];
    const citizen = await buildCitizen(ctx.db);
    const headers = { ...(await sessionHeaders(deps.sessions, 'citizen', citizen.id)) };
    await app.inject({ method: 'POST', url: `/api/accounts/${followed.id}/follow`, headers, payload: {} });
    await deps.outbox.kick();

    const stream = await openSse(`${base}/api/events`, { cookie: headers.cookie });
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(stream.headers.get('cache-control')).toContain('no-cache');
      expect(stream.headers.get('x-accel-buffering')).toBe('no');

      await publishNow(ctx.db, deps, other.id, editorB.id, '未关注公众号的通知');
      const card = await publishNow(ctx.db, deps, followed.id, editorA.id, '已关注公众号的通知');
      const message = await stream.next();
      expect(message).toEqual({ event: 'publication.created', data: card });
      expect(card).toMatchObject({ accountId: followed.id, title: '已关注公众号的通知' });
    } finally {
      stream.close();
    }
  });

  it('joins the room of an account followed on another device while the stream is open', async () => {
    const account = await buildAccount(ctx.db);
    const editor = await editorOf(account.id);
    const citizen = await buildCitizen(ctx.db);
    const headers = { ...(await sessionHeaders(deps.sessions, 'citizen', citizen.id)) };
    const stream = await openSse(`${base}/api/events`, { cookie: headers.cookie });
    try {
      await app.inject({ method: 'POST', url: `/api/accounts/${account.id}/follow`, headers, payload: {} });
      expect(await stream.next()).toEqual({
        event: 'follow.changed',
        data: { accountId: account.id, following: true },
      });
      const card = await publishNow(ctx.db, deps, account.id, editor.id, '关注后的第一条');
      expect(await stream.next()).toEqual({ event: 'publication.created', data: card });

      await app.inject({ method: 'DELETE', url: `/api/accounts/${account.id}/follow`, headers });
      expect(await stream.next()).toEqual({
        event: 'follow.changed',
        data: { accountId: account.id, following: false },
      });
      await publishNow(ctx.db, deps, account.id, editor.id, '取消关注后');
      await expect(stream.next(300)).rejects.toThrow(/in time/);
    } finally {
      stream.close();
    }
  });

  it('streams follower counts to staff of the account, and refuses staff of other accounts', async () => {
    const account = await buildAccount(ctx.db);
    const elsewhere = await buildAccount(ctx.db);
    const analyst = await buildStaff(ctx.db, { roles: [[account.id, 'analyst']] });
    const outsider = await buildStaff(ctx.db, { roles: [[elsewhere.id, 'admin']] });
    const staff = await sessionHeaders(deps.sessions, 'staff', analyst.id);
    const stream = await openSse(`${base}/api/console/events?accountId=${account.id}`, {
      cookie: staff.cookie,
    });
    try {
      const citizen = await buildCitizen(ctx.db);
      const headers = { ...(await sessionHeaders(deps.sessions, 'citizen', citizen.id)) };
      await app.inject({ method: 'POST', url: `/api/accounts/${account.id}/follow`, headers, payload: {} });
      expect(await stream.next()).toEqual({
        event: 'account.followers',
        data: { accountId: account.id, followerCount: 1 },
      });
    } finally {
      stream.close();
    }
    const outsiderHeaders = { ...(await sessionHeaders(deps.sessions, 'staff', outsider.id)) };
    const refused = await app.inject({
      method: 'GET',
      url: `/api/console/events?accountId=${account.id}`,
      headers: outsiderHeaders,
    });
    expect(refused.json().error.code).toBe('FORBIDDEN');
  });

  it('refuses the citizen stream without a session', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/events' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
});

describeEachDatabase('real-time shutdown', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    if (app.server.listening) await app.close();
  });

  it('ends open streams when the server closes instead of waiting for them', async () => {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const citizen = await buildCitizen(ctx.db);
    const headers = await sessionHeaders(deps.sessions, 'citizen', citizen.id);
    const stream = await openSse(`http://127.0.0.1:${port}/api/events`, { cookie: headers.cookie });
    const started = Date.now();
    await app.close();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(stream.next(1000)).rejects.toThrow(/ended|terminated|in time/);
  });
});

describeEachDatabase('real-time streams end with their session', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let base: string;
  const clock = new ManualClock(Date.now());
  beforeAll(async () => {
    // Streams re-check their session every 60 s in production; every 50 ms here.
    ({ app, deps } = await buildTestApp(ctx.db, { clock, streamSessionCheckMs: 50 }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    const closing = app.close();
    app.server.closeAllConnections();
    await closing;
  });

  const citizenStream = async () => {
    const citizen = await buildCitizen(ctx.db);
    const { token, csrfToken } = await deps.sessions.create('citizen', citizen.id, clock.now());
    const headers = { cookie: `zw_citizen=${token}`, 'x-csrf-token': csrfToken };
    const stream = await openSse(`${base}/api/events`, { cookie: headers.cookie });
    expect(stream.status).toBe(200);
    return { citizen, headers, stream };
  };

  it("ends a citizen's stream soon after they sign out, and keeps it while the session lives", async () => {
    const { headers, stream } = await citizenStream();
    try {
      // Several checks pass while the session is alive.
      await expect(stream.next(300)).rejects.toThrow(/in time/);
      const out = await app.inject({ method: 'DELETE', url: '/api/auth/session', headers });
      expect(out.statusCode).toBe(204);
      await expect(stream.next(2000)).rejects.toThrow(/ended|terminated/);
    } finally {
      stream.close();
    }
  });

  it("ends a citizen's stream when the session expires", async () => {
    const { stream } = await citizenStream();
    try {
      await expect(stream.next(200)).rejects.toThrow(/in time/);
      clock.advance(31 * 24 * 3600_000);
      await expect(stream.next(2000)).rejects.toThrow(/ended|terminated/);
    } finally {
      stream.close();
    }
  });

  it('ends a staff stream when the member loses their role on the account or signs out', async () => {
    const account = await buildAccount(ctx.db);
    const analyst = await buildStaff(ctx.db, { roles: [[account.id, 'analyst']] });
    const session = await deps.sessions.create('staff', analyst.id, clock.now());
    const url = `${base}/api/console/events?accountId=${account.id}`;
    const stream = await openSse(url, { cookie: `zw_staff=${session.token}` });
    try {
      expect(stream.status).toBe(200);
      await expect(stream.next(200)).rejects.toThrow(/in time/);
      await ctx.db.k.deleteFrom('staff_roles').where('user_id', '=', analyst.id).execute();
      await expect(stream.next(2000)).rejects.toThrow(/ended|terminated/);
    } finally {
      stream.close();
    }

    await ctx.db.k
      .insertInto('staff_roles')
      .values({ user_id: analyst.id, account_id: account.id, role: 'analyst', granted_at: clock.now() })
      .execute();
    const again = await openSse(url, { cookie: `zw_staff=${session.token}` });
    try {
      expect(again.status).toBe(200);
      await expect(again.next(200)).rejects.toThrow(/in time/);
      await deps.sessions.destroy(session.token);
      await expect(again.next(2000)).rejects.toThrow(/ended|terminated/);
    } finally {
      again.close();
    }
  });
});
