/**
 * All SQL of the verification module. `transaction()` hands use cases a repository bound to
 * one transaction; `k` is exposed for the shared helpers that write in the caller's
 * transaction (audit, notifications, jobs).
 */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import { forUpdate, type DialectName } from '../../db/dialect.js';
import type { AccountsTable, Schema } from '../../db/schema.js';
import type {
  VerificationAction,
  VerificationApplicationsTable,
  VerificationEventsTable,
  VerificationLettersTable,
  VerificationStatus,
} from '../../db/tables/verification.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';

export type ApplicationRow = Selectable<VerificationApplicationsTable>;
export type EventRow = Selectable<VerificationEventsTable>;
export type LetterRow = Selectable<VerificationLettersTable>;

/** What verification reads of an account. */
export type VerifiedAccount = Pick<
  Selectable<AccountsTable>,
  | 'id'
  | 'handle'
  | 'name'
  | 'region_code'
  | 'status'
  | 'verified'
  | 'verified_name'
  | 'verified_at'
  | 'verified_until'
  | 'credit_code'
>;

const ACCOUNT_COLUMNS = [
  'id',
  'handle',
  'name',
  'region_code',
  'status',
  'verified',
  'verified_name',
  'verified_at',
  'verified_until',
  'credit_code',
] as const;

/** Statuses in which an application is still open (the account edits it, or a reviewer decides). */
export const OPEN_STATUSES: VerificationStatus[] = ['pending', 'changes_requested'];

export class VerificationRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): VerificationRepository {
    return new VerificationRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: VerificationRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new VerificationRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  // ---- accounts --------------------------------------------------------------------------

