/**
 * Publishing's whole path in real Chromium: an editor writes a tier-2 article with an image
 * and submits it; the reviewer approves it; the editor pushes it to one follower tag. A
 * follower with that tag sees it arrive live in the open thread (and opens it, image
 * included); a follower without the tag, thread open at the same time, never sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solidPng } from '../../src/modules/publishing/png.js';
import { AudienceRepository } from '../../src/modules/audience/repository.js';
import { changeTagMembers, createTag } from '../../src/modules/audience/tags.js';
import {
  SOON,
  accountId,
  followAndOpenThread,
  inputByTestId,
  shot,
  signInCitizen,
  signInConsole,
  startHarness,
  type Harness,
} from './harness.js';

const DESK = { viewport: { width: 1440, height: 900 } };
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };
const TITLE = '2026年高考考生家长须知';

describe('tier-2 article pushed to a tag, in Chromium', { timeout: 90_000 }, () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Tags one follower by the openid the account knows them by (the console's followers page does the same). */
  async function tagFollower(phone: string, tagName: string): Promise<void> {
    const k = h.deps.database.k;
    const account = await accountId(h.base, 'henan-edu');
    const { openid } = await k
      .selectFrom('follows')
      .innerJoin('citizens', 'citizens.id', 'follows.citizen_id')
      .select('follows.openid')
      .where('citizens.phone', '=', phone)
      .where('follows.account_id', '=', account)
      .executeTakeFirstOrThrow();
    const admin = await k
      .selectFrom('staff_users')
      .select('id')
      .where('username', '=', 'henan-edu-admin')
      .executeTakeFirstOrThrow();
    const repo = AudienceRepository.of(h.deps.database);
    const actor = { accountId: account, actorId: admin.id, now: Date.now() };
    const tag = await createTag(repo, { ...actor, name: tagName });
    await changeTagMembers(repo, { ...actor, tagId: tag.id, openids: [openid], add: true });
  }

  it('only the tagged follower sees the pushed article, live', async () => {
    const contexts = await Promise.all([
      h.newContext(PHONE, { askAboutPush: true }),
      h.newContext(PHONE),
      h.newContext(DESK),
      h.newContext(DESK),
    ]);
    const [tagged, untagged, editor, reviewer] = await Promise.all(contexts.map((c) => c.newPage()));
    try {
      // Two followers, threads open.
      await signInCitizen(h, tagged!, '13900000001');
      // This device may be asked about new-article alerts: once its service worker is ready,
      // following is the moment the app asks (checked, and declined, below).
      await expect
        .poll(() => tagged!.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())), SOON)
        .toBe(true);
      await followAndOpenThread(h, tagged!);
      const question = tagged!.locator('.van-dialog').filter({ hasText: '开启新文章提醒？' });
      await question.waitFor();
      await signInCitizen(h, untagged!, '13900000002');
      await followAndOpenThread(h, untagged!);
      await tagFollower('13900000001', '考生家长');

      // The editor writes a tier-2 article with an image and submits it.
      await signInConsole(editor!, h.base, 'henan-edu-editor');
      await editor!.goto(`${h.base}/console/articles/new`);
      await inputByTestId(editor!, 'article-title').fill(TITLE);
      await editor!.getByTestId('article-tier').getByText('二级').click();
      await editor!.locator('.ProseMirror').click();
      await editor!.keyboard.type('请考生家长提前准备好身份证件，按时陪同考生入场。');
      const chooser = editor!.waitForEvent('filechooser');
      await editor!.getByTestId('rte-image').click();
      await (
        await chooser
      ).setFiles({ name: 'notice.png', mimeType: 'image/png', buffer: solidPng(64, 48, [200, 30, 30]) });
      await editor!.locator('.ProseMirror img').waitFor();
      await expect
        .poll(() => editor!.getByTestId('autosave').textContent(), { timeout: 10_000 })
        .toMatch(/已自动保存 \d\d:\d\d/);
      await expect.poll(() => new URL(editor!.url()).pathname, SOON).toMatch(/\/console\/articles\/\d+$/);
      const articleUrl = editor!.url();
      await editor!.getByTestId('submit-review').click();
      await expect.poll(() => editor!.getByTestId('article-status').textContent(), SOON).toContain('审核中');

      // The reviewer approves it.
      await signInConsole(reviewer!, h.base, 'henan-edu-reviewer');
      await reviewer!.goto(articleUrl);
      await reviewer!.getByTestId('approve-review').click();
      await expect
        .poll(() => reviewer!.getByTestId('article-status').textContent(), SOON)
        .toContain('待发布');

      // The editor pushes it to the tag, now.
      await editor!.goto(`${h.base}/console/pushes`);
      await editor!.getByTestId('new-push').click();
      const composer = editor!.getByTestId('push-composer');
      await composer.getByTestId('push-articles').getByText(TITLE).click();
      await composer.getByTestId('push-audience').getByText('按标签').click();
      await composer.getByTestId('push-tags').click();
      await editor!.locator('.el-select-dropdown__item').filter({ hasText: '考生家长' }).click();
      // Close the tag list by clicking beside it (Escape would close the whole dialog).
      await composer.getByText('发送对象').click();
      await shot(editor!, 'tag-push-composer');
      await composer.getByTestId('push-send').click();
      // A push cannot be taken back: the console asks once more, naming the audience.
      const confirm = editor!.locator('.el-message-box');
      await expect.poll(() => confirm.textContent(), SOON).toContain('考生家长');
      await confirm.locator('.el-button--primary').click();
      await expect.poll(() => composer.getByTestId('push-progress').textContent(), SOON).toBeTruthy();

      // The tagged follower's open thread shows it without a reload, and it opens with its image.
      const card = tagged!.getByTestId('thread-card').filter({ hasText: TITLE });
      await card.first().waitFor({ timeout: 8_000 });
      await shot(tagged!, 'tag-push-tagged-thread');
      // The other follower's thread, open all along, never shows it — not live, not on reload.
      await untagged!.waitForTimeout(1_500);
      expect(await untagged!.getByTestId('thread-card').filter({ hasText: TITLE }).count()).toBe(0);
      await untagged!.reload();
      await untagged!.getByTestId('thread-list').waitFor();
      expect(await untagged!.getByTestId('thread-card').filter({ hasText: TITLE }).count()).toBe(0);
      await shot(untagged!, 'tag-push-untagged-thread');

      // Not now: the question goes and is not asked again on this device.
      await question.getByText('以后再说').click();
      await question.waitFor({ state: 'hidden' });
      await card.first().click();
      await tagged!.getByText('请考生家长提前准备好身份证件').waitFor();
      await expect.poll(() => tagged!.locator('img[src^="/media/"]').count(), SOON).toBeGreaterThan(0);
      await shot(tagged!, 'tag-push-reader');
    } finally {
      await Promise.all(contexts.map((c) => c.close()));
    }
  });
});
