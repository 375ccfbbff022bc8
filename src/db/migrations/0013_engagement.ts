import { sql, type Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * Reach and engagement of publications.
 *
 * - publication_reads (publication_id, citizen_id, day): one row per signed-in reader per
 *   Beijing day; the primary key is the de-duplication (an insert that conflicts was a repeat).
 * - publication_anon_reads (publication_id, day): one counter per publication per day.
 * - read_hours (account_id, hour): reads by hour of the Beijing day, for push time slots.
 * - publication_engagement: the counters an article page shows, kept with every change so a
 *   page never counts rows.
 * - publication_likes / publication_feedback: one row per citizen per publication.
 * - publication_shares: a share link's token (attribution to the account), opens counted.
 * - publication_comments (publication_id, status, featured, id): the public list and the
 *   console's tabs are index range scans; (account_id, status, id) the moderation queue.
 * - engagement_settings: per-account choices (comments published without review).
 *
 * The read tables carry no foreign keys: they take write-behind batches of thousands of rows
 * and publications are withdrawn, never deleted. On SQLite publication_reads is a WITHOUT
 * ROWID table, so a read costs one B-tree insert.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);

  await db.schema
    .createTable('publication_reads')
    .addColumn('publication_id', 'integer', (c) => c.notNull())
    .addColumn('citizen_id', 'integer', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('read_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_reads_pk', ['publication_id', 'citizen_id', 'day'])
    // SQLite: the key is the table (one B-tree per row written, not a rowid table plus an index).
    .$call((t) => (dialect === 'sqlite' ? t.modifyEnd(sql`without rowid`) : t))
    .execute();

  await db.schema
    .createTable('publication_anon_reads')
    .addColumn('publication_id', 'integer', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_anon_reads_pk', ['publication_id', 'day'])
    .execute();

  await db.schema
    .createTable('read_hours')
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('hour', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('read_hours_pk', ['account_id', 'hour'])
    .execute();

  await db.schema
    .createTable('publication_engagement')
    .addColumn('publication_id', 'integer', (c) =>
      c.primaryKey().references('publications.id').onDelete('cascade'),
    )
    .addColumn('reads', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('anon_reads', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('likes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('shares', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('share_opens', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('useful', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('not_useful', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('comments', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('publication_likes')
    .addColumn('publication_id', 'integer', (c) =>
      c.notNull().references('publications.id').onDelete('cascade'),
    )
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id').onDelete('cascade'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_likes_pk', ['publication_id', 'citizen_id'])
    .execute();

  await db.schema
    .createTable('publication_feedback')
    .addColumn('publication_id', 'integer', (c) =>
      c.notNull().references('publications.id').onDelete('cascade'),
    )
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id').onDelete('cascade'))
    .addColumn('useful', 'integer', (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('publication_feedback_pk', ['publication_id', 'citizen_id'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('publication_shares'))
    .addColumn('publication_id', 'integer', (c) => c.notNull())
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('citizen_id', 'integer')
    .addColumn('opens', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();

  await withIdColumn(dialect, db.schema.createTable('publication_comments'))
    .addColumn('publication_id', 'integer', (c) => c.notNull())
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reply_body', 'text')
    .addColumn('reply_by', 'integer')
    .addColumn('reply_at', ms)
    .addColumn('delete_reason', 'text')
    .addColumn('moderated_by', 'integer')
    .addColumn('moderated_at', ms)
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('publication_comments_pub')
    .on('publication_comments')
    .columns(['publication_id', 'status', 'featured', 'id'])
    .execute();
  await db.schema
    .createIndex('publication_comments_account')
    .on('publication_comments')
    .columns(['account_id', 'status', 'id'])
    .execute();
  await db.schema
    .createIndex('publication_comments_citizen')
    .on('publication_comments')
    .columns(['publication_id', 'citizen_id'])
    .execute();

  await db.schema
    .createTable('engagement_settings')
    .addColumn('account_id', 'integer', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('auto_publish_comments', 'integer', (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();
}
