/** Loads the account a console route names and checks the caller may act on it. */
import { authorizeAccount, type Access, type StaffPrincipal } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { parseId } from './ids.js';
import type { AccountRow, AccountsRepository } from './repository.js';

/** Unknown (or malformed) ids answer 404 before any role check; known ones 403 when refused. */
export async function loadAccountFor(
  repo: AccountsRepository,
  principal: StaffPrincipal,
  rawId: string,
  access: Access,
): Promise<AccountRow> {
  const id = parseId(rawId);
  const account = id === null ? undefined : await repo.findById(id);
  if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
  authorizeAccount(principal, account, access);
  return account;
}
