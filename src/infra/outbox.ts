/**
 * Transactional outbox (ENGINEERING.md, shape 7): an event is written in the same transaction
 * as the change it announces and dispatched to the real-time hub after commit. A crash
 * between commit and dispatch loses nothing: the periodic sweep sends what is pending.
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

export class OutboxDispatcher {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

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
          while ((await this.dispatchBatch()) > 0) {
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
  }

  /** Deletes events dispatched before `before`: clients that missed them reload anyway. */
  async purgeDispatched(before: number): Promise<void> {
    await this.database.k.deleteFrom('outbox').where('dispatched_at', '<', before).execute();
  }

  private async dispatchBatch(): Promise<number> {
    return this.database.k.transaction().execute(async (trx) => {
      const rows = await skipLocked(
        this.database.dialect,
        trx.selectFrom('outbox').selectAll().where('dispatched_at', 'is', null).orderBy('id').limit(100),
      ).execute();
      if (rows.length === 0) return 0;
      for (const row of rows) {
        await this.hub.publish(row.room as Room, {
          event: row.event as ServerEventName,
          data: JSON.parse(row.payload) as ServerEvents[ServerEventName],
        });
      }
      await trx
        .updateTable('outbox')
        .set({ dispatched_at: this.clock.now() })
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .execute();
      return rows.length;
    });
  }
}
