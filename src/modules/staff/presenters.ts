/** How staff appear in API answers (docs/API.md: StaffSession, member). */
import type { StaffRole } from '../../db/schema.js';
import type { MemberRow, StaffUserRow, UserAccountRow } from './repository.js';
import type { StaffSessionT } from './schema.js';

export function toStaffSession(
  user: StaffUserRow,
  accounts: UserAccountRow[],
  csrfToken: string,
): StaffSessionT {
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      isPlatformAdmin: user.is_platform_admin === 1,
      supervisorRegion: user.supervisor_region,
    },
    accounts: accounts.map((a) => ({ id: a.id, handle: a.handle, name: a.name, roles: a.roles })),
    csrfToken,
  };
}

export function toMember(m: MemberRow): {
  userId: number;
  username: string;
  displayName: string;
  roles: StaffRole[];
} {
  return { userId: m.userId, username: m.username, displayName: m.displayName, roles: m.roles };
}
