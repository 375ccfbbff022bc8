/**
 * All SQL of the accounts module (ENGINEERING.md, shape 4). Use cases receive this
 * repository and never touch the query builder.
 */
import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import { likeOperator, likePattern, type DialectName } from '../../db/dialect.js';
import type { AccountLevel, AccountsTable, RegionsTable, Schema } from '../../db/schema.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';
import { NameHoldsRepository } from '../guard/repository.js';

export type AccountRow = Selectable<AccountsTable> & { region_name: string | null };
export type NewAccount = Omit<
  AccountsTable,
  | 'id'
  | 'verified'
  | 'status'
  | 'follower_count'
  | 'publication_seq'
  | 'last_publication_id'
  | 'last_published_at'
  | 'last_targeted_seq'
  | 'verified_name'
  | 'verified_at'
  | 'verified_until'
  | 'credit_code'
>;
export type AccountChanges = Updateable<AccountsTable>;

/** Position in the directory order (verified desc, followers desc, id asc). */
export interface DirectoryKey {
  verified: number;
  followers: number;
  id: number;
}

export interface DirectoryFilter {
  q?: string;
  /** Region code prefix (see regionPrefix). */
  regionPrefix?: string;
  department?: string;
  after?: DirectoryKey;
  limit: number;
}

/** Active accounts counted per (level, department, verified): the cells of the public statistic. */
export interface StatsCell {
  level: AccountLevel;
  department: string;
  verified: number;
  accounts: number;
}

export class AccountsRepository {
  constructor(
    private readonly k: Kysely<Schema>,
    private readonly dialect: DialectName,
  ) {}

  static of(database: Database): AccountsRepository {
    return new AccountsRepository(database.k, database.dialect);
  }

