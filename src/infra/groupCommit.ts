/**
 * Group commit: many small units of work (a citizen's message with its automatic reply, its
 * clock and its events) share one transaction, so a busy account pays one commit — one fsync
 * with SQLite's durable default — per batch instead of per message. Every unit is still
 * durable before its caller hears back: a unit's promise settles only after the commit.
 *
 * Each unit runs inside its own savepoint: a unit that throws (a validation error, a unique
 * key lost to a retry) rolls back only its own writes and rejects only its own caller. The
 * events a unit announces are collected, not inserted one by one; the batch writes them with
 * one multi-row insert before the commit and hands them to the outbox, which publishes them
 * without reading them back (outbox.ts).
 *
 * SQLite has one writer whatever we do, so batching there only removes waiting. PostgreSQL
 * commits in parallel on a pool and would deadlock two batches that touch the same rows in
 * different orders, so there each unit keeps its own transaction — same API, same outbox
 * path (dialect differences stay here and in db/dialect.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Schema } from '../db/schema.js';
import { insertEvents, type CommittedEvent, type OutboxEvent } from './outbox.js';

/**
 * A unit of work: writes through `trx` and pushes the events it announces to `events`. It
 * must wait on nothing but the database: on SQLite the whole batch holds the one write
 * transaction while it runs.
 */
export type UnitOfWork<T> = (trx: Kysely<Schema>, events: OutboxEvent[]) => Promise<T>;

interface Queued {
  work: UnitOfWork<unknown>;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

/** Units per transaction at most: bounds how long one commit keeps the others waiting. */
const MAX_BATCH = 256;

export class GroupCommit {
  private queue: Queued[] = [];
  private draining = false;

  constructor(
    private database: Database,
    private outbox: { publishCommitted(events: CommittedEvent[]): Promise<void> },
  ) {}

  /** Runs `work` in a transaction (shared with other units on SQLite); settles after commit. */
  run<T>(work: UnitOfWork<T>): Promise<T> {
    if (this.database.dialect === 'postgres') return this.runAlone(work);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (this.draining) return;
      this.draining = true;
      // SQLite answers synchronously, so a unit started at once would run to its commit in
      // one chain of microtasks, before the event loop even reads the next request. Waiting
      // for the check phase lets every request that arrived in this loop turn join the batch.
      setImmediate(() => void this.drain());
    });
  }

  private async runAlone<T>(work: UnitOfWork<T>): Promise<T> {
    let committed: CommittedEvent[] = [];
    const value = await this.database.k.transaction().execute(async (trx) => {
      const events: OutboxEvent[] = [];
      const v = await work(trx, events);
      committed = await insertEvents(trx, events);
      return v;
    });
    void this.outbox.publishCommitted(committed);
    return value;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.commitBatch();
    } finally {
      this.draining = false;
    }
  }

  /**
   * One transaction for the units queued by the time it holds the connection: requests that
   * arrive while a batch commits wait for the next one, so batches grow with the load.
   */
  private async commitBatch(): Promise<void> {
    let batch: Queued[] = [];
    const outcomes: Array<() => void> = [];
    let committed: CommittedEvent[] = [];
    try {
      await this.database.k.transaction().execute(async (trx) => {
        batch = this.queue.splice(0, MAX_BATCH);
        const events: OutboxEvent[] = [];
        for (const unit of batch) {
          const own: OutboxEvent[] = [];
          await sql`savepoint zw_unit`.execute(trx);
          try {
            const value = await unit.work(trx, own);
            await sql`release savepoint zw_unit`.execute(trx);
            events.push(...own);
            outcomes.push(() => unit.resolve(value));
          } catch (err) {
            await sql`rollback to savepoint zw_unit`.execute(trx);
            await sql`release savepoint zw_unit`.execute(trx);
            outcomes.push(() => unit.reject(err));
          }
        }
        committed = await insertEvents(trx, events);
      });
    } catch (err) {
      // The commit itself failed: nothing of this batch is durable, and every caller hears so.
      // A transaction that could not even begin took no units: fail the waiting ones instead
      // of retrying forever.
      if (batch.length === 0) batch = this.queue.splice(0, MAX_BATCH);
      for (const unit of batch) unit.reject(err);
      return;
    }
    for (const settle of outcomes) settle();
    void this.outbox.publishCommitted(committed);
  }
}
