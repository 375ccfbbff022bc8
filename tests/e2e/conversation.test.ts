/**
 * The conversation loop in real Chromium: a citizen on a phone opens 河南省教育厅's thread,
 * taps a menu button and gets the configured reply, sends "1" and gets the numbered reply,
 * asks a question; a responder answers from the console; the citizen's open thread shows
 * the answer, the read receipt and the end of "expected reply by" without a reload. Also: a
 * message whose answer was lost is re-sent with the same clientId and stored once.
 *
 * The responder answers in the console's inbox page; the editor's look-up of the configured
 * reply goes through the console's HTTP API (the try-it endpoint the automatic-reply page uses).
 */
import type { APIRequestContext, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HENAN_EDU_REPLIES } from '../../src/demo/henanEduReplies.js';
import {
  DEMO_PASSWORD,
  SOON,
  accountId,
  followAndOpenThread,
  shot,
  signInCitizen,
  signInConsole,
  startHarness,
  type Harness,
} from './harness.js';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' };
const LIVE = { timeout: 10_000 };

/** A console session over HTTP: the request context keeps the cookie, we keep the CSRF token. */
async function consoleApi(context: BrowserContext, base: string, username: string) {
  const res = await context.request.post(`${base}/api/console/session`, {
    data: { username, password: DEMO_PASSWORD },
  });
  expect(res.status(), `console sign-in of ${username}`).toBe(200);
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  const request: APIRequestContext = context.request;
  return {
    get: async <T>(path: string): Promise<T> => {
      const r = await request.get(`${base}${path}`);
      expect(r.status(), `GET ${path}`).toBe(200);
      return (await r.json()) as T;
    },
    post: async <T>(path: string, data: unknown): Promise<T> => {
      const r = await request.post(`${base}${path}`, { data, headers: { 'X-CSRF-Token': csrf } });
      expect(r.status(), `POST ${path}: ${await r.text()}`).toBeLessThan(300);
      return (r.status() === 204 ? undefined : await r.json()) as T;
    },
  };
}

const accountMessages = (page: Page) =>
  page.locator('[data-testid="message"]:is([data-sender="auto"], [data-sender="staff"])');
const ownMessages = (page: Page) => page.locator('[data-testid="message"][data-sender="citizen"]');

