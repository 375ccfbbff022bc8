import { AppError } from '../../infra/errors.js';
import { toStaffSession } from './presenters.js';
import type { StaffRepository } from './repository.js';

/** The StaffSession answer: who is signed in, the accounts they serve and their roles. */
export async function getStaffSession(repo: StaffRepository, userId: number, csrfToken: string) {
  const user = await repo.findUserById(userId);
  if (!user || user.disabled) throw new AppError('UNAUTHENTICATED');
  return toStaffSession(user, await repo.accountsOfUser(userId), csrfToken);
}
