import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { ManualClock } from '../../infra/clock.js';
import { JobRunner } from '../../infra/jobs/runner.js';
import type { JobHandlers } from '../../infra/jobs/names.js';
import { jobHandlers } from '../../jobs.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildStaff, raisePushQuota, sessionHeaders } from '../../test/factories.js';
import { hideFromUnread } from '../feed/repository.js';
import { pushReleaseJob } from './releaseJob.js';
import {
  accountWithEditor,
  approvedArticle,
  citizenView,
  follower,
  postPush,
  staffOf,
  tag,
} from './testing.js';

const HOUR = 3_600_000;
const quiet = { warn() {}, error() {} };

describeEachDatabase('mass pushes', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  // 10:00 Beijing time on a weekday.
  const clock = new ManualClock(Date.UTC(2026, 11, 7, 2, 0, 0));
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock }));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  const publications = async (accountId: number) =>
    ctx.db.k
      .selectFrom('publications')
      .select(['seq', 'title', 'push_id', 'audience'])
      .where('account_id', '=', accountId)
      .orderBy('seq')
      .execute();

  it('a push to a region reaches the followers living under it only: thread, feed, home and unread', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    await raisePushQuota(ctx.db, account.id);
    const inside = await follower(ctx.db, deps, account.id, { region: '411502' });
    const outside = await follower(ctx.db, deps, account.id, { region: '410105' });
    const noRegion = await follower(ctx.db, deps, account.id);
    const article = await approvedArticle(ctx.db, account.id, editor.id, '信阳市浉河区停水通知');

    const res = await postPush(app, account.id, editor.headers, {
      articleIds: [article.id],
      audience: { kind: 'region', region: '411500' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().push).toMatchObject({
      status: 'sending',
      audience: { kind: 'region', region: '4115' },
    });
    expect(await publications(account.id)).toEqual([
      { seq: 1, title: article.title, push_id: res.json().push.id, audience: '{"region":"4115"}' },
    ]);

    expect(await citizenView(app, account.id, inside.headers)).toEqual({
      thread: [article.title],
      feed: [article.title],
      latest: article.title,
      unread: 1,
    });
    for (const other of [outside, noRegion]) {
      expect(await citizenView(app, account.id, other.headers)).toEqual({
        thread: [],
        feed: [],
        latest: null,
        unread: 0,
      });
    }
    const anonymous = await app.inject({ method: 'GET', url: `/api/accounts/${account.id}/thread` });
    expect(anonymous.json().items).toEqual([]);

    // An untargeted push afterwards: everyone sees it and counts exactly it as unread.
    const general = await approvedArticle(ctx.db, account.id, editor.id, '全体通知');
    expect(
      (
        await postPush(app, account.id, editor.headers, {
          articleIds: [general.id],
          audience: { kind: 'all' },
        })
      ).statusCode,
    ).toBe(201);
    expect(await citizenView(app, account.id, outside.headers)).toEqual({
      thread: ['全体通知'],
      feed: ['全体通知'],
      latest: '全体通知',
      unread: 1,
    });
    // The inside follower read the thread before: only the new one is unread.
    expect(await citizenView(app, account.id, inside.headers)).toMatchObject({
      thread: ['全体通知', article.title],
      latest: '全体通知',
      unread: 1,
    });
  });

  it('a push to tags reaches the followers carrying any of them; a withdrawn publication leaves every view', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const teachers = await tag(ctx.db, account.id, '教师');
    const parents = await tag(ctx.db, account.id, '家长');
    const other = await tag(ctx.db, account.id, '其他');
    const teacher = await follower(ctx.db, deps, account.id, { tagIds: [teachers] });
    const parent = await follower(ctx.db, deps, account.id, { tagIds: [parents, other] });
    const untagged = await follower(ctx.db, deps, account.id, { tagIds: [other] });
    const article = await approvedArticle(ctx.db, account.id, editor.id, '教师资格认定');

    const res = await postPush(app, account.id, editor.headers, {
      articleIds: [article.id],
      audience: { kind: 'tags', tagIds: [parents, teachers] },
    });
    expect(res.statusCode).toBe(201);
    for (const c of [teacher, parent])
      expect((await citizenView(app, account.id, c.headers)).feed).toEqual([article.title]);
    expect(await citizenView(app, account.id, untagged.headers)).toEqual({
      thread: [],
      feed: [],
      latest: null,
      unread: 0,
    });

    // Another account's tag id is refused.
    const foreign = await accountWithEditor(ctx.db, deps);
    const foreignTag = await tag(ctx.db, foreign.account.id);
    const a2 = await approvedArticle(ctx.db, account.id, editor.id);
    await raisePushQuota(ctx.db, account.id);
    const refused = await postPush(app, account.id, editor.headers, {
      articleIds: [a2.id],
      audience: { kind: 'tags', tagIds: [foreignTag] },
    });
    expect(refused.json().error.code).toBe('TAG_NOT_FOUND');

    // An untargeted push after it, then both withdrawn (as review's withdrawal leaves them).
    expect(
      (await postPush(app, account.id, editor.headers, { articleIds: [a2.id], audience: { kind: 'all' } }))
        .statusCode,
    ).toBe(201);
    // Read up to the targeted one (seq 1) but not the general one (seq 2).
    const reader = await follower(ctx.db, deps, account.id);
    await ctx.db.k
      .updateTable('follows')
      .set({ last_read_seq: 1 })
      .where('citizen_id', '=', reader.id)
      .execute();
    await ctx.db.k
      .updateTable('publications')
      .set({ withdrawn_at: clock.now() })
      .where('account_id', '=', account.id)
      .execute();
    await hideFromUnread(ctx.db.k, account.id, 2);
    expect(await citizenView(app, account.id, reader.headers)).toEqual({
      thread: [],
      feed: [],
      latest: null,
      unread: 0,
    });
    expect(await citizenView(app, account.id, teacher.headers)).toMatchObject({
      thread: [],
      feed: [],
      latest: null,
      unread: 0,
    });
  });

  it('does not announce a targeted publication in the account room, only to staff, and tells followers to re-read', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const article = await approvedArticle(ctx.db, account.id, editor.id, '定向');
    await postPush(app, account.id, editor.headers, {
      articleIds: [article.id],
      audience: { kind: 'region', region: '41' },
    });
    const rows = await ctx.db.k
      .selectFrom('outbox')
      .select(['room', 'event', 'payload'])
      .where('room', 'in', [`account:${account.id}`, `staff-account:${account.id}`])
      .orderBy('id')
      .execute();
    const inAccountRoom = rows.filter((r) => r.room === `account:${account.id}`);
    expect(inAccountRoom.map((r) => [r.event, JSON.parse(r.payload)])).toEqual([
      ['feed.changed', { accountId: account.id }],
    ]);
    expect(
      rows.some((r) => r.room === `staff-account:${account.id}` && r.event === 'publication.created'),
    ).toBe(true);
  });

  it('the quota: one push per Beijing day by default, refused with a stable code, free again the next day', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const [a, b, c] = [
      await approvedArticle(ctx.db, account.id, editor.id),
      await approvedArticle(ctx.db, account.id, editor.id),
      await approvedArticle(ctx.db, account.id, editor.id),
    ];
    const quota = () =>
      app.inject({
        method: 'GET',
        url: `/api/console/accounts/${account.id}/pushes/quota`,
        headers: editor.headers,
      });
    expect((await quota()).json()).toMatchObject({ day: '2026-12-07', perDay: 1, used: 0, remaining: 1 });
    expect(
      (await postPush(app, account.id, editor.headers, { articleIds: [a.id], audience: { kind: 'all' } }))
        .statusCode,
    ).toBe(201);
    expect((await quota()).json()).toMatchObject({ used: 1, remaining: 0 });

    const refused = await postPush(app, account.id, editor.headers, {
      articleIds: [b.id],
      audience: { kind: 'all' },
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('PUSH_QUOTA_EXCEEDED');
    // Nothing of the refused push stayed behind.
    expect(await publications(account.id)).toHaveLength(1);
    expect(
      (
        await ctx.db.k
          .selectFrom('articles')
          .select('status')
          .where('id', '=', b.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('approved');

    // 23:59 Beijing is still the same day; midnight Beijing (16:00 UTC) starts the next.
    const saved = clock.now();
    clock.advance(14 * HOUR - 60_000);
    expect(
      (await postPush(app, account.id, editor.headers, { articleIds: [b.id], audience: { kind: 'all' } }))
        .statusCode,
    ).toBe(429);
    clock.advance(60_000);
    expect(
      (await postPush(app, account.id, editor.headers, { articleIds: [b.id], audience: { kind: 'all' } }))
        .statusCode,
    ).toBe(201);
    clock.advance(saved - clock.now());

    // Only a platform admin sets the quota.
    const setQuota = (headers: Record<string, string>, perDay: number) =>
      app.inject({
        method: 'PUT',
        url: `/api/console/accounts/${account.id}/pushes/quota`,
        headers,
        payload: { perDay },
      });
    const admin = await buildStaff(ctx.db, { isPlatformAdmin: true });
    const accountAdmin = await staffOf(ctx.db, deps, account.id, 'admin');
    expect((await setQuota(accountAdmin.headers, 5)).statusCode).toBe(403);
    const set = await setQuota({ ...(await sessionHeaders(deps.sessions, 'staff', admin.id)) }, 3);
    expect(set.json()).toMatchObject({ perDay: 3, used: 1, remaining: 2 });
    expect(
      (await postPush(app, account.id, editor.headers, { articleIds: [c.id], audience: { kind: 'all' } }))
        .statusCode,
    ).toBe(201);
  });

  it('a push carries up to 8 articles in order, one publication each; 9 are refused', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const articles = [];
    for (let i = 0; i < 9; i++)
      articles.push(await approvedArticle(ctx.db, account.id, editor.id, `第${i + 1}篇`));
    const nine = await postPush(app, account.id, editor.headers, {
      articleIds: articles.map((a) => a.id),
      audience: { kind: 'all' },
    });
    expect(nine.statusCode).toBe(400);
    expect(nine.json().error.code).toBe('PUSH_ARTICLE_COUNT');
    const empty = await postPush(app, account.id, editor.headers, {
      articleIds: [],
      audience: { kind: 'all' },
    });
    expect(empty.statusCode).toBe(400);

    const eight = await postPush(app, account.id, editor.headers, {
      articleIds: articles.slice(0, 8).map((a) => a.id),
      audience: { kind: 'all' },
    });
    expect(eight.statusCode).toBe(201);
    const pushId = eight.json().push.id;
    expect(eight.json().publications.map((p: { title: string }) => p.title)).toEqual(
      articles.slice(0, 8).map((a) => a.title),
    );
    const rows = await publications(account.id);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(rows.map((r) => r.push_id))).toEqual(new Set([pushId]));
    const statuses = await ctx.db.k
      .selectFrom('articles')
      .select('status')
      .where('account_id', '=', account.id)
      .execute();
    expect(statuses.filter((s) => s.status === 'published')).toHaveLength(8);
  });

  it('refuses articles that are not approved (or already out), another account’s, and non-releasing roles', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    await raisePushQuota(ctx.db, account.id);
    const inReview = await approvedArticle(ctx.db, account.id, editor.id);
    await ctx.db.k
      .updateTable('articles')
      .set({ status: 'in_review' })
      .where('id', '=', inReview.id)
      .execute();
    expect(
      (
        await postPush(app, account.id, editor.headers, {
          articleIds: [inReview.id],
          audience: { kind: 'all' },
        })
      ).json().error.code,
    ).toBe('REVIEW_REQUIRED');

    const other = await accountWithEditor(ctx.db, deps);
    const foreign = await approvedArticle(ctx.db, other.account.id, other.editor.id);
    expect(
      (
        await postPush(app, account.id, editor.headers, {
          articleIds: [foreign.id],
          audience: { kind: 'all' },
        })
      ).json().error.code,
    ).toBe('ARTICLE_NOT_FOUND');

    const article = await approvedArticle(ctx.db, account.id, editor.id);
    for (const role of ['reviewer', 'leader', 'responder', 'analyst'] as const) {
      const staff = await staffOf(ctx.db, deps, account.id, role);
      expect(
        (
          await postPush(app, account.id, staff.headers, {
            articleIds: [article.id],
            audience: { kind: 'all' },
          })
        ).statusCode,
      ).toBe(403);
    }
    // Another account's editor cannot push here nor read the list.
    expect(
      (
        await postPush(app, account.id, other.editor.headers, {
          articleIds: [article.id],
          audience: { kind: 'all' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/console/accounts/${account.id}/pushes`,
          headers: other.editor.headers,
        })
      ).statusCode,
    ).toBe(403);
    const reviewer = await staffOf(ctx.db, deps, account.id, 'reviewer');
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/console/accounts/${account.id}/pushes`,
          headers: reviewer.headers,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/console/accounts/${account.id}/pushes`,
          payload: { articleIds: [article.id], audience: { kind: 'all' } },
        })
      ).statusCode,
    ).toBe(401);

    expect(
      (
        await postPush(app, account.id, editor.headers, {
          articleIds: [article.id],
          audience: { kind: 'all' },
        })
      ).statusCode,
    ).toBe(201);
    const again = await postPush(app, account.id, editor.headers, {
      articleIds: [article.id],
      audience: { kind: 'all' },
    });
    expect(again.json().error.code).toBe('ARTICLE_ALREADY_PUBLISHED');
  });

  it('a scheduled push releases exactly once, even when its runner dies mid-job and another takes over', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const all = await follower(ctx.db, deps, account.id);
    const [a, b] = [
      await approvedArticle(ctx.db, account.id, editor.id, '定时一'),
      await approvedArticle(ctx.db, account.id, editor.id, '定时二'),
    ];
    const at = clock.now() + 2 * HOUR;
    const res = await postPush(app, account.id, editor.headers, {
      articleIds: [a.id, b.id],
      audience: { kind: 'all' },
      scheduledAt: at,
    });
    expect(res.statusCode).toBe(201);
    const pushId = res.json().push.id as number;
    expect(res.json()).toMatchObject({ push: { status: 'scheduled', scheduledAt: at }, publications: [] });
    const status = async (id: number) =>
      (await ctx.db.k.selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow())
        .status;
    expect(await status(a.id)).toBe('scheduled');
    expect((await citizenView(app, account.id, all.headers)).thread).toEqual([]);

    const local = new ManualClock(at + 1000);
    const real = jobHandlers(deps);
    // Runner A claims the job and dies inside the handler (its promise never settles).
    const dying: JobHandlers = { ...real, 'push.release': () => new Promise(() => {}) };
    const runnerA = new JobRunner(ctx.db, local, dying, quiet, { leaseMs: 60_000, batchSize: 1 });
    void runnerA.runDue();
    // Runner A works through whatever else is due first; wait until it holds our job.
    const jobRow = () =>
      ctx.db.k
        .selectFrom('jobs')
        .select(['status', 'attempts'])
        .where('key', '=', `push:${pushId}`)
        .executeTakeFirstOrThrow();
    let job = await jobRow();
    for (let i = 0; i < 100 && job.status !== 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      job = await jobRow();
    }
    expect(job).toEqual({ status: 'running', attempts: 1 });
    expect(await publications(account.id)).toEqual([]);

    // Before the lease passes nobody else runs it; after, runner B does, once.
    const runnerB = new JobRunner(ctx.db, local, real, quiet, { leaseMs: 60_000 });
    await runnerB.runDue();
    expect(await publications(account.id)).toEqual([]);
    local.advance(61_000);
    await runnerB.runDue();
    expect((await publications(account.id)).map((p) => p.title)).toEqual(['定时一', '定时二']);
    expect(await status(a.id)).toBe('published');

    // A restart re-running the handler (e.g. its runner died after commit) changes nothing.
    expect(await pushReleaseJob(deps)({ pushId }, { now: local.now() + HOUR, jobId: 0 })).toBe('skipped');
    local.advance(HOUR);
    await new JobRunner(ctx.db, local, real, quiet).runDue();
    expect(await publications(account.id)).toHaveLength(2);
    expect((await citizenView(app, account.id, all.headers)).thread).toEqual(['定时二', '定时一']);
    const report = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/pushes/${pushId}`,
      headers: editor.headers,
    });
    expect(report.json()).toMatchObject({ status: 'sent', targeted: 1, webpush: { total: 0 } });
  });

  it('cancels or reschedules a scheduled push; a cancelled one never goes out and frees its quota', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const article = await approvedArticle(ctx.db, account.id, editor.id);
    const at = clock.now() + HOUR;
    const created = await postPush(app, account.id, editor.headers, {
      articleIds: [article.id],
      audience: { kind: 'all' },
      scheduledAt: at,
    });
    const url = `/api/console/accounts/${account.id}/pushes/${created.json().push.id}`;

    const tooSoon = await app.inject({
      method: 'PATCH',
      url,
      headers: editor.headers,
      payload: { scheduledAt: clock.now() + 60_000 },
    });
    expect(tooSoon.json().error.code).toBe('PUSH_TIME_INVALID');
    const moved = await app.inject({
      method: 'PATCH',
      url,
      headers: editor.headers,
      payload: { scheduledAt: at + HOUR },
    });
    expect(moved.json()).toMatchObject({ status: 'scheduled', scheduledAt: at + HOUR });
    const job = await ctx.db.k
      .selectFrom('jobs')
      .select('run_at')
      .where('key', '=', `push:${created.json().push.id}`)
      .executeTakeFirstOrThrow();
    expect(job.run_at).toBe(at + HOUR);

    const reviewer = await staffOf(ctx.db, deps, account.id, 'reviewer');
    expect(
      (await app.inject({ method: 'POST', url: `${url}/cancel`, headers: reviewer.headers })).statusCode,
    ).toBe(403);
    const cancelled = await app.inject({ method: 'POST', url: `${url}/cancel`, headers: editor.headers });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect(
      (await app.inject({ method: 'POST', url: `${url}/cancel`, headers: editor.headers })).json().error.code,
    ).toBe('PUSH_NOT_SCHEDULED');
    expect(
      (
        await ctx.db.k
          .selectFrom('articles')
          .select('status')
          .where('id', '=', article.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('approved');

    await new JobRunner(ctx.db, new ManualClock(at + 3 * HOUR), jobHandlers(deps), quiet).runDue();
    expect(await publications(account.id)).toEqual([]);
    // The slot is free again: the same article goes out now.
    expect(
      (
        await postPush(app, account.id, editor.headers, {
          articleIds: [article.id],
          audience: { kind: 'all' },
        })
      ).statusCode,
    ).toBe(201);
    const list = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/pushes`,
      headers: editor.headers,
    });
    expect(list.json().items.map((p: { status: string }) => p.status)).toEqual(['sending', 'cancelled']);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/console/accounts/${account.id}/pushes/999999`,
          headers: editor.headers,
        })
      ).statusCode,
    ).toBe(404);
  });
});
