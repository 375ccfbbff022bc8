/** The conversations' response clock counts working time with the official calendar. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildStaff, sessionHeaders } from '../../test/factories.js';
import { follower, inboxAccount, sendText } from '../conversations/testing.js';

const HOUR = 3_600_000;
/** Epoch ms of a Beijing wall-clock time. */
const beijing = (date: string, hhmm: string) => Date.parse(`${date}T${hhmm}:00+08:00`);

describeEachDatabase('working-time deadlines over the official calendar', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  // Friday 2026-02-13, 16:00 Beijing: the last ordinary working day before 春节.
  const clock = new ManualClock(beijing('2026-02-13', '16:00'));
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock }));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  async function workingHoursAccount(firstResponseMinutes: number, workingHoursOnly = true) {
    const { account, admin } = await inboxAccount(ctx.db, deps);
    const res = await app.inject({
      method: 'PUT',
      url: `/api/console/accounts/${account.id}/messaging-settings`,
      headers: admin.headers,
      payload: {
        firstResponseMinutes,
        workingHoursOnly,
        workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
        warnBeforeMinutes: 60,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    return account;
  }
  async function deadlineOf(accountId: number) {
    const citizen = await follower(ctx.db, deps, accountId);
    const sent = await sendText(app, accountId, citizen.headers, '春节前的问题');
    expect(sent.statusCode, sent.body).toBe(200);
    const id = sent.json().conversation.id as number;
    const jobs = await ctx.db.k
      .selectFrom('jobs')
      .select(['key', 'run_at'])
      .where('key', 'like', `conv:${id}:%`)
      .orderBy('run_at')
      .execute();
    return { due: sent.json().conversation.expectedReplyBy as number, runAts: jobs.map((j) => j.run_at) };
  }

  it('skips 春节 and counts the make-up Saturday before it', async () => {
    const account = await workingHoursAccount(12 * 60);
    // 1.5 h on Friday 13th, 8.5 h on Saturday 14th (调休上班), 15th–23rd off, 2 h on Tuesday 24th.
    const { due, runAts } = await deadlineOf(account.id);
    expect(due).toBe(beijing('2026-02-24', '11:00'));
    expect(runAts).toEqual([beijing('2026-02-24', '10:00'), beijing('2026-02-24', '11:00')]);
  });

  it('calendar time is not affected by the calendar', async () => {
    const account = await workingHoursAccount(12 * 60, false);
    expect((await deadlineOf(account.id)).due).toBe(clock.now() + 12 * HOUR);
  });

  it("uses the platform admin's latest calendar for clocks started afterwards", async () => {
    const admin = await buildStaff(ctx.db, { isPlatformAdmin: true });
    const headers = { ...(await sessionHeaders(deps.sessions, 'staff', admin.id)) };
    const year = (await app.inject({ method: 'GET', url: '/api/calendar/2026' })).json();
    // The platform adds Tuesday 24th as an extra day off.
    const days = [...year.days, { date: '2026-02-24', kind: 'holiday', name: '春节' }];
    const res = await app.inject({
      method: 'PUT',
      url: '/api/console/calendar/2026',
      headers,
      payload: { days },
    });
    expect(res.statusCode, res.body).toBe(200);
    const account = await workingHoursAccount(12 * 60);
    expect((await deadlineOf(account.id)).due).toBe(beijing('2026-02-25', '11:00'));
  });
});
