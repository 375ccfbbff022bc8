import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';
import { CHINA_2026 } from '../responseclock/calendar.js';
import { loadWorkCalendar } from './load.js';

describeEachDatabase('the official working calendar', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let platform: Record<string, string>;
  let platformId: number;
  const clock = new ManualClock(Date.UTC(2026, 11, 1, 2));
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock }));
    const admin = await buildStaff(ctx.db, { isPlatformAdmin: true });
    platformId = admin.id;
    platform = { ...(await sessionHeaders(deps.sessions, 'staff', admin.id)) };
  });
  afterAll(async () => {
    await app?.close();
  });

  const get = (year: number | string) => app.inject({ method: 'GET', url: `/api/calendar/${year}` });
  const put = (year: number | string, days: unknown[], headers = platform) =>
    app.inject({ method: 'PUT', url: `/api/console/calendar/${year}`, headers, payload: { days } });

  it('ships the State Council 2026 arrangement, readable signed out', async () => {
    const res = await get(2026);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.year).toBe(2026);
    expect(body.days).toEqual([...CHINA_2026].sort((a, b) => (a.date < b.date ? -1 : 1)));
    expect(body.days).toHaveLength(39);
    expect(
      body.days.filter((d: { kind: string }) => d.kind === 'workday').map((d: { date: string }) => d.date),
    ).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    expect(body.days).toContainEqual({ date: '2026-02-17', kind: 'holiday', name: '春节' });
    // Another year is simply empty until the platform admin enters it.
    expect((await get(2027)).json()).toEqual({ year: 2027, days: [], updatedAt: null });
    expect((await get(1999)).statusCode).toBe(400);
  });

  it('lets only platform admins save a year: 401 signed out, 403 for account staff', async () => {
    const account = await buildAccount(ctx.db);
    const staff = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    const staffHeaders = { ...(await sessionHeaders(deps.sessions, 'staff', staff.id)) };
    const day = { date: '2027-01-01', kind: 'holiday', name: '元旦' };
    expect(
      (await app.inject({ method: 'PUT', url: '/api/console/calendar/2027', payload: { days: [day] } }))
        .statusCode,
    ).toBe(401);
    expect((await put(2027, [day], staffHeaders)).statusCode).toBe(403);
    expect((await get(2027)).json().days).toEqual([]);
  });

  it('replaces a whole year in one step, audited, leaving other years alone', async () => {
    const days2027 = [
      { date: '2027-01-01', kind: 'holiday', name: ' 元旦 ' },
      { date: '2027-02-06', kind: 'holiday', name: '春节' },
      { date: '2027-01-30', kind: 'workday', name: '春节' },
    ];
    const first = await put(2027, days2027);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      year: 2027,
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-30', kind: 'workday', name: '春节' },
        { date: '2027-02-06', kind: 'holiday', name: '春节' },
      ],
      updatedAt: clock.now(),
    });
    clock.advance(60_000);
    const second = await put(2027, [{ date: '2027-10-01', kind: 'holiday', name: '国庆节' }]);
    expect(second.json().days).toEqual([{ date: '2027-10-01', kind: 'holiday', name: '国庆节' }]);
    expect((await get(2027)).json().days).toHaveLength(1);
    expect((await get(2026)).json().days).toHaveLength(39);
    const rows = await ctx.db.k
      .selectFrom('work_calendar_days')
      .selectAll()
      .where('date', '>=', '2027')
      .execute();
    expect(rows).toEqual([
      {
        date: '2027-10-01',
        kind: 'holiday',
        name: '国庆节',
        updated_at: clock.now(),
        updated_by: platformId,
      },
    ]);
    const audits = await ctx.db.k
      .selectFrom('audit_log')
      .select(['action', 'target', 'details', 'actor_id', 'account_id'])
      .where('action', '=', 'calendar.replaced')
      .orderBy('id')
      .execute();
    expect(audits.map((a) => [a.action, a.target, a.actor_id, a.account_id])).toEqual([
      ['calendar.replaced', 'calendar:2027', platformId, null],
      ['calendar.replaced', 'calendar:2027', platformId, null],
    ]);
    expect(JSON.parse(audits[1]!.details)).toEqual({
      year: 2027,
      holidays: 1,
      workdays: 0,
      added: ['2027-10-01'],
      removed: ['2027-01-01', '2027-01-30', '2027-02-06'],
      changed: [],
    });
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
    // An empty list clears the year.
    expect((await put(2027, [])).json()).toEqual({ year: 2027, days: [], updatedAt: null });
  });

  describe('validation', () => {
    const codeOf = async (year: number, days: unknown[]) => {
      const res = await put(year, days);
      return [res.statusCode, res.json().error?.code, res.json().error?.field];
    };
    const h = (date: string, name = '节日') => ({ date, kind: 'holiday', name });

    it('rejects dates that are not real or not in the year, duplicates, and weekday make-up days', async () => {
      expect(await codeOf(2027, [h('2027-02-29')])).toEqual([400, 'CALENDAR_DATE_INVALID', 'days.0.date']);
      expect(await codeOf(2027, [h('2027-01-01'), h('2028-01-01')])).toEqual([
        400,
        'CALENDAR_DATE_INVALID',
        'days.1.date',
      ]);
      expect(await codeOf(2027, [h('2027-1-1')])).toEqual([400, 'CALENDAR_DATE_INVALID', 'days.0.date']);
      expect(await codeOf(2027, [h('2027-13-01')])).toEqual([400, 'CALENDAR_DATE_INVALID', 'days.0.date']);
      expect(await codeOf(2027, [h('2027-05-01'), { ...h('2027-05-01'), kind: 'workday' }])).toEqual([
        400,
        'CALENDAR_DATE_DUPLICATE',
        'days.1.date',
      ]);
      // 2027-02-01 is a Monday: working on it needs no calendar entry.
      expect(await codeOf(2027, [{ date: '2027-02-01', kind: 'workday', name: '春节' }])).toEqual([
        400,
        'CALENDAR_WORKDAY_ON_WEEKDAY',
        'days.0.date',
      ]);
      // 2028 is a leap year; a holiday on a Sunday is normal.
      expect((await put(2028, [h('2028-02-29'), h('2028-10-01')])).statusCode).toBe(200);
      await put(2028, []);
    });

    it('checks kind and name length by schema', async () => {
      for (const day of [
        { date: '2027-01-01', kind: 'weekend', name: '元旦' },
        { date: '2027-01-01', kind: 'holiday', name: '' },
        { date: '2027-01-01', kind: 'holiday', name: '   ' },
        { date: '2027-01-01', kind: 'holiday', name: '节'.repeat(21) },
        { date: '2027-01-01', kind: 'holiday' },
      ]) {
        const res = await put(2027, [day]);
        expect(res.statusCode, JSON.stringify(day)).toBe(400);
        expect(res.json().error.code).toBe('VALIDATION_FAILED');
      }
      expect(
        (await put(2027, [{ date: '2027-01-01', kind: 'holiday', name: '节'.repeat(20) }])).statusCode,
      ).toBe(200);
      expect((await get(2027)).json().days).toHaveLength(1);
      await put(2027, []);
    });
  });

  describe('loadWorkCalendar', () => {
    it('follows changes made by another process (another app on the same database, or plain SQL)', async () => {
      const first = await loadWorkCalendar(ctx.db.k);
      expect(first.holidays.has('2026-02-17')).toBe(true);
      expect(first.workdays.has('2026-02-14')).toBe(true);
      // Unchanged calendar: the same cached object.
      expect(await loadWorkCalendar(ctx.db.k)).toBe(first);

      const other = await buildTestApp(ctx.db, { clock });
      try {
        const res = await other.app.inject({
          method: 'PUT',
          url: '/api/console/calendar/2027',
          headers: platform,
          payload: { days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] },
        });
        expect(res.statusCode, res.body).toBe(200);
      } finally {
        await other.app.close();
      }
      const second = await loadWorkCalendar(ctx.db.k);
      expect(second.holidays.has('2027-01-01')).toBe(true);

      // A row changed behind the app's back, in the same millisecond and with as many rows.
      await ctx.db.k
        .updateTable('work_calendar_days')
        .set({ date: '2027-01-02' })
        .where('date', '=', '2027-01-01')
        .execute();
      const third = await loadWorkCalendar(ctx.db.k);
      expect(third.holidays.has('2027-01-01')).toBe(false);
      expect(third.holidays.has('2027-01-02')).toBe(true);
      await put(2027, []);
    });
  });
});