  /** Runs `fn` in one transaction: every write and its audit entry commit together. */
  transaction<T>(fn: (repo: AccountsRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new AccountsRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  /** The impersonation guard's holds, in this repository's transaction. */
  nameHolds(): NameHoldsRepository {
    return new NameHoldsRepository(this.k, this.dialect);
  }

  // ---- regions ----

  listRegions(parent: string | null): Promise<Array<Pick<RegionsTable, 'code' | 'name' | 'level'>>> {
    let q = this.k.selectFrom('regions').select(['code', 'name', 'level']);
    q = parent === null ? q.where('parent_code', 'is', null) : q.where('parent_code', '=', parent);
    return q.orderBy('code').execute();
  }

  async regionExists(code: string): Promise<boolean> {
    const row = await this.k.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
    return row !== undefined;
  }

  // ---- reading accounts ----

  private selectAccounts(db: Kysely<Schema> = this.k) {
    return db
      .selectFrom('accounts')
      .leftJoin('regions', 'regions.code', 'accounts.region_code')
      .selectAll('accounts')
      .select('regions.name as region_name');
  }

  findById(id: number): Promise<AccountRow | undefined> {
    return this.selectAccounts().where('accounts.id', '=', id).executeTakeFirst();
  }

  findByHandle(handle: string): Promise<AccountRow | undefined> {
    return this.selectAccounts().where('accounts.handle', '=', handle).executeTakeFirst();
  }

  /** Every account, for platform admins. */
  listAll(): Promise<AccountRow[]> {
    return this.selectAccounts().orderBy('accounts.id').execute();
  }

  /** Accounts where the user holds a role, plus (for supervisors) those of a region. */
  listVisibleTo(userId: number, regionPrefix: string | null): Promise<AccountRow[]> {
    return this.selectAccounts()
      .where((eb) => {
        const mine = eb(
          'accounts.id',
          'in',
          eb
            .selectFrom('staff_roles')
            .select('staff_roles.account_id')
            .where('staff_roles.user_id', '=', userId),
        );
        return regionPrefix === null
          ? mine
          : eb.or([mine, eb('accounts.region_code', 'like', `${regionPrefix}%`)]);
      })
      .orderBy('accounts.id')
      .execute();
  }

  directory(f: DirectoryFilter): Promise<AccountRow[]> {
    let q = this.selectAccounts().where('accounts.status', '=', 'active');
    if (f.q) {
      const op = sql.raw(likeOperator(this.dialect));
      const pattern = likePattern(f.q);
      q = q.where((eb) =>
        eb.or(
          (['accounts.name', 'accounts.handle', 'accounts.introduction'] as const).map(
            (col) => sql<boolean>`${eb.ref(col)} ${op} ${pattern} escape '\\'`,
          ),
        ),
      );
    }
    if (f.regionPrefix) q = q.where('accounts.region_code', 'like', `${f.regionPrefix}%`);
    if (f.department) q = q.where('accounts.department_type', '=', f.department);
    const after = f.after;
    if (after) {
      q = q.where((eb) =>
        eb.or([
          eb('accounts.verified', '<', after.verified),
          eb.and([
            eb('accounts.verified', '=', after.verified),
            eb('accounts.follower_count', '<', after.followers),
          ]),
          eb.and([
            eb('accounts.verified', '=', after.verified),
            eb('accounts.follower_count', '=', after.followers),
            eb('accounts.id', '>', after.id),
          ]),
        ]),
      );
    }
    return q
      .orderBy('accounts.verified', 'desc')
      .orderBy('accounts.follower_count', 'desc')
      .orderBy('accounts.id', 'asc')
      .limit(f.limit)
      .execute();
  }

  // ---- statistics ----

  /**
   * Active accounts (of a region and the regions inside it, when a prefix is given) counted
   * by level, department and verification in one GROUP BY: at most 5 × 20 × 2 rows, which the
   * use case folds into the per-level and per-department distributions.
   */
  async statsCells(regionPrefix?: string): Promise<StatsCell[]> {
    let q = this.k
      .selectFrom('accounts')
      .select((eb) => [
        'accounts.level',
        'accounts.department_type',
        'accounts.verified',
        eb.fn.countAll<number | string>().as('n'),
      ])
      .where('accounts.status', '=', 'active');
    if (regionPrefix) q = q.where('accounts.region_code', 'like', `${regionPrefix}%`);
    const rows = await q
      .groupBy(['accounts.level', 'accounts.department_type', 'accounts.verified'])
      .execute();
    return rows.map((r) => ({
      level: r.level,
      department: r.department_type,
      verified: Number(r.verified),
      accounts: Number(r.n),
    }));
  }

  /**
   * Active accounts counted per region one level below `regionPrefix` (provinces for '', cities
   * for a two-digit prefix, counties for four digits), most accounts first. The child's code is
   * the first `digits` digits padded with zeros: `substr` and `||` mean the same in both
   * dialects. An account registered at the parent itself (a provincial department at 410000)
   * counts under the parent's own code.
   */
  async regionCounts(
    regionPrefix: string,
    limit: number,
  ): Promise<Array<{ code: string; name: string | null; accounts: number }>> {
    const digits = regionPrefix.length + 2;
    const child = sql<string>`substr(accounts.region_code, 1, ${sql.lit(digits)}) || ${sql.lit('0'.repeat(6 - digits))}`;
    let q = this.k
      .selectFrom('accounts')
      .select((eb) => [child.as('code'), eb.fn.countAll<number | string>().as('n')])
      .where('accounts.status', '=', 'active');
    if (regionPrefix) q = q.where('accounts.region_code', 'like', `${regionPrefix}%`);
    const counts = await q
      .groupBy(child)
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .orderBy(child)
      .limit(limit)
      .execute();
    if (counts.length === 0) return [];
    const names = await this.k
      .selectFrom('regions')
      .select(['code', 'name'])
      .where(
        'code',
        'in',
        counts.map((c) => c.code),
      )
      .execute();
    const nameOf = new Map(names.map((r) => [r.code, r.name]));
    return counts.map((c) => ({ code: c.code, name: nameOf.get(c.code) ?? null, accounts: Number(c.n) }));
  }

  async isFollowing(accountId: number, citizenId: number): Promise<boolean> {
    const row = await this.k
      .selectFrom('follows')
      .select('account_id')
      .where('account_id', '=', accountId)
      .where('citizen_id', '=', citizenId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Which of `name` / `handle` another account (not `exceptId`) already uses. */
  async takenIdentity(
    name: string | undefined,
    handle: string | undefined,
    exceptId?: number,
  ): Promise<'name' | 'handle' | null> {
    if (name === undefined && handle === undefined) return null;
    let q = this.k
      .selectFrom('accounts')
      .select(['name', 'handle'])
      .where((eb) => {
        const ors = [];
        if (name !== undefined) ors.push(eb('name', '=', name));
        if (handle !== undefined) ors.push(eb('handle', '=', handle));
        return eb.or(ors);
      });
    if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
    const rows = await q.limit(2).execute();
    if (rows.some((r) => r.name === name)) return 'name';
    if (rows.some((r) => r.handle === handle)) return 'handle';
    return null;
  }

  // ---- writing accounts ----

  async insert(values: NewAccount): Promise<number> {
    const row = await this.k.insertInto('accounts').values(values).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  async update(id: number, changes: AccountChanges): Promise<void> {
    await this.k.updateTable('accounts').set(changes).where('id', '=', id).execute();
  }
}
