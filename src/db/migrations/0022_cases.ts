import { sql, type Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * Cases (issue "Public opinion and cases"); row types and the meaning of each column in
 * ../tables/cases.ts.
 *
 * The case row is its own durable clock: `clock_next_at` + `clock_stage` say what the sweep
 * does next and when. The sweep finds due cases through the partial index on clock_next_at
 * (only running clocks are in it, so a million open cases cost an index range scan of the
 * due ones) and advances each with a conditional update, so a step fires once across
 * restarts and concurrent sweepers.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);
  const real = dialect === 'postgres' ? 'double precision' : 'real';

  await withIdColumn(dialect, db.schema.createTable('case_categories'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('parent_id', 'integer', (c) => c.references('case_categories.id').onDelete('restrict'))
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_zh', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('description_en', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('keywords', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('major', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('due_hours', 'integer', (c) => c.notNull())
    .addColumn('statement_hours', 'integer')
    .addColumn('time_basis', 'text', (c) => c.notNull().defaultTo('calendar'))
    .addColumn('warn_percent', 'integer', (c) => c.notNull().defaultTo(75))
    .addColumn('attributes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();

  await withIdColumn(dialect, db.schema.createTable('case_clock_settings'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('category_id', 'integer', (c) => c.references('case_categories.id').onDelete('cascade'))
    .addColumn('due_hours', 'integer', (c) => c.notNull())
    .addColumn('statement_hours', 'integer')
    .addColumn('time_basis', 'text', (c) => c.notNull())
    .addColumn('warn_percent', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();
  // One row per account and category, and one account-wide row (category_id null).
  await db.schema
    .createIndex('case_clock_settings_category')
    .on('case_clock_settings')
    .columns(['account_id', 'category_id'])
    .unique()
    .where(sql.ref('category_id'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('case_clock_settings_account')
    .on('case_clock_settings')
    .column('account_id')
    .unique()
    .where(sql.ref('category_id'), 'is', null)
    .execute();

  await withIdColumn(dialect, db.schema.createTable('case_routing_rules'))
    .addColumn('category_id', 'integer', (c) =>
      c.notNull().references('case_categories.id').onDelete('cascade'),
    )
    .addColumn('region_prefix', 'text', (c) => c.notNull())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('created_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_routing_rules_key')
    .on('case_routing_rules')
    .columns(['category_id', 'region_prefix'])
    .unique()
    .execute();

  await withIdColumn(dialect, db.schema.createTable('open311_clients'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('revoked_at', ms)
    .execute();

  await withIdColumn(dialect, db.schema.createTable('cases'))
    .addColumn('tracking_no', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('case_categories.id'))
    .addColumn('filed_account_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id'))
    .addColumn('citizen_id', 'integer', (c) => c.references('citizens.id').onDelete('set null'))
    .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reported_account_id', 'integer', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('contact_preference', 'text', (c) => c.notNull())
    .addColumn('contact', 'text')
    .addColumn('region_code', 'text')
    .addColumn('address', 'text')
    .addColumn('latitude', real)
    .addColumn('longitude', real)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('major', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('time_basis', 'text', (c) => c.notNull())
    .addColumn('warn_percent', 'integer', (c) => c.notNull())
    .addColumn('clock_started_at', ms, (c) => c.notNull())
    .addColumn('warn_at', ms, (c) => c.notNull())
    .addColumn('due_at', ms, (c) => c.notNull())
    .addColumn('statement_warn_at', ms)
    .addColumn('statement_due_at', ms)
    .addColumn('statement_at', ms)
    .addColumn('clock_next_at', ms)
    .addColumn('clock_stage', 'text')
    .addColumn('warned_at', ms)
    .addColumn('breached_at', ms)
    .addColumn('answer', 'text')
    .addColumn('answered_at', ms)
    .addColumn('first_answered_at', ms)
    .addColumn('answered_on_time', 'integer')
    .addColumn('answered_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('closed_at', ms)
    .addColumn('reopened_at', ms)
    .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('satisfaction', 'integer')
    .addColumn('satisfaction_comment', 'text')
    .addColumn('rated_at', ms)
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('app'))
    .addColumn('open311_client_id', 'integer', (c) => c.references('open311_clients.id').onDelete('set null'))
    .addColumn('open311_token', 'text', (c) => c.unique())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();
  // The clock sweep: only running clocks are indexed.
  await db.schema
    .createIndex('cases_clock_next')
    .on('cases')
    .column('clock_next_at')
    .where(sql.ref('clock_next_at'), 'is not', null)
    .execute();
  // A department's queue, newest first, by status.
  await db.schema.createIndex('cases_account').on('cases').columns(['account_id', 'status', 'id']).execute();
  // Statistics per account and per region by month; Open311 lists by date.
  await db.schema
    .createIndex('cases_account_created')
    .on('cases')
    .columns(['account_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('cases_region_created')
    .on('cases')
    .columns(['region_code', 'created_at'])
    .execute();
  await db.schema.createIndex('cases_created').on('cases').column('created_at').execute();
  // "My cases".
  await db.schema.createIndex('cases_citizen').on('cases').columns(['citizen_id', 'id']).execute();

  await withIdColumn(dialect, db.schema.createTable('case_events'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('account_id', 'integer', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('to_account_id', 'integer', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('data', 'text')
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'id']).execute();

  await db.schema
    .createTable('case_participants')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('since', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('case_participants_pk', ['case_id', 'account_id'])
    .execute();
  await db.schema
    .createIndex('case_participants_account')
    .on('case_participants')
    .columns(['account_id', 'role', 'case_id'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('case_assists'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('from_account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('to_account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('staff_users.id'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('closed_at', ms)
    .execute();
  await db.schema.createIndex('case_assists_case').on('case_assists').columns(['case_id', 'id']).execute();
  await db.schema
    .createIndex('case_assists_to')
    .on('case_assists')
    .columns(['to_account_id', 'status', 'id'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('case_attachments'))
    .addColumn('case_id', 'integer', (c) => c.references('cases.id').onDelete('cascade'))
    .addColumn('citizen_id', 'integer', (c) => c.references('citizens.id').onDelete('cascade'))
    .addColumn('staff_user_id', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('event_id', 'integer', (c) => c.references('case_events.id').onDelete('set null'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('thumb_key', 'text')
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_attachments_case')
    .on('case_attachments')
    .columns(['case_id', 'position'])
    .execute();
  await db.schema
    .createIndex('case_attachments_citizen')
    .on('case_attachments')
    .columns(['citizen_id', 'created_at'])
    .execute();
}
