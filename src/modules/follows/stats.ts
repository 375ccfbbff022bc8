/**
 * Follower statistics of an account for its staff (PRODUCT.md §13): new followers per day in
 * Beijing time, the running total, and where the new followers came from (QR scenes).
 */
import type { FollowsRepository } from './repository.js';

export const DAY_MS = 86_400_000;
/** China Standard Time is UTC+8 all year (no daylight saving). */
export const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** The Beijing calendar day of an instant, as a day number since 1970-01-01. */
export function beijingDay(ms: number): number {
  return Math.floor((ms + BEIJING_OFFSET_MS) / DAY_MS);
}

/** A Beijing day number as 'YYYY-MM-DD'. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface FollowerStats {
  total: number;
  days: Array<{ date: string; newFollowers: number; total: number }>;
  byScene: Array<{ scene: string | null; followers: number }>;
}

/**
 * The last `days` Beijing days up to and including today.
 *
 * Unfollows are not recorded yet (an unfollow deletes the edge), so every figure counts the
 * *current* followers: a day's `newFollowers` are those who followed that day and still
 * follow, and a day's `total` is today's follower count minus the current followers who
 * followed after that day. A later analytics issue adds a follow/unfollow history; then
 * these become the true historical figures.
 *
 * `byScene` counts the same current followers who followed inside the window, by the QR
 * scene they came from (null: not through a QR code). Bounding it by the window keeps it an
 * index range scan however large the account is.
 */
export async function followerStats(
  repo: FollowsRepository,
  props: { accountId: number; followerCount: number; days: number; now: number },
): Promise<FollowerStats> {
  const today = beijingDay(props.now);
  const firstDay = today - props.days + 1;
  const since = firstDay * DAY_MS - BEIJING_OFFSET_MS;
  const [perDay, byScene] = await Promise.all([
    repo.newFollowersByDay(props.accountId, since),
    repo.newFollowersByScene(props.accountId, since),
  ]);
  const counts = new Map(perDay.map((r) => [r.day, r.followers]));
  // Followers stamped after today (a clock running behind another process's) still count in
  // the current total; take them off before walking back.
  let total = props.followerCount;
  for (const r of perDay) if (r.day > today) total -= r.followers;
  const days: FollowerStats['days'] = [];
  for (let day = today; day >= firstDay; day--) {
    const newFollowers = counts.get(day) ?? 0;
    days.push({ date: dayLabel(day), newFollowers, total });
    total -= newFollowers;
  }
  return { total: props.followerCount, days: days.reverse(), byScene };
}
