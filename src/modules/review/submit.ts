import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { assertNoBlockedWords } from '../screening/gate.js';
import { approvalChain } from './chains.js';
import { notifyAwaiting } from './notify.js';
import { assertAuthor } from './policy.js';
import { ReviewRepository, type ArticleRow, type SubmissionRow } from './repository.js';

export interface ReviewProps {
  accountId: number;
  articleId: number;
  actorId: number;
  now: number;
}

/**
 * Submits a draft (or resubmits a rejected article) into its tier's approval chain. One
 * transaction: lock the article, check the actor may author, screen the text (a "block" hit
 * stops it with CONTENT_BLOCKED and its hits), record a submission with the chain as it is
 * now, move the article to `in_review` — or straight to `approved` when the chain is empty —
 * audit it and notify the first step's role holders. Earlier submissions and decisions stay:
 * that is the article's review history.
 */
export async function submitForReview(
  deps: { database: Database },
  props: ReviewProps,
): Promise<{ article: ArticleRow; submission: SubmissionRow }> {
  const { accountId, articleId, actorId, now } = props;
  return ReviewRepository.of(deps.database).transaction(async (repo) => {
    const article = await repo.lockArticle(accountId, articleId);
    if (!article) throw new AppError('ARTICLE_NOT_FOUND');
    assertAuthor(await repo.actor(actorId, accountId));
    if (article.status === 'in_review') throw new AppError('REVIEW_ALREADY_PENDING');
    if (article.status !== 'draft' && article.status !== 'rejected')
      throw new AppError('ARTICLE_NOT_EDITABLE');

    const warnings = await assertNoBlockedWords(repo.asDatabase(), accountId, {
      title: article.title,
      summary: article.summary,
      bodyHtml: article.body_html,
    });
    const chain = [...(await approvalChain(repo.k, accountId, article.tier))];
    const direct = chain.length === 0;
    const submission = await repo.insertSubmission({
      account_id: accountId,
      article_id: articleId,
      kind: 'release',
      version: article.version,
      chain: JSON.stringify(chain),
      step: 0,
      status: direct ? 'approved' : 'pending',
      submitted_by: actorId,
      submitted_at: now,
      decided_at: direct ? now : null,
    });
    const to = direct ? 'approved' : 'in_review';
    if (!(await repo.setStatus(articleId, [article.status], to, now)))
      throw new AppError('ARTICLE_NOT_EDITABLE');

    const audit = {
      at: now,
      actorKind: 'staff' as const,
      actorId,
      accountId,
      target: `article:${articleId}`,
    };
    await repo.audit({
      ...audit,
      action: 'review.submit',
      details: {
        submissionId: submission.id,
        version: article.version,
        tier: article.tier,
        chain,
        resubmission: article.status === 'rejected',
        warnings: warnings.length,
      },
    });
    if (direct) {
      await repo.audit({
        ...audit,
        action: 'article.approve',
        details: { submissionId: submission.id, version: article.version, direct: true },
      });
    } else {
      await notifyAwaiting(repo.k, now, {
        accountId,
        articleId,
        title: article.title,
        role: chain[0]!,
        exclude: [actorId],
      });
    }
    return { article: { ...article, status: to, updated_at: now }, submission };
  });
}
