/** All SQL of the administration of cases (tables of migration 0022, src/db/tables/cases.ts). */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type {
  CaseCategoriesTable,
  CaseClockSettingsTable,
  CaseRoutingRulesTable,
} from '../../db/tables/cases.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';

export type CategoryRow = Selectable<CaseCategoriesTable>;
export type CategoryWithCounts = CategoryRow & { case_count: number; rule_count: number };
export type ClockRow = Selectable<CaseClockSettingsTable>;

export interface RuleRow extends Selectable<CaseRoutingRulesTable> {
  category_code: string;
  category_name_zh: string;
  category_name_en: string;
  category_active: number;
  account_handle: string;
  account_name: string;
  account_status: string;
  created_by_name: string | null;
}

export interface ClientRow {
  id: number;
  name: string;
  created_at: number;
  created_by_name: string | null;
  revoked_at: number | null;
  request_count: number;
}

export class CasesAdminRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): CasesAdminRepository {
    return new CasesAdminRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: CasesAdminRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new CasesAdminRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  // ---- categories ----

  private categoriesWithCounts() {
    return this.k
      .selectFrom('case_categories as c')
      .selectAll('c')
      .select((eb) => [
        eb
          .selectFrom('cases')
          .select(eb.fn.countAll<number | string>().as('n'))
          .whereRef('cases.category_id', '=', 'c.id')
          .as('case_count'),
        eb
          .selectFrom('case_routing_rules as r')
          .select(eb.fn.countAll<number | string>().as('n'))
          .whereRef('r.category_id', '=', 'c.id')
          .as('rule_count'),
      ]);
  }

  async listCategories(): Promise<CategoryWithCounts[]> {
    const rows = await this.categoriesWithCounts().orderBy('c.position').orderBy('c.id').execute();
    return rows.map(withCounts);
  }

  async categoryWithCounts(id: number): Promise<CategoryWithCounts | undefined> {
    const row = await this.categoriesWithCounts().where('c.id', '=', id).executeTakeFirst();
    return row ? withCounts(row) : undefined;
  }

