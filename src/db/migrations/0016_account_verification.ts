import type { Kysely } from 'kysely';
import { epochType, type DialectName } from '../dialect.js';

/**
 * What an account's verification leaves on the account itself (issue "Trust"):
 *
 * - verified_name: the name the platform approved; unique across the platform (NULLs are
 *   distinct on both databases, so unverified accounts never collide). The badge shows it.
 * - verified_at / verified_until: epoch ms of the approval and of its lapse (one year on);
 *   `verified` stays the badge flag every existing query reads, set and cleared together.
 * - credit_code: the unified social credit code (or organisation code) that was checked.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);
  await db.schema.alterTable('accounts').addColumn('verified_name', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('verified_at', ms).execute();
  await db.schema.alterTable('accounts').addColumn('verified_until', ms).execute();
  await db.schema.alterTable('accounts').addColumn('credit_code', 'text').execute();
  await db.schema
    .createIndex('accounts_verified_name')
    .on('accounts')
    .column('verified_name')
    .unique()
    .execute();
  await db.schema.createIndex('accounts_verified_until').on('accounts').column('verified_until').execute();
}
