import { assertStrongPassword, hashPassword, verifyPassword } from '../../infra/auth/password.js';
import { sha256Hex } from '../../infra/crypto.js';
import { AppError } from '../../infra/errors.js';
import type { StaffRepository } from './repository.js';

export interface ChangePasswordProps {
  userId: number;
  currentPassword: string;
  newPassword: string;
  /** Token of the session making the change: it stays signed in, every other one ends. */
  sessionToken: string | null;
  now: number;
}

export async function changePassword(repo: StaffRepository, props: ChangePasswordProps): Promise<void> {
  const user = await repo.findUserById(props.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.password_hash, props.currentPassword))) {
    throw new AppError('WRONG_PASSWORD', { field: 'currentPassword' });
  }
  assertStrongPassword(props.newPassword, 'newPassword');
  const hash = await hashPassword(props.newPassword);
  await repo.transaction(async (tx) => {
    await tx.setPasswordHash(user.id, hash);
    await tx.deleteOtherSessions(user.id, props.sessionToken ? sha256Hex(props.sessionToken) : null);
    await tx.audit({
      at: props.now,
      actorKind: 'staff',
      actorId: user.id,
      accountId: null,
      action: 'staff.password_changed',
      target: `staff:${user.id}`,
    });
  });
}
