import { sql, type Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * Citizens' reports of suspected fake accounts (issue "Trust").
 *
 * - fake_reports: one citizen's report about one account of the platform: a reason category,
 *   a description, its status (`open` → `upheld` when the platform admin suspends the account,
 *   or `dismissed`), the outcome note the reporter reads, who decided and when, and when the
 *   reporter saw the outcome (null = an unseen-outcome dot in the citizen app). The partial
 *   unique index allows one open report per citizen per account, so a citizen cannot flood
 *   an account's group; after a decision the citizen may report again.
 * - fake_report_screenshots: evidence images. Uploaded first (report_id null), attached when
 *   the report is filed. Stored under `evidence/…` keys in the media storage, which the public
 *   /media/ route never serves: only platform admins fetch them, through an access check.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);

  await withIdColumn(dialect, db.schema.createTable('fake_reports'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('outcome_note', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('decided_at', ms)
    .addColumn('outcome_seen_at', ms)
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  // The grouped queue: per account, open ones first.
  await db.schema
    .createIndex('fake_reports_account')
    .on('fake_reports')
    .columns(['account_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('fake_reports_status')
    .on('fake_reports')
    .columns(['status', 'account_id'])
    .execute();
  // "My reports", newest first.
  await db.schema
    .createIndex('fake_reports_citizen')
    .on('fake_reports')
    .columns(['citizen_id', 'id'])
    .execute();
  await db.schema
    .createIndex('fake_reports_one_open')
    .on('fake_reports')
    .columns(['citizen_id', 'account_id'])
    .unique()
    .where(sql.ref('status'), '=', 'open')
    .execute();

  await withIdColumn(dialect, db.schema.createTable('fake_report_screenshots'))
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id').onDelete('cascade'))
    .addColumn('report_id', 'integer', (c) => c.references('fake_reports.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('thumb_key', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('fake_report_screenshots_report')
    .on('fake_report_screenshots')
    .columns(['report_id', 'position'])
    .execute();
  await db.schema
    .createIndex('fake_report_screenshots_citizen')
    .on('fake_report_screenshots')
    .columns(['citizen_id', 'created_at'])
    .execute();
}
