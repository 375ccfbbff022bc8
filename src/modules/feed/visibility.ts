/**
 * Who sees which publication, decided when a citizen reads (fan-out on read):
 *
 * - withdrawn publications (`withdrawn_at` set) are left out of threads, feeds and home:
 *   the account took them back, and the public page /a/<slug> shows the withdrawal notice;
 * - a targeted publication (`audience` not null, from a push to tags or a region) shows only
 *   to followers who match: a tag they carry on that account, or a home region under the
 *   region prefix. Anonymous readers see untargeted publications only.
 *
 * Targeted rows are rare next to untargeted ones, so reads fetch a page, drop what the reader
 * may not see and fetch on (a bounded number of rounds) rather than filtering in SQL, which
 * would need JSON functions that differ between SQLite and PostgreSQL.
 */
import { audienceMatches, type ReaderTraits } from '../pushes/audience.js';
import type { FeedRepository, VisibleRow } from './repository.js';

/** Fetch rounds per page: a thread of mostly hidden rows answers a short page, not a slow one. */
export const MAX_ROUNDS = 8;
/** Unread counting looks at most this many rows past the read mark ("99+" in the app). */
export const UNREAD_CAP = 100;

export type Reader = { citizenId: number; traits: (accountId: number) => Promise<ReaderTraits> } | null;

/** A reader whose traits load once, on the first targeted row. */
export function readerFor(repo: FeedRepository, citizenId: number | null): Reader {
  if (citizenId === null) return null;
  let loaded: Promise<Awaited<ReturnType<FeedRepository['readerTraits']>>> | null = null;
  const accountsSeen = new Set<number>();
  return {
    citizenId,
    traits: async (accountId) => {
      // Loaded for the accounts asked so far; a new account reloads (rare: one page per call).
      if (!loaded || !accountsSeen.has(accountId)) {
        accountsSeen.add(accountId);
        loaded = repo.readerTraits(citizenId, [...accountsSeen]);
      }
      const t = await loaded;
      return { regionCode: t.regionCode, tagIds: t.tagsByAccount.get(accountId) ?? new Set() };
    },
  };
}

export async function visibleTo(
  reader: Reader,
  row: Pick<VisibleRow, 'account_id' | 'audience' | 'withdrawn_at'>,
) {
  if (row.withdrawn_at !== null) return false;
  if (row.audience === null) return true;
  if (!reader) return false;
  return audienceMatches(row.audience, await reader.traits(row.account_id));
}

/**
 * Pages through `fetch` (newest first, `after` = the last row of the previous round) until
 * `want` visible rows are found, the source ends (`exhausted`), or MAX_ROUNDS pass; then
 * `lastExamined` is where the next page resumes (past the hidden rows already skipped).
 */
export async function collectVisible<R extends VisibleRow>(
  reader: Reader,
  want: number,
  fetch: (after: R | null, n: number) => Promise<R[]>,
): Promise<{ rows: R[]; lastExamined: R | null; exhausted: boolean }> {
  const out: R[] = [];
  let after: R | null = null;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const batch = await fetch(after, want);
    for (const row of batch) {
      if (await visibleTo(reader, row)) out.push(row);
      if (out.length === want) return { rows: out, lastExamined: row, exhausted: false };
    }
    if (batch.length < want) return { rows: out, lastExamined: batch.at(-1) ?? after, exhausted: true };
    after = batch.at(-1)!;
  }
  return { rows: out, lastExamined: after, exhausted: false };
}
