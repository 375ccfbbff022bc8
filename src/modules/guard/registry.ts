/**
 * The verified registry the platform checks names against: a GuardIndex of every verified
 * account's verified name, built once and kept across requests. Before each check the
 * registry's stamp (repository.verifiedStamp) is read — one aggregate query — and the index is
 * rebuilt when it changed, so every process sees a name verified or lapsed anywhere at once.
 */
import type { Database } from '../../db/database.js';
import { GuardIndex, type GuardResult } from './guardIndex.js';
import { NameHoldsRepository } from './repository.js';

/** Checks `name` against the verified names of every account but `exceptAccountId`. */
export type NameGuard = (name: string, exceptAccountId: number | null) => Promise<GuardResult>;

interface Cached {
  stamp: string;
  index: Promise<GuardIndex>;
}

const caches = new WeakMap<Database, Cached>();

export async function verifiedIndex(database: Database): Promise<GuardIndex> {
  const repo = NameHoldsRepository.of(database);
  const stamp = await repo.verifiedStamp();
  let cached = caches.get(database);
  if (!cached || cached.stamp !== stamp) {
    // Concurrent checks that see the same new stamp share one build.
    cached = { stamp, index: repo.verifiedNames().then((entries) => new GuardIndex(entries)) };
    caches.set(database, cached);
    cached.index.catch(() => caches.delete(database));
  }
  return cached.index;
}

export function nameGuard(database: Database): NameGuard {
  return async (name, exceptAccountId) => {
    const index = await verifiedIndex(database);
    return index.check(name, (id) => id === exceptAccountId);
  };
}
