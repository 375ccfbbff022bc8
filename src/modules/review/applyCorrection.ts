import { mediaUrl } from '../publishing/mediaStore.js';
import { signCorrectedArticle } from '../signing/sign.js';
import type { ReviewRepository, ArticleRow, VersionRow } from './repository.js';

/**
 * Replaces a published article's public text with an approved correction, in the deciding
 * transaction: the article row takes the version's content and number, the publication its
 * title, summary and cover (the cards followers see), and `publications.revised_at` marks it
 * so the public page says 已更正 / Corrected. The article stays `published`. The corrected
 * text is signed again (next signature version, same verification code; docs/SIGNING.md).
 */
export async function applyCorrection(
  repo: ReviewRepository,
  p: { accountId: number; article: ArticleRow; version: VersionRow; actorId: number; now: number },
): Promise<void> {
  const { accountId, article, version, actorId, now } = p;
  await repo.applyCorrection(article.id, version, now);
  const cover = await repo.mediaKey(accountId, version.cover_media_id);
  await repo.revisePublication(
    article.id,
    { title: version.title, summary: version.summary, cover_url: cover ? mediaUrl(cover.storage_key) : null },
    now,
  );
  await signCorrectedArticle(repo, article.id, now);
  await repo.audit({
    at: now,
    actorKind: 'staff',
    actorId,
    accountId,
    action: 'article.revise',
    target: `article:${article.id}`,
    details: { fromVersion: article.version, version: version.version, title: version.title },
  });
}
