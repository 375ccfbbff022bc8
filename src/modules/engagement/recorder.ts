/**
 * Write-behind read counting. Opening an article must not cost a commit: on SQLite with
 * `synchronous=FULL` every commit is an fsync, so a burst of readers (a push to a whole city)
 * would queue behind the disk. Reads are buffered in memory instead — a signed-in citizen's
 * repeat on the same Beijing day is dropped right here — and written in one transaction at
 * most once a second, sooner when the buffer grows large. A graceful shutdown flushes
 * (`close()`, called from the app's close path in runtime.ts); a crash loses at most the
 * reads of the last second, which is the price of not fsyncing per read.
 */
import { CompiledQuery, sql } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import { beijingDay, beijingHour } from './time.js';

export interface ReadEvent {
  publicationId: number;
  accountId: number;
  /** null for a reader without a citizen session. */
  citizenId: number | null;
  at: number;
  /** The share link the reader came through (publication_shares.id), if any. */
  shareId?: number | null;
}

export interface RecorderLog {
  error(obj: unknown, msg?: string): void;
}

export interface RecorderOptions {
  /** Longest a read waits in memory before its transaction starts (default 1000 ms). */
  intervalMs?: number;
  /** Buffered reads that start a flush at once (default 5000). */
  maxBuffered?: number;
  log?: RecorderLog;
}

interface CitizenRead {
  p: number;
  a: number;
  c: number;
  day: number;
  hour: number;
  at: number;
}

/** A key RETURNING names: a read that was new in the table. */
interface InsertedRead {
  publication_id: number;
  citizen_id: number;
  day: number;
}

/** Anonymous reads of one publication in one Beijing hour of one day. */
interface AnonBucket {
  p: number;
  a: number;
  day: number;
  hour: number;
  n: number;
}

interface Batch {
  citizen: Map<string, CitizenRead>;
  anon: Map<string, AnonBucket>;
  shareOpens: Map<number, { p: number; n: number }>;
  size: number;
}

const emptyBatch = (): Batch => ({ citizen: new Map(), anon: new Map(), shareOpens: new Map(), size: 0 });

/**
 * Rows per multi-row INSERT of signed-in reads. The SQL of a full chunk stays under the
 * statement cache's 4,096 characters (db/database.ts), so SQLite prepares it once per process.
 */
const CHUNK = 250;

/**
 * `INSERT … VALUES (…),(…) ON CONFLICT DO NOTHING RETURNING …` for `n` reads, written by hand:
 * building thousands of rows through Kysely's query builder per flush costs more than the
 * insert itself. Placeholders follow the dialect (`?` or `$n`).
 */
