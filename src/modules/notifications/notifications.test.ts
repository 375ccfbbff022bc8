import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { runHousekeeping } from '../../housekeeping.js';
import { enqueueJob } from '../../infra/jobs/queue.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';
import { openSse } from '../feed/sse-client.js';
import { notifyAccountStaff, notifyStaffUser, type NewNotification } from './notify.js';

const DAY = 86_400_000;

const note = <A extends number | null>(accountId: A, i = 1): NewNotification & { accountId: A } => ({
  accountId,
  kind: 'clock.warning',
  title: { zh: `会话即将超时 ${i}`, en: `Conversation due soon ${i}` },
  body: { zh: '请在 30 分钟内答复群众。', en: 'Reply to the citizen within 30 minutes.' },
  link: accountId === null ? null : `/console/accounts/${accountId}/inbox/${i}`,
});

describeEachDatabase('staff notifications', (ctx) => {
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
    const closing = app.close();
    app.server.closeAllConnections();
    await closing;
  });

  const headersOf = async (id: number) => ({ ...(await sessionHeaders(deps.sessions, 'staff', id)) });
  const list = async (headers: Record<string, string>, query = '') => {
    const res = await app.inject({ method: 'GET', url: `/api/console/notifications${query}`, headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      items: Array<{ id: number; title: { zh: string }; readAt: number | null }>;
      unread: number;
      nextCursor: string | null;
    };
  };
  const markRead = (headers: Record<string, string>, payload: InjectOptions['payload']) =>
    app.inject({ method: 'POST', url: '/api/console/notifications/read', headers, payload });
  const notifyOne = (userId: number, n: NewNotification, at = Date.now()) =>
    ctx.db.k.transaction().execute((trx) => notifyStaffUser(trx, at, userId, n));

  it('notifies every enabled holder of the given roles on the account, once each, with a live event to each', async () => {
    const account = await buildAccount(ctx.db);
    const other = await buildAccount(ctx.db);
    const admin = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    const both = await buildStaff(ctx.db, {
      roles: [
        [account.id, 'admin'],
        [account.id, 'responder'],
      ],
    });
    const responder = await buildStaff(ctx.db, { roles: [[account.id, 'responder']] });
    const disabled = await buildStaff(ctx.db, { roles: [[account.id, 'responder']] });
    await ctx.db.k.updateTable('staff_users').set({ disabled: 1 }).where('id', '=', disabled.id).execute();
    await buildStaff(ctx.db, { roles: [[account.id, 'editor']] });
    await buildStaff(ctx.db, { roles: [[other.id, 'responder']] });

    const now = Date.now();
    const ids = await ctx.db.k
      .transaction()
      .execute((trx) => notifyAccountStaff(trx, now, { ...note(account.id), roles: ['admin', 'responder'] }));
    expect(ids.sort((a, b) => a - b)).toEqual([admin.id, both.id, responder.id]);

    const rows = await ctx.db.k
      .selectFrom('staff_notifications')
      .selectAll()
      .where('account_id', '=', account.id)
      .execute();
    expect(rows.map((r) => r.user_id).sort((a, b) => a - b)).toEqual(ids.sort((a, b) => a - b));
    const events = await ctx.db.k
      .selectFrom('outbox')
      .select(['room', 'payload'])
      .where('event', '=', 'notification.created')
      .where('created_at', '=', now)
      .execute();
    expect(events.map((e) => e.room).sort()).toEqual(ids.map((id) => `staff:${id}`).sort());
    expect(JSON.parse(events[0]!.payload)).toMatchObject({
      accountId: account.id,
      kind: 'clock.warning',
      title: { zh: '会话即将超时 1', en: 'Conversation due soon 1' },
      readAt: null,
    });
  });

  it('no roles, or nobody holding them, notifies nobody', async () => {
    const account = await buildAccount(ctx.db);
    await buildStaff(ctx.db, { roles: [[account.id, 'editor']] });
    const run = (roles: Array<'admin' | 'responder'>) =>
      ctx.db.k
        .transaction()
        .execute((trx) => notifyAccountStaff(trx, Date.now(), { ...note(account.id), roles }));
    expect(await run([])).toEqual([]);
    expect(await run(['responder'])).toEqual([]);
  });

  it('a notification written in a transaction that rolls back is never seen', async () => {
    const user = await buildStaff(ctx.db);
    await expect(
      ctx.db.k.transaction().execute(async (trx) => {
        await notifyStaffUser(trx, Date.now(), user.id, note(null));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await list(await headersOf(user.id))).items).toEqual([]);
  });

  it('lists only the caller’s own notifications, newest first, with the unread total, in pages', async () => {
    const me = await buildStaff(ctx.db);
    const someoneElse = await buildStaff(ctx.db);
    for (let i = 1; i <= 5; i++) await notifyOne(me.id, note(null, i), 1_000 + i);
    await notifyOne(someoneElse.id, note(null, 99));
    const headers = await headersOf(me.id);

    const first = await list(headers, '?limit=2');
    expect(first.items.map((n) => n.title.zh)).toEqual(['会话即将超时 5', '会话即将超时 4']);
    expect(first.unread).toBe(5);
    const second = await list(headers, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((n) => n.title.zh)).toEqual(['会话即将超时 3', '会话即将超时 2']);
    const last = await list(headers, `?limit=2&cursor=${second.nextCursor}`);
    expect(last.items.map((n) => n.title.zh)).toEqual(['会话即将超时 1']);
    expect(last.nextCursor).toBeNull();
    // A cursor beyond any id (32-bit on PostgreSQL) reads as "before all of them".
    const huge = await list(headers, '?limit=2&cursor=999999999999999');
    expect(huge.items.map((n) => n.title.zh)).toEqual(['会话即将超时 5', '会话即将超时 4']);
  });

  it('marking read: given ids of one’s own only; other users’ ids change nothing; no ids marks all', async () => {
    const me = await buildStaff(ctx.db);
    const someoneElse = await buildStaff(ctx.db);
    for (let i = 1; i <= 3; i++) await notifyOne(me.id, note(null, i));
    await notifyOne(someoneElse.id, note(null, 9));
    const [mine, theirs] = [await headersOf(me.id), await headersOf(someoneElse.id)];
    const [newest] = (await list(mine)).items;
    const [foreign] = (await list(theirs)).items;

    const res = await markRead(mine, { ids: [newest!.id, foreign!.id] });
    expect(res.statusCode, res.body).toBe(204);
    const after = await list(mine);
    expect(after.unread).toBe(2);
    expect(after.items.find((n) => n.id === newest!.id)?.readAt).toEqual(expect.any(Number));
    expect((await list(theirs)).unread).toBe(1);

    const unreadOnly = await list(mine, '?unread=1');
    expect(unreadOnly.items.map((n) => n.title.zh)).toEqual(['会话即将超时 2', '会话即将超时 1']);

    expect((await markRead(mine, undefined)).statusCode).toBe(204);
    expect((await list(mine)).unread).toBe(0);
    expect((await list(mine, '?unread=1')).items).toEqual([]);
    expect((await list(theirs)).unread).toBe(1);
  });

  it('needs a signed-in staff user, and a CSRF token to mark read', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/console/notifications' })).statusCode).toBe(401);
    const me = await buildStaff(ctx.db);
    await notifyOne(me.id, note(null));
    const { cookie } = await headersOf(me.id);
    const res = await markRead({ cookie }, {});
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
    expect((await list({ cookie })).unread).toBe(1);
  });

  it('refuses malformed requests naming the field', async () => {
    const headers = await headersOf((await buildStaff(ctx.db)).id);
    const bad = await markRead(headers, { ids: ['x'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'ids.0' });
    const badQuery = await app.inject({
      method: 'GET',
      url: '/api/console/notifications?limit=1000',
      headers,
    });
    expect(badQuery.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'limit' });
  });

  it("reaches the user's open console event stream live, and only that user's", async () => {
    const account = await buildAccount(ctx.db);
    const responder = await buildStaff(ctx.db, { roles: [[account.id, 'responder']] });
    const colleague = await buildStaff(ctx.db, { roles: [[account.id, 'responder']] });
    const mine = await openSse(`${base}/api/console/events?accountId=${account.id}`, {
      cookie: (await headersOf(responder.id)).cookie,
    });
    const theirs = await openSse(`${base}/api/console/events?accountId=${account.id}`, {
      cookie: (await headersOf(colleague.id)).cookie,
    });
    try {
      expect(mine.status).toBe(200);
      await notifyOne(responder.id, { ...note(account.id, 7), kind: 'conversation.assigned' });
      await deps.outbox.kick();
      const message = await mine.next();
      expect(message).toMatchObject({
        event: 'notification.created',
        data: {
          accountId: account.id,
          kind: 'conversation.assigned',
          link: `/console/accounts/${account.id}/inbox/7`,
        },
      });
      const [listed] = (await list(await headersOf(responder.id))).items;
      expect(message.data).toEqual(listed);
      await expect(theirs.next(300)).rejects.toThrow(/in time/);
    } finally {
      mine.close();
      theirs.close();
    }
  });

  it('housekeeping deletes notifications read over 90 days ago and jobs finished over 7 days ago', async () => {
    const me = await buildStaff(ctx.db);
    const now = deps.clock.now();
    await notifyOne(me.id, note(null, 1), now - 91 * DAY); // old, read: goes
    await notifyOne(me.id, note(null, 2), now - 91 * DAY); // old, unread: stays
    await notifyOne(me.id, note(null, 3), now - 10 * DAY); // recent, read: stays
    const headers = await headersOf(me.id);
    const ids = (await list(headers)).items;
    await markRead(headers, { ids: [ids[0]!.id, ids[2]!.id] });
    await ctx.db.k.deleteFrom('jobs').execute();
    for (const [runAt, key] of [
      [now - 8 * DAY, 'old'],
      [now - 2 * DAY, 'recent'],
      [now - 9 * DAY, 'pending'],
    ] as const) {
      await enqueueJob(
        ctx.db.k,
        {
          name: 'conversation.clock',
          payload: { conversationId: 1, stage: 'warning', dueAt: 0 },
          runAt,
          key,
        },
        runAt,
      );
    }
    await ctx.db.k
      .updateTable('jobs')
      .set((eb) => ({ status: 'done', finished_at: eb.ref('run_at') }))
      .where('key', '!=', 'pending')
      .execute();

    await runHousekeeping(deps);

    expect((await list(headers)).items.map((n) => n.title.zh)).toEqual(['会话即将超时 3', '会话即将超时 2']);
    expect(
      (await ctx.db.k.selectFrom('jobs').select('key').orderBy('id').execute()).map((j) => j.key),
    ).toEqual(['recent', 'pending']);
  });
});
