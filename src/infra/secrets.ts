import crypto from 'node:crypto';
import type { Database } from '../db/database.js';

/**
 * Server-side secrets. `pseudonymKey` derives per-account openids, so it must never change
 * once followers exist. It lives in the database (meta table): every process of a
 * scaled-out deployment reads the same one, and a backup carries it along.
 */
export interface Secrets {
  pseudonymKey: string;
}

export async function loadSecrets(database: Database): Promise<Secrets> {
  return {
    pseudonymKey: await ensureMeta(database, 'pseudonym_key', () =>
      crypto.randomBytes(32).toString('base64url'),
    ),
  };
}

/** Reads a meta value, creating it once; concurrent first starts agree on one value. */
async function ensureMeta(database: Database, key: string, make: () => string): Promise<string> {
  await database.k
    .insertInto('meta')
    .values({ key, value: make() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await database.k
    .selectFrom('meta')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return row.value;
}
