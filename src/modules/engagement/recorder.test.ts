import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount } from '../../test/factories.js';
import { ReadRecorder } from './recorder.js';
import { buildPublication } from './testing.js';

/** 2026-11-25 10:00 Beijing time. */
const T0 = Date.UTC(2026, 10, 25, 2, 0, 0);
const DAY = 86_400_000;

describeEachDatabase('read recorder', (ctx) => {
  async function counters(publicationId: number) {
    const row = await ctx.db.k
      .selectFrom('publication_engagement')
      .select(['reads', 'anon_reads'])
      .where('publication_id', '=', publicationId)
      .executeTakeFirst();
    return row ?? { reads: 0, anon_reads: 0 };
  }

  it('counts a citizen once per Beijing day, again the next day, anonymous reads separately', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const rec = new ReadRecorder(ctx.db, { intervalMs: 60_000 });
    const read = (citizenId: number | null, at: number) =>
      rec.record({ publicationId: pub.id, accountId: account.id, citizenId, at });

    read(7, T0);
    read(7, T0 + 3600_000); // same day, in the buffer
    read(8, T0);
    read(null, T0);
    read(null, T0 + 60_000);
    expect(rec.pending).toBe(4);
    await rec.flush();
    expect(await counters(pub.id)).toEqual({ reads: 2, anon_reads: 2 });

    read(7, T0 + 7200_000); // same day again, but already in the table
    await rec.flush();
    expect(await counters(pub.id)).toEqual({ reads: 2, anon_reads: 2 });

    // 23:59 and 00:01 Beijing time are different days although only minutes apart.
    const lateEvening = Date.UTC(2026, 10, 25, 15, 59, 0);
    read(9, lateEvening);
    read(9, lateEvening + 2 * 60_000);
    read(7, T0 + DAY);
    read(null, T0 + DAY);
    await rec.close();
    expect(await counters(pub.id)).toEqual({ reads: 5, anon_reads: 3 });

    const anon = await ctx.db.k
      .selectFrom('publication_anon_reads')
      .select(['day', 'count'])
      .where('publication_id', '=', pub.id)
      .orderBy('day')
      .execute();
    expect(anon.map((r) => r.count)).toEqual([2, 1]);
    expect(anon[1]!.day - anon[0]!.day).toBe(1);
  });

  it('feeds the read-by-hour table in Beijing hours, only with reads that counted', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const rec = new ReadRecorder(ctx.db, { intervalMs: 60_000 });
    // 02:00 UTC is 10:00 in Beijing; 13:30 UTC is 21:30.
    rec.record({ publicationId: pub.id, accountId: account.id, citizenId: 1, at: T0 });
    rec.record({ publicationId: pub.id, accountId: account.id, citizenId: 1, at: T0 + 60_000 });
    rec.record({
      publicationId: pub.id,
      accountId: account.id,
      citizenId: null,
      at: Date.UTC(2026, 10, 25, 13, 30),
    });
    await rec.close();
    const hours = await ctx.db.k
      .selectFrom('read_hours')
      .select(['hour', 'count'])
      .where('account_id', '=', account.id)
      .orderBy('hour')
      .execute();
    expect(hours).toEqual([
      { hour: 10, count: 1 },
      { hour: 21, count: 1 },
    ]);
  });

  it('writes behind: nothing before the interval, everything within it, all of it on close', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const rec = new ReadRecorder(ctx.db, { intervalMs: 200 });
    for (let c = 1; c <= 50; c++)
      rec.record({ publicationId: pub.id, accountId: account.id, citizenId: c, at: T0 });
    expect((await counters(pub.id)).reads).toBe(0);
    const deadline = Date.now() + 3000;
    while ((await counters(pub.id)).reads < 50 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(rec.pending).toBe(0);
    expect((await counters(pub.id)).reads).toBe(50);

    for (let c = 51; c <= 80; c++)
      rec.record({ publicationId: pub.id, accountId: account.id, citizenId: c, at: T0 });
    for (let i = 0; i < 5; i++)
      rec.record({ publicationId: pub.id, accountId: account.id, citizenId: null, at: T0 });
    await rec.close();
    expect(await counters(pub.id)).toEqual({ reads: 80, anon_reads: 5 });
    // After close nothing is taken any more (the process is going down).
    rec.record({ publicationId: pub.id, accountId: account.id, citizenId: 999, at: T0 });
    expect(rec.pending).toBe(0);
  });

  it('flushes long before the interval when the buffer is large (several statements, one transaction)', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const rec = new ReadRecorder(ctx.db, { intervalMs: 60_000, maxBuffered: 2500 });
    for (let c = 1; c <= 2600; c++)
      rec.record({ publicationId: pub.id, accountId: account.id, citizenId: c, at: T0 });
    // The flush starts once the current task ends, so it takes everything recorded by then;
    // the interval is a minute, so seeing the rows within seconds shows the size trigger.
    const deadline = Date.now() + 5000;
    while ((await counters(pub.id)).reads < 2600 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(rec.pending).toBe(0);
    expect((await counters(pub.id)).reads).toBe(2600);
    await rec.close();
  });

  it('keeps a failed batch and writes it with the next one', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const rec = new ReadRecorder(ctx.db, { intervalMs: 60_000 });
    rec.record({ publicationId: pub.id, accountId: account.id, citizenId: 1, at: T0 });
    // A share id that does not exist is harmless; a failing statement is simulated by a closed
    // transaction: make the engagement table unwritable for one flush.
    const original = ctx.db.k.transaction.bind(ctx.db.k);
    let failOnce = true;
    (ctx.db.k as unknown as { transaction: () => unknown }).transaction = () => {
      if (failOnce) {
        failOnce = false;
        return { execute: () => Promise.reject(new Error('disk full')) };
      }
      return original();
    };
    try {
      await expect(rec.flush()).rejects.toThrow('disk full');
      expect(rec.pending).toBe(1);
      rec.record({ publicationId: pub.id, accountId: account.id, citizenId: 2, at: T0 });
      await rec.close();
    } finally {
      (ctx.db.k as unknown as { transaction: unknown }).transaction = original;
    }
    expect((await counters(pub.id)).reads).toBe(2);
  });
});

describe('beijing time', () => {
  it('puts 16:00 UTC on the next Beijing day and hour 0', async () => {
    const { beijingDay, beijingHour } = await import('./time.js');
    expect(beijingDay(Date.UTC(2026, 0, 1, 16)) - beijingDay(Date.UTC(2026, 0, 1, 15, 59))).toBe(1);
    expect(beijingHour(Date.UTC(2026, 0, 1, 16))).toBe(0);
    expect(beijingHour(Date.UTC(2026, 0, 1, 15, 59))).toBe(23);
  });
});
