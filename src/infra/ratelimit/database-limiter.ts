/**
 * Rate-limit counters in the database (embedded default). One row per key and window; each
 * hit is one `insert … on conflict do update set count = count + 1 returning count`, atomic
 * on SQLite and PostgreSQL alike, so N concurrent hits get the counts 1…N and exactly
 * `limit` of them are allowed.
 */
import type { Database } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { resultOf, windowAt, type RateLimiter, type RateLimitResult } from './limiter.js';

export class DatabaseRateLimiter implements RateLimiter {
  constructor(
    private database: Database,
    private clock: Clock,
  ) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const now = this.clock.now();
    const { windowStart, windowEnd } = windowAt(now, windowMs);
    const row = await this.database.k
      .insertInto('rate_limits')
      .values({ key, window_start: windowStart, count: 1, expires_at: windowEnd })
      .onConflict((oc) =>
        oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({ count: eb('rate_limits.count', '+', 1) })),
      )
      .returning('count')
      .executeTakeFirstOrThrow();
    return resultOf(Number(row.count), limit, now, windowEnd);
  }

  /** Deletes the rows of finished windows (the scheduler role calls this). */
  async purgeExpired(now: number): Promise<void> {
    await this.database.k.deleteFrom('rate_limits').where('expires_at', '<=', now).execute();
  }
}
