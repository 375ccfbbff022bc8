/**
 * Demo articles: written and published through the publishing use cases (drafts are
 * sanitised, publication numbers, outbox events and audit entries are real), at staggered
 * past times so threads and feeds look like those of working departments.
 */
import { Readable } from 'node:stream';
import type { AppDeps } from '../deps.js';
import { createDraft } from '../modules/publishing/createDraft.js';
import { solidPng } from '../modules/publishing/png.js';
import { publishArticle } from '../modules/publishing/publishArticle.js';
import { PublishingRepository } from '../modules/publishing/repository.js';
import { uploadMedia } from '../modules/publishing/uploadMedia.js';
import { PushesRepository } from '../modules/pushes/repository.js';
import { DEMO_ARTICLES, DEMO_COVERS, type DemoArticle } from './articleContent.js';

export interface DemoAccountRef {
  id: number;
  /** A staff user allowed to publish on the account. */
  editorId: number;
}

const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;

/** Beijing wall-clock time `at` on the day `daysAgo` before `now`, never later than `now`. */
export function demoTime(now: number, daysAgo: number, at: string): number {
  const [h, m] = at.split(':').map(Number) as [number, number];
  const startOfToday = Math.floor((now + BEIJING) / DAY) * DAY - BEIJING;
  const t = startOfToday - daysAgo * DAY + (h * 60 + m) * 60_000;
  return Math.min(t, now - 60_000);
}

/** Lighter shade per article so covers in one thread are told apart. */
function shade(c: [number, number, number], i: number): [number, number, number] {
  const k = 1 + i * 0.12;
  return c.map((v) => Math.min(255, Math.round(v * k))) as [number, number, number];
}

/** Writes and publishes the demo articles through the publishing use cases. Idempotent. */
export async function seedDemoArticles(
  deps: AppDeps,
  accounts: Record<string, DemoAccountRef>,
): Promise<void> {
  const now = deps.clock.now();
  const repo = PublishingRepository.of(deps.database);
  const queue: Array<{
    handle: string;
    ref: DemoAccountRef;
    article: DemoArticle;
    index: number;
    at: number;
  }> = [];
  for (const [handle, articles] of Object.entries(DEMO_ARTICLES)) {
    const ref = accounts[handle];
    if (!ref) continue;
    articles.forEach((article, index) =>
      queue.push({ handle, ref, article, index, at: demoTime(now, article.daysAgo, article.at) }),
    );
  }
  // Demo accounts publish several articles on some days: their push quota is raised (a
  // platform admin's setting) to what the seed needs plus 3 that visitors can try today.
  const pushes = PushesRepository.of(deps.database);
  const perAccount = new Map<number, number>();
  for (const q of queue) perAccount.set(q.ref.id, (perAccount.get(q.ref.id) ?? 0) + 1);
  for (const [accountId, n] of perAccount) {
    if ((await pushes.perDay(accountId)) < n + 3) await pushes.setPerDay(accountId, n + 3, null, now);
  }
  // Oldest first, so every account's publication numbers follow its publication times.
  queue.sort((a, b) => a.at - b.at);

  for (const { handle, ref, article, index, at } of queue) {
    const existing = await repo.findArticleByTitle(ref.id, article.title);
    if (existing?.status === 'published') continue;
    let articleId = existing?.id;
    if (articleId === undefined) {
      const theme = DEMO_COVERS[handle];
      const cover = theme
        ? await uploadMedia(deps, {
            accountId: ref.id,
            actorId: ref.editorId,
            now: at - 3_600_000,
            file: Readable.from([solidPng(900, 383, shade(theme.colour, index), theme.band)]),
          })
        : null;
      const draft = await createDraft(deps, {
        accountId: ref.id,
        actorId: ref.editorId,
        now: at - 3_600_000,
        input: {
          title: article.title,
          summary: article.summary,
          author: article.author,
          bodyHtml: article.bodyHtml,
          coverMediaId: cover?.id ?? null,
        },
      });
      articleId = draft.id;
    }
    await publishArticle(deps, { accountId: ref.id, articleId, actorId: ref.editorId, now: at });
  }
}
