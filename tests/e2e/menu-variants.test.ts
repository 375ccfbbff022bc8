/**
 * A per-region menu in real Chromium: 信阳交警 shows everyone its default menu, and citizens
 * who live in 信阳市 (region prefix 4115) a variant with 交警动态 in place of 出行提示. The
 * citizen picks their home region on the Me page (province → city → "all of the city") and
 * the thread's bottom bar follows; the variant's built-in service button opens the
 * account's article list.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOON, followAndOpenThread, shot, signInCitizen, startHarness, type Harness } from './harness.js';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' };

const topButtons = async (page: Page) =>
  (await page.getByTestId('menu-button').allTextContents()).map((t) => t.trim());

describe('a per-region menu in Chromium', { timeout: 60_000 }, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a citizen of 信阳市 sees the region’s variant once they set their home region', async () => {
    const phone = await h.newContext(PHONE);
    const page = await phone.newPage();
    try {
      await signInCitizen(h, page, '13800138501');
      await followAndOpenThread(h, page, 'xinyang-traffic');
      await expect.poll(() => topButtons(page), SOON).toEqual(['车驾管服务', '事故快处', '出行提示']);

      // Me → 常住地区: 河南省 › 信阳市 › 整个信阳市.
      await page.goto(`${h.base}/me`);
      await page.getByTestId('me-region').click();
      const sheet = page.getByTestId('region-sheet');
      await sheet.getByText('河南省', { exact: true }).click();
      await sheet.getByText('信阳市', { exact: true }).click();
      await sheet.getByText('整个信阳市', { exact: true }).click();
      await expect.poll(() => page.getByTestId('me-region').textContent(), SOON).toContain('信阳市');

      await page.goto(`${h.base}/accounts/xinyang-traffic/thread`);
      await expect.poll(() => topButtons(page), SOON).toEqual(['车驾管服务', '事故快处', '交警动态']);
      await page.getByTestId('menu-button').filter({ hasText: '交警动态' }).click();
      await shot(page, 'menu-variant');
      await page.getByTestId('menu-sub-button').filter({ hasText: '全部文章' }).click();
      await page.waitForURL(/\/accounts\/xinyang-traffic\/articles$/);
    } finally {
      await phone.close();
    }
  });
});
