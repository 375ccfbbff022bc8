/**
 * Who is asking, and what they may do. Every staff route calls `authorizeAccount` with the
 * roles it allows; platform admins pass every check; supervisors pass read checks for the
 * accounts of their region.
 */
import type { Database } from '../../db/database.js';
import type { StaffRole } from '../../db/schema.js';
import { AppError } from '../errors.js';

export const STAFF_ROLES: readonly StaffRole[] = [
  'admin',
  'editor',
  'reviewer',
  'leader',
  'responder',
  'analyst',
];

export interface StaffPrincipal {
  userId: number;
  username: string;
  displayName: string;
  isPlatformAdmin: boolean;
  /** Six-digit region code of a supervisor, or null. */
  supervisorRegion: string | null;
  roles: Map<number, Set<StaffRole>>;
}

export interface CitizenPrincipal {
  citizenId: number;
  phone: string;
}

/** "411500" → "4115": the prefix shared by every code inside that region. */
export function regionPrefix(code: string): string {
  let p = code;
  while (p.length > 2 && p.endsWith('00')) p = p.slice(0, -2);
  return p;
}

export function supervises(p: StaffPrincipal, regionCode: string): boolean {
  return p.supervisorRegion !== null && regionCode.startsWith(regionPrefix(p.supervisorRegion));
}

export type Access =
  /** Any role on the account, a supervisor of its region, or a platform admin. */
  | { read: true }
  /** One of these roles on the account, or a platform admin. */
  | { roles: readonly StaffRole[] };

export function canAccess(
  p: StaffPrincipal,
  account: { id: number; region_code: string },
  access: Access,
): boolean {
  if (p.isPlatformAdmin) return true;
  const mine = p.roles.get(account.id);
  if ('read' in access) return (mine !== undefined && mine.size > 0) || supervises(p, account.region_code);
  return mine !== undefined && access.roles.some((r) => mine.has(r));
}

export function authorizeAccount(
  p: StaffPrincipal,
  account: { id: number; region_code: string },
  access: Access,
): void {
  if (!canAccess(p, account, access)) throw new AppError('FORBIDDEN');
}

export function requirePlatformAdmin(p: StaffPrincipal): void {
  if (!p.isPlatformAdmin) throw new AppError('FORBIDDEN');
}

export async function loadStaffPrincipal(database: Database, userId: number): Promise<StaffPrincipal | null> {
  const user = await database.k
    .selectFrom('staff_users')
    .select(['id', 'username', 'display_name', 'is_platform_admin', 'supervisor_region', 'disabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled) return null;
  const rows = await database.k
    .selectFrom('staff_roles')
    .select(['account_id', 'role'])
    .where('user_id', '=', userId)
    .execute();
  const roles = new Map<number, Set<StaffRole>>();
  for (const r of rows) {
    let set = roles.get(r.account_id);
    if (!set) roles.set(r.account_id, (set = new Set()));
    set.add(r.role);
  }
  return {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    isPlatformAdmin: user.is_platform_admin === 1,
    supervisorRegion: user.supervisor_region,
    roles,
  };
}
