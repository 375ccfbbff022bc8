/** Resolves the account and member a staff route names, and checks the caller's roles. */
import { authorizeAccount, type Access, type StaffPrincipal } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import type { StaffRepository } from './repository.js';

/** Path ids arrive as text; anything that is not a positive 32-bit integer names no row. */
export function parseId(raw: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= 2_147_483_647 ? n : null;
}

/** Unknown (or malformed) ids answer 404 before any role check; known ones 403 when refused. */
export async function loadAccountFor(
  repo: StaffRepository,
  principal: StaffPrincipal,
  rawId: string,
  access: Access,
): Promise<{ id: number; region_code: string }> {
  const id = parseId(rawId);
  const account = id === null ? undefined : await repo.findAccount(id);
  if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
  authorizeAccount(principal, account, access);
  return account;
}

export function parseUserId(raw: string): number {
  const id = parseId(raw);
  if (id === null) throw new AppError('STAFF_NOT_FOUND');
  return id;
}
