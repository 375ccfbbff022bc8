/**
 * What the console shows of an article's review: the tier's chain, the pending submission and
 * its step, what this viewer may do now, and the history (submissions, decisions with
 * comments, version numbers) as one timeline, oldest first.
 */
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { approvalChain, parseChain } from './chains.js';
import { mayAuthor, mayDecideStep, mayWithdrawPublication } from './policy.js';
import { ReviewRepository } from './repository.js';

export interface TimelineEvent {
  kind: 'submitted' | 'resubmitted' | 'corrected' | 'approved' | 'rejected' | 'withdrawn' | 'superseded';
  at: number;
  actorId: number | null;
  actorName: string | null;
  version: number;
  submissionId: number;
  step: number | null;
  role: string | null;
  comment: string | null;
}

export async function reviewState(
  deps: { database: Database },
  p: { accountId: number; articleId: number; viewerId: number },
) {
  const repo = ReviewRepository.of(deps.database);
  const article = await repo.findArticle(p.accountId, p.articleId);
  if (!article) throw new AppError('ARTICLE_NOT_FOUND');
  const [chain, submissions, decisions, actor, publication, latest] = await Promise.all([
    approvalChain(repo.k, p.accountId, article.tier),
    repo.submissionsOf(p.articleId),
    repo.decisionsOf(p.articleId),
    repo.actor(p.viewerId, p.accountId),
    repo.findPublication(p.articleId),
    repo.latestVersion(p.articleId),
  ]);

  const timeline: TimelineEvent[] = [];
  let releases = 0;
  for (const s of submissions) {
    const kind = s.kind === 'correction' ? 'corrected' : releases++ > 0 ? 'resubmitted' : 'submitted';
    timeline.push({
      kind,
      at: s.submitted_at,
      actorId: s.submitted_by,
      actorName: s.submitted_by_name,
      version: s.version,
      submissionId: s.id,
      step: null,
      role: null,
      comment: null,
    });
    for (const d of decisions.filter((x) => x.submission_id === s.id))
      timeline.push({
        kind: d.decision === 'approve' ? 'approved' : 'rejected',
        at: d.at,
        actorId: d.actor_id,
        actorName: d.actor_name,
        version: s.version,
        submissionId: s.id,
        step: d.step,
        role: d.role,
        comment: d.comment || null,
      });
    if ((s.status === 'withdrawn' || s.status === 'superseded') && s.decided_at !== null)
      timeline.push({
        kind: s.status,
        at: s.decided_at,
        actorId: null,
        actorName: null,
        version: s.version,
        submissionId: s.id,
        step: s.step,
        role: null,
        comment: null,
      });
  }

  const pending = submissions.filter((s) => s.status === 'pending').at(-1);
  let pendingView = null;
  let canDecide = false;
  if (pending) {
    const pChain = parseChain(pending.chain);
    const role = pChain[pending.step] ?? null;
    const version = await repo.findVersion(p.articleId, pending.version);
    const own = p.viewerId === pending.submitted_by || p.viewerId === version?.created_by;
    canDecide = role !== null && mayDecideStep(actor, role) && !own;
    pendingView = {
      id: pending.id,
      kind: pending.kind,
      version: pending.version,
      chain: pChain,
      step: pending.step,
      role,
      submittedBy: pending.submitted_by,
      submittedByName: pending.submitted_by_name,
      submittedAt: pending.submitted_at,
      ownWork: own,
    };
  }
  const author = mayAuthor(actor);
  const editable = article.status === 'draft' || article.status === 'rejected';
  // An unapplied correction (pending or rejected) the editor continues from.
  const correction =
    article.status === 'published' && latest && latest.version > article.version
      ? {
          version: latest.version,
          title: latest.title,
          author: latest.author,
          summary: latest.summary,
          bodyHtml: latest.body_html,
          coverMediaId: latest.cover_media_id,
          pending: pending?.kind === 'correction' && pending.version === latest.version,
        }
      : null;
  const lastRejection = [...timeline].reverse().find((e) => e.kind === 'rejected') ?? null;
  return {
    articleId: article.id,
    status: article.status,
    tier: article.tier,
    version: article.version,
    chain: [...chain],
    pending: pendingView,
    correction,
    lastRejection:
      lastRejection && (article.status === 'rejected' || correction)
        ? { comment: lastRejection.comment, actorName: lastRejection.actorName, at: lastRejection.at }
        : null,
    publication: publication
      ? { slug: publication.slug, withdrawnAt: publication.withdrawn_at, revisedAt: publication.revised_at }
      : null,
    actions: {
      submit: author && editable,
      approve: canDecide,
      reject: canDecide,
      withdrawSubmission: !!pending && (author || pending.submitted_by === p.viewerId),
      correct: author && article.status === 'published',
      withdrawPublication: article.status === 'published' && mayWithdrawPublication(actor, article.tier),
    },
    timeline,
  };
}

/** The account's pending submissions whose current step this viewer may decide (待我审核). */
export async function reviewQueue(deps: { database: Database }, p: { accountId: number; viewerId: number }) {
  const repo = ReviewRepository.of(deps.database);
  const [rows, actor] = await Promise.all([
    repo.pendingForRoles(p.accountId),
    repo.actor(p.viewerId, p.accountId),
  ]);
  const items = [];
  for (const r of rows) {
    const chain = parseChain(r.chain);
    const role = chain[r.step];
    if (!role || !mayDecideStep(actor, role) || r.submitted_by === p.viewerId) continue;
    const version = await repo.findVersion(r.article_id, r.version);
    if (version?.created_by === p.viewerId) continue;
    items.push({
      articleId: r.article_id,
      submissionId: r.id,
      kind: r.kind,
      title: version?.title ?? r.title,
      tier: r.tier,
      status: r.status,
      version: r.version,
      step: r.step,
      chain,
      role,
      submittedByName: r.submitted_by_name,
      submittedAt: r.submitted_at,
    });
  }
  return items;
}
