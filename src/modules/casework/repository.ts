/**
 * All SQL of the departments' side of cases (casework) and of the clock sweep.
 * `transaction()` hands use cases a repository bound to one transaction.
 */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type {
  CaseAssistsTable,
  CaseAttachmentsTable,
  CaseEventsTable,
  CaseParticipantRole,
  CasesTable,
  CaseStatus,
} from '../../db/tables/cases.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';
import { regionPrefix } from '../../infra/auth/principal.js';
import {
  caseAttachmentRows,
  findCaseAttachment,
  insertCaseAttachment,
  type AttachmentRow,
} from '../cases/attachmentRows.js';

export type CaseRow = Selectable<CasesTable>;
export type CaseEventRow = Selectable<CaseEventsTable>;
export type AssistRow = Selectable<CaseAssistsTable>;
export type { AttachmentRow };

export interface AccountBrief {
  id: number;
  handle: string;
  name: string;
  region_code: string;
  status: 'active' | 'suspended' | 'held';
}

export type CaseBox = 'handling' | 'assisting' | 'transferred';

export const BOX_ROLE: Record<CaseBox, CaseParticipantRole> = {
  handling: 'handling',
  assisting: 'assisting',
  transferred: 'transferred_away',
};

export interface CaseListRow extends CaseRow {
  role: CaseParticipantRole;
  category_code: string;
  category_name_zh: string;
  category_name_en: string;
}

const ACCOUNT_COLUMNS = ['id', 'handle', 'name', 'region_code', 'status'] as const;

export class CaseworkRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): CaseworkRepository {
    return new CaseworkRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: CaseworkRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new CaseworkRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  // --- accounts ---

