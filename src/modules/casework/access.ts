/**
 * Who may see and act on a case, as a department (the account in the URL).
 *
 * - A department sees a case only while it has a participant row for it: `handling`,
 *   `transferred_away` (read-only, the history up to its transfer) or `assisting` (the case and
 *   the exchange of its assists). Anything else is CASE_NOT_FOUND, so a case's existence does
 *   not leak to other departments.
 * - Staff need a role on the account (any role reads); platform admins see everything; a
 *   supervisor reads the account's cases whose handling department is in their region.
 * - Acting needs admin, responder or leader on the account (platform admins pass, like every
 *   account check); a visible case without one is FORBIDDEN.
 * - The citizen's identity reaches the department only when the case is not anonymous, and
 *   never the reported unit of a report; platform admins always see who filed (abuse handling).
 */
import type { StaffRole } from '../../db/schema.js';
import type { CaseParticipantRole } from '../../db/tables/cases.js';
import { canAccess, supervises, type StaffPrincipal } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import type { AccountBrief, CaseRow, CaseworkRepository } from './repository.js';

/** Roles that act on cases; any role on the account reads them. */
export const CASE_ACTORS: readonly StaffRole[] = ['admin', 'responder', 'leader'];

export interface CaseView {
  /** The department the viewer works as (the URL's account). */
  account: AccountBrief;
  row: CaseRow;
  /** That department's part in the case. */
  role: CaseParticipantRole;
  /** The viewer holds an acting role on the account (or is a platform admin). */
  canAct: boolean;
  platformAdmin: boolean;
}

/** The account the viewer works as, when they may read it (ACCOUNT_NOT_FOUND / FORBIDDEN otherwise). */
export async function loadReadableAccount(
  repo: CaseworkRepository,
  p: StaffPrincipal,
  accountId: number,
): Promise<AccountBrief> {
  const account = await repo.findAccount(accountId);
  if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
  if (!canAccess(p, account, { read: true })) throw new AppError('FORBIDDEN');
  return account;
}

/**
 * The case as `accountId` sees it, or CASE_NOT_FOUND. `lock` locks the row for the rest of the
 * transaction (actions).
 */
export async function loadCaseView(
  repo: CaseworkRepository,
  p: StaffPrincipal,
  accountId: number,
  caseId: number,
  opts: { lock?: boolean } = {},
): Promise<CaseView> {
  const account = await loadReadableAccount(repo, p, accountId);
  const row = opts.lock ? await repo.lockCase(caseId) : await repo.findCase(caseId);
  const role = row ? await repo.participant(row.id, account.id) : null;
  if (!row || !role) throw new AppError('CASE_NOT_FOUND');
  const member = (p.roles.get(account.id)?.size ?? 0) > 0;
  if (!member && !p.isPlatformAdmin) {
    // A supervisor: only cases handled in their region, whichever box they are looked at from.
    const handling = row.account_id === account.id ? account : await repo.findAccount(row.account_id);
    if (!handling || !supervises(p, handling.region_code)) throw new AppError('CASE_NOT_FOUND');
  }
  return {
    account,
    row,
    role,
    canAct: canAccess(p, account, { roles: CASE_ACTORS }),
    platformAdmin: p.isPlatformAdmin,
  };
}

/** The view, if its viewer may act on it as one of `roles` of the department (FORBIDDEN otherwise). */
export function requireActing(view: CaseView, roles: readonly CaseParticipantRole[] = ['handling']): void {
  if (!view.canAct || !roles.includes(view.role)) throw new AppError('FORBIDDEN');
}

/** Whether the viewer may see who filed the case. */
export function seesIdentity(view: Pick<CaseView, 'row' | 'account' | 'platformAdmin'>): boolean {
  if (view.platformAdmin) return true;
  if (view.row.anonymous === 1) return false;
  return !(view.row.kind === 'report' && view.row.reported_account_id === view.account.id);
}

export const OPEN_STATUSES = ['received', 'accepted', 'in_progress'] as const;

/** What the viewer may do now (the console shows these buttons; the server checks again). */
export function allowedActions(view: CaseView) {
  const handling = view.canAct && view.role === 'handling';
  const s = view.row.status;
  const open = (OPEN_STATUSES as readonly string[]).includes(s);
  return {
    accept: handling && s === 'received',
    progress: handling && (s === 'accepted' || s === 'in_progress'),
    answer: handling && open,
    close: handling && s === 'answered',
    statement: handling && s !== 'closed' && view.row.statement_at === null,
    note: handling,
    transfer: handling && open,
    assist: handling && open,
  };
}
