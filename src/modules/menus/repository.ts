/** All SQL of custom menus: one row per account holding WeChat's menu JSON. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';

export class MenusRepository {
  constructor(
    private readonly k: Kysely<Schema>,
    private readonly dialect: DialectName,
  ) {}

  static of(database: Database): MenusRepository {
    return new MenusRepository(database.k, database.dialect);
  }

  /** Runs `fn` in one transaction: the menu and its audit entry commit together. */
  transaction<T>(fn: (repo: MenusRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new MenusRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  findAccount(accountId: number) {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'status'])
      .where('id', '=', accountId)
      .executeTakeFirst();
  }

  findMenu(accountId: number) {
    return this.k
      .selectFrom('menus')
      .select(['menu_json', 'updated_at'])
      .where('account_id', '=', accountId)
      .executeTakeFirst();
  }

  /** Inserts or replaces the account's menu. */
  async upsertMenu(accountId: number, menuJson: string, now: number): Promise<void> {
    await this.k
      .insertInto('menus')
      .values({ account_id: accountId, menu_json: menuJson, updated_at: now })
      .onConflict((oc) => oc.column('account_id').doUpdateSet({ menu_json: menuJson, updated_at: now }))
      .execute();
  }
}
