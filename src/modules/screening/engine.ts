/**
 * Compiled word lists, cached per process. An account is screened against the platform
 * dictionary plus its own list: the platform's part is compiled once and shared by every
 * account, the account's part per account, each reused until its list changes.
 *
 * Every write to a list bumps its row in screening_versions in the same transaction, with a
 * fresh random stamp. A screening reads the two stamps (one indexed query) and uses the parts
 * cached under them, so a change made by any process is seen by all on their next check.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Schema } from '../../db/schema.js';
import { PLATFORM_SCOPE } from '../../db/tables/screening.js';
import { combine, compilePart, type CompiledDictionary, type CompiledPart } from './matcher.js';
import { ScreeningRepository } from './repository.js';

/** Compiled lists one process keeps; the least recently used goes beyond it. */
const MAX_CACHED = 1_000;

interface Entry {
  compiled: Promise<CompiledPart>;
  /** The connection or transaction the build reads through, until it has finished. */
  k: Kysely<Schema> | null;
}
const cache = new Map<string, Entry>();
const EMPTY: CompiledPart = compilePart([]);

/** How many lists were compiled (tests check that a list change recompiles). */
export const compileStats = { builds: 0 };

/**
 * One list's compiled part, by its stamp. A build still reading is shared only with callers
 * on the same connection: on SQLite a caller inside a transaction must not wait for a read
 * queued behind that very transaction.
 */
function part(repo: ScreeningRepository, k: Kysely<Schema>, scope: number, stamp: string | undefined) {
  if (!stamp) return Promise.resolve(EMPTY); // never written: no words
  const key = `${scope}:${stamp}`;
  const hit = cache.get(key);
  if (hit && (hit.k === null || hit.k === k)) {
    // Map order is insertion order: re-inserting marks it recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit.compiled;
  }
  const entry: Entry = {
    k,
    compiled: repo.dictionaryOf([scope]).then((rows) => {
      compileStats.builds++;
      return compilePart(rows);
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

/** The dictionary an account's content is screened against. Reads through `k` when given (a transaction). */
export async function dictionaryFor(
  database: Database,
  accountId: number,
  k: Kysely<Schema> = database.k,
): Promise<CompiledDictionary> {
  const repo = new ScreeningRepository(k, database.dialect);
  const scopes = accountId === PLATFORM_SCOPE ? [PLATFORM_SCOPE] : [PLATFORM_SCOPE, accountId];
  const stamps = await repo.stamps(scopes);
  const parts = [];
  for (const scope of scopes) parts.push(await part(repo, k, scope, stamps.get(scope)));
  return combine(...parts);
}
