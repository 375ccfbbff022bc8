import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { accountChains, APPROVER_ROLES, MAX_CHAIN_STEPS, type ApproverRole, type Chains } from './chains.js';
import { ReviewRepository } from './repository.js';

/**
 * Saves an account's approval chains (admins only; the route checks). Work already in review
 * keeps the chain it was submitted with. Audited as `review.chains` with before and after.
 */
export async function saveChains(
  deps: { database: Database },
  p: { accountId: number; actorId: number; now: number; chains: Partial<Record<'1' | '2' | '3', string[]>> },
): Promise<Chains> {
  const next: Partial<Record<1 | 2 | 3, ApproverRole[]>> = {};
  for (const tier of [1, 2, 3] as const) {
    const roles = p.chains[`${tier}`];
    if (roles === undefined) continue;
    if (
      roles.length > MAX_CHAIN_STEPS ||
      roles.some((r) => !(APPROVER_ROLES as readonly string[]).includes(r))
    )
      throw new AppError('VALIDATION_FAILED', { field: `chains.${tier}` });
    next[tier] = roles as ApproverRole[];
  }
  return ReviewRepository.of(deps.database).transaction(async (repo) => {
    const before = await accountChains(repo.k, p.accountId);
    for (const [tier, roles] of Object.entries(next))
      await repo.saveChain(p.accountId, Number(tier), roles, p.actorId, p.now);
    const after = await accountChains(repo.k, p.accountId);
    await repo.audit({
      at: p.now,
      actorKind: 'staff',
      actorId: p.actorId,
      accountId: p.accountId,
      action: 'review.chains',
      target: `account:${p.accountId}`,
      details: { before, after },
    });
    return after;
  });
}
