import { AppError } from '../../infra/errors.js';
import type { StaffRepository } from './repository.js';

/**
 * An account must keep an admin who can act: refuses when no active (not disabled) admin
 * other than `userId` would remain. Call inside the transaction, after `lockAccount`.
 */
export async function assertNotLastAdmin(
  tx: StaffRepository,
  accountId: number,
  userId: number,
): Promise<void> {
  if ((await tx.countActiveAdmins(accountId, userId)) === 0) throw new AppError('LAST_ADMIN');
}
