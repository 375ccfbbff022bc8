/**
 * Sensitive-word lists in real Chromium: the platform admin adds a block word to the platform
 * dictionary; an account admin imports a list (a bad line is refused by number, nothing is
 * written; corrected, it goes in) and the editor reads the list without edit controls. The
 * editor's check answers the platform word typed in disguise, spanning what was typed.
 */
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

const DESKTOP = { viewport: { width: 1400, height: 900 }, locale: 'zh-CN' };

describe('sensitive-word lists in Chromium', { timeout: 90_000 }, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('platform and account lists: add, import with a line error, read-only for editors, checked in disguise', async () => {
    const ctx = await h.newContext(DESKTOP);
    const page = await ctx.newPage();
    try {
      await signInConsole(page, h.base, 'platform');
      await page.goto(`${h.base}/console/screening`);
      await page.getByRole('tab', { name: '平台词库' }).click();
      const platform = page.getByTestId('screening-list-platform');
      await inputByTestId(platform, 'screening-add-word').fill('假冒伪劣');
      await platform.getByTestId('screening-add').locator('button[type=submit]').click();
      await expect
        .poll(() => platform.getByTestId('screening-table').textContent(), SOON)
        .toContain('假冒伪劣');
      await shot(page, 'screening-platform');
      await ctx.clearCookies();

      await signInConsole(page, h.base, 'henan-edu-admin');
      await page.getByTestId('nav-screening').click();
      const list = page.getByTestId('screening-list-account');
      await list.getByTestId('screening-import').click();
      const dialog = page.getByTestId('screening-import-dialog');
      const content = dialog.locator('textarea');
      await content.fill('内部资料\n最高标准\twarn\n???\n');
      await dialog.getByTestId('screening-import-submit').click();
      await expect
        .poll(() => dialog.getByTestId('screening-import-errors').textContent(), SOON)
        .toContain('第 3 行');
      await shot(page, 'screening-import-error');
      await content.fill('内部资料\n最高标准\twarn\n');
      await dialog.getByTestId('screening-import-submit').click();
      await expect.poll(() => list.getByTestId('screening-table').textContent(), SOON).toContain('最高标准');
      expect(await list.textContent()).toContain('共 2 个词');
      await ctx.clearCookies();

      await signInConsole(page, h.base, 'henan-edu-editor');
      await page.getByTestId('nav-screening').click();
      await expect.poll(() => list.getByTestId('screening-table').textContent(), SOON).toContain('内部资料');
      expect(await list.getByTestId('screening-add').count()).toBe(0);
      expect(await list.getByTestId('screening-import').count()).toBe(0);
      await shot(page, 'screening-editor');

      const id = await accountId(h.base, 'henan-edu');
      const hits = await page.evaluate(async (accountId) => {
        const csrf = await (await fetch('/api/console/session')).json();
        const res = await fetch(`/api/console/accounts/${accountId}/screening/check`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.csrfToken },
          body: JSON.stringify({ title: '严查假冒．偽劣', summary: '', bodyHtml: '<p>內部 资料</p>' }),
        });
        return (await res.json()).hits;
      }, id);
      expect(hits).toEqual([
        { word: '假冒伪劣', level: 'block', field: 'title', text: '假冒．偽劣', index: 2 },
        { word: '内部资料', level: 'block', field: 'body', text: '內部 资料', index: 0 },
      ]);
    } finally {
      await ctx.close();
    }
  });
});
