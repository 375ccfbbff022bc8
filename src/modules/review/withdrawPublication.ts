import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { mayWithdrawPublication } from './policy.js';
import { ReviewRepository, type ArticleRow } from './repository.js';
import type { ReviewProps } from './submit.js';

export const REASON_MAX = 200;

/**
 * Withdraws a published article (policy.ts says who, by tier): the article becomes
 * `withdrawn`, its publication gets `withdrawn_at` (the public page then shows a notice, the
 * API answers 410, and feeds leave it out), a pending correction is dropped, all audited in
 * one transaction.
 */
export async function withdrawPublication(
  deps: { database: Database },
  props: ReviewProps & { reason?: string },
): Promise<ArticleRow> {
  const { accountId, articleId, actorId, now } = props;
  const reason = (props.reason ?? '').trim();
  if ([...reason].length > REASON_MAX) throw new AppError('VALIDATION_FAILED', { field: 'reason' });
  return ReviewRepository.of(deps.database).transaction(async (repo) => {
    const article = await repo.lockArticle(accountId, articleId);
    if (!article) throw new AppError('ARTICLE_NOT_FOUND');
    if (!mayWithdrawPublication(await repo.actor(actorId, accountId), article.tier))
      throw new AppError('FORBIDDEN');
    if (article.status === 'withdrawn') throw new AppError('ARTICLE_WITHDRAWN');
    if (article.status !== 'published') throw new AppError('ARTICLE_NOT_PUBLISHED');
    if (!(await repo.setStatus(articleId, ['published'], 'withdrawn', now)))
      throw new AppError('ARTICLE_NOT_PUBLISHED');
    await repo.withdrawPublication(articleId, now);
    const pending = await repo.pendingSubmission(articleId, true);
    if (pending)
      await repo.advance(pending.id, pending.step, {
        step: pending.step,
        status: 'superseded',
        decidedAt: now,
      });
    const publication = await repo.findPublication(articleId);
    await repo.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId,
      action: 'article.withdraw',
      target: `article:${articleId}`,
      details: {
        publicationId: publication?.id ?? null,
        slug: publication?.slug ?? null,
        tier: article.tier,
        reason,
      },
    });
    return { ...article, status: 'withdrawn' };
  });
}
