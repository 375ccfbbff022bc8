/**
 * What the impersonation guard (src/modules/guard, docs/GUARD.md) thinks of a requested
 * name, shown to the reviewer as a hint: its score against every other account's verified
 * name and the closest one. Built per look: reviewers open one application at a time.
 */
import { GuardIndex } from '../guard/guardIndex.js';
import type { VerificationRepository } from './repository.js';

export interface GuardHint {
  flagged: boolean;
  score: number;
  closest: string | null;
}

export async function guardHint(
  repo: VerificationRepository,
  name: string,
  accountId: number,
): Promise<GuardHint> {
  const index = new GuardIndex(await repo.verifiedNames());
  const result = index.check(name, (id) => id === accountId);
  return { flagged: result.flagged, score: result.score, closest: result.closest?.name ?? null };
}
