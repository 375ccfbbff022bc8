import { AppError } from '../../infra/errors.js';
import { assertNotLastAdmin } from './lastAdmin.js';
import type { StaffRepository } from './repository.js';

export interface RemoveStaffMemberProps {
  actorId: number;
  accountId: number;
  userId: number;
  now: number;
}

/** Takes every role on the account from a member (the user itself remains). */
export async function removeStaffMember(repo: StaffRepository, props: RemoveStaffMemberProps): Promise<void> {
  await repo.transaction(async (tx) => {
    await tx.lockAccount(props.accountId);
    const before = await tx.memberRoles(props.accountId, props.userId);
    if (before.length === 0) throw new AppError('STAFF_NOT_FOUND');
    if (before.includes('admin')) await assertNotLastAdmin(tx, props.accountId, props.userId);
    await tx.revokeRoles(props.accountId, props.userId, before);
    await tx.audit({
      at: props.now,
      actorKind: 'staff',
      actorId: props.actorId,
      accountId: props.accountId,
      action: 'staff.removed',
      target: `staff:${props.userId}`,
      details: { revoked: before },
    });
  });
}