  findAccount(id: number): Promise<VerifiedAccount | undefined> {
    return this.k.selectFrom('accounts').select(ACCOUNT_COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  findAccountByHandle(handle: string): Promise<VerifiedAccount | undefined> {
    return this.k
      .selectFrom('accounts')
      .select(ACCOUNT_COLUMNS)
      .where('handle', '=', handle)
      .executeTakeFirst();
  }

  /** The account, locked for the rest of the transaction on PostgreSQL (SQLite has one writer). */
  lockAccount(id: number): Promise<VerifiedAccount | undefined> {
    return forUpdate(
      this.dialect,
      this.k.selectFrom('accounts').select(ACCOUNT_COLUMNS).where('id', '=', id),
    ).executeTakeFirst();
  }

  /** Another account holding this verified name or this (display) name, if any. */
  async nameHolder(name: string, exceptAccountId: number): Promise<{ id: number } | undefined> {
    return this.k
      .selectFrom('accounts')
      .select('id')
      .where((eb) => eb.or([eb('verified_name', '=', name), eb('name', '=', name)]))
      .where('id', '!=', exceptAccountId)
      .executeTakeFirst();
  }

  async updateAccount(id: number, changes: Updateable<AccountsTable>): Promise<void> {
    await this.k.updateTable('accounts').set(changes).where('id', '=', id).execute();
  }

  /** Clears the badge only if it is still the one that lapses at `until` (a renewal moved it). */
  async lapseAccount(id: number, until: number, now: number): Promise<boolean> {
    const r = await this.k
      .updateTable('accounts')
      .set({ verified: 0, verified_name: null, updated_at: now })
      .where('id', '=', id)
      .where('verified', '=', 1)
      .where('verified_until', '=', until)
      .where('verified_until', '<=', now)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Verified accounts whose badge lapses by `by` (the accounts_verified_until index). */
  async expiringBy(by: number): Promise<Array<{ id: number; verified_until: number }>> {
    const rows = await this.k
      .selectFrom('accounts')
      .select(['id', 'verified_until'])
      .where('verified', '=', 1)
      .where('verified_until', '<=', by)
      .orderBy('verified_until')
      .limit(1000)
      .execute();
    return rows.map((r) => ({ id: r.id, verified_until: r.verified_until! }));
  }

  async platformAdmins(): Promise<number[]> {
    const rows = await this.k
      .selectFrom('staff_users')
      .select('id')
      .where('is_platform_admin', '=', 1)
      .where('disabled', '=', 0)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  }

  // ---- letters ---------------------------------------------------------------------------

  findLetter(id: number): Promise<LetterRow | undefined> {
    return this.k.selectFrom('verification_letters').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findLetterByHash(accountId: number, sha256: string): Promise<LetterRow | undefined> {
    return this.k
      .selectFrom('verification_letters')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('sha256', '=', sha256)
      .executeTakeFirst();
  }

  insertLetter(row: Insertable<VerificationLettersTable>): Promise<LetterRow> {
    return this.k.insertInto('verification_letters').values(row).returningAll().executeTakeFirstOrThrow();
  }

  // ---- applications ----------------------------------------------------------------------

  findApplication(id: number): Promise<ApplicationRow | undefined> {
    return this.k.selectFrom('verification_applications').selectAll().where('id', '=', id).executeTakeFirst();
  }

  openApplication(accountId: number): Promise<ApplicationRow | undefined> {
    return this.k
      .selectFrom('verification_applications')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('status', 'in', OPEN_STATUSES)
      .executeTakeFirst();
  }

  lastApproved(accountId: number): Promise<ApplicationRow | undefined> {
    return this.k
      .selectFrom('verification_applications')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('status', '=', 'approved')
      .orderBy('id', 'desc')
      .executeTakeFirst();
  }

  applicationsOf(accountId: number): Promise<ApplicationRow[]> {
    return this.k
      .selectFrom('verification_applications')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('id', 'desc')
      .limit(50)
      .execute();
  }

  /** The review queue: waiting applications first (oldest submission first), then the rest newest first. */
  async queue(filter: { status?: VerificationStatus; limit: number }) {
    let q = this.k
      .selectFrom('verification_applications as v')
      .innerJoin('accounts as a', 'a.id', 'v.account_id')
      .selectAll('v')
      .select(['a.handle', 'a.name as account_name', 'a.verified', 'a.verified_until']);
    if (filter.status) q = q.where('v.status', '=', filter.status);
    const pending = filter.status === undefined || filter.status === 'pending';
    return q
      .$if(pending && filter.status === undefined, (qb) =>
        qb.orderBy((eb) => eb.case().when('v.status', '=', 'pending').then(0).else(1).end()),
      )
      .orderBy('v.submitted_at', filter.status === 'pending' || filter.status === undefined ? 'asc' : 'desc')
      .orderBy('v.id')
      .limit(filter.limit)
      .execute();
  }

  insertApplication(row: Insertable<VerificationApplicationsTable>): Promise<ApplicationRow> {
    return this.k
      .insertInto('verification_applications')
      .values(row)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Moves an application on only from one of `from`: two reviewers deciding at once, one wins. */
  async transition(
    id: number,
    from: VerificationStatus[],
    changes: Updateable<VerificationApplicationsTable>,
  ): Promise<boolean> {
    const r = await this.k
      .updateTable('verification_applications')
      .set(changes)
      .where('id', '=', id)
      .where('status', 'in', from)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async addEvent(
    applicationId: number,
    at: number,
    actorId: number | null,
    action: VerificationAction,
    comment = '',
  ) {
    await this.k
      .insertInto('verification_events')
      .values({ application_id: applicationId, at, actor_id: actorId, action, comment })
      .execute();
  }

  eventsOf(applicationIds: number[]) {
    if (applicationIds.length === 0) return Promise.resolve([]);
    return this.k
      .selectFrom('verification_events as e')
      .leftJoin('staff_users as u', 'u.id', 'e.actor_id')
      .select(['e.id', 'e.application_id', 'e.at', 'e.actor_id', 'e.action', 'e.comment', 'u.display_name'])
      .where('e.application_id', 'in', applicationIds)
      .orderBy('e.application_id')
      .orderBy('e.id')
      .execute();
  }

  // ---- notices ---------------------------------------------------------------------------

  /** Records that `notice` went out for the expiry `until`; false when it already had. */
  async claimNotice(accountId: number, until: number, notice: string, now: number): Promise<boolean> {
    const r = await this.k
      .insertInto('verification_notices')
      .values({ account_id: accountId, verified_until: until, notice, sent_at: now })
      .onConflict((oc) => oc.columns(['account_id', 'verified_until', 'notice']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  noticesOf(accountId: number) {
    return this.k
      .selectFrom('verification_notices')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('sent_at')
      .execute();
  }
}
