/**
 * The administration of cases in real Chromium: the platform admin creates a category with an
 * extra question, is stopped by a taken code, routes the category in 信阳市 to the Xinyang
 * traffic police and checks it with the preview; an account admin sets the account's own
 * deadlines (account-wide and for the new category); an editor reads them only; an Open311
 * key is issued once and revoked.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SOON,
  accountId,
  inputByTestId,
  shot,
  signInConsole,
  startHarness,
  type Harness,
} from './harness.js';

async function pickOption(page: Page, select: Locator, text: string): Promise<void> {
  await select.click();
  await page.locator('.el-select-dropdown__item:visible').filter({ hasText: text }).first().click();
}

/** Element Plus cascader (checkStrictly): open each level by its label, select the last by its radio. */
async function pickRegion(page: Page, scope: Locator, path: string[]): Promise<void> {
  await scope.locator('.el-cascader').click();
  for (const [i, name] of path.entries()) {
    const node = page.locator('.el-cascader-node:visible').filter({ hasText: name }).first();
    if (i < path.length - 1) await node.click();
    else await node.locator('.el-radio').click();
  }
  await page.keyboard.press('Escape');
}

describe('the administration of cases in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a platform admin creates a category and a routing rule; an account admin sets its deadlines', async () => {
    const code = `e2e-${Date.now().toString(36)}`;
    const context = await h.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await signInConsole(page, h.base, 'platform');

    // ---- 诉求分类 ----
    await page.getByTestId('nav-case-categories').click();
    await page.getByTestId('category-table').waitFor();
    await shot(page, 'cases-admin-categories');
    await page.getByTestId('category-add').click();
    const dialog = page.getByTestId('category-dialog');
    await inputByTestId(dialog, 'category-code').fill(code);
    await inputByTestId(dialog, 'category-name-zh').fill('共享单车乱停放');
    await inputByTestId(dialog, 'category-name-en').fill('Badly parked shared bikes');
    await dialog.getByTestId('category-major').click();
    await expect.poll(() => inputByTestId(dialog, 'category-due').inputValue(), SOON).toBe('24');
    await dialog.getByTestId('category-attr-add').click();
    const attr = dialog.getByTestId('category-attribute').first();
    await attr.locator('input').nth(0).fill('bike_brand');
    await pickOption(page, attr.locator('.el-select').first(), '单选');
    await attr.getByPlaceholder('问题（中文）').fill('单车品牌');
    await attr.getByPlaceholder('选项代码').fill('meituan');
    await attr.getByPlaceholder('中文', { exact: true }).fill('美团');
    await shot(page, 'cases-admin-category-dialog');
    await dialog.getByTestId('category-save').click();
    const table = page.getByTestId('category-table');
    await expect.poll(() => table.getByText(code).count(), SOON).toBe(1);

    // The code is taken now: the server's message shows in the dialog.
    await page.getByTestId('category-add').click();
    await inputByTestId(dialog, 'category-code').fill(code);
    await inputByTestId(dialog, 'category-name-zh').fill('重复');
    await inputByTestId(dialog, 'category-name-en').fill('Duplicate');
    await dialog.getByTestId('category-save').click();
    await expect
      .poll(() => dialog.getByTestId('category-error').textContent(), SOON)
      .toContain('分类代码已被使用');
    await page.keyboard.press('Escape');

    const categories = (await (
      await context.request.get(`${h.base}/api/console/case-categories`)
    ).json()) as {
      items: Array<{ id: number; code: string; major: boolean; dueHours: number; attributes: unknown[] }>;
    };
    const created = categories.items.find((c) => c.code === code)!;
    expect(created).toMatchObject({ major: true, dueHours: 24 });
    expect(created.attributes).toEqual([
      {
        code: 'bike_brand',
        datatype: 'singlevaluelist',
        required: false,
        description: '单车品牌',
        descriptionEn: '',
        order: 1,
        values: [{ key: 'meituan', name: '美团', nameEn: '' }],
      },
    ]);

    // ---- 分派规则 ----
    const xinyang = (await (await fetch(`${h.base}/api/accounts/xinyang-traffic`)).json()) as {
      id: number;
      name: string;
    };
    await page.getByTestId('nav-case-routing').click();
    await page.getByTestId('routing-add').click();
    const rule = page.getByTestId('routing-dialog');
    await pickOption(page, rule.getByTestId('routing-category'), '共享单车乱停放');
    await pickRegion(page, rule.getByTestId('routing-region'), ['河南省', '信阳市']);
    await pickOption(page, rule.getByTestId('routing-account'), xinyang.name);
    await shot(page, 'cases-admin-routing-dialog');
    await rule.getByTestId('routing-save').click();
    const rules = page.getByTestId('routing-table');
    await expect
      .poll(
        () => rules.locator('tr', { hasText: '共享单车乱停放' }).filter({ hasText: '信阳市' }).count(),
        SOON,
      )
      .toBe(1);

    const preview = page.getByTestId('routing-preview');
    await pickOption(page, preview.getByTestId('routing-preview-category'), '共享单车乱停放');
    await pickRegion(page, preview, ['河南省', '信阳市', '浉河区']);
    await preview.getByTestId('routing-preview-run').click();
    await expect
      .poll(() => preview.getByTestId('routing-preview-result').textContent(), SOON)
      .toContain(`将分派给：${xinyang.name}`);
    await shot(page, 'cases-admin-routing');

    // ---- Open311 密钥 ----
    await page.getByTestId('nav-open311-keys').click();
    await page.getByTestId('open311-issue').click();
    await inputByTestId(page, 'open311-name').fill('信阳市 12345 热线');
    await page.getByTestId('open311-issue-ok').click();
    const key = await inputByTestId(page, 'open311-key').inputValue();
    expect(key).toMatch(/^o311_/);
    await shot(page, 'cases-admin-open311-issued');
    await page.getByTestId('open311-issued').getByRole('button', { name: '关闭', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('open311-table').getByText('信阳市 12345 热线').count(), SOON)
      .toBe(1);
    expect(await page.content()).not.toContain(key);

    // The default department of requests no rule claims: the demo's 信阳市信访局, changed to 信阳交警.
    await expect
      .poll(() => page.getByTestId('open311-default-select').textContent(), SOON)
      .toContain('信阳市信访局');
    await pickOption(page, page.getByTestId('open311-default-select'), xinyang.name);
    await page.getByTestId('open311-default-save').click();
    await expect
      .poll(async () => {
        const row = await h.deps.database.k
          .selectFrom('meta')
          .select('value')
          .where('key', '=', 'open311_default_account')
          .executeTakeFirst();
        return row?.value;
      }, SOON)
      .toBe(String(xinyang.id));
    await shot(page, 'cases-admin-open311-default');

    // ---- 办理时限: the account admin of 河南省教育厅 ----
    const edu = await accountId(h.base, 'henan-edu');
    const admin = await (await h.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
    await signInConsole(admin, h.base, 'henan-edu-admin');
    await admin.getByTestId('nav-case-clock').click();
    await admin.getByTestId('clock-table').waitFor();
    await admin.getByTestId('clock-use-own').getByText('统一设置').click();
    const due = inputByTestId(admin, 'clock-due');
    await due.fill('36');
    await due.press('Tab');
    await admin.getByTestId('clock-basis').getByText('工作时间').click();
    await admin.getByTestId(`clock-edit-${code}`).click();
    const own = admin.getByTestId('clock-dialog');
    const ownDue = inputByTestId(own, 'clock-dialog-due');
    await ownDue.fill('12');
    await ownDue.press('Tab');
    await own.getByTestId('clock-dialog-ok').click();
    await expect
      .poll(
        () => admin.getByTestId('clock-table').locator('tr', { hasText: '共享单车乱停放' }).textContent(),
        SOON,
      )
      .toContain('本单位单独设置');
    await shot(admin, 'cases-admin-clock');
    await admin.getByTestId('clock-save').click();
    await expect.poll(() => admin.getByTestId('clock-dirty').count(), SOON).toBe(0);
    const saved = (await (
      await admin.context().request.get(`${h.base}/api/console/accounts/${edu}/case-clock`)
    ).json()) as {
      accountDefault: { dueHours: number; timeBasis: string } | null;
      overrides: Array<{ categoryId: number; dueHours: number }>;
    };
    expect(saved.accountDefault).toMatchObject({ dueHours: 36, timeBasis: 'working' });
    expect(saved.overrides).toEqual([expect.objectContaining({ categoryId: created.id, dueHours: 12 })]);

    // An editor reads the page but cannot change it; account staff have no platform pages.
    const editor = await (await h.newContext()).newPage();
    await signInConsole(editor, h.base, 'henan-edu-editor');
    await editor.getByTestId('nav-case-clock').click();
    await editor.getByTestId('clock-readonly').waitFor();
    expect(await editor.getByTestId('clock-save').count()).toBe(0);
    expect(await editor.getByTestId('nav-case-categories').count()).toBe(0);
    await editor.goto(`${h.base}/console/case-routing`);
    await expect.poll(() => editor.getByTestId('routing-table').count(), SOON).toBe(0);
  }, 120_000);
});
