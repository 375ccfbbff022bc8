/**
 * The release gate the push use case calls inside its own transaction (CONTRACT, see the
 * team plan): may this actor release this article now? Only `approved` articles go out —
 * except when the tier's approval chain is empty, where an admin or editor releases a draft
 * (or rejected) article directly: it is screened and marked approved here, audited as
 * `article.approve` with `{direct: true}`.
 */
import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import { AppError } from '../../infra/errors.js';
import { PublishingRepository, type ArticleRow } from '../publishing/repository.js';
import { assertNoBlockedWords } from '../screening/gate.js';
import { approvalChain } from './chains.js';
import { mayAuthor } from './policy.js';
import { ReviewRepository } from './repository.js';

export async function assertReleasable(
  k: Kysely<Schema>,
  dialect: DialectName,
  props: { accountId: number; articleId: number; actorId: number; now: number },
): Promise<ArticleRow> {
  const { accountId, articleId, actorId, now } = props;
  const repo = new ReviewRepository(k, dialect);
  const locked = await repo.lockArticle(accountId, articleId);
  if (!locked) throw new AppError('ARTICLE_NOT_FOUND');
  if (!mayAuthor(await repo.actor(actorId, accountId))) throw new AppError('FORBIDDEN');
  const status = locked.status;
  if (status === 'published' || status === 'scheduled') throw new AppError('ARTICLE_ALREADY_PUBLISHED');
  if (status === 'withdrawn') throw new AppError('ARTICLE_WITHDRAWN');
  if (status === 'in_review') throw new AppError('REVIEW_REQUIRED');

  if (status === 'draft' || status === 'rejected') {
    const chain = await approvalChain(k, accountId, locked.tier);
    if (chain.length > 0) throw new AppError('REVIEW_REQUIRED', { details: { chain: [...chain] } });
    await assertNoBlockedWords(repo.asDatabase(), accountId, {
      title: locked.title,
      summary: locked.summary,
      bodyHtml: locked.body_html,
    });
    if (!(await repo.setStatus(articleId, [status], 'approved', now))) throw new AppError('REVIEW_REQUIRED');
    await repo.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId,
      action: 'article.approve',
      target: `article:${articleId}`,
      details: { version: locked.version, tier: locked.tier, direct: true },
    });
  }
  const row = await new PublishingRepository(k, dialect).findArticle(accountId, articleId);
  if (!row) throw new AppError('ARTICLE_NOT_FOUND');
  return row;
}
