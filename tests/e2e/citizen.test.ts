/**
 * The citizen app and the public pages in real Chromium: the language switch (and the
 * server's messages following it), unknown addresses, and the article page without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES } from '../../src/demo/articleContent.js';
import { SOON, accountId, inputByTestId, shot, startHarness, type Harness } from './harness.js';

// Real pages on two shared cores, often beside a build: room beyond the 20 s default.
describe('citizen app and public pages in Chromium', { timeout: 30_000 }, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('the citizen app speaks English on request, after a reload too, and so do server errors', async () => {
    // A Chinese phone: only the citizen's choice asks for English.
    const phone = await h.newContext({
      viewport: { width: 375, height: 667 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const page = await phone.newPage();
    const tab = (id: string) => page.getByTestId(id).locator('.van-tabbar-item__text');
    try {
      await page.goto(`${h.base}/me`);
      await expect.poll(() => tab('tab-discover').textContent(), SOON).toBe('发现');

      await page.getByTestId('lang-en').click();
      await expect.poll(() => tab('tab-home').textContent(), SOON).toBe('Home');
      expect(await tab('tab-discover').textContent()).toBe('Discover');
      expect(await tab('tab-me').textContent()).toBe('Me');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      const cookies = await phone.cookies(h.base);
      expect(cookies.find((c) => c.name === 'zw_lang')?.value).toBe('en');

      await page.getByTestId('tab-discover').click();
      await page.waitForURL((u) => u.pathname === '/discover');
      const search = inputByTestId(page, 'search-input');
      await expect
        .poll(() => search.getAttribute('placeholder'), SOON)
        .toBe('Search accounts or departments');
      await page.getByText('Accounts at a glance').waitFor();
      await shot(page, 'citizen-discover-en');

      // A reload keeps English: the choice lives in the zw_lang cookie.
      await page.reload();
      await expect.poll(() => tab('tab-discover').textContent(), SOON).toBe('Discover');
      await expect
        .poll(() => search.getAttribute('placeholder'), SOON)
        .toBe('Search accounts or departments');
      await page.getByText('Accounts at a glance').waitFor();

      // The server answers in English too: a wrong one-time code on sign-in.
      const number = '13900139001';
      await page.goto(`${h.base}/login`);
      await page.getByRole('heading', { name: 'Sign in with your phone' }).waitFor();
      await inputByTestId(page, 'login-phone').fill(number);
      await page.getByTestId('login-send').click();
      await expect.poll(() => h.sms.lastCodeFor(number), SOON).toMatch(/^\d{6}$/);
      const right = Number(h.sms.lastCodeFor(number));
      const wrong = String((right + 1) % 1_000_000).padStart(6, '0');
      await inputByTestId(page, 'login-code').fill(wrong);
      await page.getByTestId('login-submit').click();
      await expect.poll(() => page.getByTestId('login-error').textContent(), SOON).toBe('The code is wrong');
      await shot(page, 'citizen-login-error-en');

      // The cookie alone decides, whatever Accept-Language the browser sends (zh-CN here).
      const body = await page.evaluate(async () => (await fetch('/api/no-such')).json());
      expect(body).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: 'No such endpoint' } });
    } finally {
      await phone.close();
    }
  });

  it('unknown pages: the citizen app handles them, unknown API paths and articles answer 404', async () => {
    const context = await h.newContext();
    const page = await context.newPage();
    try {
      // SPA fallback: the app's index.html, which routes the unknown path to Home.
      const res = await page.goto(`${h.base}/no-such-page`);
      expect(res?.status()).toBe(200);
      expect(res?.headers()['content-type']).toMatch(/^text\/html/);
      await page.getByTestId('tab-home').waitFor();
      await page.getByTestId('home-signed-out').waitFor();

      const api = await fetch(`${h.base}/api/no-such`);
      expect(api.status).toBe(404);
      expect(api.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await api.json()) as { error: { code: string } }).error.code).toBe('ROUTE_NOT_FOUND');

      const missing = await page.goto(`${h.base}/a/unknown-slug`);
      expect(missing?.status()).toBe(404);
      expect(missing?.headers()['content-type']).toMatch(/^text\/html/);
      expect(await page.locator('h1').textContent()).toBe('文章不存在或已被删除');
      expect(await page.getByTestId('tab-home').count()).toBe(0); // the server's page, not the app
    } finally {
      await context.close();
    }
  });

  it('the public article page shows title and body without JavaScript', async () => {
    const demo = DEMO_ARTICLES['henan-edu']![0]!;
    const paragraph = /<p>([^<]{20,})<\/p>/.exec(demo.bodyHtml)![1]!;
    const id = await accountId(h.base, 'henan-edu');
    const thread = (await (await fetch(`${h.base}/api/accounts/${id}/thread?limit=100`)).json()) as {
      items: Array<{ title: string; url: string }>;
    };
    const card = thread.items.find((i) => i.title === demo.title);
    expect(card, `demo article "${demo.title}" is published`).toBeDefined();

    const context = await h.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      const res = await page.goto(`${h.base}${card!.url}`);
      expect(res?.status()).toBe(200);
      expect(await page.title()).toContain(demo.title);
      expect(await page.locator('article h1').textContent()).toBe(demo.title);
      expect(await page.locator('article .body').textContent()).toContain(paragraph);
      expect(await page.locator('article .meta').textContent()).toContain('河南省教育厅');
      await shot(page, 'public-article-no-js');
    } finally {
      await context.close();
    }
  });
});
