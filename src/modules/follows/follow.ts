/**
 * Following and unfollowing an account, and the staff's view of followers. Each change is
 * one transaction: the edge, the account's follower counter and the real-time events; the
 * events are dispatched after commit (outbox).
 */
import type { Database } from '../../db/database.js';
import type { Clock } from '../../infra/clock.js';
import { AppError } from '../../infra/errors.js';
import type { OutboxDispatcher } from '../../infra/outbox.js';
import { enqueueEvent } from '../../infra/outbox.js';
import { greetFollower } from '../conversations/greetFollower.js';
import { openidFor } from './openid.js';
import type { FollowerEntry, FollowsRepository } from './repository.js';

export interface FollowDeps {
  repo: FollowsRepository;
  clock: Clock;
  outbox: OutboxDispatcher;
  pseudonymKey: string;
  /** For the greeting on follow (conversations module), written in the follow's transaction. */
  database: Database;
}

export interface FollowState {
  following: boolean;
  followerCount: number;
}

/** Route ids are strings; anything but a positive integer names no account. */
export function parseAccountId(raw: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new AppError('ACCOUNT_NOT_FOUND');
  return id;
}

/**
 * Follows an account; following again changes nothing. A new follower starts with nothing
 * unread: last_read_seq is the account's current publication_seq.
 */
export async function followAccount(
  deps: FollowDeps,
  props: { accountId: number; citizenId: number; scene?: string | null },
): Promise<FollowState> {
  const now = deps.clock.now();
  const state = await deps.repo.transaction(async (trx) => {
    const account = await deps.repo.findAccount(trx, props.accountId);
    // Suspended accounts are hidden from citizens; unfollowing one stays possible.
    if (!account || account.status !== 'active') throw new AppError('ACCOUNT_NOT_FOUND');
    const inserted = await deps.repo.insertFollow(trx, {
      accountId: account.id,
      citizenId: props.citizenId,
      openid: openidFor(deps.pseudonymKey, account.id, props.citizenId),
      followedAt: now,
      lastReadSeq: account.publication_seq,
      scene: props.scene ?? null,
    });
    if (!inserted) return { following: true, followerCount: account.follower_count, changed: false };
    const followerCount = await deps.repo.addToFollowerCount(trx, account.id, 1);
    await announce(trx, now, account.id, props.citizenId, true, followerCount);
    // The account's greeting arrives as automatic messages, committed with the follow itself.
    await greetFollower(trx, deps.database, { accountId: account.id, citizenId: props.citizenId, now });
    return { following: true, followerCount, changed: true };
  });
  if (state.changed) void deps.outbox.kick();
  return { following: state.following, followerCount: state.followerCount };
}

/** Unfollows an account; unfollowing when not following changes nothing. */
export async function unfollowAccount(
  deps: FollowDeps,
  props: { accountId: number; citizenId: number },
): Promise<FollowState> {
  const now = deps.clock.now();
  const state = await deps.repo.transaction(async (trx) => {
    const account = await deps.repo.findAccount(trx, props.accountId);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    const deleted = await deps.repo.deleteFollow(trx, account.id, props.citizenId);
    if (!deleted) return { following: false, followerCount: account.follower_count, changed: false };
    const followerCount = await deps.repo.addToFollowerCount(trx, account.id, -1);
    await announce(trx, now, account.id, props.citizenId, false, followerCount);
    return { following: false, followerCount, changed: true };
  });
  if (state.changed) void deps.outbox.kick();
  return { following: state.following, followerCount: state.followerCount };
}

async function announce(
  trx: Parameters<typeof enqueueEvent>[0],
  now: number,
  accountId: number,
  citizenId: number,
  following: boolean,
  followerCount: number,
): Promise<void> {
  await enqueueEvent(trx, now, `staff-account:${accountId}`, 'account.followers', {
    accountId,
    followerCount,
  });
  await enqueueEvent(trx, now, `citizen:${citizenId}`, 'follow.changed', { accountId, following });
}

export interface FollowerPage {
  total: number;
  items: Array<{ openid: string; followedAt: number; scene: string | null }>;
  nextCursor: string | null;
}

/**
 * An account's followers for its staff, newest first. Only openids leave this function:
 * never a citizen id or phone number.
 */
export async function listFollowers(
  repo: FollowsRepository,
  props: { accountId: number; followerCount: number; limit: number; cursor?: string },
): Promise<FollowerPage> {
  const after = props.cursor ? decodeCursor(props.cursor) : null;
  const rows = await repo.listFollowers(props.accountId, props.limit + 1, after);
  const page = rows.slice(0, props.limit);
  const last = page.at(-1);
  return {
    total: props.followerCount,
    items: page.map(presentFollower),
    nextCursor: rows.length > props.limit && last ? encodeCursor(last) : null,
  };
}

function presentFollower(row: FollowerEntry) {
  return { openid: row.openid, followedAt: row.followed_at, scene: row.scene };
}

function encodeCursor(row: FollowerEntry): string {
  return Buffer.from(`${row.followed_at}:${row.openid}`).toString('base64url');
}

function decodeCursor(cursor: string): { followedAt: number; openid: string } {
  const m = /^(\d+):(o[\w-]{1,64})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new AppError('VALIDATION_FAILED', { field: 'cursor' });
  return { followedAt: Number(m[1]), openid: m[2]! };
}
