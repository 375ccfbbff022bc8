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

interface Entry {
  compiled: Promise<CompiledDictionary>;
  /** The connection or transaction the build reads through, until it has finished. */
  k: Kysely<Schema> | null;
}
const cache = new Map<string, Entry>();

/** How many dictionaries were compiled (tests check that a list change recompiles). */
export const compileStats = { builds: 0 };

/**
 * The dictionary an account's content is screened against. Reads through `k` when given
 * (the caller's transaction).
 *
 * A build still reading is shared only with callers on the same connection: on SQLite a
 * caller inside a transaction must not wait for a read queued behind that very transaction.
 */
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
  const hit = cache.get(key);
  if (hit && (hit.k === null || hit.k === k)) {
    // Map order is insertion order: re-inserting marks it recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit.compiled;
  }
  const entry: Entry = {
    k,
    compiled: repo.dictionaryOf(own ? scopes : [PLATFORM_SCOPE]).then((rows) => {
      compileStats.builds++;
      return compileDictionary(rows);
    }),
  };
  entry.compiled.then(
    () => (entry.k = null),
    // A failed read must not stay cached.
    () => cache.get(key) === entry && cache.delete(key),
  );
  cache.set(key, entry);
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return entry.compiled;
}
