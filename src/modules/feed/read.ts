/**
 * The citizen's reading use cases: an account's thread, the home list of followed accounts
 * and the merged feed. Publishing writes one row whatever the follower count; these reads do
 * the fan-out, each bounded by what one citizen follows (see repository.ts).
 */
import { AppError } from '../../infra/errors.js';
import type { PublicationCardPayload } from '../../shared/realtime.js';
import { toPublicationCard } from '../publishing/card.js';
import { toHomeEntry, type HomeEntry } from './presenters.js';
import type { FeedCursor, FeedRepository, HomeRow } from './repository.js';
import { collectVisible, readerFor, UNREAD_CAP, visibleTo, type Reader } from './visibility.js';

export interface CardPage {
  items: PublicationCardPayload[];
  nextCursor: string | null;
}

/**
 * An account's publications, newest first, before `beforeSeq`, as this reader may see them
 * (visibility.ts: withdrawn ones left out, targeted ones only for matching followers). A
 * signed-in follower has then read everything up to the account's latest publication.
 */
export async function readThread(
  repo: FeedRepository,
  props: { accountId: number; citizenId: number | null; beforeSeq: number | null; limit: number },
): Promise<CardPage> {
  const account = await repo.findPublicAccount(props.accountId);
  if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
  const reader = readerFor(repo, props.citizenId);
  const found = await collectVisible(reader, props.limit + 1, (after, n) =>
    repo.threadPage(account, after ? after.seq : props.beforeSeq, n),
  );
  if (props.citizenId !== null && account.publication_seq > 0) {
    await repo.markRead(account.id, props.citizenId, account.publication_seq);
  }
  const page = found.rows.slice(0, props.limit);
  const resumeAt =
    found.rows.length > props.limit ? page.at(-1) : found.exhausted ? null : found.lastExamined;
  return {
    items: page.map(toPublicationCard),
    nextCursor: resumeAt ? String(resumeAt.seq) : null,
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
  const reader = readerFor(repo, props.citizenId);
  const entries = await Promise.all(rows.map((row) => homeEntry(repo, reader, row)));
  entries.sort((a, b) => b.at - a.at || b.entry.account.id - a.entry.account.id);
  return { items: entries.map((e) => e.entry) };
}

/**
 * One home row as this reader sees it. Usually one primary-key read per account (the latest
 * publication) and `unread = publication_seq - last_read_seq`. Only when the account's
 * latest is hidden from the reader is its newest visible one looked up; only when the reader
 * has not read past the account's last targeted (or withdrawn) publication are the rows past
 * the read mark counted one by one, at most UNREAD_CAP of them.
 */
async function homeEntry(
  repo: FeedRepository,
  reader: Reader,
  row: HomeRow,
): Promise<{ entry: HomeEntry; at: number }> {
  let latest = row.latest;
  if (latest && !(await visibleTo(reader, latest))) {
    const found = await collectVisible(reader, 1, (after, n) =>
      repo.threadPage({ id: row.id, name: row.name }, after ? after.seq : latest!.seq, n),
    );
    latest = found.rows[0] ?? null;
  }
  let unread = Math.max(0, row.publication_seq - row.last_read_seq);
  if (unread > 0 && row.last_read_seq < row.last_targeted_seq) {
    const candidates = await repo.unreadCandidates(row.id, row.last_read_seq, UNREAD_CAP);
    unread = 0;
    for (const c of candidates) if (await visibleTo(reader, { ...c, account_id: row.id })) unread++;
  }
  const entry = toHomeEntry({ ...row, latest }, unread);
  return { entry, at: latest?.published_at ?? row.followed_at };
}

/** The merged timeline of every followed active account, newest first. */
export async function readFeed(
  repo: FeedRepository,
  props: { citizenId: number; cursor?: string; limit: number },
): Promise<CardPage> {
  const before = props.cursor ? decodeFeedCursor(props.cursor) : null;
  const publishers = await repo.followedPublishers(props.citizenId);
  const reader = readerFor(repo, props.citizenId);
  const found = await collectVisible(reader, props.limit + 1, (after, n) => {
    const from = after ? { publishedAt: after.published_at, id: after.id } : before;
    return repo.feedPage(feedCandidates(publishers, from, n), from, n);
  });
  const page = found.rows.slice(0, props.limit);
  const resumeAt =
    found.rows.length > props.limit ? page.at(-1) : found.exhausted ? null : found.lastExamined;
  return {
    items: page.map(toPublicationCard),
    nextCursor: resumeAt ? encodeFeedCursor({ publishedAt: resumeAt.published_at, id: resumeAt.id }) : null,
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
