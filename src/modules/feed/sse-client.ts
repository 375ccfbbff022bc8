/**
 * A minimal Server-Sent Events reader over fetch, for tests and the benchmark: it reads the
 * stream exactly as a browser's EventSource would split it (blocks separated by a blank
 * line; `data:` lines carry the message; `:` lines are comments).
 */
import type { ServerEventEnvelope } from '../../shared/realtime.js';

export interface SseClient {
  status: number;
  headers: Headers;
  /** The next message's parsed data; rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ServerEventEnvelope>;
  /** Every comment seen so far (heartbeats). */
  comments: string[];
  close(): void;
}

export async function openSse(url: string, headers: Record<string, string>): Promise<SseClient> {
  const controller = new AbortController();
  const res = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const comments: string[] = [];
  let buffer = '';

  const takeMessage = (): ServerEventEnvelope | null => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end < 0) return null;
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) comments.push(line.slice(1).trim());
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) return JSON.parse(data.join('\n')) as ServerEventEnvelope;
    }
  };

  return {
    status: res.status,
    headers: res.headers,
    comments,
    async next(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const message = takeMessage();
        if (message) return message;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('no server-sent event in time');
        let timer: NodeJS.Timeout | undefined;
        const chunk = await Promise.race([
          reader.read(),
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error('no server-sent event in time')), left);
          }),
        ]).finally(() => clearTimeout(timer));
        if (chunk.done) throw new Error('the event stream ended');
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    close() {
      controller.abort();
    },
  };
}
