import ExcelJS from 'exceljs';
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../infra/clock.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildTestApp } from '../../test/app.js';
import { buildAccount, ensureRegion } from '../../test/factories.js';
import { statsQueries, statsWhere } from './stats.js';
import { insertStatsCase, statsApi, statsCategory } from './testing.js';
import { XLSX_COLUMNS, XLSX_FIRST_DATA_ROW } from './xlsx.js';
import { XLSX_PER_CLIENT } from './routes.js';

const H = 3_600_000;
/** An instant given as Beijing wall-clock time. */
const bj = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) =>
  Date.UTC(y, mo - 1, d, h, mi, s, ms) - 8 * H;

describeEachDatabase('case statistics', (ctx) => {
  let app: Awaited<ReturnType<typeof buildTestApp>>['app'];
  let api: ReturnType<typeof statsApi>;
  const clock = new ManualClock(bj(2026, 12, 7, 10));
  let a: { id: number; handle: string; name: string };
  let door: { id: number; handle: string };
  let other: { id: number; handle: string };
  let suspended: { handle: string };

  beforeAll(async () => {
    ({ app } = await buildTestApp(ctx.db, { clock }));
    api = statsApi(app);
    await ensureRegion(ctx.db, '410000', '河南省');
    await ensureRegion(ctx.db, '411500', '信阳市');
    await ensureRegion(ctx.db, '411502', '浉河区');
    await ensureRegion(ctx.db, '411503', '平桥区');
    await ensureRegion(ctx.db, '410100', '郑州市');
    await ensureRegion(ctx.db, '410102', '中原区');
    await ensureRegion(ctx.db, '420000', '湖北省');
    a = await buildAccount(ctx.db, { region_code: '411500', name: '信阳交警' });
    door = await buildAccount(ctx.db, { region_code: '410000' });
    other = await buildAccount(ctx.db, { region_code: '411500' });
    suspended = await buildAccount(ctx.db, { status: 'suspended' });
    const categoryId = await statsCategory(ctx.db);
    const add = (c: Omit<Parameters<typeof insertStatsCase>[1], 'categoryId'>) =>
      insertStatsCase(ctx.db, { categoryId, ...c });

    // October: filed at the first instant of the month (Beijing midnight).
    await add({ accountId: a.id, createdAt: bj(2026, 10, 1), answeredAfterHours: 7 });
    // September 30, 23:59 Beijing (already October in UTC+0? no: 15:59 UTC): outside a 3-month period.
    await add({
      accountId: a.id,
      createdAt: bj(2026, 9, 30, 23, 59),
      answeredAfterHours: 1,
      satisfaction: 1,
    });
    // November.
    await add({ accountId: a.id, createdAt: bj(2026, 11, 10, 9), answeredAfterHours: 10, satisfaction: 5 });
    await add({ accountId: a.id, createdAt: bj(2026, 11, 12, 9), answeredAfterHours: 30, satisfaction: 3 });
    await add({ accountId: a.id, createdAt: bj(2026, 11, 15, 9), answeredAfterHours: 60, onTime: false });
    // The last millisecond of November in Beijing (Nov 30 15:59:59.999 UTC).
    await add({
      accountId: a.id,
      createdAt: bj(2026, 11, 30, 23, 59, 59, 999),
      answeredAfterHours: 20,
      satisfaction: 4,
    });
    // Filed at another department's door and transferred to `a`: counts for `a` only.
    await add({ accountId: a.id, filedAccountId: door.id, createdAt: bj(2026, 11, 20, 9) });
    // December: the first instant of the month, and one not answered yet.
    await add({ accountId: a.id, createdAt: bj(2026, 12, 1), answeredAfterHours: 5, satisfaction: 2 });
    await add({ accountId: a.id, createdAt: bj(2026, 12, 5, 9) });

    // The door's own case, in Zhengzhou; another department's cases in Xinyang and nowhere.
    await add({
      accountId: door.id,
      regionCode: '410102',
      createdAt: bj(2026, 12, 2, 9),
      answeredAfterHours: 1,
    });
    await add({
      accountId: other.id,
      regionCode: '411503',
      createdAt: bj(2026, 11, 3, 9),
      answeredAfterHours: 2,
    });
    await add({ accountId: other.id, regionCode: null, createdAt: bj(2026, 11, 4, 9) });
    // Outside Henan: never in a Henan region.
    await add({ accountId: other.id, regionCode: '420100', createdAt: bj(2026, 11, 4, 9) });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('counts an account by month: on time, median, satisfaction, Beijing month edges, transfers', async () => {
    const res = await api.account(a.handle, '?months=3');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('public');
    const body = res.json();
    expect(body.scope).toEqual({ kind: 'account', handle: a.handle, regionCode: '411500', name: '信阳交警' });
    expect(body.period).toEqual({ months: 3, from: bj(2026, 10, 1), to: clock.now() + 1 });
    expect(body.months).toEqual([
      {
        month: '2026-10',
        received: 1,
        answered: 1,
        answeredOnTime: 1,
        onTimeRate: 1,
        medianAnswerMs: 7 * H,
        satisfactionAvg: null,
        rated: 0,
      },
      {
        month: '2026-11',
        received: 5,
        answered: 4,
        answeredOnTime: 3,
        onTimeRate: 0.75,
        medianAnswerMs: 25 * H, // 10, 20, 30, 60 hours
        satisfactionAvg: 4,
        rated: 3,
      },
      {
        month: '2026-12',
        received: 2,
        answered: 1,
        answeredOnTime: 1,
        onTimeRate: 1,
        medianAnswerMs: 5 * H,
        satisfactionAvg: 2,
        rated: 1,
      },
    ]);
    expect(body.totals).toEqual({
      received: 8,
      answered: 6,
      answeredOnTime: 5,
      onTimeRate: 5 / 6,
      medianAnswerMs: 15 * H, // 5, 7, 10, 20, 30, 60 hours
      satisfactionAvg: 3.5,
      rated: 4,
    });

    // The account's id works as well as its handle.
    expect((await api.account(String(a.id), '?months=3')).json().totals).toEqual(body.totals);

    // The door counts only what it handles itself.
    const doorBody = (await api.account(door.handle, '?months=3')).json();
    expect(doorBody.totals.received).toBe(1);
  });

  it('defaults to 12 months ending with the current one; months=1 is this month alone', async () => {
    const year = (await api.account(a.handle)).json();
    expect(year.months).toHaveLength(12);
    expect(year.months[0].month).toBe('2026-01');
    expect(year.months[11].month).toBe('2026-12');
    expect(year.totals.received).toBe(9); // with the one of September 30
    expect(year.months[8]).toMatchObject({ month: '2026-09', received: 1, satisfactionAvg: 1 });

    const one = (await api.account(a.handle, '?months=1')).json();
    expect(one.months.map((m: { month: string }) => m.month)).toEqual(['2026-12']);
    expect(one.totals).toMatchObject({ received: 2, answered: 1, medianAnswerMs: 5 * H });
  });

  it('counts a region with everything inside it by the case region code', async () => {
    const xinyang = (await api.region('411500', '?months=3')).json();
    expect(xinyang.scope).toEqual({
      kind: 'region',
      handle: null,
      regionCode: '411500',
      name: '河南省信阳市',
    });
    expect(xinyang.totals).toMatchObject({ received: 9, answered: 7, answeredOnTime: 6 });
    expect(xinyang.months[1]).toMatchObject({ month: '2026-11', received: 6, answered: 5 });

    const county = (await api.region('411502', '?months=3')).json();
    expect(county.totals.received).toBe(8);
    expect(county.scope.name).toBe('河南省信阳市浉河区');

    const henan = (await api.region('410000', '?months=3')).json();
    expect(henan.totals.received).toBe(10); // + Zhengzhou; not the case without a region nor Hubei's

    const hubei = (await api.region('420000', '?months=3')).json();
    expect(hubei.totals).toMatchObject({ received: 1, answered: 0, onTimeRate: null, medianAnswerMs: null });
  });

  it('answers 404 for unknown or hidden accounts and regions, 400 for bad months', async () => {
    for (const res of [await api.account('no-such-account'), await api.account(suspended.handle)]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('ACCOUNT_NOT_FOUND');
    }
    expect((await api.accountXlsx(suspended.handle)).statusCode).toBe(404);
    for (const code of ['999999', '4115', 'abc']) {
      const res = await api.region(code);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('CASE_STATS_REGION_NOT_FOUND');
    }
    expect((await api.regionXlsx('999999')).json().error.code).toBe('CASE_STATS_REGION_NOT_FOUND');
    for (const q of ['?months=0', '?months=37', '?months=abc', '?months=1.5']) {
      const res = await api.account(a.handle, q);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await api.regionXlsx('411500', '?months=99')).statusCode).toBe(400);
  });

  it('exports the same figures as XLSX: zh-CN headers, English under them, %, hours, a UTF-8 filename', async () => {
    const res = await api.accountXlsx(a.handle, '?months=3');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toContain(`filename="case-stats-${a.handle}-2026-10_2026-12.xlsx"`);
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('信阳交警办件统计-2026-10_2026-12.xlsx')}`,
    );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain('信阳交警 办件统计');
    expect(String(ws.getCell('A2').value)).toContain('2026-10 至 to 2026-12');
    expect(String(ws.getCell('A3').value)).toContain('生成时间 Generated: 2026-12-07 10:00');
    const header = (r: number) => XLSX_COLUMNS.map((_, i) => ws.getRow(r).getCell(i + 1).value);
    expect(header(XLSX_FIRST_DATA_ROW - 2)).toEqual(XLSX_COLUMNS.map((c) => c.zh));
    expect(header(XLSX_FIRST_DATA_ROW - 1)).toEqual(XLSX_COLUMNS.map((c) => c.en));

    const json = (await api.account(a.handle, '?months=3')).json();
    const rows = [...json.months, { month: '合计 Total', ...json.totals }];
    rows.forEach((m, i) => {
      const r = ws.getRow(XLSX_FIRST_DATA_ROW + i);
      expect(r.getCell(1).value).toBe(m.month);
      expect(r.getCell(2).value).toBe(m.received);
      expect(r.getCell(3).value).toBe(m.answered);
      expect(r.getCell(4).value).toBe(m.answeredOnTime);
      expect(r.getCell(5).value).toBe(m.onTimeRate);
      expect(r.getCell(6).value).toBe(m.medianAnswerMs === null ? null : m.medianAnswerMs / H);
      expect(r.getCell(7).value).toBe(m.satisfactionAvg);
      expect(r.getCell(8).value).toBe(m.rated);
    });
    const nov = ws.getRow(XLSX_FIRST_DATA_ROW + 1);
    expect(nov.getCell(5).numFmt).toBe('0.0%');
    expect(nov.getCell(6).value).toBe(25);
    expect(nov.getCell(6).numFmt).toBe('0.0');

    const region = await api.regionXlsx('411500', '?months=3');
    expect(region.statusCode).toBe(200);
    expect(String(region.headers['content-disposition'])).toContain('case-stats-411500-2026-10_2026-12.xlsx');
  });

  it('serves figures again for a minute, then computes them anew', async () => {
    const before = (await api.account(other.handle, '?months=3')).json();
    const categoryId = await statsCategory(ctx.db);
    await insertStatsCase(ctx.db, { categoryId, accountId: other.id, createdAt: clock.now() - H });
    expect((await api.account(other.handle, '?months=3')).json().totals.received).toBe(
      before.totals.received,
    );
    clock.advance(60_000);
    const after = (await api.account(other.handle, '?months=3')).json();
    expect(after.totals.received).toBe(before.totals.received + 1);
    expect(after.generatedAt).toBe(clock.now());
  });

  it('limits XLSX downloads per client address (last: it uses up the allowance)', async () => {
    let res = await api.regionXlsx('999999');
    for (let i = 0; i < XLSX_PER_CLIENT.limit && res.statusCode !== 429; i++)
      res = await api.regionXlsx('999999');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('RATE_LIMITED');
    // JSON is not limited by it.
    expect((await api.region('411500')).statusCode).toBe(200);
  });

  it('reads through the scope index (the query plan)', async () => {
    for (const [scope, index] of [
      [{ kind: 'account', accountId: a.id }, 'cases_account_created'],
      [{ kind: 'region', prefix: '4115' }, 'cases_region_created'],
    ] as const) {
      const { where, bucket } = statsWhere(ctx.db, scope, 12, clock.now());
      for (const q of Object.values(statsQueries(ctx.db, where, bucket))) {
        const c = q.compile();
        expect(await planOf(c.sql, [...c.parameters])).toContain(index);
      }
    }
  });

  /**
   * SQLite's plan as is. PostgreSQL prices plans from statistics, and on a test table of a few
   * rows any plan is as good: there the plan is read over 20,000 more cases of another
   * department in another province within the period, analysed, and rolled back after.
   */
  async function planOf(sqlText: string, parameters: unknown[]): Promise<string> {
    if (ctx.dialect === 'sqlite') {
      const plan = await ctx.db.k.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${sqlText}`, parameters),
      );
      return plan.rows.map((r) => r.detail).join(' | ');
    }
    let text = '';
    await ctx.db.k
      .transaction()
      .execute(async (trx) => {
        const t = clock.now() - 86_400_000;
        await trx.executeQuery(
          CompiledQuery.raw(
            `insert into cases (tracking_no, kind, category_id, filed_account_id, account_id, title,
               description, contact_preference, region_code, status, time_basis, warn_percent,
               clock_started_at, warn_at, due_at, created_at, updated_at)
             select 'plan-' || g, 'complaint', c.category_id, $1, $1, 't', 'd', 'none', '420102',
               'received', 'calendar', 75, $2::bigint - g * 1000, $2::bigint, $2::bigint, $2::bigint - g * 1000, $2::bigint
             from generate_series(1, 20000) g, (select category_id from cases limit 1) c`,
            [other.id, t],
          ),
        );
        await trx.executeQuery(CompiledQuery.raw('analyze cases'));
        const plan = await trx.executeQuery<{ 'QUERY PLAN': string }>(
          CompiledQuery.raw(`explain ${sqlText}`, parameters),
        );
        text = plan.rows.map((r) => r['QUERY PLAN']).join(' | ');
        throw new RolledBack();
      })
      .catch((err: unknown) => {
        if (!(err instanceof RolledBack)) throw err;
      });
    return text;
  }
});

class RolledBack extends Error {}