const insertReadsSql = new Map<string, string>();
function insertReads(dialect: DialectName, n: number): string {
  const key = `${dialect}:${n}`;
  let text = insertReadsSql.get(key);
  if (!text) {
    const rows: string[] = [];
    for (let i = 0; i < n; i++) {
      rows.push(
        dialect === 'postgres' ? `($${4 * i + 1},$${4 * i + 2},$${4 * i + 3},$${4 * i + 4})` : '(?,?,?,?)',
      );
    }
    text =
      'insert into publication_reads (publication_id,citizen_id,day,read_at) values ' +
      rows.join(',') +
      ' on conflict (publication_id,citizen_id,day) do nothing returning publication_id,citizen_id,day';
    insertReadsSql.set(key, text);
  }
  return text;
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class ReadRecorder {
  private batch = emptyBatch();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;
  private readonly intervalMs: number;
  private readonly maxBuffered: number;

  constructor(
    private readonly database: Database,
    private readonly opts: RecorderOptions = {},
  ) {
    this.intervalMs = opts.intervalMs ?? 1000;
    this.maxBuffered = opts.maxBuffered ?? 5000;
  }

  /** Reads waiting in memory. */
  get pending(): number {
    return this.batch.size;
  }

  /** Buffers one read; never waits for the database. Ignored after `close()`. */
  record(e: ReadEvent): void {
    if (this.closed) return;
    const day = beijingDay(e.at);
    const hour = beijingHour(e.at);
    const b = this.batch;
    if (e.citizenId !== null) {
      const key = `${e.publicationId}:${e.citizenId}:${day}`;
      if (!b.citizen.has(key)) {
        b.citizen.set(key, { p: e.publicationId, a: e.accountId, c: e.citizenId, day, hour, at: e.at });
        b.size++;
      }
    } else {
      const key = `${e.publicationId}:${day}:${hour}`;
      const bucket = b.anon.get(key);
      if (bucket) bucket.n++;
      else b.anon.set(key, { p: e.publicationId, a: e.accountId, day, hour, n: 1 });
      b.size++;
    }
    if (e.shareId) {
      const s = b.shareOpens.get(e.shareId);
      if (s) s.n++;
      else b.shareOpens.set(e.shareId, { p: e.publicationId, n: 1 });
    }
    if (b.size >= this.maxBuffered) this.kick(0);
    else this.kick(this.intervalMs);
  }

  /** Writes everything buffered so far; resolves when it is committed. */
  async flush(): Promise<void> {
    // A flush in progress holds an older batch; wait for it, then write what came since.
    while (this.running) await this.running.catch(() => undefined);
    if (this.batch.size === 0 && this.batch.shareOpens.size === 0) return;
    await this.runOnce();
  }

  /** Stops the timer and writes what is buffered; later reads are ignored. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }

  private kick(delay: number): void {
    if (this.timer) {
      if (delay > 0) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch((err: unknown) => this.opts.log?.error({ err }, 'read flush failed'));
    }, delay);
    // The timer alone never keeps a process alive; shutting down goes through close().
    this.timer.unref();
  }

  private runOnce(): Promise<void> {
    const batch = this.batch;
    this.batch = emptyBatch();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const run = this.write(batch)
      .catch((err: unknown) => {
        // Nothing is dropped on a failed write: the batch goes back in front of newer reads.
        this.restore(batch);
        if (!this.closed) this.kick(this.intervalMs);
        throw err;
      })
      .finally(() => {
        if (this.running === run) this.running = null;
      });
    this.running = run;
    return run;
  }

  private restore(old: Batch): void {
    const cur = this.batch;
    for (const [k, r] of old.citizen) {
      if (!cur.citizen.has(k)) {
        cur.citizen.set(k, r);
        cur.size++;
      }
    }
    for (const [k, a] of old.anon) {
      const b = cur.anon.get(k);
      if (b) b.n += a.n;
      else cur.anon.set(k, { ...a });
      cur.size += a.n;
    }
    for (const [id, s] of old.shareOpens) {
      const t = cur.shareOpens.get(id);
      if (t) t.n += s.n;
      else cur.shareOpens.set(id, { ...s });
    }
  }

  private async write(batch: Batch): Promise<void> {
    await this.database.k.transaction().execute(async (trx) => {
      const perPub = new Map<number, { reads: number; anon: number; shareOpens: number }>();
      const pubOf = (p: number) => {
        let v = perPub.get(p);
        if (!v) perPub.set(p, (v = { reads: 0, anon: 0, shareOpens: 0 }));
        return v;
      };
      const perHour = new Map<string, { a: number; hour: number; n: number }>();
      const addHour = (a: number, hour: number, n: number) => {
        const key = `${a}:${hour}`;
        const v = perHour.get(key);
        if (v) v.n += n;
        else perHour.set(key, { a, hour, n });
      };

      // Signed-in reads: the primary key keeps one per citizen per day; RETURNING names only
      // the rows that were new, so repeats already in the table count nowhere.
      // In key order: neighbouring rows land on the same B-tree pages (far fewer page writes
      // than random citizens in arrival order).
      const reads = [...batch.citizen.values()].sort((x, y) => x.p - y.p || x.c - y.c || x.day - y.day);
      for (const part of chunks(reads)) {
        const params: number[] = [];
        for (const r of part) params.push(r.p, r.c, r.day, r.at);
        const { rows: inserted } = await trx.executeQuery<InsertedRead>(
          CompiledQuery.raw(insertReads(this.database.dialect, part.length), params),
        );
        for (const row of inserted) {
          const r = batch.citizen.get(`${row.publication_id}:${row.citizen_id}:${row.day}`);
          if (!r) continue;
          pubOf(r.p).reads++;
          addHour(r.a, r.hour, 1);
        }
      }

      // Anonymous reads: per publication per day, whatever the hour.
      const anonDays = new Map<string, { p: number; day: number; n: number }>();
      for (const b of batch.anon.values()) {
        const key = `${b.p}:${b.day}`;
        const v = anonDays.get(key);
        if (v) v.n += b.n;
        else anonDays.set(key, { p: b.p, day: b.day, n: b.n });
        pubOf(b.p).anon += b.n;
        addHour(b.a, b.hour, b.n);
      }
      // Counters are upserted in key order: two processes flushing at once (PostgreSQL,
      // scale-out) then lock shared rows in the same order and cannot deadlock.
      const days = [...anonDays.values()].sort((x, y) => x.p - y.p || x.day - y.day);
      for (const part of chunks(days)) {
        await trx
          .insertInto('publication_anon_reads')
          .values(part.map((v) => ({ publication_id: v.p, day: v.day, count: v.n })))
          .onConflict((oc) =>
            oc.columns(['publication_id', 'day']).doUpdateSet({
              count: sql<number>`publication_anon_reads.count + excluded.count`,
            }),
          )
          .execute();
      }

      for (const [id, s] of [...batch.shareOpens].sort((x, y) => x[0] - y[0])) {
        await trx
          .updateTable('publication_shares')
          .set({ opens: sql<number>`opens + ${s.n}` })
          .where('id', '=', id)
          .execute();
        pubOf(s.p).shareOpens += s.n;
      }

      const pubs = [...perPub.entries()].sort((x, y) => x[0] - y[0]);
      for (const part of chunks(pubs)) {
        await trx
          .insertInto('publication_engagement')
          .values(
            part.map(([p, v]) => ({
              publication_id: p,
              reads: v.reads,
              anon_reads: v.anon,
              share_opens: v.shareOpens,
            })),
          )
          .onConflict((oc) =>
            oc.column('publication_id').doUpdateSet({
              reads: sql<number>`publication_engagement.reads + excluded.reads`,
              anon_reads: sql<number>`publication_engagement.anon_reads + excluded.anon_reads`,
              share_opens: sql<number>`publication_engagement.share_opens + excluded.share_opens`,
            }),
          )
          .execute();
      }

      const hours = [...perHour.values()].sort((x, y) => x.a - y.a || x.hour - y.hour);
      for (const part of chunks(hours)) {
        await trx
          .insertInto('read_hours')
          .values(part.map((v) => ({ account_id: v.a, hour: v.hour, count: v.n })))
          .onConflict((oc) =>
            oc.columns(['account_id', 'hour']).doUpdateSet({
              count: sql<number>`read_hours.count + excluded.count`,
            }),
          )
          .execute();
      }
    });
  }
}
