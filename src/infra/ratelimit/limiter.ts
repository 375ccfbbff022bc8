/**
 * Rate limits: "at most `limit` hits per `windowMs` for this key". Two implementations behind
 * one interface, chosen by configuration (runtime.ts): the database (embedded default) and
 * Redis (scale-out, `REDIS_URL`). Both count in fixed windows aligned to the clock — the
 * window of a hit at `now` starts at `floor(now / windowMs) * windowMs` — so they answer the
 * same, and tests can move a ManualClock across windows. A fixed window lets a client reach
 * at most twice the limit around a window boundary; that is acceptable for abuse limits
 * (SMS bombing, guessing), and it costs one atomic statement per hit.
 */
import type { FastifyReply } from 'fastify';
import { isIPv6 } from 'node:net';
import { AppError } from '../errors.js';

export interface RateLimitResult {
  allowed: boolean;
  /** Hits still allowed in this window after this one. */
  remaining: number;
  /** 0 when allowed; otherwise how long until the window resets. */
  retryAfterMs: number;
}

export interface RateLimiter {
  /** Counts one hit against `key` (refused hits count too) and says whether it is allowed. */
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
  /** Drops finished windows (the database keeps rows; Redis expires keys by itself). */
  purgeExpired?(now: number): Promise<void>;
  close?(): Promise<void>;
}

export interface WindowPosition {
  windowStart: number;
  windowEnd: number;
}

export function windowAt(now: number, windowMs: number): WindowPosition {
  if (!(windowMs > 0)) throw new RangeError('windowMs must be positive');
  const windowStart = Math.floor(now / windowMs) * windowMs;
  return { windowStart, windowEnd: windowStart + windowMs };
}

export function resultOf(count: number, limit: number, now: number, windowEnd: number): RateLimitResult {
  const allowed = count <= limit;
  return {
    allowed,
    remaining: Math.max(0, limit - count),
    retryAfterMs: allowed ? 0 : Math.max(1, windowEnd - now),
  };
}

/**
 * The bucket of a client address. An IPv6 client usually holds a whole /64, so it is
 * limited as one; IPv4 (also IPv4-mapped IPv6) is limited per address.
 */
export function clientBucket(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`;
}

export interface RateLimitRule {
  /** Names the limit; the client bucket is appended, e.g. "otp-ip". */
  name: string;
  limit: number;
  windowMs: number;
}

/**
 * Counts a hit of `rule` for `subject` and refuses the request with RATE_LIMITED (429), a
 * `Retry-After` header and `details.retryAfterSec` when the limit is used up.
 */
export async function enforceRateLimit(
  limiter: RateLimiter,
  reply: FastifyReply,
  rule: RateLimitRule,
  subject: string,
): Promise<void> {
  const result = await limiter.hit(`${rule.name}:${subject}`, rule.limit, rule.windowMs);
  if (result.allowed) return;
  const retryAfterSec = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
  reply.header('retry-after', String(retryAfterSec));
  throw new AppError('RATE_LIMITED', { details: { retryAfterSec } });
}
