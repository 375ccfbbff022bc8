/**
 * The real-time hub: publish an event to a room; connections subscribe to rooms. The local
 * hub serves one process; the Redis hub (redis-hub.ts) carries the same messages across
 * processes. Both deliver to local subscribers through the same LocalHub.
 */
import type { Room, ServerEventEnvelope } from '../../shared/realtime.js';

export type Listener = (envelope: ServerEventEnvelope) => void;

export interface Hub {
  publish(room: Room, envelope: ServerEventEnvelope): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(rooms: Room[], listener: Listener): () => void;
  close(): Promise<void>;
}

export class LocalHub implements Hub {
  private rooms = new Map<string, Set<Listener>>();

  async publish(room: Room, envelope: ServerEventEnvelope): Promise<void> {
    this.deliver(room, envelope);
  }

  deliver(room: string, envelope: ServerEventEnvelope): void {
    const listeners = this.rooms.get(room);
    if (!listeners) return;
    for (const l of listeners) {
      try {
        l(envelope);
      } catch {
        // One broken connection must not stop delivery to the others.
      }
    }
  }

  subscribe(rooms: Room[], listener: Listener): () => void {
    for (const r of rooms) {
      let set = this.rooms.get(r);
      if (!set) this.rooms.set(r, (set = new Set()));
      set.add(listener);
    }
    return () => {
      for (const r of rooms) {
        const set = this.rooms.get(r);
        set?.delete(listener);
        if (set && set.size === 0) this.rooms.delete(r);
      }
    };
  }

  /** Rooms with at least one local listener (the Redis hub subscribes to exactly these). */
  activeRooms(): string[] {
    return [...this.rooms.keys()];
  }

  async close(): Promise<void> {
    this.rooms.clear();
  }
}
