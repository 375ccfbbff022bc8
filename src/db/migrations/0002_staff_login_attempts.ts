import type { Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * Failed console sign-ins, one row each, so brute-force protection holds across restarts and
 * across the processes of a scale-out deployment (they share the database).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withIdColumn(dialect, db.schema.createTable('staff_login_attempts'))
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('attempted_at', epochType(dialect), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('staff_login_attempts_username')
    .on('staff_login_attempts')
    .columns(['username', 'attempted_at'])
    .execute();
}
