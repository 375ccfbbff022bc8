/**
 * The read-counting benchmark: sustained read-recording throughput on SQLite (WAL,
 * synchronous=FULL, the default) through the write-behind recorder, measured from the first
 * read until every read is committed (`close()` waits for the last transaction), next to the
 * same reads recorded naively — each one its own committed transaction running the same
 * statements (the read row, the publication's counter, the read-by-hour counter) — in the same
 * run, against a second database file on the same disk.
 *
 * The workload: 50 publications of one account, 200,000 citizens; 80% signed-in reads of a
 * random citizen and publication (some repeats on the same day, which count once), 20%
 * anonymous. Reads are produced in slices of 1,000 per event-loop turn, so the recorder's
 * timer and size-triggered flushes run between them as they would under real requests.
 *
 * Goal: reads.rps ≥ 50 × reads.naive_rps.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { ReadRecorder, type ReadEvent } from '../src/modules/engagement/recorder.js';
import { beijingDay, beijingHour } from '../src/modules/engagement/time.js';
import { buildPublication } from '../src/modules/engagement/testing.js';
import { buildAccount } from '../src/test/factories.js';

const DURATION_MS = Number(process.env.BENCH_READS_MS ?? 4000);
const NAIVE_MS = Number(process.env.BENCH_READS_NAIVE_MS ?? 3000);
const PUBLICATIONS = 50;
const CITIZENS = 200_000;
const SLICE = 1000;

/** A deterministic generator (mulberry32), so both runs see the same sequence of reads. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readStream(accountId: number, publicationIds: number[]): () => ReadEvent {
  const r = rng(42);
  return () => ({
    publicationId: publicationIds[Math.floor(r() * publicationIds.length)]!,
    accountId,
    citizenId: r() < 0.8 ? 1 + Math.floor(r() * CITIZENS) : null,
    at: Date.now(),
  });
}

async function world(file: string): Promise<{ db: Database; accountId: number; publicationIds: number[] }> {
  const db = openDatabase({ sqliteFile: file });
  await migrateToLatest(db);
  const account = await buildAccount(db);
  const publicationIds: number[] = [];
  for (let i = 0; i < PUBLICATIONS; i++) publicationIds.push((await buildPublication(db, account.id)).id);
  return { db, accountId: account.id, publicationIds };
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function viaRecorder(file: string): Promise<{ reads: number; ms: number; rows: number }> {
  const { db, accountId, publicationIds } = await world(file);
  const next = readStream(accountId, publicationIds);
  const recorder = new ReadRecorder(db);
  let reads = 0;
  const started = performance.now();
  while (performance.now() - started < DURATION_MS) {
    for (let i = 0; i < SLICE; i++) recorder.record(next());
    reads += SLICE;
    await turn();
  }
  await recorder.close();
  const ms = performance.now() - started;
  const rows = await countedReads(db);
  await db.close();
  return { reads, ms, rows };
}

/** The same statements as one recorder flush, for one read, in its own committed transaction. */
async function recordNaively(db: Database, e: ReadEvent): Promise<void> {
  await db.k.transaction().execute(async (trx) => {
    const day = beijingDay(e.at);
    let counted = true;
    if (e.citizenId !== null) {
      const inserted = await trx
        .insertInto('publication_reads')
        .values({ publication_id: e.publicationId, citizen_id: e.citizenId, day, read_at: e.at })
        .onConflict((oc) => oc.columns(['publication_id', 'citizen_id', 'day']).doNothing())
        .returning('day')
        .execute();
      counted = inserted.length > 0;
    } else {
      await trx
        .insertInto('publication_anon_reads')
        .values({ publication_id: e.publicationId, day, count: 1 })
        .onConflict((oc) =>
          oc
            .columns(['publication_id', 'day'])
            .doUpdateSet({ count: sql<number>`publication_anon_reads.count + 1` }),
        )
        .execute();
    }
    if (!counted) return;
    const signed = e.citizenId !== null ? 1 : 0;
    await trx
      .insertInto('publication_engagement')
      .values({ publication_id: e.publicationId, reads: signed, anon_reads: 1 - signed })
      .onConflict((oc) =>
        oc.column('publication_id').doUpdateSet({
          reads: sql<number>`publication_engagement.reads + ${signed}`,
          anon_reads: sql<number>`publication_engagement.anon_reads + ${1 - signed}`,
        }),
      )
      .execute();
    await trx
      .insertInto('read_hours')
      .values({ account_id: e.accountId, hour: beijingHour(e.at), count: 1 })
      .onConflict((oc) =>
        oc.columns(['account_id', 'hour']).doUpdateSet({ count: sql<number>`read_hours.count + 1` }),
      )
      .execute();
  });
}

async function naively(file: string): Promise<{ reads: number; ms: number; rows: number }> {
  const { db, accountId, publicationIds } = await world(file);
  const next = readStream(accountId, publicationIds);
  let reads = 0;
  const started = performance.now();
  while (performance.now() - started < NAIVE_MS) {
    await recordNaively(db, next());
    reads++;
  }
  const ms = performance.now() - started;
  const rows = await countedReads(db);
  await db.close();
  return { reads, ms, rows };
}

async function countedReads(db: Database): Promise<number> {
  const row = await db.k
    .selectFrom('publication_engagement')
    .select((eb) => [eb.fn.sum<number>('reads').as('r'), eb.fn.sum<number>('anon_reads').as('a')])
    .executeTakeFirst();
  return Number(row?.r ?? 0) + Number(row?.a ?? 0);
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-bench-reads-'));
  try {
    const batched = await viaRecorder(path.join(dir, 'batched.sqlite'));
    const naive = await naively(path.join(dir, 'naive.sqlite'));
    const rps = (batched.reads * 1000) / batched.ms;
    const naiveRps = (naive.reads * 1000) / naive.ms;
    console.table({
      'write-behind recorder': {
        reads: batched.reads,
        'counted (after de-duplication)': batched.rows,
        seconds: +(batched.ms / 1000).toFixed(2),
        'reads/s': Math.round(rps),
      },
      'one commit per read': {
        reads: naive.reads,
        'counted (after de-duplication)': naive.rows,
        seconds: +(naive.ms / 1000).toFixed(2),
        'reads/s': Math.round(naiveRps),
      },
    });
    console.log(`BENCH reads.rps ${Math.round(rps)} reads/s`);
    console.log(`BENCH reads.naive_rps ${Math.round(naiveRps)} reads/s`);
    console.log(`BENCH reads.speedup ${(rps / naiveRps).toFixed(1)} x`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
