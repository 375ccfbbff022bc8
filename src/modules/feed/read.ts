/**
 * The citizen's reading use cases: an account's thread, the home list of followed accounts
 * and the merged feed. Publishing writes one row whatever the follower count; these reads do
 * the fan-out, each bounded by what one citizen follows (see repository.ts).
 */
import { AppError } from '../../infra/errors.js';
import type { PublicationCardPayload } from '../../shared/realtime.js';
import { toPublicationCard } from '../publishing/card.js';
import { toHomeEntry, type HomeEntry } from './presenters.js';
import type { FeedCursor, FeedRepository } from './repository.js';

export interface CardPage {
  items: PublicationCardPayload[];
  nextCursor: string | null;
}

/**
 * An account's publications, newest first, before `beforeSeq`. A signed-in follower has
 * then read everything up to the account's latest publication.
 */
export async function readThread(
  repo: FeedRepository,
  props: { accountId: number; citizenId: number | null; beforeSeq: number | null; limit: number },
): Promise<CardPage> {
  const account = await repo.findPublicAccount(props.accountId);
  if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
  const rows = await repo.threadPage(account, props.beforeSeq, props.limit + 1);
  if (props.citizenId !== null && account.publication_seq > 0) {
    await repo.markRead(account.id, props.citizenId, account.publication_seq);
  }
  const page = rows.slice(0, props.limit);
  const last = page.at(-1);
  return {
    items: page.map(toPublicationCard),
    nextCursor: rows.length > props.limit && last ? String(last.seq) : null,
  };
}

/**
 * Marks everything the account has published read for the citizen, without fetching the
 * thread (the app calls it when a thread opened from cache or a push). Nothing happens when
 * the citizen does not follow the account.
 */
export async function markAccountRead(
  repo: FeedRepository,
  props: { accountId: number; citizenId: number },
): Promise<void> {
  const account = await repo.findPublicAccount(props.accountId);
  if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
  if (account.publication_seq > 0) await repo.markRead(account.id, props.citizenId, account.publication_seq);
}

/** Followed accounts (suspended ones left out), most recent activity first, each with its latest card and unread count. */
export async function listHome(
  repo: FeedRepository,
  props: { citizenId: number },
): Promise<{ items: HomeEntry[] }> {
  const rows = await repo.homeRows(props.citizenId);
  rows.sort(
    (a, b) => (b.last_published_at ?? b.followed_at) - (a.last_published_at ?? a.followed_at) || b.id - a.id,
  );
  return { items: rows.map(toHomeEntry) };
}

/** The merged timeline of every followed active account, newest first. */
export async function readFeed(
  repo: FeedRepository,
  props: { citizenId: number; cursor?: string; limit: number },
): Promise<CardPage> {
  const before = props.cursor ? decodeFeedCursor(props.cursor) : null;
  const accounts = feedCandidates(await repo.followedPublishers(props.citizenId), before, props.limit + 1);
  const rows = await repo.feedPage(accounts, before, props.limit + 1);
  const page = rows.slice(0, props.limit);
  const last = page.at(-1);
  return {
    items: page.map(toPublicationCard),
    nextCursor:
      rows.length > props.limit && last
        ? encodeFeedCursor({ publishedAt: last.published_at, id: last.id })
        : null,
  };
}

/**
 * The followed accounts that can have a publication on the page. Every account whose latest
 * publication is before the cursor contributes at least that one; once `want` of them are
 * known, an account whose latest is older than the `want`-th newest of those cannot reach
 * the page. Accounts that published after the cursor stay (what they have before it is
 * unknown). On the first page this keeps at most `want` accounts, however many are followed.
 */
export function feedCandidates<A extends { last_published_at: number | null }>(
  accounts: readonly A[],
  before: FeedCursor | null,
  want: number,
): A[] {
  const bound = before?.publishedAt ?? Infinity;
  const settled = accounts
    .filter((a) => a.last_published_at !== null && a.last_published_at < bound)
    .sort((a, b) => b.last_published_at! - a.last_published_at!);
  if (settled.length <= want) return [...accounts];
  const floor = settled[want - 1]!.last_published_at!;
  return accounts.filter((a) => a.last_published_at === null || a.last_published_at >= floor);
}

export function encodeFeedCursor(c: FeedCursor): string {
  return Buffer.from(`${c.publishedAt}.${c.id}`).toString('base64url');
}

export function decodeFeedCursor(cursor: string): FeedCursor {
  const m = /^(\d{1,16})\.(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new AppError('VALIDATION_FAILED', { field: 'cursor' });
  return { publishedAt: Number(m[1]), id: Number(m[2]) };
}
