import type { Database } from '../../db/database.js';
import type { ArticlesTable } from '../../db/schema.js';
import { AppError } from '../../infra/errors.js';
import type { Updateable } from 'kysely';
import type { DraftInput } from './createDraft.js';
import { checkAuthor, checkBody, checkCover, checkSummary, checkTier, checkTitle } from './draftRules.js';
import { PublishingRepository, type ArticleRow } from './repository.js';
import { deriveSummary } from './sanitize.js';

/**
 * Edits a draft (or a rejected article): only the fields given change, the version goes up by
 * one and the new text is stored as that version. Editing an approved article sends it back
 * to draft (the approval was of other text). An article in review must be withdrawn from
 * review first (REVIEW_ALREADY_PENDING); a published one changes only through a correction
 * that goes through its chain (review/correctArticle.ts), so this refuses it
 * (ARTICLE_ALREADY_PUBLISHED).
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
    const from = current.status;
    if (from === 'in_review') throw new AppError('REVIEW_ALREADY_PENDING');
    if (from === 'published') throw new AppError('ARTICLE_ALREADY_PUBLISHED');
    if (from !== 'draft' && from !== 'rejected' && from !== 'approved')
      throw new AppError('ARTICLE_NOT_EDITABLE');

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

    if (!(await repo.updateDraft(accountId, articleId, changes, from)))
      throw new AppError('ARTICLE_NOT_EDITABLE');
    await repo.recordVersion(accountId, articleId, actorId, now);
    await repo.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId,
      action: 'article.update',
      target: `article:${articleId}`,
      details: {
        fields: Object.keys(patch).sort(),
        version: current.version + 1,
        ...(from === 'approved' ? { approvalVoided: true } : {}),
      },
    });
    const row = await repo.findArticle(accountId, articleId);
    if (!row) throw new AppError('ARTICLE_NOT_FOUND');
    return row;
  });
}
