/**
 * Which department an Open311 request is filed with (the "door"): the department a routing
 * rule names for the service's category and the jurisdiction's region; otherwise the
 * platform's default Open311 department (a letters-and-calls bureau or 12345 hotline is the
 * natural choice; the demo uses 信阳市信访局), kept in `meta`. With neither, the request is
 * refused (OPEN311_NO_DEPARTMENT) rather than filed with nobody.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.js';
import { routeCase } from '../cases/file.js';
import { CasesRepository } from '../cases/repository.js';
import type { CategoryRow } from './services.js';

export const DEFAULT_DOOR_KEY = 'open311_default_account';

export async function defaultOpen311Account(k: Kysely<Schema>): Promise<number | null> {
  const row = await k
    .selectFrom('meta')
    .select('value')
    .where('key', '=', DEFAULT_DOOR_KEY)
    .executeTakeFirst();
  const id = row ? Number(row.value) : NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Sets (or with null clears) the platform's default Open311 department. */
export async function setDefaultOpen311Account(k: Kysely<Schema>, accountId: number | null): Promise<void> {
  if (accountId === null) {
    await k.deleteFrom('meta').where('key', '=', DEFAULT_DOOR_KEY).execute();
    return;
  }
  await k
    .insertInto('meta')
    .values({ key: DEFAULT_DOOR_KEY, value: String(accountId) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(accountId) }))
    .execute();
}

/** The door for a request of `category` in `regionCode`, or null when nobody takes it. */
export async function open311Door(
  repo: CasesRepository,
  category: Pick<CategoryRow, 'id' | 'parent_id'>,
  regionCode: string | null,
): Promise<number | null> {
  const rule = await routeCase(repo, category, regionCode, null);
  const candidates = [rule?.accountId ?? null, await defaultOpen311Account(repo.k)];
  for (const id of candidates) {
    if (id === null) continue;
    const account = await repo.findAccount(id);
    if (account?.status === 'active') return id;
  }
  return null;
}
