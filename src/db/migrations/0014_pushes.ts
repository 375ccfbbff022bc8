import type { Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * Mass pushes (群发), their quota, and Web Push.
 *
 * - pushes: one send of 1–8 articles to an audience, now or at a time. `quota_day` is the
 *   Beijing calendar day it counts against (the day it goes out); (account_id, quota_day)
 *   makes the quota check one index range. Counters are the delivery report.
 * - push_quotas: per-account pushes per Beijing day set by a platform admin; no row = 1.
 * - accounts.last_targeted_seq: the newest publication seq that went to part of the
 *   followers only; while a follower has read past it, unread stays `seq - last_read_seq`.
 * - push_subscriptions: a citizen's browser (one row per device endpoint).
 * - push_deliveries (push_id, subscription_id): at most one send per device and push, so a
 *   crashed or retried job never sends twice.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);

  await withIdColumn(dialect, db.schema.createTable('pushes'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('article_ids', 'text', (c) => c.notNull())
    .addColumn('audience', 'text')
    .addColumn('scheduled_at', ms)
    .addColumn('quota_day', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('sent_at', ms)
    .addColumn('finished_at', ms)
    .addColumn('cancelled_at', ms)
    .addColumn('targeted_count', 'integer')
    .addColumn('webpush_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('webpush_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('webpush_failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('webpush_gone', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('pushes_account_day')
    .on('pushes')
    .columns(['account_id', 'quota_day'])
    .execute();
  await db.schema.createIndex('pushes_account_id').on('pushes').columns(['account_id', 'id']).execute();

  await db.schema
    .createTable('push_quotas')
    .addColumn('account_id', 'integer', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('per_day', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'integer')
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('accounts')
    .addColumn('last_targeted_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await withIdColumn(dialect, db.schema.createTable('push_subscriptions'))
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id').onDelete('cascade'))
    .addColumn('endpoint', 'text', (c) => c.notNull().unique())
    .addColumn('p256dh', 'text', (c) => c.notNull())
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('device', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('push_subscriptions_citizen')
    .on('push_subscriptions')
    .columns(['citizen_id', 'id'])
    .execute();

  await db.schema
    .createTable('push_deliveries')
    .addColumn('push_id', 'integer', (c) => c.notNull().references('pushes.id').onDelete('cascade'))
    .addColumn('subscription_id', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('push_deliveries_pk', ['push_id', 'subscription_id'])
    .execute();
  await db.schema
    .createIndex('push_deliveries_status')
    .on('push_deliveries')
    .columns(['push_id', 'status', 'subscription_id'])
    .execute();
}
