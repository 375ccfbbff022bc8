/**
 * Public case statistics in real Chromium on a 375 px phone: from 信阳交警's profile to its
 * 办件统计 page (summary, the two charts drawn, the month table), a shorter period, the XLSX
 * download read back with exceljs; then a region's page reached from the directory's region
 * filter. A year of cases is inserted directly (as the statistics read them), next to the
 * demo's own cases; every figure on the page is checked against the public API's answer.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStatsCase, statsCategory } from '../../src/modules/casestats/testing.js';
import { SOON, shot, startHarness, type Harness } from './harness.js';

const DAY = 86_400_000;
const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

describe('case statistics in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
    const db = h.deps.database;
    const account = await db.k
      .selectFrom('accounts')
      .select(['id'])
      .where('handle', '=', 'xinyang-traffic')
      .executeTakeFirstOrThrow();
    const categoryId = await statsCategory(db);
    const now = Date.now();
    // About a year of cases, a few to a dozen a month, most answered, many rated.
    for (let i = 0; i < 120; i++) {
      const answered = i % 5 !== 4;
      const after = 3 + ((i * 7) % 60);
      await insertStatsCase(db, {
        categoryId,
        accountId: account.id,
        regionCode: i % 3 ? '411502' : '411503',
        createdAt: now - ((i * 2.9) % 340) * DAY - 3_600_000,
        answeredAfterHours: answered ? after : undefined,
        onTime: after <= 48,
        satisfaction: answered && i % 2 === 0 ? 1 + (i % 5) : undefined,
      });
    }
  });

  afterAll(async () => {
    await h?.close();
  });

  it('account page: summary, charts, table, period, XLSX; region page from the directory', async () => {
    const api = async (path: string) => (await fetch(`${h.base}${path}`)).json();
    const phone = await h.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      acceptDownloads: true,
    });
    const page = await phone.newPage();
    await page.goto(`${h.base}/accounts/xinyang-traffic`);
    await page.getByTestId('case-stats-link').scrollIntoViewIfNeeded();
    await shot(page, 'case-stats-profile-link');
    await page.getByTestId('case-stats-link').click();
    await expect.poll(() => page.getByTestId('case-stats-name').textContent(), SOON).toBe('信阳交警');

    const year = await api('/api/case-stats/accounts/xinyang-traffic?months=12');
    expect(year.totals.received).toBeGreaterThanOrEqual(120);
    await expect
      .poll(() => page.getByTestId('summary-received').textContent(), SOON)
      .toBe(String(year.totals.received));
    expect(await page.getByTestId('summary-on-time').textContent()).toBe(pct(year.totals.onTimeRate));
    expect(await page.getByTestId('summary-satisfaction').textContent()).toBe(
      year.totals.satisfactionAvg.toFixed(2),
    );
    expect(await page.getByTestId('summary-median').textContent()).toContain(
      (year.totals.medianAnswerMs / 3_600_000).toFixed(1),
    );
    // Both charts drew on their canvas.
    for (const id of ['case-stats-volume-chart', 'case-stats-quality-chart']) {
      const size = await page
        .getByTestId(id)
        .locator('canvas')
        .first()
        .evaluate((c) => (c as HTMLCanvasElement).width);
      expect(size).toBeGreaterThan(200);
    }
    const rows = page.getByTestId('case-stats-table').locator('tbody tr');
    expect(await rows.count()).toBe(12);
    // Newest month first, with its own figures.
    const latest = year.months[11];
    expect(await rows.first().getAttribute('data-month')).toBe(latest.month);
    expect(await rows.first().locator('td').nth(1).textContent()).toBe(String(latest.received));
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.waitForTimeout(1200); // the charts' drawing animation, for the screenshot
    await shot(page, 'case-stats-account');
    await page.getByTestId('case-stats-table').scrollIntoViewIfNeeded();
    await shot(page, 'case-stats-account-table');

    await page.getByTestId('period-3').click();
    await expect.poll(() => rows.count(), SOON).toBe(3);
    const quarter = await api('/api/case-stats/accounts/xinyang-traffic?months=3');
    await expect
      .poll(() => page.getByTestId('summary-received').textContent(), SOON)
      .toBe(String(quarter.totals.received));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('case-stats-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/信阳交警办件统计-\d{4}-\d{2}_\d{4}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain('信阳交警 办件统计');
    const total = ws.getRow(7 + 3);
    expect(total.getCell(1).value).toBe('合计 Total');
    expect(total.getCell(2).value).toBe(quarter.totals.received);
    expect(total.getCell(5).value).toBe(quarter.totals.onTimeRate);

    // The directory's region filter leads to the region's statistics.
    await page.goto(`${h.base}/discover`);
    // The dropdown's title bar is the menu item; the test id sits on its (hidden) panel.
    await page.locator('.van-dropdown-menu__item').first().click();
    await page.locator('.van-cascader__option', { hasText: '河南省' }).first().click();
    await page.locator('.van-cascader__option', { hasText: '信阳市' }).first().click();
    await page.locator('.van-cascader__option', { hasText: '全部（信阳市）' }).first().click();
    await page.getByTestId('region-case-stats-link').click();
    await expect.poll(() => page.getByTestId('case-stats-name').textContent(), SOON).toBe('河南省信阳市');
    const region = await api('/api/case-stats/regions/411500?months=12');
    expect(region.totals.received).toBeGreaterThanOrEqual(120);
    await expect
      .poll(() => page.getByTestId('summary-received').textContent(), SOON)
      .toBe(String(region.totals.received));
    await page.waitForTimeout(1200);
    await shot(page, 'case-stats-region');
  });

  it('reads in English too', async () => {
    const ctx = await h.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await ctx.addCookies([{ name: 'zw_lang', value: 'en', url: h.base }]);
    const page = await ctx.newPage();
    await page.goto(`${h.base}/accounts/xinyang-traffic/stats?months=6`);
    await expect.poll(() => page.getByTestId('case-stats-table').locator('tbody tr').count(), SOON).toBe(6);
    expect(await page.locator('.van-nav-bar__title').textContent()).toBe('Case statistics');
    expect(await page.getByTestId('period-6').getAttribute('aria-checked')).toBe('true');
    expect(await page.getByTestId('case-stats-xlsx').textContent()).toContain('Download Excel');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.waitForTimeout(1200);
    await shot(page, 'case-stats-account-en');
  });

  it('an unknown region shows the error, not an empty page', async () => {
    const page = await (await h.newContext({ viewport: { width: 375, height: 812 } })).newPage();
    await page.goto(`${h.base}/stats/regions/999999`);
    await expect.poll(() => page.getByText('没有这个行政区划').count(), SOON).toBeGreaterThan(0);
  });
});
