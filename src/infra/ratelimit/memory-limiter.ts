/**
 * Rate-limit counters in this process's memory: the embedded profile's limiter (SQLite, one
 * process, no Redis). Same fixed windows and answers as the database and Redis limiters.
 *
 * Why not the database there: a counter hit is a write, and on SQLite with durable sync every
 * write outside a transaction is one fsync — two per citizen message, more than the message's
 * own commit. Counters need no durability: a restart forgets them, which lets a client start
 * its windows afresh once per restart (restarts are not in its hands). What they need is one
 * counting place per deployment, which a single process is. A deployment of several processes
 * sets REDIS_URL (or uses PostgreSQL, whose database limiter every process shares).
 */
import type { Clock } from '../clock.js';
import { resultOf, windowAt, type RateLimiter, type RateLimitResult } from './limiter.js';

/** Past this many keys, a hit first drops the finished windows (the scheduler also does). */
const PRUNE_ABOVE = 100_000;

export class MemoryRateLimiter implements RateLimiter {
  private windows = new Map<string, { windowStart: number; windowEnd: number; count: number }>();

  constructor(private clock: Clock) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const now = this.clock.now();
    const { windowStart, windowEnd } = windowAt(now, windowMs);
    let w = this.windows.get(key);
    if (!w || w.windowStart !== windowStart) {
      if (!w && this.windows.size >= PRUNE_ABOVE) await this.purgeExpired(now);
      this.windows.set(key, (w = { windowStart, windowEnd, count: 0 }));
    }
    w.count++;
    return resultOf(w.count, limit, now, windowEnd);
  }

  /** Forgets finished windows. */
  async purgeExpired(now: number): Promise<void> {
    for (const [key, w] of this.windows) if (w.windowEnd <= now) this.windows.delete(key);
  }
}
