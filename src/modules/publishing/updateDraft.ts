import type { Database } from '../../db/database.js';
import type { ArticlesTable } from '../../db/schema.js';
import { AppError } from '../../infra/errors.js';
import type { Updateable } from 'kysely';
import type { DraftInput } from './createDraft.js';
import { checkAuthor, checkBody, checkCover, checkSummary, checkTier, checkTitle } from './draftRules.js';
import { PublishingRepository, type ArticleRow } from './repository.js';
import { deriveSummary } from './sanitize.js';

/**
 * Edits a draft: only the fields given change, the version goes up by one. A published
 * article is frozen (ARTICLE_ALREADY_PUBLISHED): its public page and every follower's card
 * must keep showing what was approved and published.
 *
 * A summary that was derived from the old body follows the new body; one the editor wrote
 * stays until the editor changes it (an empty string asks for derivation again).
 */
export async function updateDraft(
  deps: { database: Database },
  props: { accountId: number; articleId: number; actorId: number; now: number; patch: Partial<DraftInput> },
): Promise<ArticleRow> {
  const { accountId, articleId, actorId, now, patch } = props;
  return PublishingRepository.of(deps.database).transaction(async (repo) => {
    const current = await repo.findArticle(accountId, articleId);
    if (!current) throw new AppError('ARTICLE_NOT_FOUND');
    if (current.status !== 'draft') throw new AppError('ARTICLE_ALREADY_PUBLISHED');

    const changes: Updateable<ArticlesTable> = { updated_at: now };
    if (patch.title !== undefined) changes.title = checkTitle(patch.title);
    if (patch.author !== undefined) changes.author = checkAuthor(patch.author);
    if (patch.tier !== undefined) changes.tier = checkTier(patch.tier);
    const body = patch.bodyHtml !== undefined ? checkBody(patch.bodyHtml) : current.body_html;
    if (patch.bodyHtml !== undefined) changes.body_html = body;
    if (patch.summary !== undefined) {
      changes.summary = checkSummary(patch.summary, body);
    } else if (patch.bodyHtml !== undefined && current.summary === deriveSummary(current.body_html)) {
      changes.summary = deriveSummary(body);
    }
    if (patch.coverMediaId !== undefined)
      changes.cover_media_id = await checkCover(repo, accountId, patch.coverMediaId);

    if (!(await repo.updateDraft(accountId, articleId, changes)))
      throw new AppError('ARTICLE_ALREADY_PUBLISHED');
    await repo.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId,
      action: 'article.update',
      target: `article:${articleId}`,
      details: { fields: Object.keys(patch).sort(), version: current.version + 1 },
    });
    const row = await repo.findArticle(accountId, articleId);
    if (!row) throw new AppError('ARTICLE_NOT_FOUND');
    return row;
  });
}
