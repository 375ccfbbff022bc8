/**
 * Approval chains per release tier. CONTRACT (placeholder until the review module lands):
 * `approvalChain` answers the roles that must approve, in order, before an article of this tier
 * on this account is `approved`; an empty chain means the editor releases it directly.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.js';

export type ApproverRole = 'reviewer' | 'leader';

/** The paper's defaults: tier 1 editor → publish; tier 2 → reviewer; tier 3 → reviewer → leader. */
export const DEFAULT_CHAINS: Readonly<Record<1 | 2 | 3, readonly ApproverRole[]>> = {
  1: [],
  2: ['reviewer'],
  3: ['reviewer', 'leader'],
};

export async function approvalChain(
  _k: Kysely<Schema>,
  _accountId: number,
  tier: number,
): Promise<readonly ApproverRole[]> {
  return DEFAULT_CHAINS[tier as 1 | 2 | 3] ?? DEFAULT_CHAINS[3];
}