  findAccount(id: number): Promise<AccountBrief | undefined> {
    return this.k
      .selectFrom('accounts')
      .select(ACCOUNT_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst() as Promise<AccountBrief | undefined>;
  }

  accountsByIds(ids: number[]): Promise<AccountBrief[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return Promise.resolve([]);
    return this.k
      .selectFrom('accounts')
      .select(ACCOUNT_COLUMNS)
      .where('id', 'in', unique)
      .execute() as Promise<AccountBrief[]>;
  }

  /** Active accounts whose name or handle contains `q` (transfer and assist targets). */
  searchAccounts(q: string, limit: number): Promise<AccountBrief[]> {
    let query = this.k
      .selectFrom('accounts')
      .select(ACCOUNT_COLUMNS)
      .where('status', '=', 'active')
      .orderBy('name')
      .orderBy('id')
      .limit(limit);
    if (q) {
      const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where((eb) =>
        eb.or([eb('name', 'like', like), eb('handle', 'like', like), eb('verified_name', 'like', like)]),
      );
    }
    return query.execute() as Promise<AccountBrief[]>;
  }

  // --- cases ---

  findCase(id: number): Promise<CaseRow | undefined> {
    return this.k.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The row, locked for the rest of the transaction on PostgreSQL (SQLite serialises writers). */
  lockCase(id: number): Promise<CaseRow | undefined> {
    let q = this.k.selectFrom('cases').selectAll().where('id', '=', id);
    if (this.dialect === 'postgres') q = q.forUpdate();
    return q.executeTakeFirst();
  }

  /** Updates the case only if its status is still one of `from`; false when it moved meanwhile. */
  async updateCaseIf(
    id: number,
    from: readonly CaseStatus[],
    values: Updateable<CasesTable>,
  ): Promise<boolean> {
    const res = await this.k
      .updateTable('cases')
      .set(values)
      .where('id', '=', id)
      .where('status', 'in', [...from])
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async updateCase(id: number, values: Updateable<CasesTable>): Promise<void> {
    await this.k.updateTable('cases').set(values).where('id', '=', id).execute();
  }

  categoryOf(id: number) {
    return this.k
      .selectFrom('case_categories')
      .select(['id', 'code', 'name_zh', 'name_en'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  citizenPhone(id: number): Promise<string | null> {
    return this.k
      .selectFrom('citizens')
      .select('phone')
      .where('id', '=', id)
      .executeTakeFirst()
      .then((r) => r?.phone ?? null);
  }

  regionName(code: string): Promise<string | null> {
    return this.k
      .selectFrom('regions')
      .select('name')
      .where('code', '=', code)
      .executeTakeFirst()
      .then((r) => r?.name ?? null);
  }

  /** One box of an account, newest first, `limit` rows after the cursor (an id). */
  listBox(
    accountId: number,
    box: CaseBox,
    opts: { status?: CaseStatus; cursor?: number; limit: number },
  ): Promise<CaseListRow[]> {
    let q = this.k
      .selectFrom('case_participants as p')
      .innerJoin('cases as c', 'c.id', 'p.case_id')
      .innerJoin('case_categories as cat', 'cat.id', 'c.category_id')
      .selectAll('c')
      .select([
        'p.role as role',
        'cat.code as category_code',
        'cat.name_zh as category_name_zh',
        'cat.name_en as category_name_en',
      ])
      .where('p.account_id', '=', accountId)
      .where('p.role', '=', BOX_ROLE[box])
      .orderBy('c.id', 'desc')
      .limit(opts.limit);
    if (opts.status) q = q.where('c.status', '=', opts.status);
    if (opts.cursor) q = q.where('c.id', '<', opts.cursor);
    return q.execute() as Promise<CaseListRow[]>;
  }

  /** Cases per box and status of one account. */
  async boxCounts(
    accountId: number,
  ): Promise<Array<{ role: CaseParticipantRole; status: CaseStatus; n: number }>> {
    const rows = await this.k
      .selectFrom('case_participants as p')
      .innerJoin('cases as c', 'c.id', 'p.case_id')
      .select(['p.role as role', 'c.status as status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('p.account_id', '=', accountId)
      .groupBy(['p.role', 'c.status'])
      .execute();
    return rows.map((r) => ({ role: r.role, status: r.status, n: Number(r.n) }));
  }

  /** Open cases of the account's handling box past their deadline. */
  async overdueCount(accountId: number, now: number): Promise<number> {
    const row = await this.k
      .selectFrom('case_participants as p')
      .innerJoin('cases as c', 'c.id', 'p.case_id')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('p.account_id', '=', accountId)
      .where('p.role', '=', 'handling')
      .where('c.status', 'in', ['received', 'accepted', 'in_progress'])
      .where('c.due_at', '<', now)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  // --- participants ---

  participant(caseId: number, accountId: number): Promise<CaseParticipantRole | null> {
    return this.k
      .selectFrom('case_participants')
      .select('role')
      .where('case_id', '=', caseId)
      .where('account_id', '=', accountId)
      .executeTakeFirst()
      .then((r) => r?.role ?? null);
  }

  participants(caseId: number) {
    return this.k
      .selectFrom('case_participants')
      .select(['account_id', 'role', 'since'])
      .where('case_id', '=', caseId)
      .orderBy('since')
      .execute();
  }

  /** Sets the account's role on the case (inserting the row if it has none). */
  async setParticipant(
    caseId: number,
    accountId: number,
    role: CaseParticipantRole,
    now: number,
  ): Promise<void> {
    await this.k
      .insertInto('case_participants')
      .values({ case_id: caseId, account_id: accountId, role, since: now })
      .onConflict((oc) => oc.columns(['case_id', 'account_id']).doUpdateSet({ role, since: now }))
      .execute();
  }

  // --- events ---

  events(caseId: number): Promise<CaseEventRow[]> {
    return this.k.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
  }

  /** The last transfer (or routing) of the case away from `accountId`: what it still may see. */
  lastTransferAway(caseId: number, accountId: number): Promise<number | null> {
    return this.k
      .selectFrom('case_events')
      .select('id')
      .where('case_id', '=', caseId)
      .where('kind', 'in', ['transferred', 'routed'])
      .where('account_id', '=', accountId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
      .then((r) => r?.id ?? null);
  }

  staffNames(ids: number[]): Promise<Array<{ id: number; display_name: string }>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return Promise.resolve([]);
    return this.k
      .selectFrom('staff_users')
      .select(['id', 'display_name'])
      .where('id', 'in', unique)
      .execute();
  }

  // --- assists ---

  assists(caseId: number): Promise<AssistRow[]> {
    return this.k
      .selectFrom('case_assists')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('id')
      .execute();
  }

  findAssist(caseId: number, id: number): Promise<AssistRow | undefined> {
    return this.k
      .selectFrom('case_assists')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  openAssistTo(caseId: number, toAccountId: number): Promise<AssistRow | undefined> {
    return this.k
      .selectFrom('case_assists')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('to_account_id', '=', toAccountId)
      .where('status', '=', 'open')
      .executeTakeFirst();
  }

  insertAssist(values: Insertable<CaseAssistsTable>): Promise<AssistRow> {
    return this.k.insertInto('case_assists').values(values).returningAll().executeTakeFirstOrThrow();
  }

  async closeAssist(id: number, now: number): Promise<boolean> {
    const res = await this.k
      .updateTable('case_assists')
      .set({ status: 'closed', closed_at: now })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  /** Open assists asked of `accountId` on the case (closed when the case is transferred to it). */
  async closeAssistsTo(caseId: number, accountId: number, now: number): Promise<number[]> {
    const rows = await this.k
      .selectFrom('case_assists')
      .select('id')
      .where('case_id', '=', caseId)
      .where('to_account_id', '=', accountId)
      .where('status', '=', 'open')
      .execute();
    for (const r of rows) await this.closeAssist(r.id, now);
    return rows.map((r) => r.id);
  }

  // --- attachments ---

  attachments(caseId: number): Promise<AttachmentRow[]> {
    return caseAttachmentRows(this.k, caseId);
  }

  findAttachment(caseId: number, id: number): Promise<AttachmentRow | undefined> {
    return findCaseAttachment(this.k, caseId, id);
  }

  insertAttachment(values: Insertable<CaseAttachmentsTable>): Promise<AttachmentRow> {
    return insertCaseAttachment(this.k, values);
  }

  /** The staff member's uploads among `ids` not yet attached to a case. */
  unattachedStaffUploads(staffUserId: number, ids: number[]): Promise<AttachmentRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.k
      .selectFrom('case_attachments')
      .selectAll()
      .where('staff_user_id', '=', staffUserId)
      .where('case_id', 'is', null)
      .where('id', 'in', ids)
      .execute();
  }

  async attachUploads(ids: number[], caseId: number, eventId: number): Promise<void> {
    for (const [position, id] of ids.entries())
      await this.k
        .updateTable('case_attachments')
        .set({ case_id: caseId, event_id: eventId, position })
        .where('id', '=', id)
        .where('case_id', 'is', null)
        .execute();
  }

  // --- the clock sweep ---

  /** Cases whose next clock step is due, earliest first (the partial index cases_clock_next). */
  dueClocks(now: number, limit: number): Promise<CaseRow[]> {
    return this.k
      .selectFrom('cases')
      .selectAll()
      .where('clock_next_at', 'is not', null)
      .where('clock_next_at', '<=', now)
      .orderBy('clock_next_at')
      .limit(limit)
      .execute();
  }

  /**
   * Moves the case's clock from the step it was at to the next, only if nobody did meanwhile:
   * true for exactly one of any number of sweepers (and never again after a restart).
   */
  async advanceClock(
    row: Pick<CaseRow, 'id' | 'clock_stage' | 'clock_next_at'>,
    values: Updateable<CasesTable>,
  ): Promise<boolean> {
    if (row.clock_stage === null || row.clock_next_at === null) return false;
    const res = await this.k
      .updateTable('cases')
      .set(values)
      .where('id', '=', row.id)
      .where('clock_stage', '=', row.clock_stage)
      .where('clock_next_at', '=', row.clock_next_at)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  /** Supervisors (not disabled) whose region covers `regionCode`. */
  async supervisorsOf(regionCode: string): Promise<number[]> {
    const rows = await this.k
      .selectFrom('staff_users')
      .select(['id', 'supervisor_region'])
      .where('supervisor_region', 'is not', null)
      .where('disabled', '=', 0)
      .execute();
    return rows.filter((r) => coversRegion(r.supervisor_region!, regionCode)).map((r) => r.id);
  }

  /** Closes the case if it is still answered with that answer (a reopen meanwhile wins). */
  async closeIfStillAnswered(id: number, answeredAt: number, now: number): Promise<boolean> {
    const res = await this.k
      .updateTable('cases')
      .set({ status: 'closed', closed_at: now, clock_stage: null, clock_next_at: null, updated_at: now })
      .where('id', '=', id)
      .where('status', '=', 'answered')
      .where('answered_at', '=', answeredAt)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  /** Answered cases whose answer is older than `before` and that were not reopened since. */
  staleAnswered(before: number, limit: number): Promise<CaseRow[]> {
    return this.k
      .selectFrom('cases')
      .selectAll()
      .where('status', '=', 'answered')
      .where('answered_at', '<=', before)
      .orderBy('answered_at')
      .limit(limit)
      .execute();
  }
}

/** Whether a supervisor of region `supervisorRegion` oversees `regionCode` (as principal.ts supervises). */
export function coversRegion(supervisorRegion: string, regionCode: string): boolean {
  return regionCode.startsWith(regionPrefix(supervisorRegion));
}
