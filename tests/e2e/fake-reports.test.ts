/**
 * Fake-account reports in real Chromium: a citizen reports an account from its profile with a
 * screenshot and gets a tracking number; the platform admin sees the report grouped in the
 * console, opens the screenshot and suspends the account with a note; the citizen then finds
 * the account gone, a dot on 我的举报 and the outcome note there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from '../../src/modules/publishing/png.js';
import { SOON, shot, signInCitizen, signInConsole, startHarness, type Harness } from './harness.js';

describe('fake-account reports in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('report with a screenshot → grouped in the console → suspended → the reporter sees the outcome', async () => {
    const handle = 'xinyang-traffic';
    const phone = await h.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const citizen = await phone.newPage();
    await signInCitizen(h, citizen, '13700137555');
    await citizen.goto(`${h.base}/accounts/${handle}`);
    await citizen.getByTestId('report-fake').click();
    await citizen.getByTestId('reason-asks_money_or_data').click();
    await citizen.getByTestId('report-description').locator('textarea').fill('冒充交警要求扫码缴纳罚款');
    await citizen
      .locator('input[type=file]')
      .setInputFiles({ name: 'shot.png', mimeType: 'image/png', buffer: solidPng(60, 120, [200, 40, 40]) });
    // Uploaded as picked: the row exists before the report is filed.
    await expect
      .poll(
        async () =>
          (await h.deps.database.k.selectFrom('fake_report_screenshots').select('id').execute()).length,
        SOON,
      )
      .toBe(1);
    await expect.poll(() => citizen.locator('.van-uploader__mask').count(), SOON).toBe(0);
    await citizen.getByTestId('report-submit').click();
    await expect
      .poll(() => citizen.getByTestId('tracking-no').textContent(), SOON)
      .toMatch(/^JB\d{8}-\d{6}$/);
    await shot(citizen, 'fake-report-filed');

    const desk = await h.newContext({ viewport: { width: 1440, height: 900 } });
    const admin = await desk.newPage();
    await signInConsole(admin, h.base, 'platform');
    await admin.getByTestId('nav-fake-reports').click();
    const row = admin.getByTestId('report-groups').locator('.el-table__row', { hasText: '信阳' }).first();
    await row.getByTestId('open-group').click();
    const image = admin.getByTestId('report-screenshot').locator('img');
    await expect
      .poll(() => image.evaluate((i) => (i as HTMLImageElement).naturalWidth), SOON)
      .toBeGreaterThan(0);
    await admin.getByTestId('decide-suspend').click();
    await admin
      .getByTestId('decision-reason')
      .locator('textarea')
      .or(admin.locator('textarea[data-testid=decision-reason]'))
      .first()
      .fill('经核实为仿冒账号，已停用');
    await admin.getByTestId('decision-confirm').click();
    await expect.poll(() => admin.getByTestId('decide-reinstate').count(), SOON).toBe(1);
    await shot(admin, 'fake-report-suspended');
    const status = await h.deps.database.k
      .selectFrom('accounts')
      .select('status')
      .where('handle', '=', handle)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('suspended');

    await citizen.goto(`${h.base}/me`);
    await expect.poll(() => citizen.getByTestId('me-reports-dot').count(), SOON).toBe(1);
    await citizen.getByTestId('me-reports').click();
    await expect
      .poll(() => citizen.getByTestId('report-outcome').textContent(), SOON)
      .toContain('经核实为仿冒账号，已停用');
    await citizen.goto(`${h.base}/me`);
    await expect.poll(() => citizen.getByTestId('me-reports').isVisible(), SOON).toBe(true);
    expect(await citizen.getByTestId('me-reports-dot').count()).toBe(0);
    const gone = await citizen.request.get(`${h.base}/api/accounts/${handle}`);
    expect(gone.status()).toBe(404);
  });
});
