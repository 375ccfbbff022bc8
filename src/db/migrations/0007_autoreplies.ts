import type { Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * Automatic replies: an account's keyword rules, their keywords, and one settings row per
 * account holding the on-follow greeting, the default ("message received") reply and the
 * rules version.
 *
 * - autoreply_settings.rules_version: bumped in the same transaction as every rule, greeting
 *   or default write, so each process's in-memory match index learns it is stale from one
 *   primary-key read. The same row is the lock that serialises an account's rule writes.
 * - autoreply_rules (account_id, priority, id): the console's list in precedence order.
 * - autoreply_keywords.folded: the keyword after the matcher's folding (NFKC per character,
 *   lower case, no whitespace), computed at save time; account_id is copied from the rule so
 *   an index build reads one range of keywords without a join.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);

  await db.schema
    .createTable('autoreply_settings')
    .addColumn('account_id', 'integer', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('rules_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('greeting_json', 'text')
    .addColumn('default_json', 'text')
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();

  await withIdColumn(dialect, db.schema.createTable('autoreply_rules'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reply_mode', 'text', (c) => c.notNull())
    .addColumn('replies_json', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('autoreply_rules_account')
    .on('autoreply_rules')
    .columns(['account_id', 'priority', 'id'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('autoreply_keywords'))
    .addColumn('rule_id', 'integer', (c) => c.notNull().references('autoreply_rules.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('keyword', 'text', (c) => c.notNull())
    .addColumn('folded', 'text', (c) => c.notNull())
    .addColumn('match_type', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('autoreply_keywords_account')
    .on('autoreply_keywords')
    .columns(['account_id', 'rule_id'])
    .execute();
  await db.schema
    .createIndex('autoreply_keywords_rule')
    .on('autoreply_keywords')
    .columns(['rule_id', 'position'])
    .execute();
}
