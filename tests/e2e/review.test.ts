/**
 * The tier-2 review loop in real Chromium: an editor writes a news article (autosaved), submits
 * it; the reviewer finds it under 待我审核 and rejects it with a comment; the editor sees the
 * comment, edits and resubmits; the reviewer approves; the editor releases it, and the history
 * shows every step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOON, inputByTestId, shot, signInConsole, startHarness, type Harness } from './harness.js';

const DESK = { viewport: { width: 1440, height: 900 } };

describe('review workflow in Chromium', { timeout: 60_000 }, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('editor submits a tier-2 article, the reviewer rejects then approves, the editor releases it', async () => {
    const editorCtx = await h.newContext(DESK);
    const reviewerCtx = await h.newContext(DESK);
    const editor = await editorCtx.newPage();
    const reviewer = await reviewerCtx.newPage();
    try {
      await signInConsole(editor, h.base, 'henan-edu-editor');
      await editor.goto(`${h.base}/console/articles/new`);
      await inputByTestId(editor, 'article-title').fill('关于2026年高考报名时间的通知');
      await editor.getByTestId('article-tier').getByText('二级').click();
      await editor.locator('.ProseMirror').click();
      await editor.keyboard.type('2026年普通高考报名时间为11月1日至11月10日。');
      // Autosave creates the draft and says when.
      await expect
        .poll(() => editor.getByTestId('autosave').textContent(), { timeout: 8_000 })
        .toMatch(/已自动保存 \d\d:\d\d/);
      await expect.poll(() => new URL(editor.url()).pathname, SOON).toMatch(/\/console\/articles\/\d+$/);
      const articleUrl = editor.url();
      // Tier 2 cannot be released before review: no release button, a submit button instead.
      expect(await editor.getByTestId('publish-article').count()).toBe(0);
      await editor.getByTestId('submit-review').click();
      await expect.poll(() => editor.getByTestId('article-status').textContent(), SOON).toContain('审核中');
      await editor.getByTestId('review-awaiting').waitFor();
      await shot(editor, 'review-submitted');

      await signInConsole(reviewer, h.base, 'henan-edu-reviewer');
      await reviewer.goto(`${h.base}/console/articles?tab=queue`);
      await reviewer.getByTestId('review-queue').getByText('关于2026年高考报名时间的通知').click();
      await reviewer.getByTestId('reject-review').click();
      await inputByTestId(reviewer, 'reject-comment')
        .or(reviewer.locator('textarea[data-testid="reject-comment"]'))
        .first()
        .fill('请补充报名网址。');
      await reviewer.getByTestId('confirm-reject').click();
      await expect.poll(() => reviewer.getByTestId('article-status').textContent(), SOON).toContain('已驳回');

      await editor.goto(articleUrl);
      await expect
        .poll(() => editor.getByTestId('last-rejection').textContent(), SOON)
        .toContain('请补充报名网址。');
      await editor.locator('.ProseMirror').click();
      await editor.keyboard.press('End');
      await editor.keyboard.type('报名网址：www.heao.com.cn。');
      await editor.getByTestId('submit-review').click();
      await expect.poll(() => editor.getByTestId('article-status').textContent(), SOON).toContain('审核中');

      await reviewer.goto(articleUrl);
      await reviewer.getByTestId('approve-review').click();
      await expect.poll(() => reviewer.getByTestId('article-status').textContent(), SOON).toContain('待发布');

      await editor.goto(articleUrl);
      await editor.getByTestId('publish-article').click();
      await editor.getByTestId('confirm-publish').click();
      await expect.poll(() => editor.getByTestId('article-status').textContent(), SOON).toContain('已发布');
      const history = await editor.getByTestId('review-timeline').textContent();
      expect(history).toContain('提交审核（版本');
      expect(history).toContain('驳回');
      expect(history).toContain('请补充报名网址。');
      expect(history).toContain('重新提交审核');
      expect(history).toContain('审核通过');
      await shot(editor, 'review-published');
    } finally {
      await editorCtx.close();
      await reviewerCtx.close();
    }
  });
});
