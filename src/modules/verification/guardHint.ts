/**
 * What the impersonation guard (src/modules/guard) thinks of a requested name, shown to the
 * reviewer as a hint. The guard is optional here: while it is not available the hint is null.
 */
import type { AppDeps } from '../../deps.js';

export interface GuardHint {
  flagged: boolean;
  score: number;
  closest: string | null;
}

export async function guardHint(
  _deps: Pick<AppDeps, 'database'>,
  _name: string,
  _accountId: number,
): Promise<GuardHint | null> {
  return null;
}
