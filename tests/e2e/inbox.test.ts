/**
 * The console inbox in real Chromium: a responder watches citizens' messages arrive, answers,
 * notes and takes a conversation without reloading; a transfer takes the conversation out of
 * the inbox and rings the receiving admin's bell, whose notification opens it there. The
 * citizens write through the citizen HTTP API (their own app has its own test).
 */
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOON, accountId, shot, signInConsole, startHarness, type Harness } from './harness.js';

const DESK = { viewport: { width: 1440, height: 900 } };
const LIVE = { timeout: 10_000 };

/** A citizen signed in over HTTP who follows an account and writes to it. */
async function citizen(h: Harness, request: APIRequestContext, phone: string, account: number) {
  await request.post(`${h.base}/api/auth/otp`, { data: { phone } });
  await expect.poll(() => h.sms.lastCodeFor(phone), SOON).toMatch(/^\d{6}$/);
  const session = await request.post(`${h.base}/api/auth/session`, {
    data: { phone, code: h.sms.lastCodeFor(phone) },
  });
  const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
  const headers = { 'X-CSRF-Token': csrf };
  await request.post(`${h.base}/api/accounts/${account}/follow`, { data: {}, headers });
  let n = 0;
  return {
    say: async (text: string) => {
      const res = await request.post(`${h.base}/api/accounts/${account}/messages`, {
        data: { clientId: `e2e-inbox-${phone}-${n++}-${Date.now().toString(36)}`, kind: 'text', text },
        headers,
      });
      expect(res.status(), `citizen message: ${await res.text()}`).toBe(200);
    },
    /** When the staff read this message of the citizen's (the read receipt), or null. */
    readAt: async (text: string) => {
      const res = await request.get(`${h.base}/api/accounts/${account}/conversation`);
      const { items } = (await res.json()) as {
        items: Array<{ text: string | null; readAt: number | null }>;
      };
      return items.find((m) => m.text === text)?.readAt ?? null;
    },
  };
}

const row = (page: Page, text: string) =>
  page.locator('li[data-testid^="conversation-"]').filter({ hasText: text });
const composer = (page: Page) =>
  page.locator('textarea[data-testid="composer-input"], [data-testid="composer-input"] textarea').first();

