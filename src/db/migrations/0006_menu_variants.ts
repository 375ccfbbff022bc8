import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/** Conditional menus, follower tags and the citizen's home region. */
export async function up(_db: Kysely<unknown>, _dialect: DialectName): Promise<void> {}
