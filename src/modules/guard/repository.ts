/**
 * All SQL of the guard's platform side: the verified registry it compares names with, and
 * the name holds. The accounts module reaches it inside its own transaction through
 * AccountsRepository.nameHolds(), so a hold commits with the creation or rename it answers.
 */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import { forUpdate, type DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type { NameHoldKind, NameHoldsTable, NameHoldStatus } from '../../db/tables/guard.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';

export type NameHoldRow = Selectable<NameHoldsTable>;
export type NameHoldListRow = NameHoldRow & {
  account_handle: string;
  account_name: string;
  account_status: string;
};

export interface NewNameHold {
  accountId: number;
  kind: NameHoldKind;
  proposedName: string;
  closestAccountId: number | null;
  closestName: string;
  scoreMilli: number;
  differences: string;
  requestedBy: number | null;
  now: number;
}

export class NameHoldsRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): NameHoldsRepository {
    return new NameHoldsRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: NameHoldsRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new NameHoldsRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  // ---- the verified registry ----

  /**
   * A value that changes whenever the set of verified names does: how many, which accounts,
   * the newest approval and change, and the total length of the names. Every process reads
   * it before a check, so a name verified through another process is seen at once.
   */
  async verifiedStamp(): Promise<string> {
    const row = await this.k
      .selectFrom('accounts')
      .select((eb) => [
        eb.fn.countAll<number | string>().as('n'),
        eb.fn.sum<number | string | null>('id').as('ids'),
        eb.fn.max<number | string | null>('updated_at').as('updated'),
        eb.fn.max<number | string | null>('verified_at').as('approved'),
        sql<number | string | null>`sum(length(verified_name))`.as('chars'),
      ])
      .where('verified', '=', 1)
      .where('verified_name', 'is not', null)
      .executeTakeFirstOrThrow();
    return [row.n, row.ids, row.updated, row.approved, row.chars].map((v) => String(v ?? 0)).join(':');
  }

  async verifiedNames(): Promise<Array<{ id: number; name: string }>> {
    const rows = await this.k
      .selectFrom('accounts')
      .select(['id', 'verified_name'])
      .where('verified', '=', 1)
      .where('verified_name', 'is not', null)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: r.id, name: r.verified_name! }));
  }

  // ---- holds ----

  async insertHold(h: NewNameHold): Promise<NameHoldRow> {
    return this.k
      .insertInto('name_holds')
      .values({
        account_id: h.accountId,
        kind: h.kind,
        proposed_name: h.proposedName,
        closest_account_id: h.closestAccountId,
        closest_name: h.closestName,
        score_milli: h.scoreMilli,
        differences: h.differences,
        requested_by: h.requestedBy,
        created_at: h.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Marks the account's pending holds superseded (a newer request replaces them). */
  async supersedePending(accountId: number, now: number): Promise<number[]> {
    const rows = await this.k
      .updateTable('name_holds')
      .set({ status: 'superseded', decided_at: now })
      .where('account_id', '=', accountId)
      .where('status', '=', 'pending')
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  }

  async setAccountStatus(accountId: number, status: 'active' | 'held', now: number): Promise<void> {
    await this.k
      .updateTable('accounts')
      .set({ status, updated_at: now })
      .where('id', '=', accountId)
      .execute();
  }

  async renameAccount(accountId: number, name: string, now: number): Promise<void> {
    await this.k.updateTable('accounts').set({ name, updated_at: now }).where('id', '=', accountId).execute();
  }

  /** Whether an account other than `accountId` already carries `name`. */
  async nameTaken(name: string, accountId: number): Promise<boolean> {
    const row = await this.k
      .selectFrom('accounts')
      .select('id')
      .where('name', '=', name)
      .where('id', '!=', accountId)
      .executeTakeFirst();
    return row !== undefined;
  }

  async findAccount(accountId: number): Promise<{ id: number; name: string; status: string } | undefined> {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'name', 'status'])
      .where('id', '=', accountId)
      .executeTakeFirst();
  }

  /** The hold, locked for the decision. */
  async lockHold(id: number): Promise<NameHoldRow | undefined> {
    return forUpdate(
      this.dialect,
      this.k.selectFrom('name_holds').selectAll().where('id', '=', id),
    ).executeTakeFirst();
  }

  async decide(
    id: number,
    status: Extract<NameHoldStatus, 'approved' | 'rejected'>,
    by: number,
    reason: string | null,
    now: number,
  ): Promise<void> {
    await this.k
      .updateTable('name_holds')
      .set({ status, decided_by: by, decided_at: now, decision_reason: reason })
      .where('id', '=', id)
      .execute();
  }

  private selectList() {
    return this.k
      .selectFrom('name_holds')
      .innerJoin('accounts', 'accounts.id', 'name_holds.account_id')
      .selectAll('name_holds')
      .select([
        'accounts.handle as account_handle',
        'accounts.name as account_name',
        'accounts.status as account_status',
      ]);
  }

  async findListed(id: number): Promise<NameHoldListRow | undefined> {
    return this.selectList().where('name_holds.id', '=', id).executeTakeFirst();
  }

  /** Pending holds first (oldest first: they have waited longest), then decided ones, newest first. */
  async list(status: NameHoldStatus | undefined, limit: number): Promise<NameHoldListRow[]> {
    let q = this.selectList();
    if (status) q = q.where('name_holds.status', '=', status);
    return q
      .orderBy(sql`case when name_holds.status = 'pending' then 0 else 1 end`)
      .orderBy(
        sql`case when name_holds.status = 'pending' then name_holds.created_at else -name_holds.created_at end`,
      )
      .orderBy('name_holds.id')
      .limit(limit)
      .execute();
  }

  /**
   * The hold the account's console page shows: its newest pending one; for a held account
   * without one, its newest hold (a rejection, with the reason).
   */
  async shownFor(account: { id: number; status: string }): Promise<NameHoldRow | undefined> {
    let q = this.k.selectFrom('name_holds').selectAll().where('account_id', '=', account.id);
    if (account.status !== 'held') q = q.where('status', '=', 'pending');
    return q
      .orderBy(sql`case when status = 'pending' then 0 else 1 end`)
      .orderBy('id', 'desc')
      .executeTakeFirst();
  }
}
