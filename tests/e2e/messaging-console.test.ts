/**
 * The console's messaging pages in real Chromium, as an account admin of 河南省教育厅 uses
 * them: the menu editor (WeChat's byte limit refused naming the button, the stored menu
 * unchanged; drag to reorder; the phone preview following the edits), the automatic-reply
 * page (a new rule answers in the try-it box, an unsafe regex is refused in the dialog, the
 * greeting tab) and the messaging settings (working hours on, saved, still on after a reload).
 */
import type { Page } from 'playwright-core';
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

const DESK = { viewport: { width: 1440, height: 900 } };

interface Menu {
  button: Array<{ name: string; sub_button?: Array<{ name: string }> }>;
}

/** The account's stored menus, read with the page's own console session. */
async function storedMenus(page: Page, account: number): Promise<{ default: Menu }> {
  return page.evaluate(async (id) => {
    const r = await fetch(`/api/console/accounts/${id}/menus`);
    return (await r.json()) as { default: Menu };
  }, account);
}

describe('console messaging pages in Chromium', { timeout: 90_000 }, () => {
  let h: Harness;
  let henanEdu: number;

  beforeAll(async () => {
    h = await startHarness();
    henanEdu = await accountId(h.base, 'henan-edu');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('menu editor: a name over 16 bytes is refused naming the button; drag and rename show in the preview and are saved', async () => {
    const context = await h.newContext(DESK);
    const page = await context.newPage();
    try {
      await signInConsole(page, h.base, 'henan-edu-admin');
      await page.goto(`${h.base}/console/menus`);
      await page.getByTestId('menu-tree').waitFor();
      const before = await storedMenus(page, henanEdu);
      const [first, second] = before.default.button.map((b) => b.name);
      expect(first).toBe('高考服务');

      // 10 Chinese characters are 30 bytes: the count turns red, the server refuses to save.
      await page.getByTestId('tree-top').first().click();
      const name = inputByTestId(page, 'button-name');
      const tooLong = '高考服务与招生考试信息';
      await name.fill(tooLong);
      await expect
        .poll(() => page.getByTestId('byte-count').first().getAttribute('class'), SOON)
        .toContain('over');
      await page.getByTestId('menus-save').click();
      const problems = page.getByTestId('menus-problems');
      await problems.waitFor();
      const said = (await problems.textContent()) ?? '';
      expect(said).toContain(tooLong);
      expect(said).toContain('16');
      await shot(page, 'menus-refused');
      expect((await storedMenus(page, henanEdu)).default.button[0]!.name).toBe(first);

      // A short name: the phone preview follows at once, before saving.
      await name.fill('高考');
      await expect
        .poll(() => page.getByTestId('preview-button').first().textContent(), SOON)
        .toContain('高考');

      // The second top-level button dragged above the first by its handle.
      await page.getByTestId('drag-top').nth(1).dragTo(page.getByTestId('drag-top').first());
      await expect
        .poll(() => page.getByTestId('preview-button').first().textContent(), SOON)
        .toContain(second!);

      await page.getByTestId('menus-save').click();
      await page.getByTestId('menus-dirty').waitFor({ state: 'detached', ...SOON });
      const saved = (await storedMenus(page, henanEdu)).default.button.map((b) => b.name);
      expect(saved.slice(0, 2)).toEqual([second, '高考']);
      await shot(page, 'menus-saved');
    } finally {
      await context.close();
    }
  });

  it('automatic replies: a new rule answers in the try-it box; an unsafe regex is refused in the dialog; the greeting has its tab', async () => {
    const context = await h.newContext(DESK);
    const page = await context.newPage();
    try {
      await signInConsole(page, h.base, 'henan-edu-admin');
      await page.goto(`${h.base}/console/autoreplies`);
      await page.getByTestId('ar-rules').waitFor();

      const stamp = Date.now().toString(36);
      const keyword = `学籍证明${stamp}`;
      await page.getByTestId('ar-rule-add').click();
      const dialog = page.getByTestId('ar-rule-dialog');
      await inputByTestId(dialog, 'ar-rule-name').fill(`学籍证明办理 ${stamp}`);
      await inputByTestId(dialog, 'ar-keyword-input').fill(keyword);
      await dialog.locator('textarea').first().fill('学籍证明可在“便民服务”中在线申请，3个工作日内办结。');
      await page.getByTestId('ar-rule-save').click();
      await dialog.waitFor({ state: 'hidden', ...SOON });
      await page.getByTestId('ar-rules').getByText(`学籍证明办理 ${stamp}`).waitFor();

      // Full-width letters and spaces fold away: the rule still answers.
      await inputByTestId(page, 'ar-try-input').fill(
        ` ${keyword.replace(/[a-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))} `,
      );
      await page.getByTestId('ar-try-run').click();
      const verdict = page.getByTestId('ar-try-verdict');
      await expect.poll(() => verdict.textContent(), SOON).toContain(`学籍证明办理 ${stamp}`);
      expect(await page.getByTestId('ar-try-result').textContent()).toContain('3个工作日内办结');
      await shot(page, 'autoreplies-try');

      // A regex that backtracks catastrophically is refused, naming the keyword.
      await page.getByTestId('ar-rule-add').click();
      await inputByTestId(dialog, 'ar-rule-name').fill(`危险正则 ${stamp}`);
      await dialog.getByTestId('ar-keyword-type').click();
      await page.locator('.el-select-dropdown__item:visible').filter({ hasText: '正则' }).first().click();
      await inputByTestId(dialog, 'ar-keyword-input').fill('(a+)+$');
      await dialog.locator('textarea').first().fill('不会保存');
      await page.getByTestId('ar-rule-save').click();
      await dialog.getByTestId('ar-keyword-error').waitFor();
      await shot(page, 'autoreplies-unsafe');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', ...SOON });
      expect(await page.getByTestId('ar-rules').getByText(`危险正则 ${stamp}`).count()).toBe(0);

      // The greeting tab shows the demo greeting, editable.
      await page.locator('.el-tabs__item').filter({ hasText: '被关注回复' }).click();
      await page.getByTestId('ar-set-save').waitFor();
      expect(await page.getByTestId('ar-replies').locator('textarea').first().inputValue()).toContain(
        '欢迎关注',
      );
    } finally {
      await context.close();
    }
  });

  it('messaging settings: counting working hours only changes the example, is saved and stays after a reload', async () => {
    const context = await h.newContext(DESK);
    const page = await context.newPage();
    try {
      await signInConsole(page, h.base, 'henan-edu-admin');
      await page.goto(`${h.base}/console/messaging-settings`);
      const example = page.getByTestId('settings-example');
      await example.waitFor();
      const before = await example.textContent();
      const toggle = page.getByTestId('settings-working-only');
      expect(await toggle.getAttribute('class')).not.toContain('is-checked');
      await toggle.click();
      await expect.poll(() => example.textContent(), SOON).not.toBe(before);
      await page.getByTestId('settings-save').click();
      await expect
        .poll(
          () =>
            page.evaluate(async (id) => {
              const r = await fetch(`/api/console/accounts/${id}/messaging-settings`);
              return ((await r.json()) as { workingHoursOnly: boolean }).workingHoursOnly;
            }, henanEdu),
          SOON,
        )
        .toBe(true);
      await page.reload();
      await page.getByTestId('settings-working-only').waitFor();
      expect(await page.getByTestId('settings-working-only').getAttribute('class')).toContain('is-checked');
      await shot(page, 'settings-working-hours');
    } finally {
      await context.close();
    }
  });

  it('switching account with unsaved menu edits asks first; cancelling keeps the edits', async () => {
    const [police, traffic] = [
      await accountId(h.base, 'xinyang-police'),
      await accountId(h.base, 'xinyang-traffic'),
    ];
    const context = await h.newContext(DESK);
    const page = await context.newPage();
    const switchTo = async (id: number) => {
      await page.getByTestId('account-switcher').click();
      await page.getByTestId(`account-option-${id}`).click();
    };
    try {
      await signInConsole(page, h.base, 'xinyang-newmedia');
      await switchTo(traffic);
      await page.goto(`${h.base}/console/menus`);
      await page.getByTestId('tree-top').first().click();
      await inputByTestId(page, 'button-name').fill('车驾管');
      await page.getByTestId('menus-dirty').waitFor();

      await switchTo(police);
      const dialog = page.locator('.el-message-box');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain('未保存的修改');
      await dialog.getByRole('button', { name: '取消' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByTestId('menus-dirty').waitFor();
      expect(await inputByTestId(page, 'button-name').inputValue()).toBe('车驾管');
      expect(await page.getByTestId('account-switcher').textContent()).toContain('信阳交警');

      await switchTo(police);
      await dialog.getByRole('button', { name: '放弃修改并切换' }).click();
      await expect
        .poll(() => page.getByTestId('account-switcher').textContent(), SOON)
        .toContain('信阳市公安局');
      await page.getByTestId('menu-tree').waitFor();
      expect(await page.getByTestId('menus-dirty').count()).toBe(0);
      // No second question (the page's own leave check) once the edits were discarded.
      await expect.poll(() => page.locator('.el-message-box:visible').count(), SOON).toBe(0);
    } finally {
      await context.close();
    }
  });
});