  findCategory(id: number): Promise<CategoryRow | undefined> {
    return this.k.selectFrom('case_categories').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findCategoryByCode(code: string): Promise<CategoryRow | undefined> {
    return this.k.selectFrom('case_categories').selectAll().where('code', '=', code).executeTakeFirst();
  }

  children(id: number): Promise<Array<Pick<CategoryRow, 'id' | 'active'>>> {
    return this.k
      .selectFrom('case_categories')
      .select(['id', 'active'])
      .where('parent_id', '=', id)
      .execute();
  }

  async insertCategory(row: Insertable<CaseCategoriesTable>): Promise<number> {
    const r = await this.k
      .insertInto('case_categories')
      .values(row)
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async updateCategory(id: number, patch: Updateable<CaseCategoriesTable>): Promise<void> {
    await this.k.updateTable('case_categories').set(patch).where('id', '=', id).execute();
  }

  async deleteCategory(id: number): Promise<void> {
    await this.k.deleteFrom('case_categories').where('id', '=', id).execute();
  }

  async categoryUsed(id: number): Promise<boolean> {
    const row = await this.k
      .selectFrom('cases')
      .select('id')
      .where('category_id', '=', id)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  // ---- routing rules ----

  private rules() {
    return this.k
      .selectFrom('case_routing_rules as r')
      .innerJoin('case_categories as c', 'c.id', 'r.category_id')
      .innerJoin('accounts as a', 'a.id', 'r.account_id')
      .leftJoin('staff_users as s', 's.id', 'r.created_by')
      .selectAll('r')
      .select([
        'c.code as category_code',
        'c.name_zh as category_name_zh',
        'c.name_en as category_name_en',
        'c.active as category_active',
        'a.handle as account_handle',
        'a.name as account_name',
        'a.status as account_status',
        's.display_name as created_by_name',
      ]);
  }

  listRules(categoryId?: number): Promise<RuleRow[]> {
    let q = this.rules();
    if (categoryId !== undefined) q = q.where('r.category_id', '=', categoryId);
    return q.orderBy('c.position').orderBy('c.id').orderBy('r.region_prefix').orderBy('r.id').execute();
  }

  findRule(id: number): Promise<RuleRow | undefined> {
    return this.rules().where('r.id', '=', id).executeTakeFirst();
  }

  findRuleByKey(categoryId: number, prefix: string): Promise<{ id: number } | undefined> {
    return this.k
      .selectFrom('case_routing_rules')
      .select('id')
      .where('category_id', '=', categoryId)
      .where('region_prefix', '=', prefix)
      .executeTakeFirst();
  }

  async insertRule(row: Insertable<CaseRoutingRulesTable>): Promise<number> {
    const r = await this.k
      .insertInto('case_routing_rules')
      .values(row)
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async deleteRule(id: number): Promise<void> {
    await this.k.deleteFrom('case_routing_rules').where('id', '=', id).execute();
  }

  findRegion(code: string): Promise<{ code: string; name: string } | undefined> {
    return this.k.selectFrom('regions').select(['code', 'name']).where('code', '=', code).executeTakeFirst();
  }

  async regionNames(codes: string[]): Promise<Map<string, string>> {
    if (codes.length === 0) return new Map();
    const rows = await this.k
      .selectFrom('regions')
      .select(['code', 'name'])
      .where('code', 'in', [...new Set(codes)])
      .execute();
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  findAccount(
    id: number,
  ): Promise<{ id: number; handle: string; name: string; status: string; region_code: string } | undefined> {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'handle', 'name', 'status', 'region_code'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  // ---- clock settings ----

  clockRows(accountId: number): Promise<Array<ClockRow & { updated_by_name: string | null }>> {
    return this.k
      .selectFrom('case_clock_settings as s')
      .leftJoin('staff_users as u', 'u.id', 's.updated_by')
      .selectAll('s')
      .select('u.display_name as updated_by_name')
      .where('s.account_id', '=', accountId)
      .orderBy('s.id')
      .execute();
  }

  async replaceClockRows(accountId: number, rows: Array<Insertable<CaseClockSettingsTable>>): Promise<void> {
    await this.k.deleteFrom('case_clock_settings').where('account_id', '=', accountId).execute();
    if (rows.length > 0) await this.k.insertInto('case_clock_settings').values(rows).execute();
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

  async existingCategoryIds(ids: number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.k.selectFrom('case_categories').select('id').where('id', 'in', ids).execute();
    return new Set(rows.map((r) => r.id));
  }

  // ---- Open311 clients ----

  private clients() {
    return this.k
      .selectFrom('open311_clients as o')
      .leftJoin('staff_users as s', 's.id', 'o.created_by')
      .select((eb) => [
        'o.id',
        'o.name',
        'o.created_at',
        'o.revoked_at',
        's.display_name as created_by_name',
        eb
          .selectFrom('cases')
          .select(eb.fn.countAll<number | string>().as('n'))
          .whereRef('cases.open311_client_id', '=', 'o.id')
          .as('request_count'),
      ]);
  }

  async listClients(): Promise<ClientRow[]> {
    const rows = await this.clients().orderBy('o.id', 'desc').execute();
    return rows.map((r) => ({ ...r, request_count: Number(r.request_count ?? 0) }));
  }

  async findClient(id: number): Promise<ClientRow | undefined> {
    const r = await this.clients().where('o.id', '=', id).executeTakeFirst();
    return r ? { ...r, request_count: Number(r.request_count ?? 0) } : undefined;
  }
}

function withCounts<T extends { case_count: unknown; rule_count: unknown }>(
  r: T,
): Omit<T, 'case_count' | 'rule_count'> & { case_count: number; rule_count: number } {
  return { ...r, case_count: Number(r.case_count ?? 0), rule_count: Number(r.rule_count ?? 0) };
}
