import type { Kysely } from 'kysely';
import { epochType, type DialectName } from '../dialect.js';

/**
 * Custom menus: one default menu per account, stored as the exact JSON of WeChat's
 * `menu/create` body (`{button: [...]}`), so the native API, the cgi-bin API and the
 * console editor read and write one representation. Menus per tag or region (WeChat's
 * conditional menus) will be rows of their own table, not columns here.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('menus')
    .addColumn('account_id', 'integer', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('menu_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', epochType(dialect), (c) => c.notNull())
    .execute();
}
