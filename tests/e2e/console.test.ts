/**
 * The console in real Chromium: staff working several accounts, roles shaping the menu with
 * the server refusing the rest, and an account admin adding a member who can then sign in.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../../src/demo/articleContent.js';
import {
  SOON,
  accountId,
  inputByTestId,
  shot,
  signInConsole,
  startHarness,
  type Harness,
} from './harness.js';

const DESK = { viewport: { width: 1366, height: 800 } };
const titlesOf = (handle: string) => DEMO_ARTICLES[handle]!.map((a) => a.title);

/** Opens the account switcher and picks an account; the dropdown closes on the choice. */
async function switchTo(page: Page, id: number): Promise<void> {
  await page.getByTestId('account-switcher').click();
  const option = page.getByTestId(`account-option-${id}`);
  await option.waitFor();
  await option.click();
  await option.waitFor({ state: 'hidden' });
}

/** The titles shown in the console's article list, once it has rows. */
async function listedTitles(page: Page): Promise<string> {
  return (await page.getByTestId('articles-table').locator('.el-table__body').textContent()) ?? '';
}

// Two sign-ins and a heavy console bundle on two shared cores: room beyond the 20 s default.
describe('console in Chromium', { timeout: 30_000 }, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('staff with several accounts switch between them and see each account’s own articles', async () => {
    const police = await accountId(h.base, 'xinyang-police');
    const traffic = await accountId(h.base, 'xinyang-traffic');
    const context = await h.newContext(DESK);
    const page = await context.newPage();
    try {
      await signInConsole(page, h.base, 'xinyang-newmedia');
      await page.getByTestId('overview-account-name').waitFor();

      // The switcher lists the four accounts the user works on.
      await page.getByTestId('account-switcher').click();
      const options = page.locator('[data-testid^="account-option-"]');
      await expect.poll(() => options.count(), SOON).toBe(4);
      const names = await options.allTextContents();
      for (const name of ['信阳市公安局', '信阳交警', '信阳市司法局', '信阳市信访局'])
        expect(
          names.some((n) => n.includes(name)),
          `${name} in ${names.join(' | ')}`,
        ).toBe(true);
      await page.keyboard.press('Escape');
      await page.getByTestId(`account-option-${police}`).waitFor({ state: 'hidden' });

      // Start on the police account and open its articles.
      await switchTo(page, police);
      await expect
        .poll(() => page.getByTestId('overview-account-name').textContent(), SOON)
        .toContain('信阳市公安局');
      await page.getByTestId('nav-articles').click();
      await expect.poll(() => listedTitles(page), SOON).toContain(titlesOf('xinyang-police')[0]);

      // Switch to 信阳交警: the overview names it…
      await page.getByTestId('nav-overview').click();
      await switchTo(page, traffic);
      await expect
        .poll(() => page.getByTestId('overview-account-name').textContent(), SOON)
        .toContain('信阳交警');
      await shot(page, 'console-switched-overview');

      // …and its article list holds its own articles, none of the police's.
      await page.getByTestId('nav-articles').click();
      for (const title of titlesOf('xinyang-traffic'))
        await expect.poll(() => listedTitles(page), SOON).toContain(title);
      const listed = await listedTitles(page);
      for (const title of titlesOf('xinyang-police')) expect(listed).not.toContain(title);
      await shot(page, 'console-switched-articles');

      // Switching while on the list reloads it for the chosen account.
      await switchTo(page, police);
      await expect.poll(() => listedTitles(page), SOON).toContain(titlesOf('xinyang-police')[0]);
      const back = await listedTitles(page);
      for (const title of titlesOf('xinyang-traffic')) expect(back).not.toContain(title);
    } finally {
      await context.close();
    }
  });

  it('a reviewer sees no staff menu, gets the 403 page on the staff page, and the server refuses writes', async () => {
    const edu = await accountId(h.base, 'henan-edu');
    const context = await h.newContext(DESK);
    const page = await context.newPage();
    try {
      await signInConsole(page, h.base, 'henan-edu-reviewer');
      // The menu is rendered (a reviewer reads articles and the profile)…
      await page.getByTestId('nav-articles').waitFor();
      await page.getByTestId('nav-profile').waitFor();
      // …but has no staff management.
      expect(await page.getByTestId('nav-staff').count()).toBe(0);
      expect(await page.getByTestId('new-article').count()).toBe(0);

      await page.goto(`${h.base}/console/staff`);
      await page.waitForURL((u) => u.pathname === '/console/forbidden');
      await page.locator('.el-result').getByText('403').waitFor();
      await page.getByText('您没有访问此页面的权限').waitFor();
      expect(await page.getByTestId('staff-table').count()).toBe(0);
      await shot(page, 'console-reviewer-forbidden');

      // The server checks too: a well-formed write with the session's CSRF token is refused.
      const answer = await page.evaluate(async (id) => {
        const session = (await (await fetch('/api/console/session')).json()) as { csrfToken: string };
        const res = await fetch(`/api/console/accounts/${id}/articles`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
          body: JSON.stringify({ title: '审核员不应能创建的稿件', bodyHtml: '<p>不应保存</p>' }),
        });
        return { status: res.status, body: (await res.json()) as { error: { code: string } } };
      }, edu);
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('FORBIDDEN');

      // Nothing was written.
      const list = await page.evaluate(async (id) => {
        const res = await fetch(`/api/console/accounts/${id}/articles?limit=100`);
        return (await res.json()) as { items: Array<{ title: string }> };
      }, edu);
      expect(list.items.map((a) => a.title)).not.toContain('审核员不应能创建的稿件');
    } finally {
      await context.close();
    }
  });

  it('an account admin adds an editor with an initial password, who can then sign in to that account', async () => {
    const username = `edu-new-${Date.now().toString(36)}`;
    const password = 'Welcome2026edu';
    const context = await h.newContext(DESK);
    const page = await context.newPage();
    try {
      await signInConsole(page, h.base, 'henan-edu-admin');
      await page.getByTestId('nav-staff').click();
      await page.getByTestId('staff-table').getByText('henan-edu-admin').waitFor();

      await page.getByTestId('staff-add').click();
      const dialog = page.getByTestId('staff-dialog');
      await inputByTestId(page, 'staff-username').fill(username);
      await inputByTestId(page, 'staff-display-name').fill('新同事');
      await inputByTestId(page, 'staff-password').fill(password);
      // The role picker: editor, and nothing else.
      const checked = dialog.locator('[data-testid^="role-"] input:checked');
      const editor = dialog.getByTestId('role-editor').locator('input');
      if (!(await editor.isChecked())) await dialog.getByTestId('role-editor').click();
      await expect.poll(() => checked.count(), SOON).toBe(1);
      expect(await editor.isChecked()).toBe(true);
      await page.getByTestId('staff-submit').click();
      await dialog.waitFor({ state: 'hidden' });

      const row = page.getByTestId('staff-table').locator('.el-table__row').filter({ hasText: username });
      await row.waitFor();
      expect(await row.textContent()).toContain('新同事');
      await shot(page, 'console-staff-added');
    } finally {
      await context.close();
    }

    // The new member, in a browser of their own.
    const fresh = await h.newContext(DESK);
    const newcomer = await fresh.newPage();
    try {
      await signInConsole(newcomer, h.base, username, password);
      await expect
        .poll(() => newcomer.getByTestId('account-switcher').textContent(), SOON)
        .toContain('河南省教育厅');
      await expect
        .poll(() => newcomer.getByTestId('overview-account-name').textContent(), SOON)
        .toContain('河南省教育厅');
      // An editor of that one account: it is the only one offered, and articles can be written.
      await newcomer.getByTestId('account-switcher').click();
      const options = newcomer.locator('[data-testid^="account-option-"]');
      await expect.poll(() => options.count(), SOON).toBe(1);
      expect(await options.first().textContent()).toContain('河南省教育厅');
      await newcomer.keyboard.press('Escape');
      await newcomer.getByTestId('nav-articles').click();
      await newcomer.getByTestId('new-article').waitFor();
      expect(await newcomer.getByTestId('nav-staff').count()).toBe(0);
      await shot(newcomer, 'console-new-member');
    } finally {
      await fresh.close();
    }
  });
});
