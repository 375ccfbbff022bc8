import { Redis } from 'ioredis';
import type { Room, ServerEventEnvelope } from '../../shared/realtime.js';
import { LocalHub, type Hub, type Listener } from './hub.js';

const PREFIX = 'zw:rt:';

/**
 * Cross-process hub over Redis pub/sub. A process subscribes to a Redis channel only while
 * it has a local listener in that room, so traffic follows connected clients, not followers.
 */
export class RedisHub implements Hub {
  private local = new LocalHub();
  private pub: Redis;
  private sub: Redis;
  private counts = new Map<string, number>();

  constructor(url: string) {
    this.pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.sub.on('message', (channel: string, message: string) => {
      if (!channel.startsWith(PREFIX)) return;
      this.local.deliver(channel.slice(PREFIX.length), JSON.parse(message) as ServerEventEnvelope);
    });
  }

  async publish(room: Room, envelope: ServerEventEnvelope): Promise<void> {
    await this.pub.publish(PREFIX + room, JSON.stringify(envelope));
  }

  subscribe(rooms: Room[], listener: Listener): () => void {
    for (const r of rooms) {
      const n = this.counts.get(r) ?? 0;
      this.counts.set(r, n + 1);
      if (n === 0) void this.sub.subscribe(PREFIX + r);
    }
    const off = this.local.subscribe(rooms, listener);
    return () => {
      off();
      for (const r of rooms) {
        const n = (this.counts.get(r) ?? 1) - 1;
        if (n <= 0) {
          this.counts.delete(r);
          void this.sub.unsubscribe(PREFIX + r);
        } else this.counts.set(r, n);
      }
    };
  }

  /** Resolves once both connections are ready (used by tests and start-up). */
  async ready(): Promise<void> {
    await Promise.all([this.pub.ping(), this.sub.ping()]);
  }

  async close(): Promise<void> {
    await this.local.close();
    this.pub.disconnect();
    this.sub.disconnect();
  }
}
