/**
 * The release gate of a push: every article goes through the review module's
 * `assertReleasable` inside the push's transaction (only `approved` articles go out, except a
 * direct release when the tier's approval chain is empty — screened and approved there).
 * Articles are checked in id order so two pushes sharing articles lock them in one order.
 */
import { assertReleasable } from '../review/releasable.js';
import type { PushesRepository } from './repository.js';

export async function ensureReleasable(
  tx: PushesRepository,
  accountId: number,
  articleIds: readonly number[],
  actorId: number,
  now: number,
): Promise<void> {
  for (const articleId of [...articleIds].sort((a, b) => a - b)) {
    await assertReleasable(tx.k, tx.dialect, { accountId, articleId, actorId, now });
  }
}
