import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/** One-to-one conversations with response clocks. */
export async function up(_db: Kysely<unknown>, _dialect: DialectName): Promise<void> {}
