/**
 * Open311 api keys (open311_clients). A key is shown once when issued; only its SHA-256 is
 * kept, so a lost key is revoked and a new one issued. The console's key management (platform
 * admins) and the tests issue keys through `issueOpen311Key`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Schema } from '../../db/schema.js';
import { randomToken, sha256Hex } from '../../infra/crypto.js';

/** Keys look like `o311_` + 32 random bytes (base64url), so they are easy to recognise in logs. */
export const OPEN311_KEY_PREFIX = 'o311_';

export function hashOpen311Key(key: string): string {
  return sha256Hex(key);
}

export interface IssuedOpen311Key {
  id: number;
  name: string;
  /** The plain key: give it to the client now, it is not stored. */
  key: string;
  createdAt: number;
}

/**
 * Issues a key for a client (a city app, a hotline system…). Pass a transaction to issue it
 * together with an audit entry.
 */
export async function issueOpen311Key(
  database: Database | Kysely<Schema>,
  opts: { name: string; createdBy?: number | null; now?: number },
): Promise<IssuedOpen311Key> {
  const k = 'k' in database ? database.k : database;
  const key = `${OPEN311_KEY_PREFIX}${randomToken(32)}`;
  const createdAt = opts.now ?? Date.now();
  const row = await k
    .insertInto('open311_clients')
    .values({
      name: opts.name,
      key_hash: hashOpen311Key(key),
      created_by: opts.createdBy ?? null,
      created_at: createdAt,
      revoked_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, name: opts.name, key, createdAt };
}

/** Marks a key revoked (idempotent); returns whether a live key was revoked. */
export async function revokeOpen311Key(k: Kysely<Schema>, id: number, now: number): Promise<boolean> {
  const res = await k
    .updateTable('open311_clients')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** The live client holding this key, or null (unknown or revoked). */
export async function findOpen311Client(
  k: Kysely<Schema>,
  key: string,
): Promise<{ id: number; name: string } | null> {
  if (!key) return null;
  const row = await k
    .selectFrom('open311_clients')
    .select(['id', 'name'])
    .where('key_hash', '=', hashOpen311Key(key))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}
