import type { Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * Name holds of the impersonation guard (issue "Trust", docs/GUARD.md).
 *
 * name_holds: a name the guard found too close to another account's verified name, waiting
 * for the platform admin. `kind` 'create': the account was created held (accounts.status
 * 'held', hidden from citizens) and `proposed_name` is its name; 'rename': the rename was not
 * applied and `proposed_name` keeps it. The guard's verdict is kept as it was at the time:
 * the closest verified name and its account, the score in thousandths (an integer on both
 * dialects) and the differences (JSON). `status`: pending → approved | rejected, or
 * superseded when a newer request for the same account replaced it.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);
  await withIdColumn(dialect, db.schema.createTable('name_holds'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('proposed_name', 'text', (c) => c.notNull())
    .addColumn('closest_account_id', 'integer', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('closest_name', 'text', (c) => c.notNull())
    .addColumn('score_milli', 'integer', (c) => c.notNull())
    .addColumn('differences', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('requested_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('decided_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('decided_at', ms)
    .addColumn('decision_reason', 'text')
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  // The review list: pending first, oldest first within a status.
  await db.schema
    .createIndex('name_holds_status')
    .on('name_holds')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('name_holds_account')
    .on('name_holds')
    .columns(['account_id', 'status'])
    .execute();
}
