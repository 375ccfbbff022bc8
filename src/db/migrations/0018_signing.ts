import type { Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * Signed content (issue "Trust", docs/SIGNING.md).
 *
 * - signing_keys: an account's Ed25519 keys. `key_id` is public (the fingerprint); the raw
 *   public key is published with its validity (`valid_from` … `valid_until`, null = current);
 *   the private key is stored only encrypted (AES-256-GCM) under a key from configuration,
 *   `kek_id` naming which one. A revoked key keeps its row (and stays published as revoked).
 * - signatures: one row per signature. A subject (publication, reply card, alert) keeps one
 *   verification `code` for life; a correction or a re-signature after a revocation adds a
 *   row with the next `version`, so (code, version) and (subject, version) are unique and the
 *   highest version is the current one. `payload` is the exact canonical text that was
 *   signed, so a verifier compares it with what the public is shown now.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);

  await withIdColumn(dialect, db.schema.createTable('signing_keys'))
    .addColumn('key_id', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('private_key_enc', 'text', (c) => c.notNull())
    .addColumn('kek_id', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('valid_from', ms, (c) => c.notNull())
    .addColumn('valid_until', ms)
    .addColumn('revoked_at', ms)
    .addColumn('compromised_from', ms)
    .addColumn('revoked_reason', 'text')
    .addColumn('revoked_by', 'integer')
    .execute();
  await db.schema
    .createIndex('signing_keys_account')
    .on('signing_keys')
    .columns(['account_id', 'valid_from'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('signatures'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('signed_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('signatures_code')
    .on('signatures')
    .columns(['code', 'version'])
    .unique()
    .execute();
  await db.schema
    .createIndex('signatures_subject')
    .on('signatures')
    .columns(['subject_kind', 'subject_id', 'version'])
    .unique()
    .execute();
  await db.schema.createIndex('signatures_key').on('signatures').column('key_id').execute();
  await db.schema.createIndex('signatures_account').on('signatures').columns(['account_id', 'id']).execute();
}
