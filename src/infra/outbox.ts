/**
 * Transactional outbox (ENGINEERING.md, shape 7): an event is written in the same transaction
 * as the change it announces and dispatched to the real-time hub after commit. A crash
 * between commit and dispatch loses nothing: the periodic sweep sends what is pending.
 *
 * Two ways out: `kick()` after a use case's own transaction reads the pending rows back,
 * publishes and marks them; the group commit (groupCommit.ts) hands over the rows it has
 * just committed (`publishCommitted`), which are published at once and marked dispatched in
 * bulk a moment later, so a busy ingest costs no read-back and no write per batch. Delivery
 * is at least once either way (a crash after publishing and before marking publishes again);
 * clients merge events by id.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { skipLocked } from '../db/dialect.js';
import type { Schema } from '../db/schema.js';
import type { Room, ServerEventName, ServerEvents } from '../shared/realtime.js';
import type { Clock } from './clock.js';
import type { Hub } from './realtime/hub.js';

export async function enqueueEvent<E extends ServerEventName>(
  trx: Kysely<Schema> | Transaction<Schema>,
  now: number,
  room: Room,
  event: E,
  data: ServerEvents[E],
): Promise<void> {
  await trx
    .insertInto('outbox')
    .values({ room, event, payload: JSON.stringify(data), created_at: now, dispatched_at: null })
    .execute();
}

/** An event a unit of work wrote, before it has a row id. */
export interface OutboxEvent<E extends ServerEventName = ServerEventName> {
  room: Room;
  event: E;
  data: ServerEvents[E];
  createdAt: number;
}

/** An event committed to the outbox table. */
export interface CommittedEvent extends OutboxEvent {
  id: number;
}

/** Rows per multi-row insert: well inside SQLite's and PostgreSQL's bound-parameter limits. */
const INSERT_CHUNK = 500;

/** Writes many events with one statement per 500, in order; answers them with their ids. */
export async function insertEvents(
  trx: Kysely<Schema> | Transaction<Schema>,
  events: OutboxEvent[],
): Promise<CommittedEvent[]> {
  const committed: CommittedEvent[] = [];
  for (let i = 0; i < events.length; i += INSERT_CHUNK) {
    const chunk = events.slice(i, i + INSERT_CHUNK);
    const rows = await trx
      .insertInto('outbox')
      .values(
        chunk.map((e) => ({
          room: e.room,
          event: e.event,
          payload: JSON.stringify(e.data),
          created_at: e.createdAt,
          dispatched_at: null,
        })),
      )
      .returning('id')
      .execute();
    // Ids grow in VALUES order on both dialects; RETURNING's own order is not promised.
    const ids = rows.map((r) => r.id).sort((a, b) => a - b);
    chunk.forEach((e, j) => committed.push({ ...e, id: ids[j]! }));
  }
  return committed;
}

/** How long published events wait to be marked dispatched, so many batches share one write. */
const MARK_DELAY_MS = 50;

export class OutboxDispatcher {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  /** Published by `publishCommitted`, not yet marked in the table: the sweep leaves them be. */
  private unmarked = new Set<number>();
  private markTimer: NodeJS.Timeout | null = null;
  private marking: Promise<void> | null = null;

  constructor(
    private database: Database,
    private hub: Hub,
    private clock: Clock,
    private log: { error(obj: unknown, msg?: string): void },
  ) {}

  /** Dispatch soon; concurrent kicks collapse into one more pass. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          let after: number | null = 0;
          while ((after = await this.dispatchBatch(after)) !== null) {
            /* keep draining */
          }
        } while (this.again);
      } catch (err) {
        this.log.error({ err }, 'outbox dispatch failed; the sweep will retry');
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Sweeps pending rows every `ms` (worker role) so a crash between commit and dispatch heals. */
  start(ms = 1000): void {
    this.timer = setInterval(() => void this.kick(), ms);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.markNow();
  }

  /**
   * Publishes events whose transaction has just committed, in order, without reading them
   * back; they are marked dispatched together a moment later. An event the hub refused stays
   * pending for the sweep.
   */
  async publishCommitted(events: CommittedEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (const e of events) this.unmarked.add(e.id);
    // All at once: the local hub delivers on call, Redis keeps one connection's order.
    const sent = await Promise.allSettled(
      events.map((e) => this.hub.publish(e.room, { event: e.event, data: e.data })),
    );
    sent.forEach((r, i) => {
      if (r.status === 'rejected') this.unmarked.delete(events[i]!.id);
    });
    if (sent.some((r) => r.status === 'rejected'))
      this.log.error(
        { err: sent.find((r) => r.status === 'rejected') },
        'hub refused events; the sweep will retry',
      );
    if (!this.markTimer) this.markTimer = setTimeout(() => void this.markNow(), MARK_DELAY_MS);
  }

  /** Marks every published event dispatched (one statement per 500). */
  private async markNow(): Promise<void> {
    if (this.markTimer) clearTimeout(this.markTimer);
    this.markTimer = null;
    await this.marking;
    const ids = [...this.unmarked];
    if (ids.length === 0) return;
    this.marking = (async () => {
      try {
        const at = this.clock.now();
        await this.database.k.transaction().execute(async (trx) => {
          for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
            const chunk = ids.slice(i, i + INSERT_CHUNK);
            await trx.updateTable('outbox').set({ dispatched_at: at }).where('id', 'in', chunk).execute();
          }
        });
        for (const id of ids) this.unmarked.delete(id);
      } catch (err) {
        this.log.error({ err }, 'marking published events failed; will try again');
        if (!this.markTimer) this.markTimer = setTimeout(() => void this.markNow(), 1000);
      } finally {
        this.marking = null;
      }
    })();
    await this.marking;
  }

  /** Deletes events dispatched before `before`: clients that missed them reload anyway. */
  async purgeDispatched(before: number): Promise<void> {
    await this.database.k.deleteFrom('outbox').where('dispatched_at', '<', before).execute();
  }

  /** One page of pending rows after id `after`: publishes and marks them; null when none. */
  private async dispatchBatch(after: number): Promise<number | null> {
    return this.database.k.transaction().execute(async (trx) => {
      const rows = await skipLocked(
        this.database.dialect,
        trx
          .selectFrom('outbox')
          .selectAll()
          .where('dispatched_at', 'is', null)
          .where('id', '>', after)
          .orderBy('id')
          .limit(100),
      ).execute();
      if (rows.length === 0) return null;
      // Rows the group commit published are its to mark; paging on skips past them.
      const mine = rows.filter((r) => !this.unmarked.has(r.id));
      for (const row of mine) {
        await this.hub.publish(row.room as Room, {
          event: row.event as ServerEventName,
          data: JSON.parse(row.payload) as ServerEvents[ServerEventName],
        });
      }
      if (mine.length > 0)
        await trx
          .updateTable('outbox')
          .set({ dispatched_at: this.clock.now() })
          .where(
            'id',
            'in',
            mine.map((r) => r.id),
          )
          .execute();
      return rows[rows.length - 1]!.id;
    });
  }
}
