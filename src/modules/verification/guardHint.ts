/**
 * What the impersonation guard (src/modules/guard, docs/GUARD.md) thinks of a requested
 * name, shown to the reviewer as a hint: its score against every other account's verified
 * name and the closest one. Uses the guard's cached registry (rebuilt only when the verified
 * names change), the same one that checks creations and renames.
 */
import type { Database } from '../../db/database.js';
import { nameGuard } from '../guard/registry.js';

export interface GuardHint {
  flagged: boolean;
  score: number;
  closest: string | null;
}

export async function guardHint(database: Database, name: string, accountId: number): Promise<GuardHint> {
  const result = await nameGuard(database)(name, accountId);
  return { flagged: result.flagged, score: result.score, closest: result.closest?.name ?? null };
}
