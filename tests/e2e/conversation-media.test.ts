/**
 * A citizen's media in real Chromium on a phone: a voice message recorded with "hold to talk"
 * (Chromium's fake microphone, so MediaRecorder really records), a photo from the picker, and
 * the current location with a label. Each is uploaded, sent, shown in the thread, and its file
 * is served back to its sender with the type the server sniffed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from '../../src/modules/publishing/png.js';
import { followAndOpenThread, shot, signInCitizen, startHarness, type Harness } from './harness.js';

const XINYANG = { latitude: 32.1235, longitude: 114.0661, accuracy: 25 };
const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  geolocation: XINYANG,
};
const LIVE = { timeout: 10_000 };

const own = (page: Page, kind: string) =>
  page.locator(`[data-testid="message"][data-sender="citizen"][data-kind="${kind}"]`);

/** The content type the server answers for a media URL, fetched with the page's session. */
const servedType = (page: Page, url: string) =>
  page.evaluate(async (u) => {
    const r = await fetch(u);
    return r.ok ? r.headers.get('content-type') : `HTTP ${r.status}`;
  }, url);

describe('a citizen sends voice, a photo and a location in Chromium', { timeout: 60_000 }, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('each is sent, shown in the thread and served back with its sniffed type', async () => {
    const phone = await h.newContext(PHONE);
    await phone.grantPermissions(['microphone', 'geolocation'], { origin: h.base });
    const page = await phone.newPage();
    try {
      await signInCitizen(h, page, '13800138401');
      await followAndOpenThread(h, page);
      await page.getByTestId('menu-keyboard').click();

      // Hold to talk for about two seconds, then release: the recording is sent.
      await page.getByTestId('chat-voice-toggle').click();
      const hold = page.getByTestId('chat-hold-to-talk');
      const box = (await hold.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.getByTestId('chat-recording').waitFor();
      await page.waitForTimeout(2_000);
      await page.mouse.up();
      await expect.poll(() => own(page, 'voice').getAttribute('data-state'), LIVE).toBe('sent');
      // The bubble shows the length in seconds, as WeChat does.
      expect(await own(page, 'voice').getByTestId('message-voice').textContent()).toMatch(/[2-4]″/);

      // Back to the keyboard, then a photo from the picker.
      await page.getByTestId('chat-voice-toggle').click();
      await page.getByTestId('chat-plus').click();
      await page.getByTestId('chat-file').setInputFiles({
        name: 'photo.png',
        mimeType: 'image/png',
        buffer: solidPng(40, 30, [200, 60, 40]),
      });
      await expect.poll(() => own(page, 'image').getAttribute('data-state'), LIVE).toBe('sent');

      // The current location with a label.
      await page.getByTestId('chat-plus').click();
      await page.getByTestId('chat-location').click();
      await page.getByTestId('chat-location-coords').waitFor(LIVE);
      expect(await page.getByTestId('chat-location-coords').textContent()).toContain('32.12350');
      await page.getByTestId('chat-location-label').locator('input').fill('信阳市政务服务中心门口');
      await page.getByTestId('chat-location-send').click();
      await expect.poll(() => own(page, 'location').getAttribute('data-state'), LIVE).toBe('sent');
      expect(await own(page, 'location').getByTestId('message-location').textContent()).toContain(
        '信阳市政务服务中心门口',
      );
      await shot(page, 'conversation-media');

      // All three are stored in order, and each file is served back with its sniffed type.
      const stored = await page.evaluate(async () => {
        const id = ((await (await fetch('/api/accounts/henan-edu')).json()) as { id: number }).id;
        const r = await fetch(`/api/accounts/${id}/conversation?limit=50`);
        type Item = { sender: string; kind: string; media: { url: string } | null };
        return ((await r.json()) as { items: Item[] }).items.filter((m) => m.sender === 'citizen');
      });
      expect(stored.map((m) => m.kind)).toEqual(['voice', 'image', 'location']);
      expect(await servedType(page, stored[0]!.media!.url)).toMatch(/^audio\/(webm|ogg|mp4)/);
      expect(await servedType(page, stored[1]!.media!.url)).toBe('image/png');
    } finally {
      await phone.close();
    }
  });
});