describe('conversation with an account in Chromium', { timeout: 60_000 }, () => {
  let h: Harness;
  let henanEdu: number;

  beforeAll(async () => {
    h = await startHarness();
    henanEdu = await accountId(h.base, 'henan-edu');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('menu click and "1" get their configured replies; a responder’s answer shows live in the open thread', async () => {
    // What the account is configured to answer to the 成绩查询 button (its key GAOKAO_SCORE),
    // as the automatic-reply page's "try it" box tells its editor.
    const office = await h.newContext();
    const editor = await consoleApi(office, h.base, 'henan-edu-editor');
    const configured = await editor.post<{ messages: Array<{ kind: string; text?: string }> }>(
      `/api/console/accounts/${henanEdu}/autoreplies/try`,
      { key: 'GAOKAO_SCORE' },
    );
    await office.close();
    const clickReply = configured.messages.find((m) => m.kind === 'text')?.text;
    expect(clickReply, 'henan-edu answers the GAOKAO_SCORE button with a text').toBeTruthy();

    const desk = await h.newContext({ viewport: { width: 1366, height: 800 } });
    const console_ = await desk.newPage();

    const phone = await h.newContext(PHONE);
    const page = await phone.newPage();
    try {
      await signInCitizen(h, page, '13800138301');
      await followAndOpenThread(h, page);

      // The menu: 高考服务 › 成绩查询 sends its key; the reply shows, no message of the citizen.
      await page.getByTestId('menu-button').filter({ hasText: '高考服务' }).click();
      await page.getByTestId('menu-sub-button').filter({ hasText: '成绩查询' }).click();
      await accountMessages(page)
        .filter({ hasText: clickReply!.split('\n')[0]!.slice(0, 20) })
        .first()
        .waitFor(LIVE);
      expect(await ownMessages(page).count()).toBe(0);
      await shot(page, 'conversation-menu-click');

      // The keyboard key switches to the input bar; "1" gets the first numbered reply.
      await page.getByTestId('menu-keyboard').click();
      const text = page.getByTestId('chat-text');
      await text.fill('1');
      await page.getByTestId('chat-send').click();
      const numbered = HENAN_EDU_REPLIES[0]!.reply;
      await accountMessages(page)
        .filter({ hasText: numbered.split('\n')[0]! })
        .first()
        .waitFor(LIVE);
      const bubble = accountMessages(page)
        .filter({ hasText: numbered.split('\n')[0]! })
        .first();
      expect((await bubble.locator('.bubble').textContent())?.trim()).toBe(numbered);
      await expect.poll(() => ownMessages(page).last().getAttribute('data-state'), SOON).toBe('sent');

      // A question: sent, and the account now promises a reply time.
      const question = `请问2027年高考报名需要准备哪些材料？${Date.now().toString(36)}`;
      await text.fill(question);
      await page.getByTestId('chat-send').click();
      const asked = ownMessages(page).filter({ hasText: question });
      await expect.poll(() => asked.getAttribute('data-state'), SOON).toBe('sent');
      await page.getByTestId('chat-reply-by').waitFor(LIVE);
      await shot(page, 'conversation-question');

      // The responder finds it in the console's inbox, opens it (the citizen's read receipt)
      // and answers with the composer.
      await signInConsole(console_, h.base, 'henan-edu-responder');
      await console_.getByTestId('nav-inbox').click();
      await console_.getByTestId('conversation-list').waitFor();
      await console_
        .locator('li[data-testid^="conversation-"]')
        .filter({ hasText: question.slice(0, 12) })
        .first()
        .click();
      const composer = console_
        .locator('textarea[data-testid="composer-input"], [data-testid="composer-input"] textarea')
        .first();
      await composer.waitFor();
      const answer = '您好，需准备身份证、户口簿和近期免冠照片，具体以当地招办通知为准。';
      await composer.fill(answer);
      await composer.press('Control+Enter');
      await expect.poll(() => console_.getByTestId('pending-send').count(), LIVE).toBe(0);
      await shot(console_, 'conversation-responder');

      // The open thread shows it all without a reload.
      await page
        .locator('[data-testid="message"][data-sender="staff"]')
        .filter({ hasText: answer })
        .waitFor(LIVE);
      await asked.getByTestId('message-read').waitFor(LIVE);
      await page.getByTestId('chat-reply-by').waitFor({ state: 'detached', ...LIVE });
      await shot(page, 'conversation-answered');
    } finally {
      await phone.close();
      await desk.close();
    }
  });

  it('a message whose answer was lost is re-sent with the same clientId and stored once', async () => {
    const phone = await h.newContext(PHONE);
    const page = await phone.newPage();
    // No live stream, whose echo of the message would tell the phone it arrived after all.
    await page.route('**/api/events', (route) => route.abort());
    try {
      await signInCitizen(h, page, '13800138302');
      await followAndOpenThread(h, page);
      await page.getByTestId('menu-keyboard').click();

      // The first send reaches the server, but its answer never reaches the phone.
      const clientIds: string[] = [];
      let lose = true;
      await page.route('**/api/accounts/*/messages', async (route) => {
        clientIds.push((route.request().postDataJSON() as { clientId: string }).clientId);
        if (!lose) return route.continue();
        lose = false;
        await route.fetch();
        await route.abort('connectionreset');
      });

      const text = `网络不稳时发出的留言 ${Date.now().toString(36)}`;
      await page.getByTestId('chat-text').fill(text);
      await page.getByTestId('chat-send').click();
      const mine = ownMessages(page).filter({ hasText: text });
      await mine.getByTestId('message-retry').waitFor(LIVE);
      await shot(page, 'conversation-failed');

      await mine.getByTestId('message-retry').click();
      await expect.poll(() => mine.getAttribute('data-state'), SOON).toBe('sent');
      expect(clientIds).toHaveLength(2);
      expect(clientIds[1]).toBe(clientIds[0]);
      expect(await mine.count()).toBe(1);

      // The server kept one copy.
      const page1 = await page.evaluate(async (id) => {
        const r = await fetch(`/api/accounts/${id}/conversation?limit=50`);
        return (await r.json()) as { items: Array<{ text: string | null }> };
      }, henanEdu);
      expect(page1.items.filter((m) => m.text === text)).toHaveLength(1);
    } finally {
      await phone.close();
    }
  });
});
