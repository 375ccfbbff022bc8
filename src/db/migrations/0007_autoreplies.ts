import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/** Automatic replies. */
export async function up(_db: Kysely<unknown>, _dialect: DialectName): Promise<void> {}
