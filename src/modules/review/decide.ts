import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { applyCorrection } from './applyCorrection.js';
import { parseChain } from './chains.js';
import { notifyAwaiting, notifySubmitter } from './notify.js';
import { assertNotOwnWork, mayDecideStep } from './policy.js';
import { ReviewRepository, type ArticleRow, type SubmissionRow } from './repository.js';
import type { ReviewProps } from './submit.js';

export const COMMENT_MAX = 500;

/**
 * Approves or rejects the current step of an article's pending submission (a release or a
 * correction). One transaction:
 *
 *  1. lock the article and its pending submission (FOR UPDATE on PostgreSQL);
 *  2. the actor must hold the step's role (or be an account/platform admin) and must be
 *     neither the submitter nor the last editor of the submitted version (REVIEW_SELF_APPROVAL);
 *  3. advance the submission with a conditional UPDATE on (status, step): of two approvers of
 *     one step exactly one gets through, the other gets REVIEW_NOT_PENDING;
 *  4. record the decision (unique per step), and on the last approval make the article
 *     `approved` (a correction instead replaces the public text); a rejection makes it
 *     `rejected` (a rejected correction leaves the published text as it was);
 *  5. audit, and notify the next step's role holders or the submitter.
 */
export async function decideReview(
  deps: { database: Database },
  props: ReviewProps & {
    decision: 'approve' | 'reject';
    comment?: string;
    /** The step the decider saw; another step by now means someone else decided first. */
    expectedStep?: number;
  },
): Promise<{ article: ArticleRow; submission: SubmissionRow }> {
  const { accountId, articleId, actorId, now, decision } = props;
  const comment = (props.comment ?? '').trim();
  if (decision === 'reject' && !comment) throw new AppError('REVIEW_COMMENT_REQUIRED', { field: 'comment' });
  if ([...comment].length > COMMENT_MAX) throw new AppError('VALIDATION_FAILED', { field: 'comment' });

  return ReviewRepository.of(deps.database).transaction(async (repo) => {
    const article = await repo.lockArticle(accountId, articleId);
    if (!article) throw new AppError('ARTICLE_NOT_FOUND');
    const submission = await repo.pendingSubmission(articleId, true);
    if (!submission) throw new AppError('REVIEW_NOT_PENDING');
    if (props.expectedStep !== undefined && props.expectedStep !== submission.step)
      throw new AppError('REVIEW_NOT_PENDING');
    const chain = parseChain(submission.chain);
    const role = chain[submission.step];
    if (!role) throw new AppError('REVIEW_NOT_PENDING');

    const actor = await repo.actor(actorId, accountId);
    const version = await repo.findVersion(articleId, submission.version);
    // The two-person rule first: it is the answer whatever roles the actor holds.
    assertNotOwnWork(actor, submission.submitted_by, version?.created_by ?? null);
    if (!mayDecideStep(actor, role)) throw new AppError('REVIEW_NOT_YOUR_STEP', { details: { role } });

    const last = submission.step === chain.length - 1;
    const final = decision === 'reject' ? 'rejected' : last ? 'approved' : 'pending';
    const next = {
      step: decision === 'approve' ? submission.step + 1 : submission.step,
      status: final,
      decidedAt: final === 'pending' ? null : now,
    } as const;
    if (!(await repo.advance(submission.id, submission.step, next))) throw new AppError('REVIEW_NOT_PENDING');
    await repo.insertDecision({
      submission_id: submission.id,
      account_id: accountId,
      article_id: articleId,
      step: submission.step,
      role,
      decision,
      comment,
      actor_id: actorId,
      at: now,
    });

    const audit = {
      at: now,
      actorKind: 'staff' as const,
      actorId,
      accountId,
      target: `article:${articleId}`,
    };
    const base = {
      submissionId: submission.id,
      kind: submission.kind,
      version: submission.version,
      // Counted from 1 for people reading the log; the API's `step` is an index.
      step: submission.step + 1,
      role,
    };
    await repo.audit({
      ...audit,
      action: decision === 'approve' ? 'review.approve' : 'review.reject',
      details: decision === 'reject' ? { ...base, comment } : base,
    });

    let status = article.status;
    if (final === 'approved') {
      if (submission.kind === 'correction') {
        if (!version) throw new AppError('VERSION_NOT_FOUND');
        await applyCorrection(repo, { accountId, article, version, actorId, now });
      } else {
        if (!(await repo.setStatus(articleId, ['in_review'], 'approved', now)))
          throw new AppError('REVIEW_NOT_PENDING');
        status = 'approved';
        await repo.audit({
          ...audit,
          action: 'article.approve',
          details: { submissionId: submission.id, version: submission.version },
        });
      }
    } else if (final === 'rejected' && submission.kind === 'release') {
      if (!(await repo.setStatus(articleId, ['in_review'], 'rejected', now)))
        throw new AppError('REVIEW_NOT_PENDING');
      status = 'rejected';
    }

    const title = version?.title ?? article.title;
    if (final === 'pending') {
      await notifyAwaiting(repo.k, now, {
        accountId,
        articleId,
        title,
        role: chain[next.step]!,
        exclude: [submission.submitted_by, version?.created_by ?? null],
      });
    } else {
      await notifySubmitter(repo.k, now, {
        accountId,
        articleId,
        title,
        userId: submission.submitted_by,
        approved: final === 'approved',
        comment,
      });
    }
    const updated = await repo.findArticle(accountId, articleId);
    return {
      article: updated ?? { ...article, status },
      submission: { ...submission, step: next.step, status: next.status, decided_at: next.decidedAt },
    };
  });
}
