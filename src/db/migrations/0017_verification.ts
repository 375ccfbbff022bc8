import type { Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * The account verification workflow (issue "Trust"); what approval leaves on the account
 * itself is in 0016.
 *
 * - verification_letters: an uploaded authorisation letter (PDF or image). Stored in the
 *   media storage under a `verification/` key the public /media/ route never serves: only
 *   the account's staff and platform admins read it, through an access check.
 * - verification_applications: one application (initial | renewal | rename) with what was
 *   declared (requested verified name, credit code, letter, operator and contact) and where
 *   it stands: pending → changes_requested → pending … → approved | rejected, or withdrawn.
 *   The (account_id, id) index lists an account's history; (status, submitted_at) the queue.
 * - verification_events: every step of an application with the reviewer's or applicant's
 *   words, oldest first (the comments history the console shows).
 * - verification_notices: one row per reminder or lapse sent for one expiry (account, the
 *   verified_until it was about, which notice); its primary key is what makes each fire once,
 *   whatever retries or restarts happen.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);

  await withIdColumn(dialect, db.schema.createTable('verification_letters'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text')
    .addColumn('uploaded_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('verification_letters_account')
    .on('verification_letters')
    .columns(['account_id', 'sha256'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('verification_applications'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_name', 'text', (c) => c.notNull())
    .addColumn('credit_code', 'text', (c) => c.notNull())
    .addColumn('letter_id', 'integer', (c) => c.references('verification_letters.id'))
    .addColumn('operator_name', 'text', (c) => c.notNull())
    .addColumn('operator_phone', 'text', (c) => c.notNull())
    .addColumn('applied_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addColumn('submitted_at', ms, (c) => c.notNull())
    .addColumn('decided_at', ms)
    .addColumn('decided_by', 'integer')
    .execute();
  await db.schema
    .createIndex('verification_applications_account')
    .on('verification_applications')
    .columns(['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('verification_applications_queue')
    .on('verification_applications')
    .columns(['status', 'submitted_at'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('verification_events'))
    .addColumn('application_id', 'integer', (c) =>
      c.notNull().references('verification_applications.id').onDelete('cascade'),
    )
    .addColumn('at', ms, (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('verification_events_application')
    .on('verification_events')
    .columns(['application_id', 'id'])
    .execute();

  await db.schema
    .createTable('verification_notices')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('verified_until', ms, (c) => c.notNull())
    .addColumn('notice', 'text', (c) => c.notNull())
    .addColumn('sent_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('verification_notices_pk', ['account_id', 'verified_until', 'notice'])
    .execute();
}