describe('console inbox in Chromium', { timeout: 60_000 }, () => {
  let h: Harness;
  let henanEdu: number;

  beforeAll(async () => {
    h = await startHarness();
    henanEdu = await accountId(h.base, 'henan-edu');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a responder sees messages arrive, answers with Ctrl+Enter, notes and takes the conversation, all without reloading', async () => {
    const office = await h.newContext(DESK);
    const page = await office.newPage();
    const people = await h.newContext();
    try {
      await signInConsole(page, h.base, 'henan-edu-responder');
      await page.getByTestId('nav-inbox').click();
      await page.getByTestId('conversation-list').waitFor();

      // A citizen writes while the inbox is open: the row appears, unread and on the clock.
      const stamp = Date.now().toString(36);
      const question = `请问中考体育考试什么时候报名？${stamp}`;
      const { say, readAt } = await citizen(h, people.request, '13800139001', henanEdu);
      await say(question);
      await row(page, question).waitFor(LIVE);
      // The row by its id from now on: its preview moves on with the conversation.
      const mine = page.getByTestId((await row(page, question).getAttribute('data-testid'))!);
      expect(await mine.getByTestId('unread-dot').count()).toBe(1);
      expect(await mine.getByTestId('clock-chip').getAttribute('data-tone')).toBe('ok');
      await shot(page, 'inbox-arrived');

      // Opening it marks it read (the citizen gets the receipt); a reply goes out with
      // Ctrl+Enter and stops the clock.
      expect(await readAt(question)).toBeNull();
      await mine.click();
      await composer(page).waitFor();
      await expect.poll(() => readAt(question), LIVE).not.toBeNull();
      const answer = `您好，报名时间为 3 月 1 日至 10 日。${stamp}`;
      await composer(page).fill(answer);
      await composer(page).press('Control+Enter');
      await page.locator('[data-sender="staff"]').filter({ hasText: answer }).waitFor(LIVE);
      await expect.poll(() => page.getByTestId('pending-send').count(), LIVE).toBe(0);
      await expect.poll(() => mine.getByTestId('clock-chip').count(), LIVE).toBe(0);

      // The citizen answers back: it shows in the open conversation at once.
      const followUp = `还需要带体检表吗？${stamp}`;
      await say(followUp);
      await page.locator('[data-sender="citizen"]').filter({ hasText: followUp }).waitFor(LIVE);

      // An internal note, in its own style, and taking the conversation.
      await page.getByTestId('mode-note').click();
      const note = `已向招生办核实 ${stamp}`;
      await composer(page).fill(note);
      await composer(page).press('Control+Enter');
      const noted = page.locator('[data-testid^="note-"]').filter({ hasText: note });
      await noted.waitFor(LIVE);
      expect(await noted.textContent()).toContain('内部备注，群众不可见');
      await page.getByTestId('assign-me').click();
      await expect.poll(() => mine.textContent(), LIVE).toContain('客服');
      await shot(page, 'inbox-worked');

      // The search finds it by words of the conversation, not only of its last message.
      await page
        .locator('input[data-testid="inbox-search"], [data-testid="inbox-search"] input')
        .first()
        .fill(stamp);
      await expect.poll(() => page.locator('li[data-testid^="conversation-"]').count(), LIVE).toBe(1);
    } finally {
      await office.close();
      await people.close();
    }
  });

  it('a transferred conversation leaves the inbox and rings the receiving admin’s bell, which opens it', async () => {
    const office = await h.newContext(DESK);
    const page = await office.newPage();
    const other = await h.newContext(DESK);
    const police = await other.newPage();
    const people = await h.newContext();
    try {
      const stamp = Date.now().toString(36);
      const question = `我家孩子的学籍被别人冒用了，怎么报案？${stamp}`;
      const { say } = await citizen(h, people.request, '13800139002', henanEdu);
      await say(question);

      await signInConsole(police, h.base, 'xinyang-police-admin');
      await police.getByTestId('notification-bell').waitFor();
      const unreadBefore = Number(
        (await police.getByTestId('notification-count').textContent())?.trim() || 0,
      );

      await signInConsole(page, h.base, 'henan-edu-admin');
      await page.getByTestId('nav-inbox').click();
      await row(page, question).click();
      await page.getByTestId('transfer-open').click();
      await page
        .locator('input[data-testid="transfer-search"], [data-testid="transfer-search"] input')
        .first()
        .fill('信阳市公安局');
      await page
        .locator('[data-testid^="transfer-target-"]')
        .filter({ hasText: '信阳市公安局' })
        .first()
        .click();
      await page.getByTestId('transfer-submit').click();

      // Gone from this inbox; the pane closes.
      await row(page, question).waitFor({ state: 'detached', ...LIVE });
      await page.getByTestId('conversation-pane').waitFor({ state: 'detached', ...LIVE });

      // The police admin's bell counts it without a reload; the notification opens it there.
      await expect
        .poll(
          async () => Number((await police.getByTestId('notification-count').textContent())?.trim() || 0),
          LIVE,
        )
        .toBe(unreadBefore + 1);
      await police.getByTestId('notification-bell').click();
      await police
        .locator('[data-testid^="notification-"]')
        .filter({ hasText: '河南省教育厅' })
        .first()
        .click();
      await police.waitForURL((u) => /\/console\/inbox\/\d+$/.test(u.pathname), LIVE);
      await police.locator('[data-sender="citizen"]').filter({ hasText: question }).waitFor(LIVE);
      expect(await police.getByTestId('conversation-pane').textContent()).toContain('转自 河南省教育厅');
      await shot(police, 'inbox-transferred-in');
    } finally {
      await office.close();
      await other.close();
      await people.close();
    }
  });
});
