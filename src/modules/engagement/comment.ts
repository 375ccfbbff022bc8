/**
 * Citizens' comments under an article. New comments are held for review unless the account
 * chose to publish them at once (engagement_settings); a held comment is visible to its author
 * (marked 审核中) and to staff only.
 */
import { AppError } from '../../infra/errors.js';
import { toPublicComment } from './presenters.js';
import { livePublication } from './react.js';
import type { EngagementRepository } from './repository.js';
import { COMMENT_MAX_LENGTH, type PublicCommentView } from './schema.js';

/** Newest comments shown under an article (featured ones first). */
const SHOWN = 100;

export async function postComment(
  repo: EngagementRepository,
  p: { slug: string; citizenId: number; phone: string; body: string; now: number },
): Promise<PublicCommentView> {
  const body = p.body.trim();
  if (!body) throw new AppError('VALIDATION_FAILED', { field: 'body' });
  if ([...body].length > COMMENT_MAX_LENGTH) throw new AppError('VALIDATION_FAILED', { field: 'body' });
  return repo.transaction(async (tx) => {
    const pub = await livePublication(tx, p.slug);
    const status = (await tx.autoPublishComments(pub.account_id)) ? 'published' : 'held';
    const row = await tx.insertComment({
      publicationId: pub.id,
      accountId: pub.account_id,
      citizenId: p.citizenId,
      body,
      status,
      now: p.now,
    });
    if (status === 'published') await tx.bump(pub.id, { comments: 1 });
    return toPublicComment({ ...row, phone: p.phone }, p.citizenId);
  });
}

export async function readerComments(
  repo: EngagementRepository,
  p: { slug: string; citizenId: number | null },
): Promise<PublicCommentView[]> {
  const pub = await livePublication(repo, p.slug);
  const rows = await repo.publicComments(pub.id, p.citizenId, SHOWN);
  return rows.map((r) => toPublicComment(r, p.citizenId));
}
