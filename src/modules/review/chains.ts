/**
 * Approval chains per release tier. `approvalChain` answers the roles that must approve, in
 * order, before an article of this tier on this account is `approved`; an empty chain means an
 * admin or editor releases it directly. Accounts keep their own chains in `review_chains`; a
 * tier without a row uses the paper's default.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.js';

export type ApproverRole = 'reviewer' | 'leader' | 'admin' | 'editor';

export const APPROVER_ROLES: readonly ApproverRole[] = ['reviewer', 'leader', 'admin', 'editor'];
/** More steps than this is a misconfiguration, not a procedure. */
export const MAX_CHAIN_STEPS = 5;

/** The paper's defaults: tier 1 editor → publish; tier 2 → reviewer; tier 3 → reviewer → leader. */
export const DEFAULT_CHAINS: Readonly<Record<1 | 2 | 3, readonly ApproverRole[]>> = {
  1: [],
  2: ['reviewer'],
  3: ['reviewer', 'leader'],
};

export type Chains = Record<1 | 2 | 3, ApproverRole[]>;

/** Parses a stored chain; anything unreadable falls back to the strictest default. */
export function parseChain(json: string): ApproverRole[] {
  try {
    const v: unknown = JSON.parse(json);
    if (Array.isArray(v) && v.every((r) => (APPROVER_ROLES as readonly unknown[]).includes(r)))
      return v as ApproverRole[];
  } catch {
    // fall through
  }
  return [...DEFAULT_CHAINS[3]];
}

export async function approvalChain(
  k: Kysely<Schema>,
  accountId: number,
  tier: number,
): Promise<readonly ApproverRole[]> {
  const row = await k
    .selectFrom('review_chains')
    .select('roles')
    .where('account_id', '=', accountId)
    .where('tier', '=', tier)
    .executeTakeFirst();
  if (row) return parseChain(row.roles);
  return DEFAULT_CHAINS[tier as 1 | 2 | 3] ?? DEFAULT_CHAINS[3];
}

/** All three chains of an account, defaults filled in. */
export async function accountChains(k: Kysely<Schema>, accountId: number): Promise<Chains> {
  const rows = await k
    .selectFrom('review_chains')
    .select(['tier', 'roles'])
    .where('account_id', '=', accountId)
    .execute();
  const chains: Chains = { 1: [...DEFAULT_CHAINS[1]], 2: [...DEFAULT_CHAINS[2]], 3: [...DEFAULT_CHAINS[3]] };
  for (const r of rows)
    if (r.tier === 1 || r.tier === 2 || r.tier === 3) chains[r.tier] = parseChain(r.roles);
  return chains;
}
