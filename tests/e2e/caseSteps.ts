/**
 * Steps of the case pages shared by end-to-end tests: filing a traffic complaint with a photo
 * at 河南省教育厅 (the wrong door: the demo's routing rule sends traffic cases in 信阳 to 信阳交警).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { solidPng } from '../../src/modules/publishing/png.js';
import { SOON, type Harness } from './harness.js';

/** Files the complaint from the account's profile; returns the tracking number shown. */
export async function fileTrafficComplaintAtEdu(
  h: Harness,
  page: Page,
  c: { title: string; description: string; photoColour: [number, number, number] },
): Promise<string> {
  const before = await countAttachments(h);
  await page.goto(`${h.base}/accounts/henan-edu`);
  await page.getByTestId('case-file-link').click();
  await page.getByTestId('kind-complaint').click();

  await page.getByTestId('case-category').click();
  const cascader = page.getByTestId('category-cascader');
  await cascader.locator('.van-cascader__option', { hasText: '交通出行' }).click();
  await cascader.locator('.van-cascader__option', { hasText: '交通违法' }).click();
  await expect.poll(() => page.getByTestId('case-category').textContent(), SOON).toContain('交通违法');

  await page.getByTestId('case-title').locator('input').fill(c.title);
  await page.getByTestId('case-description').locator('textarea').fill(c.description);
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: solidPng(120, 90, c.photoColour) });
  await expect.poll(() => countAttachments(h), SOON).toBe(before + 1);
  await expect.poll(() => page.locator('.van-uploader__mask').count(), SOON).toBe(0);

  await page.getByTestId('case-region').click();
  const regions = page.getByTestId('my-region-cascader');
  await regions.locator('.van-cascader__option', { hasText: '河南省' }).click();
  await regions.locator('.van-cascader__option', { hasText: '信阳市' }).first().click();
  await regions.locator('.van-cascader__option', { hasText: '浉河区' }).click();
  await expect.poll(() => page.getByTestId('case-region').textContent(), SOON).toContain('浉河区');
  await page.getByTestId('case-address').locator('input').fill('信阳市第九中学门口');

  await page.getByTestId('case-submit').click();
  await expect.poll(() => page.getByTestId('tracking-no').textContent(), SOON).toMatch(/^SQ\d{8}-\d{6}$/);
  return (await page.getByTestId('tracking-no').textContent())!;
}

async function countAttachments(h: Harness): Promise<number> {
  const rows = await h.deps.database.k.selectFrom('case_attachments').select('id').execute();
  return rows.length;
}
