/**
 * May these articles go out? CONTRACT stand-in: the review module's `assertReleasable`
 * (src/modules/review/releasable.ts) is being written; until it lands this local check
 * applies the team's rule: an `approved` article is releasable; a `draft`/`rejected` one
 * only when its tier's approval chain is empty and the actor is an admin or editor — then it
 * is screened and marked approved in this transaction (audit `article.approve`, direct).
 */
import type { StaffRole } from '../../db/schema.js';
import { AppError } from '../../infra/errors.js';
import { approvalChain } from '../review/chains.js';
import { assertNoBlockedWords } from '../screening/gate.js';
import type { PushesRepository } from './repository.js';

export interface ReleaseActor {
  id: number;
  isPlatformAdmin: boolean;
  roles: ReadonlySet<StaffRole>;
}

export function mayRelease(actor: ReleaseActor): boolean {
  return actor.isPlatformAdmin || actor.roles.has('admin') || actor.roles.has('editor');
}

export interface ReleasableArticle {
  id: number;
  title: string;
  summary: string;
  body_html: string;
  status: string;
  tier: number;
}

/** Throws unless every article may be released by this actor now; approves direct releases. */
export async function ensureReleasable(
  tx: PushesRepository,
  accountId: number,
  articles: readonly ReleasableArticle[],
  actor: ReleaseActor,
  now: number,
): Promise<void> {
  if (!mayRelease(actor)) throw new AppError('FORBIDDEN');
  for (const a of articles) {
    if (a.status === 'approved') continue;
    if (a.status === 'published' || a.status === 'scheduled' || a.status === 'withdrawn')
      throw new AppError('ARTICLE_ALREADY_PUBLISHED', { details: { articleId: a.id } });
    if (a.status !== 'draft' && a.status !== 'rejected')
      throw new AppError('REVIEW_REQUIRED', { details: { articleId: a.id } });
    const chain = await approvalChain(tx.k, accountId, a.tier);
    if (chain.length > 0) throw new AppError('REVIEW_REQUIRED', { details: { articleId: a.id } });
    await assertNoBlockedWords(tx.asDatabase(), accountId, {
      title: a.title,
      summary: a.summary,
      bodyHtml: a.body_html,
    });
    if ((await tx.setArticleStatus([a.id], ['draft', 'rejected'], 'approved', now)) !== 1)
      throw new AppError('ARTICLE_ALREADY_PUBLISHED', { details: { articleId: a.id } });
    await tx.audit({
      at: now,
      actorKind: 'staff',
      actorId: actor.id,
      accountId,
      action: 'article.approve',
      target: `article:${a.id}`,
      details: { direct: true, tier: a.tier },
    });
  }
}
