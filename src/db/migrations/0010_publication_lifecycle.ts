import type { Kysely } from 'kysely';
import { epochType, type DialectName } from '../dialect.js';

/**
 * Columns of a publication's life after it went out, shared by review (withdrawal,
 * corrections) and mass push (audience, the push it belongs to):
 *
 * - withdrawn_at: set when the account withdraws it; readers then see a notice, not the text.
 * - revised_at: set when an approved correction replaced its public text.
 * - push_id: the mass push that released it (null for releases before pushes existed).
 * - audience: null = every follower; otherwise JSON `{"tags":[…]}` or `{"region":"4115"}`
 *   (GB/T 2260 prefix), matched when a follower reads (fan-out on read stays O(1) to write).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);
  await db.schema.alterTable('publications').addColumn('withdrawn_at', ms).execute();
  await db.schema.alterTable('publications').addColumn('revised_at', ms).execute();
  await db.schema.alterTable('publications').addColumn('push_id', 'integer').execute();
  await db.schema.alterTable('publications').addColumn('audience', 'text').execute();
}
