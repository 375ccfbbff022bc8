/**
 * Compiled dictionaries, cached per process. An account is screened against the platform
 * dictionary plus its own list; the automaton over both is built once and reused until
 * either list changes.
 *
 * Every write to a list bumps its row in screening_versions in the same transaction, with a
 * fresh random stamp. A screening reads the two stamps (one indexed query) and uses the
 * dictionary cached under them, so a change made by any process is seen by all on their
 * next check. Accounts without a list of their own share the platform-only dictionary.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Schema } from '../../db/schema.js';
import { PLATFORM_SCOPE } from '../../db/tables/screening.js';
import { compileDictionary, type CompiledDictionary } from './matcher.js';
import { ScreeningRepository } from './repository.js';

/** Compiled dictionaries one process keeps; the least recently used goes beyond it. */
const MAX_CACHED = 100;
const cache = new Map<string, Promise<CompiledDictionary>>();

/** How many dictionaries were compiled (tests check that a list change recompiles). */
export const compileStats = { builds: 0 };

/** The dictionary an account's content is screened against. Reads through `k` when given (a transaction). */
export async function dictionaryFor(
  database: Database,
  accountId: number,
  k: Kysely<Schema> = database.k,
): Promise<CompiledDictionary> {
  const repo = new ScreeningRepository(k, database.dialect);
  const scopes = accountId === PLATFORM_SCOPE ? [PLATFORM_SCOPE] : [PLATFORM_SCOPE, accountId];
  const stamps = await repo.stamps(scopes);
  const own = stamps.get(accountId);
  const key = `${stamps.get(PLATFORM_SCOPE) ?? '-'}|${own ? `${accountId}:${own}` : '-'}`;
  let compiled = cache.get(key);
  if (compiled) {
    // Map order is insertion order: re-inserting marks it recently used.
    cache.delete(key);
    cache.set(key, compiled);
    return compiled;
  }
  compiled = repo.dictionaryOf(own ? scopes : [PLATFORM_SCOPE]).then((rows) => {
    compileStats.builds++;
    return compileDictionary(rows);
  });
  cache.set(key, compiled);
  // A failed read must not stay cached.
  compiled.catch(() => cache.delete(key));
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return compiled;
}
