/**
 * Who may do what in the review workflow (docs/API.md, "Review"). Route handlers only check
 * that the caller works on the account; these rules run inside each use case's transaction
 * against the roles read there.
 *
 * - Submit, resubmit, correct: admins and editors of the account (and platform admins).
 * - Approve or reject a step: holders of that step's role, the account's admins, platform
 *   admins — but never the submitter nor the last editor of the submitted version
 *   (two-person rule), whatever roles they hold.
 * - Withdraw a pending submission: its submitter, or an admin/editor of the account.
 * - Withdraw a published article: tier 1 by an admin or editor; tiers 2 and 3 (news,
 *   sensitive events) by an admin, reviewer or leader, since taking public text down there
 *   is a decision of the same weight as approving it.
 */
import { AppError } from '../../infra/errors.js';
import type { Actor } from './repository.js';

export function mayAuthor(a: Actor): boolean {
  return a.isPlatformAdmin || a.roles.has('admin') || a.roles.has('editor');
}

export function mayDecideStep(a: Actor, role: string): boolean {
  return a.isPlatformAdmin || a.roles.has('admin') || a.roles.has(role as never);
}

export function mayWithdrawPublication(a: Actor, tier: number): boolean {
  if (a.isPlatformAdmin || a.roles.has('admin')) return true;
  if (tier <= 1) return a.roles.has('editor');
  return a.roles.has('reviewer') || a.roles.has('leader');
}

/** Two-person rule: the submitter and the author of the submitted text never decide it. */
export function assertNotOwnWork(a: Actor, submittedBy: number | null, lastEditedBy: number | null): void {
  if (a.userId === submittedBy || a.userId === lastEditedBy) throw new AppError('REVIEW_SELF_APPROVAL');
}

export function assertAuthor(a: Actor): void {
  if (!mayAuthor(a)) throw new AppError('FORBIDDEN');
}
