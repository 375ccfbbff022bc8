/**
 * Rate-limit counters in Redis (scale-out profile): every process shares them, and Redis
 * expires finished windows by itself. One Lua script per hit increments the window's key and
 * sets its expiry on the first hit, atomically, so concurrent hits from any number of
 * processes never count past the limit and no key is left without an expiry.
 */
import { Redis } from 'ioredis';
import type { Clock } from '../clock.js';
import { resultOf, windowAt, type RateLimiter, type RateLimitResult } from './limiter.js';

export const RATE_LIMIT_PREFIX = 'zw:rl:';

// Keeps a finished window's key a little past its end, for clocks of processes that lag.
const EXPIRY_SLACK_MS = 5_000;

const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return count
`;

export class RedisRateLimiter implements RateLimiter {
  private redis: Redis;

  constructor(
    url: string,
    private clock: Clock,
  ) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.redis.defineCommand('zwRateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const now = this.clock.now();
    const { windowStart, windowEnd } = windowAt(now, windowMs);
    const ttl = Math.max(1, windowEnd - now) + EXPIRY_SLACK_MS;
    const redis = this.redis as Redis & {
      zwRateLimitHit(key: string, ttlMs: number): Promise<number>;
    };
    const count = await redis.zwRateLimitHit(`${RATE_LIMIT_PREFIX}${key}:${windowStart}`, ttl);
    return resultOf(Number(count), limit, now, windowEnd);
  }

  /** Resolves once connected (tests and start-up). */
  async ready(): Promise<void> {
    await this.redis.ping();
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
