/**
 * All SQL of the staff module (ENGINEERING.md, shape 4): users, their roles per account,
 * failed sign-in attempts, and the sessions a password change ends.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import { forUpdate, type DialectName } from '../../db/dialect.js';
import type { Schema, StaffRole, StaffUsersTable } from '../../db/schema.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';
import { STAFF_ROLES } from '../../infra/auth/principal.js';

export type StaffUserRow = Selectable<StaffUsersTable>;

export interface MemberRow {
  userId: number;
  username: string;
  displayName: string;
  roles: StaffRole[];
}

export interface UserAccountRow {
  id: number;
  handle: string;
  name: string;
  roles: StaffRole[];
}

const byRoleOrder = (a: StaffRole, b: StaffRole) => STAFF_ROLES.indexOf(a) - STAFF_ROLES.indexOf(b);

export class StaffRepository {
  constructor(
    private readonly k: Kysely<Schema>,
    private readonly dialect: DialectName,
  ) {}

  static of(database: Database): StaffRepository {
    return new StaffRepository(database.k, database.dialect);
  }

  /** Runs `fn` in one transaction: every write and its audit entry commit together. */
  transaction<T>(fn: (repo: StaffRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new StaffRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  // ---- users ----

  findUserByUsername(username: string): Promise<StaffUserRow | undefined> {
    return this.k.selectFrom('staff_users').selectAll().where('username', '=', username).executeTakeFirst();
  }

  findUserById(id: number): Promise<StaffUserRow | undefined> {
    return this.k.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertUser(values: {
    username: string;
    displayName: string;
    passwordHash: string;
    now: number;
    isPlatformAdmin?: boolean;
    supervisorRegion?: string | null;
  }): Promise<number> {
    const row = await this.k
      .insertInto('staff_users')
      .values({
        username: values.username,
        display_name: values.displayName,
        password_hash: values.passwordHash,
        is_platform_admin: values.isPlatformAdmin ? 1 : 0,
        supervisor_region: values.supervisorRegion ?? null,
        created_at: values.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async setPasswordHash(userId: number, hash: string): Promise<void> {
    await this.k.updateTable('staff_users').set({ password_hash: hash }).where('id', '=', userId).execute();
  }

  /** Ends every staff session of the user except the one whose token hash is `keepHash`. */
  async deleteOtherSessions(userId: number, keepHash: string | null): Promise<void> {
    let q = this.k.deleteFrom('sessions').where('kind', '=', 'staff').where('subject_id', '=', userId);
    if (keepHash) q = q.where('id_hash', '!=', keepHash);
    await q.execute();
  }

  // ---- failed sign-ins ----

  async recordSignInAttempt(username: string, at: number, windowMs: number): Promise<void> {
    // Old rows of this username are of no further use; dropping them keeps the table small.
    await this.k
      .deleteFrom('staff_login_attempts')
      .where('username', '=', username)
      .where('attempted_at', '<=', at - windowMs)
      .execute();
    await this.k.insertInto('staff_login_attempts').values({ username, attempted_at: at }).execute();
  }

  async recentSignInAttempts(
    username: string,
    since: number,
  ): Promise<{ count: number; oldest: number | null }> {
    const row = await this.k
      .selectFrom('staff_login_attempts')
      .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('attempted_at').as('oldest')])
      .where('username', '=', username)
      .where('attempted_at', '>', since)
      .executeTakeFirst();
    return { count: Number(row?.n ?? 0), oldest: row?.oldest == null ? null : Number(row.oldest) };
  }

  async clearSignInAttempts(username: string): Promise<void> {
    await this.k.deleteFrom('staff_login_attempts').where('username', '=', username).execute();
  }

  // ---- accounts and roles ----

  findAccount(id: number): Promise<{ id: number; region_code: string } | undefined> {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'region_code'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Serialises role changes of one account (the last-admin rule is check-then-write). */
  async lockAccount(id: number): Promise<void> {
    await forUpdate(this.dialect, this.k.selectFrom('accounts').select('id').where('id', '=', id)).execute();
  }

  async accountsOfUser(userId: number): Promise<UserAccountRow[]> {
    const rows = await this.k
      .selectFrom('staff_roles')
      .innerJoin('accounts', 'accounts.id', 'staff_roles.account_id')
      .select(['accounts.id', 'accounts.handle', 'accounts.name', 'staff_roles.role'])
      .where('staff_roles.user_id', '=', userId)
      .orderBy('accounts.id')
      .execute();
    const out = new Map<number, UserAccountRow>();
    for (const r of rows) {
      let a = out.get(r.id);
      if (!a) out.set(r.id, (a = { id: r.id, handle: r.handle, name: r.name, roles: [] }));
      a.roles.push(r.role);
    }
    for (const a of out.values()) a.roles.sort(byRoleOrder);
    return [...out.values()];
  }

  async listMembers(accountId: number, userId?: number): Promise<MemberRow[]> {
    let q = this.k
      .selectFrom('staff_roles')
      .innerJoin('staff_users', 'staff_users.id', 'staff_roles.user_id')
      .select(['staff_users.id', 'staff_users.username', 'staff_users.display_name', 'staff_roles.role'])
      .where('staff_roles.account_id', '=', accountId);
    if (userId !== undefined) q = q.where('staff_roles.user_id', '=', userId);
    const rows = await q.orderBy('staff_users.username').execute();
    const out = new Map<number, MemberRow>();
    for (const r of rows) {
      let m = out.get(r.id);
      if (!m)
        out.set(r.id, (m = { userId: r.id, username: r.username, displayName: r.display_name, roles: [] }));
      m.roles.push(r.role);
    }
    for (const m of out.values()) m.roles.sort(byRoleOrder);
    return [...out.values()];
  }

  async memberRoles(accountId: number, userId: number): Promise<StaffRole[]> {
    const rows = await this.k
      .selectFrom('staff_roles')
      .select('role')
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .execute();
    return rows.map((r) => r.role).sort(byRoleOrder);
  }

  /** Admins of the account other than `exceptUserId` whose user is not disabled (a disabled
   * admin can act for no one). */
  async countActiveAdmins(accountId: number, exceptUserId: number): Promise<number> {
    const row = await this.k
      .selectFrom('staff_roles')
      .innerJoin('staff_users', 'staff_users.id', 'staff_roles.user_id')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('staff_roles.account_id', '=', accountId)
      .where('staff_roles.role', '=', 'admin')
      .where('staff_users.disabled', '=', 0)
      .where('staff_roles.user_id', '!=', exceptUserId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async grantRoles(
    accountId: number,
    userId: number,
    roles: readonly StaffRole[],
    now: number,
  ): Promise<void> {
    if (roles.length === 0) return;
    await this.k
      .insertInto('staff_roles')
      .values(roles.map((role) => ({ user_id: userId, account_id: accountId, role, granted_at: now })))
      .onConflict((oc) => oc.columns(['user_id', 'account_id', 'role']).doNothing())
      .execute();
  }

  async revokeRoles(accountId: number, userId: number, roles: readonly StaffRole[]): Promise<void> {
    if (roles.length === 0) return;
    await this.k
      .deleteFrom('staff_roles')
      .where('account_id', '=', accountId)
      .where('user_id', '=', userId)
      .where('role', 'in', roles)
      .execute();
  }
}
