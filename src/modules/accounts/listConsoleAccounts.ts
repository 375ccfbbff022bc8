import { regionPrefix, type StaffPrincipal } from '../../infra/auth/principal.js';
import { toAccountAdmin } from './presenters.js';
import type { AccountsRepository } from './repository.js';

/**
 * Accounts a console user may see: all for a platform admin; for a supervisor those of
 * their region (plus any they hold a role on); for other staff the accounts they serve.
 */
export async function listConsoleAccounts(repo: AccountsRepository, principal: StaffPrincipal) {
  const rows = principal.isPlatformAdmin
    ? await repo.listAll()
    : await repo.listVisibleTo(
        principal.userId,
        principal.supervisorRegion ? regionPrefix(principal.supervisorRegion) : null,
      );
  return { items: rows.map(toAccountAdmin) };
}
