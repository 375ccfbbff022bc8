import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { mayAuthor } from './policy.js';
import { ReviewRepository, type ArticleRow } from './repository.js';
import type { ReviewProps } from './submit.js';

/**
 * Takes a pending submission back (to edit it further): its submitter or an admin/editor of
 * the account. A release goes back to `draft`; a correction is dropped and the published text
 * stays. The submission stays in the history as `withdrawn`.
 */
export async function withdrawSubmission(
  deps: { database: Database },
  props: ReviewProps,
): Promise<ArticleRow> {
  const { accountId, articleId, actorId, now } = props;
  return ReviewRepository.of(deps.database).transaction(async (repo) => {
    const article = await repo.lockArticle(accountId, articleId);
    if (!article) throw new AppError('ARTICLE_NOT_FOUND');
    const submission = await repo.pendingSubmission(articleId, true);
    if (!submission) throw new AppError('REVIEW_NOT_PENDING');
    const actor = await repo.actor(actorId, accountId);
    if (actor.userId !== submission.submitted_by && !mayAuthor(actor)) throw new AppError('FORBIDDEN');
    const done = await repo.advance(submission.id, submission.step, {
      step: submission.step,
      status: 'withdrawn',
      decidedAt: now,
    });
    if (!done) throw new AppError('REVIEW_NOT_PENDING');
    let status = article.status;
    if (submission.kind === 'release') {
      if (!(await repo.setStatus(articleId, ['in_review'], 'draft', now)))
        throw new AppError('REVIEW_NOT_PENDING');
      status = 'draft';
    }
    await repo.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId,
      action: 'review.withdraw',
      target: `article:${articleId}`,
      details: {
        submissionId: submission.id,
        kind: submission.kind,
        version: submission.version,
        step: submission.step + 1,
      },
    });
    return { ...article, status };
  });
}
