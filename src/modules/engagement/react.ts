/**
 * A reader's own reactions: like (one per citizen, toggled), 有用 / 没用 (one answer per citizen,
 * changeable), and what the article page shows. Counters move in the same transaction as the
 * row they count, so they never drift from it.
 */
import { AppError } from '../../infra/errors.js';
import { toSummary } from './presenters.js';
import type { EngagementRepository, PublicationRef } from './repository.js';
import type { EngagementSummaryView } from './schema.js';

/** A publication readers can react to: it exists and was not withdrawn. */
export async function livePublication(repo: EngagementRepository, slug: string): Promise<PublicationRef> {
  const pub = await repo.findPublicationBySlug(slug);
  if (!pub || pub.withdrawn_at !== null) throw new AppError('ARTICLE_NOT_FOUND');
  return pub;
}

export async function engagementOf(
  repo: EngagementRepository,
  pub: PublicationRef,
  citizenId: number | null,
): Promise<EngagementSummaryView> {
  const [counters, liked, feedback] = await Promise.all([
    repo.counters(pub.id),
    citizenId === null ? false : repo.hasLiked(pub.id, citizenId),
    citizenId === null ? null : repo.feedbackOf(pub.id, citizenId),
  ]);
  return toSummary(counters, { liked, feedback });
}

export async function setLike(
  repo: EngagementRepository,
  p: { slug: string; citizenId: number; liked: boolean; now: number },
): Promise<EngagementSummaryView> {
  return repo.transaction(async (tx) => {
    const pub = await livePublication(tx, p.slug);
    if (p.liked) {
      if (await tx.addLike(pub.id, p.citizenId, p.now)) await tx.bump(pub.id, { likes: 1 });
    } else if (await tx.removeLike(pub.id, p.citizenId)) {
      await tx.bump(pub.id, { likes: -1 });
    }
    return engagementOf(tx, pub, p.citizenId);
  });
}

export async function setFeedback(
  repo: EngagementRepository,
  p: { slug: string; citizenId: number; value: 'useful' | 'not_useful' | null; now: number },
): Promise<EngagementSummaryView> {
  return repo.transaction(async (tx) => {
    const pub = await livePublication(tx, p.slug);
    const after = p.value === null ? null : p.value === 'useful' ? 1 : 0;
    const before = await swapFeedback(tx, pub.id, p.citizenId, after, p.now);
    if (before !== after) {
      const useful = (after === 1 ? 1 : 0) - (before === 1 ? 1 : 0);
      const notUseful = (after === 0 ? 1 : 0) - (before === 0 ? 1 : 0);
      await tx.bump(pub.id, { useful, not_useful: notUseful });
    }
    return engagementOf(tx, pub, p.citizenId);
  });
}

/**
 * Stores the citizen's answer and says what it was before, race-free: two taps of one citizen
 * at once (PostgreSQL, several connections) must move the counters once. Each step is atomic
 * or works on a locked row: an insert that conflicts waits for the other transaction, then the
 * row is read under lock.
 */
async function swapFeedback(
  tx: EngagementRepository,
  publicationId: number,
  citizenId: number,
  after: number | null,
  now: number,
): Promise<number | null> {
  if (after === null) return tx.deleteFeedback(publicationId, citizenId);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await tx.insertFeedback(publicationId, citizenId, after, now)) return null;
    const before = await tx.feedbackOf(publicationId, citizenId, true);
    if (before === null) continue; // deleted meanwhile: insert again
    if (before !== after) await tx.updateFeedback(publicationId, citizenId, after, now);
    return before;
  }
  throw new Error('feedback row kept changing');
}
