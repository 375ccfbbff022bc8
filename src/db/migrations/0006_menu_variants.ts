import type { Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * Conditional menus (WeChat's "个性化菜单"), the follower tags and citizen home region they
 * match on, and the hotlines page a menu button can open.
 *
 * - follower_tags: an account's own labels for its followers (unique name per account).
 * - follower_tag_members: which citizens carry a tag; console staff address them by openid,
 *   the table keeps the citizen id (openids are derived per account, never stored keys).
 *   (account_id, citizen_id) answers "the tags of this citizen here" when a menu is served.
 * - menu_variants: per-account list in match order (`position`); a variant matches when every
 *   condition it has holds. A tag in use cannot be deleted (no cascade), so a variant never
 *   loses its condition and silently starts matching everyone.
 * - citizens.region_code: where the citizen says they live, matched by prefix.
 * - hotlines: the account's service phone numbers, in display order.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);

  await withIdColumn(dialect, db.schema.createTable('follower_tags'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addUniqueConstraint('follower_tags_account_name', ['account_id', 'name'])
    .execute();

  await db.schema
    .createTable('follower_tag_members')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('follower_tags.id').onDelete('cascade'))
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id').onDelete('cascade'))
    .addColumn('tagged_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('follower_tag_members_pk', ['tag_id', 'citizen_id'])
    .execute();
  await db.schema
    .createIndex('follower_tag_members_citizen')
    .on('follower_tag_members')
    .columns(['account_id', 'citizen_id'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('menu_variants'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('tag_id', 'integer', (c) => c.references('follower_tags.id'))
    .addColumn('region_prefix', 'text')
    .addColumn('menu_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('menu_variants_account')
    .on('menu_variants')
    .columns(['account_id', 'position'])
    .execute();
  await db.schema.createIndex('menu_variants_tag').on('menu_variants').column('tag_id').execute();

  await db.schema.alterTable('citizens').addColumn('region_code', 'text').execute();

  await db.schema
    .createTable('hotlines')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('hours', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('hotlines_pk', ['account_id', 'position'])
    .execute();
}
