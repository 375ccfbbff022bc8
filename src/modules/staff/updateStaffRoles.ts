import type { StaffRole } from '../../db/schema.js';
import { AppError } from '../../infra/errors.js';
import { assertNotLastAdmin } from './lastAdmin.js';
import { toMember } from './presenters.js';
import type { StaffRepository } from './repository.js';

export interface UpdateStaffRolesProps {
  actorId: number;
  accountId: number;
  userId: number;
  /** The member's complete new set of roles. */
  roles: StaffRole[];
  now: number;
}

/** Replaces a member's roles; refuses to take admin from the account's last active admin. */
export async function updateStaffRoles(repo: StaffRepository, props: UpdateStaffRolesProps) {
  await repo.transaction(async (tx) => {
    await tx.lockAccount(props.accountId);
    const before = await tx.memberRoles(props.accountId, props.userId);
    if (before.length === 0) throw new AppError('STAFF_NOT_FOUND');
    const revoked = before.filter((r) => !props.roles.includes(r));
    const granted = props.roles.filter((r) => !before.includes(r));
    if (revoked.length === 0 && granted.length === 0) return;
    if (revoked.includes('admin')) await assertNotLastAdmin(tx, props.accountId, props.userId);
    await tx.revokeRoles(props.accountId, props.userId, revoked);
    await tx.grantRoles(props.accountId, props.userId, granted, props.now);
    await tx.audit({
      at: props.now,
      actorKind: 'staff',
      actorId: props.actorId,
      accountId: props.accountId,
      action: 'staff.roles_changed',
      target: `staff:${props.userId}`,
      details: { from: before, to: props.roles, granted, revoked },
    });
  });
  const [member] = await repo.listMembers(props.accountId, props.userId);
  return toMember(member!);
}
