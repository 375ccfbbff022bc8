/**
 * The platform's VAPID key pair (RFC 8292): generated once, kept in the `meta` table like
 * the other server secrets (src/infra/secrets.ts), so every process of a deployment signs
 * with the same key and the browsers' subscriptions stay valid across restarts. One JSON
 * value holds both halves: two racing first starts cannot end with a mismatched pair.
 */
import webpush from 'web-push';
import type { Database } from '../../db/database.js';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  /** Contact the push services see (RFC 8292 `sub`). */
  subject: string;
}

export const VAPID_SUBJECT = 'mailto:webpush@zhengwei.invalid';

const cache = new WeakMap<Database['k'], Promise<VapidKeys>>();

export function loadVapidKeys(database: Database): Promise<VapidKeys> {
  let keys = cache.get(database.k);
  if (!keys) {
    keys = ensureKeys(database);
    keys.catch(() => cache.delete(database.k));
    cache.set(database.k, keys);
  }
  return keys;
}

async function ensureKeys(database: Database): Promise<VapidKeys> {
  const fresh = webpush.generateVAPIDKeys();
  await database.k
    .insertInto('meta')
    .values({ key: 'vapid_keys', value: JSON.stringify(fresh) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await database.k
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'vapid_keys')
    .executeTakeFirstOrThrow();
  const stored = JSON.parse(row.value) as { publicKey: string; privateKey: string };
  return { ...stored, subject: VAPID_SUBJECT };
}
