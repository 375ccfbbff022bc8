import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import type { DraftInput } from '../publishing/createDraft.js';
import { checkAuthor, checkBody, checkSummary, checkTitle } from '../publishing/draftRules.js';
import { deriveSummary } from '../publishing/sanitize.js';
import { assertNoBlockedWords } from '../screening/gate.js';
import { applyCorrection } from './applyCorrection.js';
import { approvalChain } from './chains.js';
import { notifyAwaiting } from './notify.js';
import { assertAuthor } from './policy.js';
import { ReviewRepository, type SubmissionRow, type VersionRow } from './repository.js';
import type { ReviewProps } from './submit.js';

/**
 * An edit after publication (a correction). The public text does not change yet: the edit is
 * stored as a new version of kind `correction` and submitted into the tier's chain; when its
 * last step approves, applyCorrection replaces the public text. With an empty chain the
 * admin/editor's correction applies at once. Editing again while a correction is pending
 * supersedes it (the new text starts from the pending one: fields not given are kept).
 */
export async function correctArticle(
  deps: { database: Database },
  props: ReviewProps & { patch: Partial<Omit<DraftInput, 'tier'>> },
): Promise<{ version: VersionRow; submission: SubmissionRow }> {
  const { accountId, articleId, actorId, now, patch } = props;
  return ReviewRepository.of(deps.database).transaction(async (repo) => {
    const article = await repo.lockArticle(accountId, articleId);
    if (!article) throw new AppError('ARTICLE_NOT_FOUND');
    assertAuthor(await repo.actor(actorId, accountId));
    if (article.status !== 'published') throw new AppError('ARTICLE_NOT_PUBLISHED');

    // Continue from an unapplied correction (pending or rejected), else from the public text.
    const latest = await repo.latestVersion(articleId);
    const base =
      latest && latest.version > article.version
        ? latest
        : { ...article, cover_media_id: article.cover_media_id };
    const body = patch.bodyHtml !== undefined ? checkBody(patch.bodyHtml) : base.body_html;
    let summary = base.summary;
    if (patch.summary !== undefined) summary = checkSummary(patch.summary, body);
    else if (patch.bodyHtml !== undefined && base.summary === deriveSummary(base.body_html))
      summary = deriveSummary(body);
    let cover = base.cover_media_id;
    if (patch.coverMediaId !== undefined) {
      cover = patch.coverMediaId;
      if (cover !== null && !(await repo.mediaKey(accountId, cover)))
        throw new AppError('MEDIA_NOT_FOUND', { field: 'coverMediaId' });
    }
    const content = {
      title: patch.title !== undefined ? checkTitle(patch.title) : base.title,
      author: patch.author !== undefined ? checkAuthor(patch.author) : base.author,
      summary,
      body_html: body,
      cover_media_id: cover,
    };
    const warnings = await assertNoBlockedWords(repo.asDatabase(), accountId, {
      title: content.title,
      summary: content.summary,
      bodyHtml: content.body_html,
    });

    const pending = await repo.pendingSubmission(articleId, true);
    if (pending)
      await repo.advance(pending.id, pending.step, {
        step: pending.step,
        status: 'superseded',
        decidedAt: now,
      });

    const number = Math.max(article.version, await repo.latestVersionNumber(articleId)) + 1;
    await repo.insertVersion({
      account_id: accountId,
      article_id: articleId,
      version: number,
      kind: 'correction',
      ...content,
      tier: article.tier,
      created_by: actorId,
      created_at: now,
    });
    const version = (await repo.findVersion(articleId, number))!;
    const chain = [...(await approvalChain(repo.k, accountId, article.tier))];
    const direct = chain.length === 0;
    const submission = await repo.insertSubmission({
      account_id: accountId,
      article_id: articleId,
      kind: 'correction',
      version: number,
      chain: JSON.stringify(chain),
      step: 0,
      status: direct ? 'approved' : 'pending',
      submitted_by: actorId,
      submitted_at: now,
      decided_at: direct ? now : null,
    });
    await repo.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId,
      action: 'article.correct',
      target: `article:${articleId}`,
      details: {
        submissionId: submission.id,
        fromVersion: article.version,
        version: number,
        fields: Object.keys(patch).sort(),
        chain,
        superseded: pending?.id ?? null,
        warnings: warnings.length,
      },
    });
    if (direct) await applyCorrection(repo, { accountId, article, version, actorId, now });
    else
      await notifyAwaiting(repo.k, now, {
        accountId,
        articleId,
        title: content.title,
        role: chain[0]!,
        exclude: [actorId],
      });
    return { version, submission };
  });
}
