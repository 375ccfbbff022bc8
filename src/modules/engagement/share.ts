/**
 * Share links: `/a/<slug>?from=<token>`. The token names the share (counted when made, its
 * opens counted with the reads), and the page it opens names the account it came from.
 */
import crypto from 'node:crypto';
import type { EngagementRepository } from './repository.js';
import { livePublication } from './react.js';

/** 12 URL-safe characters: unguessable enough that opens cannot be pinned on a stranger's link. */
export function newShareToken(): string {
  return crypto.randomBytes(9).toString('base64url');
}

export async function createShare(
  repo: EngagementRepository,
  p: { slug: string; citizenId: number | null; now: number },
): Promise<{ token: string; url: string }> {
  return repo.transaction(async (tx) => {
    const pub = await livePublication(tx, p.slug);
    const token = newShareToken();
    await tx.insertShare({
      publicationId: pub.id,
      accountId: pub.account_id,
      token,
      citizenId: p.citizenId,
      now: p.now,
    });
    await tx.bump(pub.id, { shares: 1 });
    return { token, url: `/a/${encodeURIComponent(pub.slug)}?from=${token}` };
  });
}
