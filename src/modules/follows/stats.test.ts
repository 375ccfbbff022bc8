import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildCitizen, buildStaff, sessionHeaders } from '../../test/factories.js';
import { openidFor } from './openid.js';
import { FollowsRepository } from './repository.js';
import { beijingDay, dayLabel } from './stats.js';

const HOUR = 3_600_000;
/** 2026-11-25 10:00 in Beijing. */
const NOW = Date.UTC(2026, 10, 25, 2, 0);
/** Midnight starting 2026-11-25 in Beijing, which is 16:00 UTC the day before. */
const BEIJING_MIDNIGHT = Date.UTC(2026, 10, 24, 16, 0);

describe('Beijing days', () => {
  it('start at 16:00 UTC of the day before', () => {
    expect(dayLabel(beijingDay(BEIJING_MIDNIGHT))).toBe('2026-11-25');
    expect(dayLabel(beijingDay(BEIJING_MIDNIGHT - 1))).toBe('2026-11-24');
    expect(dayLabel(beijingDay(NOW))).toBe('2026-11-25');
  });
});

describeEachDatabase('follower statistics', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock: new ManualClock(NOW) }));
  });
  afterAll(async () => {
    await app.close();
  });

  /** Follows `account` once per entry, at the given instant and scene. */
  const seedFollows = async (accountId: number, follows: Array<[at: number, scene: string | null]>) => {
    const rows = [];
    for (const [followedAt, scene] of follows) {
      const c = await buildCitizen(ctx.db);
      rows.push({ accountId, citizenId: c.id, openid: openidFor('k', accountId, c.id), followedAt, scene });
    }
    await new FollowsRepository(ctx.db).insertFollows(rows);
  };
  const stats = async (accountId: number, userId: number, query = '') =>
    app.inject({
      method: 'GET',
      url: `/api/console/accounts/${accountId}/stats/followers${query}`,
      headers: { ...(await sessionHeaders(deps.sessions, 'staff', userId)) },
    });

  it('counts new followers per Beijing day, with the running total and the scenes of the window', async () => {
    const account = await buildAccount(ctx.db);
    await seedFollows(account.id, [
      [BEIJING_MIDNIGHT, 'hall-1'], // the first instant of 11-25
      [BEIJING_MIDNIGHT - 1, 'hall-1'], // the last instant of 11-24
      [BEIJING_MIDNIGHT - 24 * HOUR, 'poster-2026'], // the first instant of 11-24
      [BEIJING_MIDNIGHT - 3 * 24 * HOUR + 5 * HOUR, 'poster-2026'], // 11-22 05:00
      [BEIJING_MIDNIGHT - 5 * 24 * HOUR, null], // 11-20
      [BEIJING_MIDNIGHT - 40 * 24 * HOUR, 'old-poster'], // before the window
    ]);
    const analyst = await buildStaff(ctx.db, { roles: [[account.id, 'analyst']] });

    const res = await stats(account.id, analyst.id, '?days=7');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      total: 6,
      days: [
        { date: '2026-11-19', newFollowers: 0, total: 1 },
        { date: '2026-11-20', newFollowers: 1, total: 2 },
        { date: '2026-11-21', newFollowers: 0, total: 2 },
        { date: '2026-11-22', newFollowers: 1, total: 3 },
        { date: '2026-11-23', newFollowers: 0, total: 3 },
        { date: '2026-11-24', newFollowers: 2, total: 5 },
        { date: '2026-11-25', newFollowers: 1, total: 6 },
      ],
      byScene: [
        { scene: 'hall-1', followers: 2 },
        { scene: 'poster-2026', followers: 2 },
        { scene: null, followers: 1 },
      ],
    });
  });

  it('answers the last 30 days by default, and nothing for an account without followers', async () => {
    const account = await buildAccount(ctx.db);
    const admin = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    const body = (await stats(account.id, admin.id)).json();
    expect(body.total).toBe(0);
    expect(body.days).toHaveLength(30);
    expect(body.days[0].date).toBe('2026-10-27');
    expect(body.days.at(-1)).toEqual({ date: '2026-11-25', newFollowers: 0, total: 0 });
    expect(body.byScene).toEqual([]);
  });

  it('counts only current followers: an unfollow takes the follower off every day (no history yet)', async () => {
    const account = await buildAccount(ctx.db);
    await seedFollows(account.id, [
      [NOW - 2 * 24 * HOUR, 'hall-1'],
      [NOW - 2 * 24 * HOUR, 'hall-1'],
    ]);
    const gone = await ctx.db.k
      .selectFrom('follows')
      .select('citizen_id')
      .where('account_id', '=', account.id)
      .executeTakeFirstOrThrow();
    const citizen = await sessionHeaders(deps.sessions, 'citizen', gone.citizen_id);
    await app.inject({
      method: 'DELETE',
      url: `/api/accounts/${account.id}/follow`,
      headers: { ...citizen },
    });
    const admin = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    const body = (await stats(account.id, admin.id, '?days=3')).json();
    expect(body.total).toBe(1);
    expect(body.days.map((d: { newFollowers: number }) => d.newFollowers)).toEqual([1, 0, 0]);
    expect(body.byScene).toEqual([{ scene: 'hall-1', followers: 1 }]);
  });

  it('refuses a window outside 1–365 days, naming `days`', async () => {
    const account = await buildAccount(ctx.db);
    const admin = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    for (const days of ['0', '366', 'abc']) {
      const res = await stats(account.id, admin.id, `?days=${days}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'days' });
    }
    expect((await stats(account.id, admin.id, '?days=365')).json().days).toHaveLength(365);
  });

  it('shows the statistics to those who see the follower list: not editors, nor staff of other accounts', async () => {
    const account = await buildAccount(ctx.db, { region_code: '410000' });
    const other = await buildAccount(ctx.db);
    const editor = await buildStaff(ctx.db, { roles: [[account.id, 'editor']] });
    const adminElsewhere = await buildStaff(ctx.db, { roles: [[other.id, 'admin']] });
    const supervisor = await buildStaff(ctx.db, { supervisorRegion: '410000' });
    const responder = await buildStaff(ctx.db, { roles: [[account.id, 'responder']] });
    const platformAdmin = await buildStaff(ctx.db, { isPlatformAdmin: true });
    expect((await stats(account.id, editor.id)).json().error.code).toBe('FORBIDDEN');
    expect((await stats(account.id, adminElsewhere.id)).json().error.code).toBe('FORBIDDEN');
    // The follower list is role-based (no supervisor read access); its statistics follow it.
    expect((await stats(account.id, supervisor.id)).json().error.code).toBe('FORBIDDEN');
    expect((await stats(account.id, responder.id)).statusCode).toBe(200);
    expect((await stats(account.id, platformAdmin.id)).statusCode).toBe(200);
    expect((await stats(999_999, platformAdmin.id)).json().error.code).toBe('ACCOUNT_NOT_FOUND');
    const anonymous = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/stats/followers`,
    });
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
  });
});
