/**
 * Cases, the citizen's side, in real Chromium on a 375 px phone: from 河南省教育厅's profile a
 * citizen files a traffic complaint in 信阳 with a photo (the wrong door: the demo's routing
 * rule sends it to 信阳交警), gets the tracking number, finds it in 我的诉求 and opens the
 * case page with its live countdown and the move to the traffic police.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from '../../src/modules/publishing/png.js';
import { SOON, shot, signInCitizen, startHarness, type Harness } from './harness.js';

describe('cases: the citizen side in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('files a case with a photo, sees it in my cases and opens its page with a countdown', async () => {
    const phone = await h.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      geolocation: { latitude: 32.1285, longitude: 114.0913 },
      permissions: ['geolocation'],
    });
    const page = await phone.newPage();
    await signInCitizen(h, page, '13700137601');
    await page.goto(`${h.base}/accounts/henan-edu`);
    await page.getByTestId('case-file-link').click();
    await page.getByTestId('kind-complaint').click();
    await shot(page, 'case-file-form');

    await page.getByTestId('case-category').click();
    const cascader = page.getByTestId('category-cascader');
    await cascader.locator('.van-cascader__option', { hasText: '交通出行' }).click();
    await cascader.locator('.van-cascader__option', { hasText: '交通违法' }).click();
    await expect.poll(() => page.getByTestId('case-category').textContent(), SOON).toContain('交通违法');

    await page.getByTestId('case-title').locator('input').fill('学校门口早高峰违停');
    await page
      .getByTestId('case-description')
      .locator('textarea')
      .fill('每天早上七点半，学校门口车辆违停在人行道上，学生只能走机动车道。');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: solidPng(120, 90, [30, 120, 200]) });
    await expect
      .poll(
        async () => (await h.deps.database.k.selectFrom('case_attachments').select('id').execute()).length,
        SOON,
      )
      .toBe(1);
    await expect.poll(() => page.locator('.van-uploader__mask').count(), SOON).toBe(0);

    await page.getByTestId('case-region').click();
    const regions = page.getByTestId('my-region-cascader');
    await regions.locator('.van-cascader__option', { hasText: '河南省' }).click();
    await regions.locator('.van-cascader__option', { hasText: '信阳市' }).first().click();
    await regions.locator('.van-cascader__option', { hasText: '浉河区' }).click();
    await expect.poll(() => page.getByTestId('case-region').textContent(), SOON).toContain('浉河区');
    await page.getByTestId('case-address').locator('input').fill('信阳市第九中学门口');
    await page.getByTestId('case-locate').click();
    await expect.poll(() => page.getByTestId('case-locate').textContent(), SOON).toContain('32.1285');
    await shot(page, 'case-file-filled');

    await page.getByTestId('case-submit').click();
    await expect.poll(() => page.getByTestId('tracking-no').textContent(), SOON).toMatch(/^SQ\d{8}-\d{6}$/);
    const trackingNo = (await page.getByTestId('tracking-no').textContent())!;
    await expect.poll(() => page.getByTestId('case-routed').textContent(), SOON).toContain('信阳交警');
    await shot(page, 'case-filed');

    // 我的诉求 from the Me tab.
    await page.goto(`${h.base}/me`);
    await page.getByTestId('me-cases').click();
    const row = page.getByTestId('my-case').filter({ hasText: trackingNo });
    await expect.poll(() => row.count(), SOON).toBe(1);
    await expect.poll(() => row.textContent(), SOON).toContain('信阳交警');
    await shot(page, 'case-list');

    await row.locator('a').click();
    await expect.poll(() => page.getByTestId('case-tracking').textContent(), SOON).toBe(trackingNo);
    await expect.poll(() => page.getByTestId('case-department').textContent(), SOON).toContain('信阳交警');
    await expect
      .poll(() => page.getByTestId('case-moved').textContent(), SOON)
      .toContain('由 河南省教育厅 转至');
    const clock = page.getByTestId('countdown-time');
    const first = await clock.textContent();
    expect(first).toMatch(/\d+天\s*\d\d:\d\d:\d\d|\d\d:\d\d:\d\d/);
    expect(await clock.getAttribute('data-overdue')).toBe('false');
    // Live: a second later it shows another time.
    await expect.poll(() => clock.textContent(), { timeout: 4_000 }).not.toBe(first);
    await expect.poll(() => page.getByTestId('case-timeline').locator('li').count(), SOON).toBe(2);
    const thumb = page.getByTestId('case-attachments').locator('img');
    await expect
      .poll(() => thumb.evaluate((i) => (i as HTMLImageElement).naturalWidth), SOON)
      .toBeGreaterThan(0);
    await shot(page, 'case-page');
  }, 90_000);

  it('rates an answered case, reopens it with a new countdown, and shows an overdue one in red', async () => {
    const phone = await h.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await phone.newPage();
    // Demo citizen 2 has an answered case at 郑州交警 (src/demo/cases.ts).
    await signInCitizen(h, page, '19900000102');
    await page.goto(`${h.base}/me/cases`);
    const row = page.getByTestId('my-case').filter({ hasText: '信号灯' });
    await row.locator('a').click();
    await expect.poll(() => page.getByTestId('case-answer').textContent(), SOON).toContain('30 秒');
    await page.getByTestId('case-stars').locator('.van-rate__item').nth(3).click();
    await page.getByTestId('case-rate-submit').click();
    await expect.poll(() => page.getByTestId('case-rated').count(), SOON).toBe(1);
    await shot(page, 'case-answered-rated');

    await page.getByTestId('case-reopen-open').click();
    await page.getByTestId('case-reopen-reason').locator('textarea').fill('晚高峰仍然要排两个周期，请再优化');
    await page.getByTestId('case-reopen-submit').click();
    await expect.poll(() => page.getByTestId('countdown-time').count(), SOON).toBe(1);
    expect(await page.getByTestId('case-reopen').count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('case-timeline').locator('li').first().getAttribute('data-kind'), SOON)
      .toBe('reopened');
    // The earlier answer stays readable in the timeline.
    await expect.poll(() => page.getByTestId('case-timeline').textContent(), SOON).toContain('30 秒');
    await shot(page, 'case-reopened');

    // Demo citizen 4's bus complaint was never accepted: overdue, in red.
    const other = await (
      await h.newContext({ viewport: { width: 375, height: 812 }, isMobile: true })
    ).newPage();
    await signInCitizen(h, other, '19900000104');
    await other.goto(`${h.base}/me/cases`);
    await other.getByTestId('my-case').filter({ hasText: '12 路' }).locator('a').click();
    await expect
      .poll(() => other.getByTestId('countdown-time').getAttribute('data-overdue'), SOON)
      .toBe('true');
    await shot(other, 'case-overdue');

    // In English.
    await other.context().addCookies([{ name: 'zw_lang', value: 'en', url: h.base }]);
    await other.reload();
    await expect.poll(() => other.getByTestId('case-countdown').textContent(), SOON).toContain('Overdue by');
    await shot(other, 'case-overdue-en');
  }, 90_000);

  it('files an anonymous report about another unit; the notice explains who never learns the reporter', async () => {
    const phone = await h.newContext({
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await phone.newPage();
    await signInCitizen(h, page, '13700137602');
    await page.goto(`${h.base}/accounts/xinyang-letters/cases/new`);
    await page.getByTestId('kind-report').click();
    await expect.poll(() => page.getByTestId('report-notice').count(), SOON).toBe(1);
    await page.getByTestId('case-category').click();
    await page
      .getByTestId('category-cascader')
      .locator('.van-cascader__option', { hasText: '政务服务' })
      .click();
    await page.getByTestId('reported-search').locator('input').fill('司法');
    await page.locator('.van-cell', { hasText: '信阳市司法局' }).first().click();
    await expect
      .poll(() => page.getByTestId('reported-chosen').textContent(), SOON)
      .toContain('信阳市司法局');
    await page.getByTestId('case-title').locator('input').fill('窗口工作人员推诿');
    await page
      .getByTestId('case-description')
      .locator('textarea')
      .fill('申请法律援助时多次被以材料不全为由推诿。');
    await page.getByTestId('case-anonymous').click();
    await shot(page, 'case-report-form');
    await page.getByTestId('case-submit').click();
    await expect.poll(() => page.getByTestId('tracking-no').textContent(), SOON).toMatch(/^SQ\d{8}-\d{6}$/);
    const row = await h.deps.database.k
      .selectFrom('cases')
      .innerJoin('accounts', 'accounts.id', 'cases.reported_account_id')
      .select(['cases.kind', 'cases.anonymous', 'accounts.handle'])
      .where('cases.tracking_no', '=', (await page.getByTestId('tracking-no').textContent())!)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ kind: 'report', anonymous: 1, handle: 'xinyang-justice' });
  }, 90_000);
});
