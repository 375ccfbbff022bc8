/**
 * Signed content in real Chromium: a citizen opens a signed demo article, follows the
 * verification code under it to the verification page and sees it intact (publisher, badge,
 * key). A copy with one sentence changed, pasted into the page, shows as not verified with the
 * sentence that differs; and the article's public page, once its text is altered in the
 * database, leads through its code to a "not verified" verdict too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOON, inputByTestId, shot, startHarness, type Harness } from './harness.js';

const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };

describe('verifying an article, in Chromium', { timeout: 90_000 }, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** The newest demo publication of henan-edu with its signature row. */
  async function signedDemoArticle() {
    return h.deps.database.k
      .selectFrom('publications')
      .innerJoin('accounts', 'accounts.id', 'publications.account_id')
      .innerJoin('signatures', (j) =>
        j
          .onRef('signatures.subject_id', '=', 'publications.id')
          .on('signatures.subject_kind', '=', 'article'),
      )
      .select([
        'publications.id',
        'publications.slug',
        'publications.article_id',
        'accounts.verified_name',
        'signatures.code',
        'signatures.key_id',
      ])
      .where('accounts.handle', '=', 'henan-edu')
      .orderBy('publications.seq', 'desc')
      .executeTakeFirstOrThrow();
  }

  it('the code under an article opens the verification page: intact; an altered copy is not verified', async () => {
    const demo = await signedDemoArticle();
    const pretty = `${demo.code.slice(0, 5)}-${demo.code.slice(5)}`;
    const context = await h.newContext(PHONE);
    const page = await context.newPage();

    await page.goto(`${h.base}/read/${demo.slug}`);
    const card = page.getByTestId('signature-card');
    await expect.poll(() => page.getByTestId('signature-code').textContent(), SOON).toContain(pretty);
    await expect.poll(() => card.locator('svg').count(), SOON).toBe(1);
    const bodyText = (await page.getByTestId('article-body').innerText()).trim();
    await shot(page, 'verify-1-reader');

    await card.click();
    await page.waitForURL((u) => u.pathname === `/verify/${demo.code}`);
    const result = page.getByTestId('verify-result');
    await expect.poll(() => result.getAttribute('data-status'), SOON).toBe('intact');
    expect(await page.getByTestId('verify-verdict').textContent()).toContain('内容完整');
    const publisher = await page.getByTestId('verify-publisher').textContent();
    expect(publisher).toContain(demo.verified_name!);
    expect(await page.getByTestId('verify-publisher').getByTestId('verified-badge').count()).toBe(1);
    expect(await page.getByTestId('verify-code').textContent()).toBe(pretty);
    await shot(page, 'verify-2-intact');

    // A forwarded copy with one sentence changed.
    const sentences = bodyText.split(/(?<=。)/).filter((s) => s.trim().length > 6);
    expect(sentences.length).toBeGreaterThan(1);
    const target = sentences[1]!.trim();
    const forged = bodyText.replace(target, '即日起所有考生须向指定账户缴纳报名保证金五百元。');
    await page.getByTestId('verify-copy-toggle').click();
    await page.getByTestId('verify-copy').locator('textarea').fill(forged);
    await page.getByTestId('verify-submit').click();
    await expect.poll(() => result.getAttribute('data-status'), SOON).toBe('altered');
    expect(await page.getByTestId('verify-verdict').textContent()).toContain('未通过验证');
    const diff = page.getByTestId('verify-diff');
    expect(await diff.count()).toBe(1);
    expect(await diff.textContent()).toContain('保证金五百元');
    await shot(page, 'verify-3-altered-copy');

    // The same check by typing the code by hand, lower case and spaced, gives the same verdict.
    await inputByTestId(page, 'verify-query').fill(demo.code.toLowerCase().replace(/(.{5})/, '$1 '));
    await page.getByTestId('verify-copy').locator('textarea').fill('');
    await page.getByTestId('verify-submit').click();
    await expect.poll(() => result.getAttribute('data-status'), SOON).toBe('intact');
    await context.close();
  });

  it('an article whose text was altered after signing is not verified from its public page', async () => {
    const demo = await signedDemoArticle();
    const k = h.deps.database.k;
    const article = await k
      .selectFrom('articles')
      .select('body_html')
      .where('id', '=', demo.article_id)
      .executeTakeFirstOrThrow();
    await k
      .updateTable('articles')
      .set({ body_html: article.body_html.replace('</p>', '（本段已被篡改）</p>') })
      .where('id', '=', demo.article_id)
      .execute();

    const context = await h.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${h.base}/a/${demo.slug}`);
    expect(await page.locator('.sig .code').textContent()).toBe(
      `${demo.code.slice(0, 5)}-${demo.code.slice(5)}`,
    );
    await page.locator('.sig a', { hasText: '核验真伪' }).click();
    await page.waitForURL((u) => u.pathname === `/verify/${demo.code}`);
    const result = page.getByTestId('verify-result');
    await expect.poll(() => result.getAttribute('data-status'), SOON).toBe('altered');
    expect(await page.getByTestId('verify-verdict').textContent()).toContain('未通过验证');
    expect(await page.getByTestId('verify-changes').textContent()).toContain('本段已被篡改');
    await shot(page, 'verify-4-altered-page');
    await context.close();
  });
});
