/**
 * Server-Sent Events: one open response per browser tab, subscribed to hub rooms. Each event
 * is written as a default "message" event whose data is the JSON envelope {event, data}
 * (what apps/shared/http.ts `subscribe()` parses). Works unchanged over the Redis hub, so
 * the publishing process and the process holding the connection need not be the same.
 */
import type { FastifyReply } from 'fastify';
import type { Hub } from '../../infra/realtime/hub.js';
import type { Room, ServerEventEnvelope } from '../../shared/realtime.js';

export const HEARTBEAT_MS = 25_000;

export class EventStream {
  private rooms = new Map<Room, () => void>();
  private heartbeat: NodeJS.Timeout;
  private closed = false;
  private onCloseFns: Array<() => void> = [];

  constructor(
    private reply: FastifyReply,
    private hub: Hub,
    private onEvent: (envelope: ServerEventEnvelope, stream: EventStream) => void = () => {},
    heartbeatMs = HEARTBEAT_MS,
  ) {
    // A comment line every 25 s keeps proxies and load balancers from timing the stream out.
    this.heartbeat = setInterval(() => this.write(': heartbeat\n\n'), heartbeatMs);
    this.heartbeat.unref();
  }

  /** Opens the response: headers, the client's reconnect delay, and a first comment. */
  static open(
    reply: FastifyReply,
    hub: Hub,
    onEvent?: (envelope: ServerEventEnvelope, stream: EventStream) => void,
  ): EventStream {
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      // The socket is never reused after a stream: closing it with the stream lets a
      // shutting-down server finish at once instead of waiting for an idle keep-alive.
      connection: 'close',
      'x-accel-buffering': 'no',
    });
    reply.raw.write('retry: 3000\n: connected\n\n');
    const stream = new EventStream(reply, hub, onEvent);
    // The response's 'close' fires when the client goes away (the request's may fire earlier).
    reply.raw.on('close', () => stream.close());
    reply.raw.on('error', () => stream.close());
    return stream;
  }

  join(room: Room): void {
    if (this.closed || this.rooms.has(room)) return;
    this.rooms.set(
      room,
      this.hub.subscribe([room], (envelope) => this.deliver(envelope)),
    );
  }

  leave(room: Room): void {
    this.rooms.get(room)?.();
    this.rooms.delete(room);
  }

  /**
   * Ends the stream once `gone()` answers true, asking every `everyMs`: a stream must not
   * outlive the session (or the access) it was opened with. A check that fails (database
   * briefly unreachable) keeps the stream; the next check decides.
   */
  closeWhen(gone: () => Promise<boolean>, everyMs: number): void {
    let checking = false;
    const timer = setInterval(() => {
      if (checking || this.closed) return;
      checking = true;
      gone()
        .then(
          (isGone) => {
            if (isGone) this.close();
          },
          () => {},
        )
        .finally(() => {
          checking = false;
        });
    }, everyMs);
    timer.unref();
    this.onClose(() => clearInterval(timer));
  }

  send(envelope: ServerEventEnvelope): void {
    this.write(`data: ${JSON.stringify(envelope)}\n\n`);
  }

  onClose(fn: () => void): void {
    this.onCloseFns.push(fn);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    for (const off of this.rooms.values()) off();
    this.rooms.clear();
    if (!this.reply.raw.writableEnded) this.reply.raw.end();
    for (const fn of this.onCloseFns) fn();
  }

  private deliver(envelope: ServerEventEnvelope): void {
    this.send(envelope);
    this.onEvent(envelope, this);
  }

  private write(chunk: string): void {
    if (this.closed || this.reply.raw.writableEnded) return;
    this.reply.raw.write(chunk);
  }
}

/** The open streams of one app, so shutting down ends them instead of waiting forever. */
export class EventStreams {
  private open = new Set<EventStream>();

  track(stream: EventStream): void {
    this.open.add(stream);
    stream.onClose(() => this.open.delete(stream));
  }

  get size(): number {
    return this.open.size;
  }

  closeAll(): void {
    for (const s of [...this.open]) s.close();
  }
}

/** A citizen's stream follows their follows: joining or leaving account rooms as they change. */
export function followRoomsOf(envelope: ServerEventEnvelope, stream: EventStream): void {
  if (envelope.event !== 'follow.changed') return;
  const { accountId, following } = envelope.data as { accountId: number; following: boolean };
  if (following) stream.join(`account:${accountId}`);
  else stream.leave(`account:${accountId}`);
}
