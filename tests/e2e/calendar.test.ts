/**
 * The official calendar page in real Chromium: the platform admin finds the shipped 2026
 * holidays, pastes next year's days, is stopped by a make-up working day on a weekday,
 * removes it and saves; the public API then serves the year. Account staff have no such page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOON, shot, signInConsole, startHarness, type Harness } from './harness.js';

describe('the official calendar in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('shows 2026, imports and saves 2027, refuses a weekday make-up day; other staff cannot open it', async () => {
    const year = new Date().getFullYear() + 1;
    const context = await h.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await signInConsole(page, h.base, 'platform');
    await page.getByTestId('nav-calendar').click();
    const table = page.getByTestId('calendar-table');
    if (year - 1 === 2026) {
      await expect.poll(() => table.getByText('2026-02-17').count(), SOON).toBe(1);
      await expect(page.getByTestId('calendar-summary').textContent()).resolves.toContain(
        '放假 33 天，调休上班 6 天',
      );
    }
    await shot(page, 'calendar-shipped');

    await page.getByTestId('calendar-year').click();
    await page.getByRole('option', { name: String(year), exact: true }).click();
    await expect.poll(() => page.getByTestId('calendar-summary').textContent(), SOON).toContain('放假 0 天');
    const weekdayMakeUp = [1, 2, 3, 4, 5, 6, 7]
      .map((d) => `${year}-03-0${d}`)
      .find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1)!;
    await page.getByTestId('calendar-import').click();
    const text = page
      .locator('textarea[data-testid="calendar-import-text"], [data-testid="calendar-import-text"] textarea')
      .first();
    await text.fill(`${year}-01-01 holiday 元旦\n${year}-10-01 放假 国庆节\n${weekdayMakeUp} 上班 调休`);
    await page.getByTestId('calendar-import-apply').click();
    await expect
      .poll(() => page.getByTestId('calendar-summary').textContent(), SOON)
      .toContain('放假 2 天，调休上班 1 天');
    expect(await page.getByTestId('calendar-dirty').count()).toBe(1);

    await page.getByTestId('calendar-save').click();
    await expect
      .poll(() => page.getByText('调休上班日应在周六或周日（工作日本来就上班）').count(), SOON)
      .toBeGreaterThan(0);
    await table.locator('tr', { hasText: weekdayMakeUp }).getByRole('button').click();
    await page.getByTestId('calendar-save').click();
    await expect.poll(() => page.getByTestId('calendar-dirty').count(), SOON).toBe(0);
    await shot(page, 'calendar-saved');
    const saved = (await (await fetch(`${h.base}/api/calendar/${year}`)).json()) as { days: unknown[] };
    expect(saved.days).toEqual([
      { date: `${year}-01-01`, kind: 'holiday', name: '元旦' },
      { date: `${year}-10-01`, kind: 'holiday', name: '国庆节' },
    ]);

    const staff = await (await h.newContext()).newPage();
    await signInConsole(staff, h.base, 'henan-edu-admin');
    await staff.locator('.el-menu').first().waitFor();
    expect(await staff.getByTestId('nav-calendar').count()).toBe(0);
    await staff.goto(`${h.base}/console/calendar`);
    await expect.poll(() => staff.getByTestId('calendar-table').count(), SOON).toBe(0);
  });
});
