import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { conversationClockJob } from './clockJob.js';
import {
  follower,
  headersFor,
  inboxAccount,
  reply,
  sendText,
  staffGet,
  staffPost,
  thread,
} from './testing.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

describeEachDatabase('the response clock', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  // Wednesday 2026-11-25, 10:00 Beijing time.
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 2, 0, 0));
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock }));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  const notificationsOf = (userId: number) =>
    ctx.db.k
      .selectFrom('staff_notifications')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();
  const pendingJobs = (conversationId: number) =>
    ctx.db.k
      .selectFrom('jobs')
      .select(['key', 'run_at'])
      .where('key', 'like', `conv:${conversationId}:%`)
      .where('status', '=', 'pending')
      .orderBy('run_at')
      .execute();

  it('warns before the deadline and marks the breach at it, each exactly once', async () => {
    const { account, admin, responder } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    const start = clock.now();
    const sent = (await sendText(app, account.id, citizen.headers, '请问怎么办理')).json();
    const id = sent.conversation.id;
    // Default policy: 24 hours, warned 2 hours before.
    expect(sent.conversation.expectedReplyBy).toBe(start + 24 * HOUR);
    expect(await pendingJobs(id)).toEqual([
      { key: `conv:${id}:warning`, run_at: start + 22 * HOUR },
      { key: `conv:${id}:breach`, run_at: start + 24 * HOUR },
    ]);
    await staffPost(app, `/conversations/${id}/assign`, admin.headers, { assigneeId: responder.id });
    // A second message while waiting does not move the deadline.
    clock.advance(HOUR);
    const again = (await sendText(app, account.id, citizen.headers, '补充一下')).json();
    expect(again.conversation.expectedReplyBy).toBe(start + 24 * HOUR);

    clock.advance(20 * HOUR); // 21 h: nothing due yet
    await deps.jobs.runDue();
    expect((await notificationsOf(admin.id)).length).toBe(0);

    clock.advance(HOUR + MINUTE); // past the warning
    await deps.jobs.runDue();
    await deps.jobs.runDue();
    const warned = await notificationsOf(admin.id);
    expect(warned.map((n) => n.kind)).toEqual(['clock.warning']);
    expect(warned[0]!.title_zh).toContain(`#${id}`);
    expect(warned[0]!.body_en).toContain('1 h 59 min');
    expect(warned[0]!.link).toBe(`/console/accounts/${account.id}/inbox/${id}`);
    expect((await notificationsOf(responder.id)).map((n) => n.kind)).toEqual([
      'conversation.assigned',
      'clock.warning',
    ]);
    let row = (await staffGet(app, `/conversations/${id}`, await headersFor(deps, 'staff', admin.id))).json();
    expect(row.conversation.overdue).toBe(false);

    clock.advance(2 * HOUR); // past the deadline
    await deps.jobs.runDue();
    await deps.jobs.runDue();
    expect((await notificationsOf(admin.id)).map((n) => n.kind)).toEqual(['clock.warning', 'clock.breached']);
    expect((await notificationsOf(responder.id)).map((n) => n.kind)).toEqual([
      'conversation.assigned',
      'clock.warning',
      'clock.breached',
    ]);
    row = (await staffGet(app, `/conversations/${id}`, await headersFor(deps, 'staff', admin.id))).json();
    expect(row.conversation).toMatchObject({ overdue: true, waiting: true, dueAt: start + 24 * HOUR });
    const overdue = (
      await staffGet(
        app,
        `/accounts/${account.id}/conversations?filter=overdue`,
        await headersFor(deps, 'staff', admin.id),
      )
    ).json();
    expect(overdue.items.map((i: { id: number }) => i.id)).toEqual([id]);
    const events = await ctx.db.k
      .selectFrom('outbox')
      .select('payload')
      .where('room', '=', `staff-account:${account.id}`)
      .where('event', '=', 'conversation.updated')
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    expect(JSON.parse(events[0]!.payload)).toMatchObject({ id, overdue: true });
    expect(await pendingJobs(id)).toEqual([]);

    // The answer clears the overdue mark.
    await reply(app, id, await headersFor(deps, 'staff', responder.id), '抱歉久等');
    row = (await staffGet(app, `/conversations/${id}`, await headersFor(deps, 'staff', admin.id))).json();
    expect(row.conversation).toMatchObject({ overdue: false, waiting: false, dueAt: null });
  });

  it('a staff reply before the deadline cancels both jobs; nobody is warned', async () => {
    const { account, admin, responder } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    const id = (await sendText(app, account.id, citizen.headers, '你好')).json().conversation.id;
    clock.advance(HOUR);
    await reply(app, id, responder.headers, '您好');
    expect(await pendingJobs(id)).toEqual([]);
    clock.advance(30 * HOUR);
    await deps.jobs.runDue();
    expect(await notificationsOf(admin.id)).toEqual([]);
    const view = (await thread(app, account.id, await headersFor(deps, 'citizen', citizen.id))).json();
    expect(view.conversation.expectedReplyBy).toBeNull();
  });

  it('closing cancels the clock', async () => {
    const { account, admin } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    const id = (await sendText(app, account.id, citizen.headers, '你好')).json().conversation.id;
    await staffPost(app, `/conversations/${id}/close`, admin.headers);
    clock.advance(30 * HOUR);
    await deps.jobs.runDue();
    expect(await notificationsOf(admin.id)).toEqual([]);
  });

  it('the handler acts once per stage even when run again, and skips a clock that no longer runs', async () => {
    const { account, admin, responder } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    const sent = (await sendText(app, account.id, citizen.headers, '你好')).json();
    const handler = conversationClockJob(deps);
    const payload = { conversationId: sent.conversation.id, dueAt: sent.conversation.expectedReplyBy };
    const ctxOf = { now: clock.now(), jobId: 1 };
    expect(await handler({ ...payload, stage: 'warning' }, ctxOf)).toBe('done');
    expect(await handler({ ...payload, stage: 'warning' }, ctxOf)).toBe('skipped');
    expect(await handler({ ...payload, stage: 'breach' }, ctxOf)).toBe('done');
    expect(await handler({ ...payload, stage: 'breach' }, ctxOf)).toBe('skipped');
    expect(await handler({ ...payload, dueAt: payload.dueAt + 1, stage: 'breach' }, ctxOf)).toBe('skipped');
    expect((await notificationsOf(admin.id)).map((n) => n.kind)).toEqual(['clock.warning', 'clock.breached']);
    await reply(app, sent.conversation.id, responder.headers, '已回复');
    expect(await handler({ ...payload, stage: 'breach' }, ctxOf)).toBe('skipped');
    expect(await handler({ conversationId: 99_999_999, dueAt: 1, stage: 'breach' }, ctxOf)).toBe('skipped');
  });

  it('counts working time only when the account says so (Friday afternoon → Monday morning)', async () => {
    const { account, admin } = await inboxAccount(ctx.db, deps);
    const put = await app.inject({
      method: 'PUT',
      url: `/api/console/accounts/${account.id}/messaging-settings`,
      headers: admin.headers,
      payload: {
        firstResponseMinutes: 240,
        workingHoursOnly: true,
        workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
        warnBeforeMinutes: 60,
      },
    });
    expect(put.statusCode).toBe(200);
    // Move to the next Friday, 16:00 Beijing (08:00 UTC).
    const friday =
      Date.UTC(2026, 10, 27, 8, 0, 0) +
      7 * 24 * HOUR * Math.ceil((clock.now() - Date.UTC(2026, 10, 27, 8)) / (7 * 24 * HOUR));
    clock.advance(friday - clock.now());
    const citizen = await follower(ctx.db, deps, account.id);
    const sent = (await sendText(app, account.id, citizen.headers, '周五下午的问题')).json();
    // 1.5 working hours on Friday, 2.5 on Monday: due Monday 11:30 Beijing, warned at 10:30.
    const monday = friday + 3 * 24 * HOUR;
    expect(sent.conversation.expectedReplyBy).toBe(monday - 7 * HOUR + 2.5 * HOUR);
    expect((await pendingJobs(sent.conversation.id)).map((j) => j.run_at)).toEqual([
      monday - 7 * HOUR + 1.5 * HOUR,
      monday - 7 * HOUR + 2.5 * HOUR,
    ]);
  });
});
