import { isUniqueViolation } from '../../db/dialect.js';
import type { StaffRole } from '../../db/schema.js';
import { assertStrongPassword, hashPassword } from '../../infra/auth/password.js';
import { AppError } from '../../infra/errors.js';
import { toMember } from './presenters.js';
import type { StaffRepository } from './repository.js';

export interface AddStaffMemberProps {
  actorId: number;
  accountId: number;
  username: string;
  displayName?: string;
  /**
   * Given only to create a new user. For an existing username it is refused
   * (USERNAME_TAKEN): an account admin must never be able to reset someone's password.
   */
  password?: string;
  roles: StaffRole[];
  now: number;
}

/** Grants roles on the account to a user, creating the user first when the name is new. */
export async function addStaffMember(repo: StaffRepository, props: AddStaffMemberProps) {
  const username = props.username.trim().toLowerCase();
  const existing = await repo.findUserByUsername(username);
  if (existing && props.password !== undefined) throw new AppError('USERNAME_TAKEN', { field: 'username' });
  let passwordHash: string | null = null;
  if (!existing) {
    if (props.password === undefined) throw new AppError('VALIDATION_FAILED', { field: 'password' });
    assertStrongPassword(props.password, 'password');
    passwordHash = await hashPassword(props.password);
  }
  try {
    const userId = await repo.transaction(async (tx) => {
      let userId = existing?.id;
      if (userId === undefined) {
        userId = await tx.insertUser({
          username,
          displayName: props.displayName?.trim() || username,
          passwordHash: passwordHash!,
          now: props.now,
        });
        await tx.audit({
          at: props.now,
          actorKind: 'staff',
          actorId: props.actorId,
          accountId: props.accountId,
          action: 'staff.user_created',
          target: `staff:${userId}`,
          details: { username },
        });
      }
      const before = await tx.memberRoles(props.accountId, userId);
      const granted = props.roles.filter((r) => !before.includes(r));
      await tx.grantRoles(props.accountId, userId, granted, props.now);
      if (granted.length > 0) {
        await tx.audit({
          at: props.now,
          actorKind: 'staff',
          actorId: props.actorId,
          accountId: props.accountId,
          action: 'staff.roles_granted',
          target: `staff:${userId}`,
          details: { username, granted },
        });
      }
      return userId;
    });
    const [member] = await repo.listMembers(props.accountId, userId);
    return toMember(member!);
  } catch (err) {
    // Another request created the same username between the check and the insert.
    if (isUniqueViolation(err)) throw new AppError('USERNAME_TAKEN', { field: 'username', cause: err });
    throw err;
  }
}
