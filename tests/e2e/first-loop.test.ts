/**
 * The first end-to-end loop in real Chromium: a citizen signs in, finds 河南省教育厅 by
 * search and follows it; an editor publishes in the console; the citizen's open thread shows
 * the new article without a reload; the public article page opens signed out.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemorySmsProvider } from '../../src/infra/sms.js';
import { SHOTS, SOON, startHarness, type Harness } from './harness.js';

describe('first end-to-end loop in Chromium', () => {
  let h: Harness;
  let base: string;
  let sms: MemorySmsProvider;

  beforeAll(async () => {
    h = await startHarness();
    ({ base, sms } = h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a follower sees an article the editor publishes, live, and anyone can open it', async () => {
    // Citizen on a phone.
    const phone = await h.newContext({
      viewport: { width: 375, height: 667 },
      isMobile: true,
      hasTouch: true,
    });
    const citizen = await phone.newPage();
    await citizen.goto(`${base}/login`);
    await citizen
      .getByTestId('login-phone')
      .locator('input')
      .or(citizen.locator('input[data-testid="login-phone"]'))
      .first()
      .fill('13800138000');
    await citizen.getByTestId('login-send').click();
    await expect.poll(() => sms.lastCodeFor('13800138000'), { timeout: 5000 }).toMatch(/^\d{6}$/);
    const code = sms.lastCodeFor('13800138000')!;
    await citizen
      .getByTestId('login-code')
      .locator('input')
      .or(citizen.locator('input[data-testid="login-code"]'))
      .first()
      .fill(code);
    await citizen.getByTestId('login-submit').click();
    await citizen.waitForURL((u) => !u.pathname.startsWith('/login'));

    await citizen.goto(`${base}/discover`);
    const search = citizen
      .getByTestId('search-input')
      .locator('input')
      .or(citizen.locator('input[data-testid="search-input"]'))
      .first();
    await search.fill('河南省教育厅');
    await search.press('Enter');
    await citizen.getByTestId('account-card').filter({ hasText: '河南省教育厅' }).first().click();
    await citizen.getByTestId('follow-button').click();
    await expect
      .poll(() => citizen.getByTestId('follow-button').getAttribute('data-following'), SOON)
      .toBe('true');
    const account = await (await fetch(`${base}/api/accounts/henan-edu`)).json();
    expect(account.followerCount).toBeGreaterThanOrEqual(1);
    await citizen.getByTestId('thread-link').click();
    await citizen.getByTestId('thread-card').first().waitFor();
    if (SHOTS) await citizen.screenshot({ path: path.join(SHOTS, 'citizen-thread-before.png') });

    // Editor at a desk.
    const desk = await h.newContext({ viewport: { width: 1366, height: 800 } });
    const editor = await desk.newPage();
    await editor.goto(`${base}/console/login`);
    await editor
      .getByTestId('login-username')
      .locator('input')
      .or(editor.locator('input[data-testid="login-username"]'))
      .first()
      .fill('henan-edu-editor');
    await editor
      .getByTestId('login-password')
      .locator('input')
      .or(editor.locator('input[data-testid="login-password"]'))
      .first()
      .fill('Zhengwei@2026');
    await editor.getByTestId('login-submit').click();
    await editor.getByTestId('nav-articles').click();
    await editor.getByTestId('new-article').click();
    const title = `2026年河南省高校毕业生就业服务周活动安排 ${Date.now().toString(36)}`;
    await editor
      .getByTestId('article-title')
      .locator('input')
      .or(editor.locator('input[data-testid="article-title"]'))
      .first()
      .fill(title);
    const body = editor.getByTestId('article-body');
    await body.click();
    await editor.keyboard.type('为帮助高校毕业生顺利就业，省教育厅将于12月举办就业服务周活动。');
    await editor.getByTestId('publish-article').click();
    await editor.getByTestId('confirm-publish').click();

    // The citizen's open thread shows it without a reload.
    await citizen.getByTestId('thread-card').filter({ hasText: title }).waitFor({ timeout: 10_000 });
    if (SHOTS) await citizen.screenshot({ path: path.join(SHOTS, 'citizen-thread-after.png') });

    // Anyone can open the public page, signed out.
    const profile = await (await fetch(`${base}/api/accounts/henan-edu`)).json();
    const thread = await (await fetch(`${base}/api/accounts/${profile.id}/thread`)).json();
    expect(thread.items[0].title).toBe(title);
    const anonymous = await h.newContext();
    const reader = await anonymous.newPage();
    const res = await reader.goto(`${base}${thread.items[0].url}`);
    expect(res?.status()).toBe(200);
    expect(await reader.title()).toContain(title);
    expect(await reader.locator('meta[property="og:title"]').getAttribute('content')).toContain(title);
    await expect.poll(() => reader.locator('body').textContent(), SOON).toContain('就业服务周');
  });
});
