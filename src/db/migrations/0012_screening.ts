import type { Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * Sensitive-word screening: words of the platform dictionary (scope 0) and of account lists
 * (scope = account id), and one version row per scope.
 *
 * - screening_words (scope, normalized) is unique: a word is listed once per list whatever
 *   its width, case or script. `scope` carries no foreign key because 0 names the platform;
 *   accounts are suspended, never deleted, so no list is orphaned.
 * - screening_versions.version is bumped in the same transaction as every write to a scope's
 *   words, so each process's compiled dictionary learns it is stale from one indexed read
 *   (and on PostgreSQL the upsert's row lock serialises a scope's writers). `stamp` is a
 *   random value written with each bump: compiled dictionaries are cached by stamps, which
 *   (unlike small counters) never coincide between two databases one process talks to.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);

  await withIdColumn(dialect, db.schema.createTable('screening_words'))
    .addColumn('scope', 'integer', (c) => c.notNull())
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('normalized', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('screening_words_scope_normalized')
    .on('screening_words')
    .columns(['scope', 'normalized'])
    .unique()
    .execute();

  await db.schema
    .createTable('screening_versions')
    .addColumn('scope', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('stamp', 'text', (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();
}
