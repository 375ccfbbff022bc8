import type { Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * Durable jobs, messaging settings (the first-response policy of an account) and staff
 * notifications.
 *
 * - jobs (status, run_at): the runner's claim is a range scan of due pending rows. `key` is
 *   unique; NULLs never collide on either dialect, so unkeyed jobs need no key.
 * - staff_notifications (user_id, read_at, id): the bell's unread count and a user's list,
 *   newest first, paged by id.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);

  await withIdColumn(dialect, db.schema.createTable('jobs'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('run_at', ms, (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', ms)
    .addColumn('last_error', 'text')
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('finished_at', ms)
    .execute();
  await db.schema.createIndex('jobs_status_run_at').on('jobs').columns(['status', 'run_at']).execute();

  await db.schema
    .createTable('messaging_settings')
    .addColumn('account_id', 'integer', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('first_response_minutes', 'integer', (c) => c.notNull())
    .addColumn('working_hours_only', 'integer', (c) => c.notNull())
    .addColumn('working_days', 'text', (c) => c.notNull())
    .addColumn('work_start', 'text', (c) => c.notNull())
    .addColumn('work_end', 'text', (c) => c.notNull())
    .addColumn('warn_before_minutes', 'integer', (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();

  await withIdColumn(dialect, db.schema.createTable('staff_notifications'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', (c) => c.references('accounts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title_zh', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('body_zh', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('read_at', ms)
    .execute();
  await db.schema
    .createIndex('staff_notifications_user_read')
    .on('staff_notifications')
    .columns(['user_id', 'read_at', 'id'])
    .execute();
}
