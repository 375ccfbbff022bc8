/**
 * What the guard's verdict does to an account being created or renamed (docs/GUARD.md,
 * "Holds"). Runs inside the accounts transaction, through AccountsRepository.nameHolds().
 *
 * - creation flagged: the account is created with status 'held' (citizens never see it) and
 *   a 'create' hold is recorded;
 * - rename of a visible account flagged: the name is not applied, a 'rename' hold keeps it;
 * - rename of a held account (its creation awaits review or was rejected): the name is applied
 *   (the account is hidden anyway) and the guard decides again — flagged: a new 'create' hold
 *   replaces the old one; clear: the account becomes active;
 * - any newer request supersedes the account's pending holds.
 */
import type { GuardResult } from './guardIndex.js';
import type { NameGuard } from './registry.js';
import type { NameHoldRow, NameHoldsRepository } from './repository.js';

export interface HoldProps {
  accountId: number;
  proposedName: string;
  verdict: GuardResult;
  actorId: number;
  now: number;
}

async function recordHold(
  repo: NameHoldsRepository,
  kind: 'create' | 'rename',
  p: HoldProps,
): Promise<NameHoldRow> {
  await repo.supersedePending(p.accountId, p.now);
  const hold = await repo.insertHold({
    accountId: p.accountId,
    kind,
    proposedName: p.proposedName,
    closestAccountId: p.verdict.closest?.id ?? null,
    closestName: p.verdict.closest?.name ?? '',
    scoreMilli: Math.round(p.verdict.score * 1000),
    differences: JSON.stringify(p.verdict.differences),
    requestedBy: p.actorId,
    now: p.now,
  });
  if (kind === 'create') await repo.setAccountStatus(p.accountId, 'held', p.now);
  await repo.audit({
    at: p.now,
    actorKind: 'staff',
    actorId: p.actorId,
    accountId: p.accountId,
    action: 'name_hold.created',
    target: `name_hold:${hold.id}`,
    details: {
      kind,
      proposedName: p.proposedName,
      closestName: hold.closest_name,
      closestAccountId: hold.closest_account_id,
      score: p.verdict.score,
    },
  });
  return hold;
}

/** A new account whose name the guard flagged: held, with its hold. */
export function holdCreation(repo: NameHoldsRepository, p: HoldProps): Promise<NameHoldRow> {
  return recordHold(repo, 'create', p);
}

/** What a rename will do, decided before the transaction (the guard reads the registry). */
export interface RenamePlan {
  name: string;
  verdict: GuardResult;
  /** The account is held: the name is applied and the verdict settles the hold. */
  accountHeld: boolean;
}

/**
 * Checks a rename. When it must wait (a visible account, flagged), `name` is taken out of
 * `changes` and `diff`, so the caller applies the other fields only.
 */
export async function planRename(
  guard: NameGuard | undefined,
  account: { id: number; status: string },
  changes: Record<string, unknown>,
  diff: Record<string, unknown>,
): Promise<RenamePlan | null> {
  if (!guard || typeof changes.name !== 'string') return null;
  const name = changes.name;
  const verdict = await guard(name, account.id);
  const accountHeld = account.status === 'held';
  if (verdict.flagged && !accountHeld) {
    delete changes.name;
    delete diff.name;
  }
  return { name, verdict, accountHeld };
}

/** Carries out the plan in the caller's transaction; returns the hold it recorded, if any. */
export async function applyRenamePlan(
  repo: NameHoldsRepository,
  plan: RenamePlan,
  p: { accountId: number; actorId: number; now: number },
): Promise<NameHoldRow | null> {
  const props = { ...p, proposedName: plan.name, verdict: plan.verdict };
  if (plan.accountHeld) {
    if (plan.verdict.flagged) return recordHold(repo, 'create', props);
    // A clear name for a held account: nothing left to review.
    await repo.supersedePending(p.accountId, p.now);
    await repo.setAccountStatus(p.accountId, 'active', p.now);
    await repo.audit({
      at: p.now,
      actorKind: 'staff',
      actorId: p.actorId,
      accountId: p.accountId,
      action: 'name_hold.cleared',
      target: `account:${p.accountId}`,
      details: { name: plan.name, score: plan.verdict.score },
    });
    return null;
  }
  if (plan.verdict.flagged) return recordHold(repo, 'rename', props);
  await repo.supersedePending(p.accountId, p.now);
  return null;
}
