/**
 * All SQL of citizens' reports of fake accounts. `transaction()` hands use cases a repository
 * bound to one transaction.
 */
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type {
  FakeReportReason,
  FakeReportScreenshotsTable,
  FakeReportsTable,
  FakeReportStatus,
} from '../../db/tables/fakereports.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';

export type ReportRow = Selectable<FakeReportsTable>;
export type ScreenshotRow = Selectable<FakeReportScreenshotsTable>;

/** What the queue and the decision need to know about the reported account. */
export interface ReportedAccount {
  id: number;
  handle: string;
  name: string;
  avatar_url: string | null;
  verified: number;
  verified_name: string | null;
  status: 'active' | 'suspended';
}

export interface GroupRow {
  account_id: number;
  total: number;
  open: number;
  latest_at: number;
}

export type GroupState = 'open' | 'decided' | 'all';

const ACCOUNT_COLUMNS = [
  'id',
  'handle',
  'name',
  'avatar_url',
  'verified',
  'verified_name',
  'status',
] as const;

export class FakeReportsRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): FakeReportsRepository {
    return new FakeReportsRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: FakeReportsRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new FakeReportsRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  // Held accounts (name guard) were never visible, so citizens cannot have reported them.
  findAccount(id: number): Promise<ReportedAccount | undefined> {
    return this.k
      .selectFrom('accounts')
      .select(ACCOUNT_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst() as Promise<ReportedAccount | undefined>;
  }

  accountsByIds(ids: number[]): Promise<ReportedAccount[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.k.selectFrom('accounts').select(ACCOUNT_COLUMNS).where('id', 'in', ids).execute() as Promise<
      ReportedAccount[]
    >;
  }

  /** Sets the account's status only if it is still `from` (two admins deciding at once: one wins). */
  async moveAccountStatus(
    id: number,
    from: 'active' | 'suspended',
    to: 'active' | 'suspended',
    now: number,
  ): Promise<boolean> {
    const res = await this.k
      .updateTable('accounts')
      .set({ status: to, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  // --- screenshots ---

  insertScreenshot(values: Insertable<FakeReportScreenshotsTable>): Promise<ScreenshotRow> {
    return this.k
      .insertInto('fake_report_screenshots')
      .values(values)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  findScreenshot(id: number): Promise<ScreenshotRow | undefined> {
    return this.k.selectFrom('fake_report_screenshots').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The citizen's uploads among `ids` not yet attached to a report. */
  unattachedScreenshots(citizenId: number, ids: number[]): Promise<ScreenshotRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.k
      .selectFrom('fake_report_screenshots')
      .selectAll()
      .where('citizen_id', '=', citizenId)
      .where('report_id', 'is', null)
      .where('id', 'in', ids)
      .execute();
  }

  /** Attaches one screenshot, only if it is still unattached (a concurrent filing cannot take it too). */
  async attachScreenshot(id: number, reportId: number, position: number): Promise<boolean> {
    const res = await this.k
      .updateTable('fake_report_screenshots')
      .set({ report_id: reportId, position })
      .where('id', '=', id)
      .where('report_id', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  screenshotsOf(reportIds: number[]): Promise<ScreenshotRow[]> {
    if (reportIds.length === 0) return Promise.resolve([]);
    return this.k
      .selectFrom('fake_report_screenshots')
      .selectAll()
      .where('report_id', 'in', reportIds)
      .orderBy('report_id')
      .orderBy('position')
      .execute();
  }

  /** Uploads never attached to a report, older than `before` (abandoned forms). */
  staleScreenshots(before: number, limit: number): Promise<ScreenshotRow[]> {
    return this.k
      .selectFrom('fake_report_screenshots')
      .selectAll()
      .where('report_id', 'is', null)
      .where('created_at', '<', before)
      .limit(limit)
      .execute();
  }

  async deleteScreenshots(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.k.deleteFrom('fake_report_screenshots').where('id', 'in', ids).execute();
  }

  /** Whether another row still points at these bytes (identical uploads share one key). */
  async keyInUse(key: string): Promise<boolean> {
    const row = await this.k
      .selectFrom('fake_report_screenshots')
      .select('id')
      .where((eb) => eb.or([eb('storage_key', '=', key), eb('thumb_key', '=', key)]))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  // --- reports ---

  insertReport(values: Insertable<FakeReportsTable>): Promise<ReportRow> {
    return this.k.insertInto('fake_reports').values(values).returningAll().executeTakeFirstOrThrow();
  }

  findOpenReport(citizenId: number, accountId: number): Promise<ReportRow | undefined> {
    return this.k
      .selectFrom('fake_reports')
      .selectAll()
      .where('citizen_id', '=', citizenId)
      .where('account_id', '=', accountId)
      .where('status', '=', 'open')
      .executeTakeFirst();
  }

  reportsOfCitizen(citizenId: number, limit: number): Promise<Array<ReportRow & { account_name: string }>> {
    return this.k
      .selectFrom('fake_reports as r')
      .innerJoin('accounts as a', 'a.id', 'r.account_id')
      .selectAll('r')
      .select('a.name as account_name')
      .where('r.citizen_id', '=', citizenId)
      .orderBy('r.id', 'desc')
      .limit(limit)
      .execute();
  }

  async unseenOutcomes(citizenId: number): Promise<number> {
    const row = await this.k
      .selectFrom('fake_reports')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('citizen_id', '=', citizenId)
      .where('status', '!=', 'open')
      .where('outcome_seen_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async markOutcomesSeen(citizenId: number, now: number): Promise<void> {
    await this.k
      .updateTable('fake_reports')
      .set({ outcome_seen_at: now })
      .where('citizen_id', '=', citizenId)
      .where('status', '!=', 'open')
      .where('outcome_seen_at', 'is', null)
      .execute();
  }

  reportsOfAccount(
    accountId: number,
  ): Promise<Array<ReportRow & { phone: string; decided_by_name: string | null }>> {
    return (
      this.k
        .selectFrom('fake_reports as r')
        .innerJoin('citizens as c', 'c.id', 'r.citizen_id')
        .leftJoin('staff_users as s', 's.id', 'r.decided_by')
        .selectAll('r')
        .select(['c.phone', 's.display_name as decided_by_name'])
        .where('r.account_id', '=', accountId)
        // Open ones first, then newest first.
        .orderBy(sql`case when r.status = 'open' then 0 else 1 end`)
        .orderBy('r.id', 'desc')
        .limit(500)
        .execute()
    );
  }

  /** Closes every open report of the account with one outcome; returns the reporters told. */
  async decideOpenReports(
    accountId: number,
    status: Exclude<FakeReportStatus, 'open'>,
    note: string,
    decidedBy: number,
    now: number,
  ): Promise<Array<{ id: number; citizen_id: number }>> {
    return this.k
      .updateTable('fake_reports')
      .set({ status, outcome_note: note, decided_by: decidedBy, decided_at: now, outcome_seen_at: null })
      .where('account_id', '=', accountId)
      .where('status', '=', 'open')
      .returning(['id', 'citizen_id'])
      .execute();
  }

  // --- the grouped queue ---

  /**
   * Reported accounts, one row each: accounts with open reports first, then by open count,
   * total count and the latest report. `state` keeps groups with open reports only, without
   * any, or all.
   */
  async groups(
    state: GroupState,
    offset: number,
    limit: number,
  ): Promise<{ rows: GroupRow[]; total: number }> {
    const openCount = sql<number>`sum(case when status = 'open' then 1 else 0 end)`;
    let q = this.k
      .selectFrom('fake_reports')
      .select((eb) => [
        'account_id',
        eb.fn.countAll<number | string>().as('total'),
        openCount.as('open'),
        eb.fn.max('created_at').as('latest_at'),
      ])
      .groupBy('account_id');
    if (state === 'open') q = q.having(openCount, '>', 0);
    if (state === 'decided') q = q.having(openCount, '=', 0);
    const rows = await q
      .orderBy(sql`case when sum(case when status = 'open' then 1 else 0 end) > 0 then 0 else 1 end`)
      .orderBy(openCount, 'desc')
      .orderBy(sql`count(*)`, 'desc')
      .orderBy(sql`max(created_at)`, 'desc')
      .orderBy('account_id', 'desc')
      .offset(offset)
      .limit(limit)
      .execute();
    const counted = await this.k
      .selectFrom(q.as('g'))
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return {
      rows: rows.map((r) => ({
        account_id: r.account_id,
        total: Number(r.total),
        open: Number(r.open),
        latest_at: Number(r.latest_at),
      })),
      total: Number(counted.n),
    };
  }

  /** Per account and reason: how many reports (open ones when the group has any). */
  async reasonCounts(
    accountIds: number[],
  ): Promise<Array<{ account_id: number; reason: FakeReportReason; status: FakeReportStatus; n: number }>> {
    if (accountIds.length === 0) return [];
    const rows = await this.k
      .selectFrom('fake_reports')
      .select((eb) => ['account_id', 'reason', 'status', eb.fn.countAll<number | string>().as('n')])
      .where('account_id', 'in', accountIds)
      .groupBy(['account_id', 'reason', 'status'])
      .execute();
    return rows.map((r) => ({ ...r, n: Number(r.n) }));
  }

  async openCount(): Promise<number> {
    const row = await this.k
      .selectFrom('fake_reports')
      .select((eb) => eb.fn.count<number | string>('account_id').distinct().as('n'))
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
