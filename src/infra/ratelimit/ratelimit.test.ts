/**
 * The rate limiter's rules, on every implementation: the database one on SQLite and
 * PostgreSQL, and the Redis one when Redis at 127.0.0.1:6379 is reachable (skipped with the
 * reason printed otherwise, except on CI, where it must run).
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import { describeEachDatabase } from '../../test/databases.js';
import { DatabaseRateLimiter } from './database-limiter.js';
import { clientBucket, type RateLimiter } from './limiter.js';
import { MemoryRateLimiter } from './memory-limiter.js';
import { RedisRateLimiter } from './redis-limiter.js';
import { skipWithoutRedis, TEST_REDIS_URL } from '../../test/redis.js';

const HOUR = 3600_000;
// A window-aligned start, so "the window ends in an hour" is exact.
const START = Math.ceil(Date.UTC(2026, 10, 25, 2) / HOUR) * HOUR;

/** The rules every implementation keeps; `limiter()` and `clock` are set up by the caller. */
function limiterRules(get: () => { limiter: RateLimiter; clock: ManualClock }) {
  let n = 0;
  const freshKey = () => `test:${process.pid}:${crypto.randomBytes(4).toString('hex')}:${++n}`;

  it('allows `limit` hits in a window, then refuses with the time until the window ends', async () => {
    const { limiter, clock } = get();
    const key = freshKey();
    clock.advance(-(clock.now() % HOUR)); // align to a window start
    for (let i = 1; i <= 3; i++) {
      expect(await limiter.hit(key, 3, HOUR)).toEqual({ allowed: true, remaining: 3 - i, retryAfterMs: 0 });
    }
    clock.advance(20 * 60_000);
    expect(await limiter.hit(key, 3, HOUR)).toEqual({
      allowed: false,
      remaining: 0,
      retryAfterMs: 40 * 60_000,
    });
    clock.advance(40 * 60_000);
    expect(await limiter.hit(key, 3, HOUR)).toEqual({ allowed: true, remaining: 2, retryAfterMs: 0 });
  });

  it('counts each key apart', async () => {
    const { limiter } = get();
    const [a, b] = [freshKey(), freshKey()];
    expect((await limiter.hit(a, 1, HOUR)).allowed).toBe(true);
    expect((await limiter.hit(a, 1, HOUR)).allowed).toBe(false);
    expect((await limiter.hit(b, 1, HOUR)).allowed).toBe(true);
  });

  it('lets exactly `limit` of 50 concurrent hits through', async () => {
    const { limiter } = get();
    const key = freshKey();
    const results = await Promise.all(Array.from({ length: 50 }, () => limiter.hit(key, 10, HOUR)));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.filter((r) => !r.allowed).every((r) => r.retryAfterMs > 0)).toBe(true);
  });
}

describeEachDatabase('rate limiter (database)', (ctx) => {
  const clock = new ManualClock(START);
  let limiter: DatabaseRateLimiter;
  beforeAll(() => {
    limiter = new DatabaseRateLimiter(ctx.db, clock);
  });

  limiterRules(() => ({ limiter, clock }));

  it('keeps one row per key and window, and the scheduler purges finished windows', async () => {
    const key = `purge:${crypto.randomBytes(4).toString('hex')}`;
    for (let i = 0; i < 5; i++) await limiter.hit(key, 10, 60_000);
    const rows = () => ctx.db.k.selectFrom('rate_limits').selectAll().where('key', '=', key).execute();
    expect((await rows()).map((r) => Number(r.count))).toEqual([5]);
    clock.advance(60_000);
    await limiter.hit(key, 10, 60_000);
    expect(await rows()).toHaveLength(2);
    await limiter.purgeExpired(clock.now());
    expect((await rows()).map((r) => Number(r.count))).toEqual([1]);
  });
});

describe('rate limiter (memory, the embedded profile)', () => {
  const clock = new ManualClock(START);
  const limiter = new MemoryRateLimiter(clock);

  limiterRules(() => ({ limiter, clock }));

  it('a purge keeps the windows still running', async () => {
    const key = `purge:${crypto.randomBytes(4).toString('hex')}`;
    clock.advance(-(clock.now() % 60_000));
    for (let i = 0; i < 5; i++) await limiter.hit(key, 10, 60_000);
    clock.advance(59_000);
    await limiter.purgeExpired(clock.now());
    expect((await limiter.hit(key, 10, 60_000)).remaining).toBe(4);
  });
});

const REDIS_URL = TEST_REDIS_URL;
const unreachable = await skipWithoutRedis('Redis rate-limiter tests');

describe.skipIf(!!unreachable)('rate limiter (Redis)', () => {
  const clock = new ManualClock(START);
  let limiter: RedisRateLimiter;
  beforeAll(async () => {
    limiter = new RedisRateLimiter(REDIS_URL, clock);
    await limiter.ready();
  });
  afterAll(async () => {
    await limiter?.close();
  });

  limiterRules(() => ({ limiter, clock }));
});

describe('client buckets', () => {
  it('limits IPv4 per address and IPv6 per /64', () => {
    expect(clientBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(clientBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientBucket('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(clientBucket('2001:db8:1:2::5')).toBe('2001:db8:1:2::/64');
    expect(clientBucket('2001:0db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientBucket('::1')).toBe('0:0:0:0::/64');
  });
});
