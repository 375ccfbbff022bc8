/** The demo loader's one piece of state: a meta row saying the data set is complete. */
import type { Database } from '../db/database.js';

export async function readMeta(database: Database, key: string): Promise<string | null> {
  const row = await database.k.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

export async function writeMeta(database: Database, key: string, value: string): Promise<void> {
  await database.k
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
