/**
 * The thread's one timeline: the account's publications (grouped into pushes, as before) and
 * the conversation's messages, ordered by time, with WeChat's time separators between them.
 */
import type { MessagePayload } from '../../../../../src/shared/realtime';
import type { PublicationCard } from '../../../../shared/types';
import type { OutgoingMessage } from '../../api';
import { groupThread } from '../../threadGroups';

/** A time separator is shown when this much time passed since the previous entry (WeChat: 5 min). */
const SEPARATOR_GAP_MS = 5 * 60_000;

/**
 * A message as the thread shows it. The citizen's own messages exist here before the server
 * has them (`sending`); a send that failed stays `failed` and is retried with the same clientId.
 */
export interface ChatItem {
  /** Stable key for the list: the clientId of the citizen's messages, else the server id. */
  key: string;
  message: MessagePayload;
  state: 'sending' | 'sent' | 'failed';
  /** What to send again on retry (citizen's own unsent messages only). */
  outgoing?: OutgoingMessage;
  /** An image or voice recording not yet uploaded: uploaded first on (re)try. */
  upload?: { blob: Blob; filename: string };
}

export type TimelineEntry =
  | { type: 'push'; key: string; at: number; items: PublicationCard[]; separator: number | null }
  | { type: 'message'; key: string; at: number; item: ChatItem; separator: number | null };

type Unseparated<T> = T extends TimelineEntry ? Omit<T, 'separator'> : never;

/**
 * Merges publications (seq order) and messages (time order) into one list. Entries at the
 * same instant keep publications first, then messages by id, so the order is stable.
 */
export function buildTimeline(publications: PublicationCard[], items: ChatItem[]): TimelineEntry[] {
  const entries: Unseparated<TimelineEntry>[] = [
    ...groupThread(publications).map((g) => ({
      type: 'push' as const,
      key: `p${g.key}`,
      at: g.items[0]!.publishedAt,
      items: g.items,
    })),
    ...items.map((item) => ({ type: 'message' as const, key: item.key, at: item.message.createdAt, item })),
  ];
  entries.sort((a, b) => a.at - b.at || rank(a) - rank(b));
  let prev = -Infinity;
  return entries.map((e) => {
    const separator = e.at - prev >= SEPARATOR_GAP_MS ? e.at : null;
    prev = e.at;
    return { ...e, separator } as TimelineEntry;
  });
}

/** Publications before messages at the same instant; unsent messages (id 0) last. */
function rank(e: Unseparated<TimelineEntry>): number {
  if (e.type === 'push') return -1;
  return e.item.message.id || Number.MAX_SAFE_INTEGER;
}

/**
 * Two streams paged back in time cannot both be shown down to their oldest loaded entry: an
 * older publication may sit between messages not loaded yet. Show only what is newer than
 * the newest "oldest loaded" of the streams that still have older pages.
 */
export function horizon(streams: Array<{ oldest: number | null; hasOlder: boolean }>): number {
  let h = -Infinity;
  for (const s of streams) if (s.hasOlder && s.oldest !== null) h = Math.max(h, s.oldest);
  return h;
}

/** A client id the server accepts (8–64 of [A-Za-z0-9_-]); getRandomValues works on plain HTTP too. */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A WeChat-style map link for a location message. */
export function mapUrl(loc: { lat: number; lng: number; label: string }): string {
  const q = new URLSearchParams({ position: `${loc.lng},${loc.lat}`, name: loc.label || '' });
  return `https://uri.amap.com/marker?${q.toString()}`;
}
