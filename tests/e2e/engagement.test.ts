/**
 * Engagement in real Chromium: a citizen likes an article, answers 有用, and comments; the
 * comment shows to them as 审核中 and to nobody else; a reviewer approves, features and
 * answers it in the console; the citizen then sees it public with the official reply, and a
 * signed-out reader sees it too. The shared page names the account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOON, shot, signInCitizen, signInConsole, startHarness, type Harness } from './harness.js';

describe('engagement in Chromium', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('likes, 有用, a held comment approved, featured and answered in the console', async () => {
    const article = await h.deps.database.k
      .selectFrom('publications')
      .innerJoin('accounts', 'accounts.id', 'publications.account_id')
      .select(['publications.slug', 'publications.title'])
      .where('accounts.handle', '=', 'henan-edu')
      .where('publications.audience', 'is', null)
      .where('publications.withdrawn_at', 'is', null)
      .orderBy('publications.published_at', 'desc')
      .executeTakeFirstOrThrow();
    const text = `请问寒假从哪天开始？${Date.now() % 10000}`;

    const phone = await h.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const citizen = await phone.newPage();
    await signInCitizen(h, citizen, '13700137001');
    await citizen.goto(`${h.base}/read/${article.slug}`);
    await citizen.getByTestId('article-stats').waitFor();

    const likes = Number((await citizen.getByTestId('like-count').textContent())?.replace(/\D/g, '') || 0);
    await citizen.getByTestId('like-button').click();
    await expect
      .poll(() => citizen.getByTestId('like-button').getAttribute('aria-pressed'), SOON)
      .toBe('true');
    await expect
      .poll(async () => (await citizen.getByTestId('like-count').textContent())?.trim(), SOON)
      .toBe(String(likes + 1));
    await citizen.getByTestId('feedback-useful').click();
    await expect
      .poll(() => citizen.getByTestId('feedback-useful').getAttribute('aria-pressed'), SOON)
      .toBe('true');

    await citizen.getByTestId('bar-write').click();
    await citizen.getByTestId('comment-input').locator('textarea').fill(text);
    await citizen.getByTestId('comment-send').click();
    const mine = citizen.getByTestId('comments').getByText(text);
    await mine.waitFor();
    await expect.poll(() => citizen.getByTestId('comment-held').count(), SOON).toBe(1);
    await shot(citizen, 'engagement-held');

    // A signed-out reader does not see it yet.
    const other = await (await h.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await other.goto(`${h.base}/read/${article.slug}`);
    await other.getByTestId('comments').waitFor();
    await expect.poll(() => other.getByText(text).count(), SOON).toBe(0);

    // The reviewer approves, features and answers it.
    const desk = await (await h.newContext({ viewport: { width: 1360, height: 860 } })).newPage();
    await signInConsole(desk, h.base, 'henan-edu-reviewer');
    await desk.getByTestId('nav-comments').click();
    const card = desk.locator('[data-testid^="staff-comment-"]', { hasText: text });
    await card.getByTestId('comment-approve').click();
    await desk.getByTestId('tab-published').click();
    await card.getByTestId('comment-feature').click();
    await expect.poll(() => card.getByText('精选').count(), SOON).toBeGreaterThan(0);
    await card.getByTestId('comment-reply').click();
    await desk
      .locator('textarea[data-testid="dialog-text"]:visible')
      .fill('寒假时间以各地教育部门通知为准。');
    await desk.locator('[data-testid="dialog-confirm"]:visible').click();
    await card.getByText('寒假时间以各地教育部门通知为准。').waitFor();
    await shot(desk, 'engagement-console');

    // Public now, featured, with the official reply; no longer held for its author.
    await other.reload();
    await other.getByText(text).waitFor();
    await other.getByTestId('official-reply').getByText('寒假时间以各地教育部门通知为准。').waitFor();
    await citizen.reload();
    await citizen.getByText(text).waitFor();
    await expect.poll(() => citizen.getByTestId('comment-held').count(), SOON).toBe(0);
    await shot(citizen, 'engagement-answered');

    // A share link: counted, and the page it opens names the account.
    const share = await (
      await fetch(`${h.base}/api/publications/${article.slug}/shares`, { method: 'POST' })
    ).json();
    await other.goto(`${h.base}${(share as { url: string }).url}`);
    await other.getByText('来自「河南省教育厅」的分享').waitFor();
  }, 90_000);
});
