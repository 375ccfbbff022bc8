/**
 * SQL of filing cases and of the citizen's side (my cases, the case page, attachments,
 * rating, reopening). `transaction()` hands use cases a repository bound to one transaction.
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type {
  CaseAttachmentsTable,
  CaseCategoriesTable,
  CaseParticipantRole,
  CasesTable,
} from '../../db/tables/cases.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';
import {
  caseAttachmentRows,
  findCaseAttachment,
  insertCaseAttachment,
  type AttachmentRow,
} from './attachmentRows.js';

export type CaseRow = Selectable<CasesTable>;
export type CategoryRow = Selectable<CaseCategoriesTable>;
export type { AttachmentRow };

export interface AccountRef {
  id: number;
  handle: string;
  name: string;
  status: 'active' | 'suspended' | 'held';
}

export class CasesRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): CasesRepository {
    return new CasesRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: CasesRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new CasesRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  findAccount(id: number): Promise<AccountRef | undefined> {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'handle', 'name', 'status'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  accountsByIds(ids: number[]): Promise<AccountRef[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.k
      .selectFrom('accounts')
      .select(['id', 'handle', 'name', 'status'])
      .where('id', 'in', [...new Set(ids)])
      .execute();
  }

  findCategory(id: number): Promise<CategoryRow | undefined> {
    return this.k.selectFrom('case_categories').selectAll().where('id', '=', id).executeTakeFirst();
  }

  categoriesByIds(ids: number[]): Promise<CategoryRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.k
      .selectFrom('case_categories')
      .selectAll()
      .where('id', 'in', [...new Set(ids)])
      .execute();
  }

  activeCategories(): Promise<CategoryRow[]> {
    return this.k
      .selectFrom('case_categories')
      .selectAll()
      .where('active', '=', 1)
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  async regionExists(code: string): Promise<boolean> {
    const row = await this.k.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
    return row !== undefined;
  }

  async regionName(code: string): Promise<string | null> {
    const row = await this.k.selectFrom('regions').select('name').where('code', '=', code).executeTakeFirst();
    return row?.name ?? null;
  }

  /** Routing rules of these categories whose prefix covers `regionCode` ('' covers all). */
  routingCandidates(
    categoryIds: number[],
    regionCode: string | null,
  ): Promise<Array<{ id: number; category_id: number; region_prefix: string; account_id: number }>> {
    const prefixes = [''];
    if (regionCode) for (let n = 2; n <= regionCode.length; n += 2) prefixes.push(regionCode.slice(0, n));
    // A rule whose department was suspended (or is held) since does not route: the case falls
    // to a broader rule, or stays with the department it was filed at.
    return this.k
      .selectFrom('case_routing_rules as r')
      .innerJoin('accounts as a', 'a.id', 'r.account_id')
      .select(['r.id', 'r.category_id', 'r.region_prefix', 'r.account_id'])
      .where('r.category_id', 'in', categoryIds)
      .where('r.region_prefix', 'in', prefixes)
      .where('a.status', '=', 'active')
      .execute();
  }

  /** The citizen's uploads among `ids` not yet attached to any case. */
  unattachedUploads(citizenId: number, ids: number[]): Promise<AttachmentRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.k
      .selectFrom('case_attachments')
      .selectAll()
      .where('id', 'in', ids)
      .where('citizen_id', '=', citizenId)
      .where('case_id', 'is', null)
      .execute();
  }

  async attachUpload(id: number, caseId: number, position: number): Promise<boolean> {
    const res = await this.k
      .updateTable('case_attachments')
      .set({ case_id: caseId, position })
      .where('id', '=', id)
      .where('case_id', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  insertAttachment(values: Insertable<CaseAttachmentsTable>): Promise<AttachmentRow> {
    return insertCaseAttachment(this.k, values);
  }

  caseAttachments(caseId: number): Promise<AttachmentRow[]> {
    return caseAttachmentRows(this.k, caseId);
  }

  findAttachment(caseId: number, id: number): Promise<AttachmentRow | undefined> {
    return findCaseAttachment(this.k, caseId, id);
  }

  async insertCase(values: Insertable<CasesTable>): Promise<CaseRow> {
    return this.k.insertInto('cases').values(values).returningAll().executeTakeFirstOrThrow();
  }

  async setTrackingNo(id: number, trackingNo: string): Promise<void> {
    await this.k.updateTable('cases').set({ tracking_no: trackingNo }).where('id', '=', id).execute();
  }

  findCase(id: number): Promise<CaseRow | undefined> {
    return this.k.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findCitizenCase(citizenId: number, trackingNo: string): Promise<CaseRow | undefined> {
    return this.k
      .selectFrom('cases')
      .selectAll()
      .where('tracking_no', '=', trackingNo)
      .where('citizen_id', '=', citizenId)
      .executeTakeFirst();
  }

  /** Newest first, keyset-paged by id. */
  citizenCases(citizenId: number, beforeId: number | null, limit: number): Promise<CaseRow[]> {
    let q = this.k.selectFrom('cases').selectAll().where('citizen_id', '=', citizenId);
    if (beforeId !== null) q = q.where('id', '<', beforeId);
    return q.orderBy('id', 'desc').limit(limit).execute();
  }

  async addParticipant(caseId: number, accountId: number, role: CaseParticipantRole, since: number) {
    await this.k
      .insertInto('case_participants')
      .values({ case_id: caseId, account_id: accountId, role, since })
      .onConflict((oc) => oc.columns(['case_id', 'account_id']).doUpdateSet({ role, since }))
      .execute();
  }

  publicEvents(caseId: number, kinds: readonly string[]) {
    return this.k
      .selectFrom('case_events')
      .select(['id', 'kind', 'account_id', 'to_account_id', 'body', 'data', 'created_at'])
      .where('case_id', '=', caseId)
      .where('public', '=', 1)
      .where('kind', 'in', kinds as never)
      .orderBy('id')
      .execute();
  }

  /** A conditional update: applies only while the case is still in the state the caller read. */
  async updateCase(
    id: number,
    expect: { status?: CaseRow['status']; reopen_count?: number; rated_at?: null; updated_at?: number },
    set: Partial<Insertable<CasesTable>>,
  ): Promise<boolean> {
    let q = this.k.updateTable('cases').set(set).where('id', '=', id);
    if (expect.status !== undefined) q = q.where('status', '=', expect.status);
    if (expect.reopen_count !== undefined) q = q.where('reopen_count', '=', expect.reopen_count);
    if (expect.rated_at === null) q = q.where('rated_at', 'is', null);
    if (expect.updated_at !== undefined) q = q.where('updated_at', '=', expect.updated_at);
    const res = await q.executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }
}
