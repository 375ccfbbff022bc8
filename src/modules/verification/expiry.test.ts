import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { runHousekeeping } from '../../housekeeping.js';
import { DAY, oneYearAfter, sweepExpiries } from './expiry.js';
import {
  accountRow,
  applyWithLetter,
  notificationsOf,
  verificationApi,
  verificationTeam,
} from './testing.js';

describeEachDatabase('verification expiry', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  const clock = new ManualClock(Date.UTC(2026, 0, 10, 2, 0, 0));

  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock }));
  });
  afterAll(async () => {
    await app.close();
  });

  async function verified(name: string) {
    const t = await verificationTeam(ctx.db, deps);
    await signIn(t.admin, t.reviewer);
    const id = await applyWithLetter(app, t.account.id, t.admin.headers, {
      requestedName: `${name}${t.account.id}`,
    });
    expect((await verificationApi(app, t.account.id).approve(t.reviewer.headers, id)).statusCode).toBe(200);
    return { ...t, until: (await accountRow(ctx.db, t.account.id)).verified_until! };
  }

  /** A runner that crashed after its handler committed but before marking the jobs done: they run again. */
  async function crashAndRerun() {
    await ctx.db.k
      .updateTable('jobs')
      .set({ status: 'pending' })
      .where('name', 'like', 'verification.%')
      .where('status', '=', 'done')
      .execute();
    await deps.jobs.runDue();
  }

  /** Sessions expire while the clock moves a year: sign the team in again at the current time. */
  async function signIn(...users: Array<{ id: number; headers: Record<string, string> }>) {
    for (const u of users) {
      const { token, csrfToken } = await deps.sessions.create('staff', u.id, clock.now());
      u.headers = { cookie: `zw_staff=${token}`, 'x-csrf-token': csrfToken };
    }
  }

  const expiring = async (userId: number) =>
    (await notificationsOf(ctx.db, userId, 'verification.expiring')).length;

  it('reminds the admins 30, 7 and 1 days before, then lapses at the expiry; each exactly once across re-runs', async () => {
    const t = await verified('提醒测试');
    const start = clock.now();
    expect(t.until).toBe(oneYearAfter(start));

    clock.advance(t.until - 30 * DAY - clock.now() - 1);
    await deps.jobs.runDue();
    expect(await expiring(t.admin.id)).toBe(0);

    clock.advance(2);
    await deps.jobs.runDue();
    expect(await expiring(t.admin.id)).toBe(1);
    await crashAndRerun();
    await deps.jobs.runDue();
    expect(await expiring(t.admin.id)).toBe(1);
    // Editors are not told; admins are.
    expect(await expiring(t.editor.id)).toBe(0);

    clock.advance(23 * DAY);
    await deps.jobs.runDue();
    await crashAndRerun();
    expect(await expiring(t.admin.id)).toBe(2);

    clock.advance(6 * DAY);
    await deps.jobs.runDue();
    await crashAndRerun();
    const reminders = await notificationsOf(ctx.db, t.admin.id, 'verification.expiring');
    expect(reminders.map((r) => r.title_zh)).toEqual([
      '认证将于 30 天后到期',
      '认证将于 7 天后到期',
      '认证将于 1 天后到期',
    ]);
    expect((await accountRow(ctx.db, t.account.id)).verified).toBe(1);

    clock.advance(t.until - clock.now());
    await deps.jobs.runDue();
    await crashAndRerun();
    await deps.jobs.runDue();
    const row = await accountRow(ctx.db, t.account.id);
    expect(row).toMatchObject({
      verified: 0,
      verified_name: null,
      credit_code: '91350100M000100Y43',
      verified_until: t.until,
    });
    expect(await notificationsOf(ctx.db, t.admin.id, 'verification.lapsed')).toHaveLength(1);
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select(['action', 'actor_kind'])
      .where('account_id', '=', t.account.id)
      .where('action', 'in', ['verification.reminded', 'verification.lapsed'])
      .execute();
    expect(audit.filter((a) => a.action === 'verification.reminded')).toHaveLength(3);
    expect(audit.filter((a) => a.action === 'verification.lapsed')).toEqual([
      { action: 'verification.lapsed', actor_kind: 'system' },
    ]);
    const pub = await app.inject({ method: 'GET', url: `/api/accounts/${t.account.handle}/verification` });
    expect(pub.json()).toMatchObject({ verified: false, verifiedName: null, daysLeft: 0 });

    await signIn(t.admin, t.reviewer);
    // After the lapse the name is free, and the account's next application is a renewal from today.
    const state = (await verificationApi(app, t.account.id).state(t.admin.headers)).json<{
      nextKind: string;
    }>();
    expect(state.nextKind).toBe('renewal');
    const again = await applyWithLetter(app, t.account.id, t.admin.headers, { requestedName: row.name });
    await verificationApi(app, t.account.id).approve(t.reviewer.headers, again);
    expect(await accountRow(ctx.db, t.account.id)).toMatchObject({
      verified: 1,
      verified_until: oneYearAfter(clock.now()),
    });
  });

  it('a renewal approved before the expiry extends one year from the old expiry; the old reminders and lapse do nothing', async () => {
    const t = await verified('续期测试');
    t.account.name = (await accountRow(ctx.db, t.account.id)).name;
    clock.advance(t.until - 20 * DAY - clock.now());
    await deps.jobs.runDue();
    expect(await expiring(t.admin.id)).toBe(1);

    await signIn(t.admin, t.reviewer);
    const renewal = await applyWithLetter(app, t.account.id, t.admin.headers, {
      requestedName: t.account.name,
    });
    const detail = (await verificationApi(app, t.account.id).detail(t.reviewer.headers, renewal)).json();
    expect(detail.application.kind).toBe('renewal');
    await verificationApi(app, t.account.id).approve(t.reviewer.headers, renewal);
    const extended = (await accountRow(ctx.db, t.account.id)).verified_until!;
    expect(extended).toBe(oneYearAfter(t.until));

    // Past the old expiry: nothing lapses and no reminder about it arrives.
    clock.advance(t.until - clock.now() + DAY);
    await deps.jobs.runDue();
    expect((await accountRow(ctx.db, t.account.id)).verified).toBe(1);
    expect(await expiring(t.admin.id)).toBe(1);

    // The new expiry has its own reminders and lapse.
    clock.advance(extended - 30 * DAY - clock.now());
    await deps.jobs.runDue();
    expect(await expiring(t.admin.id)).toBe(2);
    clock.advance(extended - clock.now());
    await deps.jobs.runDue();
    expect((await accountRow(ctx.db, t.account.id)).verified).toBe(0);
  });

  it('the scheduler sweep covers badges no job was planned for: the due reminder once, the lapse once', async () => {
    const t = await verificationTeam(ctx.db, deps);
    const until = clock.now() + 5 * DAY;
    await ctx.db.k
      .updateTable('accounts')
      .set({
        verified: 1,
        verified_name: `种子认证${t.account.id}`,
        verified_at: clock.now(),
        verified_until: until,
      })
      .where('id', '=', t.account.id)
      .execute();
    await runHousekeeping(deps);
    await sweepExpiries(deps, clock.now());
    const reminders = await notificationsOf(ctx.db, t.admin.id, 'verification.expiring');
    // Five days left: the 7-day reminder, not the 30-day one.
    expect(reminders.map((r) => r.title_zh)).toEqual(['认证将于 5 天后到期']);
    clock.advance(5 * DAY);
    await runHousekeeping(deps);
    await runHousekeeping(deps);
    expect(await notificationsOf(ctx.db, t.admin.id, 'verification.lapsed')).toHaveLength(1);
    expect(await accountRow(ctx.db, t.account.id)).toMatchObject({ verified: 0, verified_name: null });
    const notices = await ctx.db.k
      .selectFrom('verification_notices')
      .select('notice')
      .where('account_id', '=', t.account.id)
      .execute();
    expect(notices.map((n) => n.notice).sort()).toEqual(['lapse', 'remind-7']);
  });
});
