import type { Kysely } from 'kysely';
import { epochType, type DialectName } from '../dialect.js';

/**
 * Fixed-window rate-limit counters of the embedded profile (the scale-out profile keeps them
 * in Redis): one row per key and window, bumped by a single atomic upsert, so concurrent
 * requests in any number of processes sharing the database never count past the limit.
 * `expires_at` lets the scheduler purge finished windows with one indexed delete.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', epochType(dialect), (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('expires_at', epochType(dialect), (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limits_pkey', ['key', 'window_start'])
    .execute();
  await db.schema.createIndex('rate_limits_expires').on('rate_limits').column('expires_at').execute();
}
