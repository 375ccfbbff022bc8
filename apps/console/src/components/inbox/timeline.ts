/**
 * One conversation as a single time line: messages, internal notes and the staff's own
 * sends still in flight, in the order they happened, with a day line whenever the date
 * changes. Notes older than the oldest loaded message wait until "load older" reaches them,
 * so a note never appears above history it was written after.
 */
import type { MessagePayload } from '../../../../../src/shared/realtime.js';

/** An internal note as the time line shows it (the API's Note). */
export interface TimelineNote {
  id: number;
  authorName: string;
  text: string;
  createdAt: number;
}

/** A staff send the server has not confirmed yet, as the time line shows it (sender.ts sends it). */
export interface PendingView {
  clientId: string;
  conversationId: number;
  /** What the bubble shows meanwhile: the text, or a caption for an image/articles. */
  preview: string;
  imageUrl: string | null;
  status: 'sending' | 'failed';
  error: string | null;
  createdAt: number;
}

export type TimelineEntry =
  | { type: 'day'; key: string; at: number }
  | { type: 'message'; key: string; at: number; message: MessagePayload }
  | { type: 'note'; key: string; at: number; note: TimelineNote }
  | { type: 'pending'; key: string; at: number; pending: PendingView };

function dayOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

export function buildTimeline(
  messages: MessagePayload[],
  notes: TimelineNote[],
  pending: PendingView[],
  hasOlder: boolean,
): TimelineEntry[] {
  const oldest = messages.length ? Math.min(...messages.map((m) => m.createdAt)) : Infinity;
  const confirmed = new Set(messages.map((m) => m.clientId).filter(Boolean));
  const entries: Exclude<TimelineEntry, { type: 'day' }>[] = [
    ...messages.map((m) => ({ type: 'message' as const, key: `m${m.id}`, at: m.createdAt, message: m })),
    ...notes
      .filter((n) => !hasOlder || n.createdAt >= oldest)
      .map((n) => ({ type: 'note' as const, key: `n${n.id}`, at: n.createdAt, note: n })),
    ...pending
      .filter((p) => !confirmed.has(p.clientId))
      .map((p) => ({ type: 'pending' as const, key: `p${p.clientId}`, at: p.createdAt, pending: p })),
  ];
  // Pending sends stay last whatever the local clock says: the server has not placed them yet.
  // Ties (an auto reply is written in the same millisecond as the message it answers) go by id.
  const rank = (e: (typeof entries)[number]) => (e.type === 'pending' ? 1 : 0);
  const idOf = (e: (typeof entries)[number]) =>
    e.type === 'message' ? e.message.id : e.type === 'note' ? e.note.id : 0;
  entries.sort(
    (a, b) => rank(a) - rank(b) || a.at - b.at || a.type.localeCompare(b.type) || idOf(a) - idOf(b),
  );
  const out: TimelineEntry[] = [];
  let day = '';
  for (const e of entries) {
    const d = dayOf(e.at);
    if (d !== day) out.push({ type: 'day', key: `d${d}`, at: e.at });
    day = d;
    out.push(e);
  }
  return out;
}

/** Adds or replaces messages by id, keeping the oldest first. */
export function mergeMessages(list: MessagePayload[], incoming: MessagePayload[]): MessagePayload[] {
  const byId = new Map(list.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
}

/** Read receipts: the citizen has read the account's messages up to `upToId`. */
export function applyCitizenRead(list: MessagePayload[], upToId: number, at: number): MessagePayload[] {
  return list.map((m) =>
    m.sender !== 'citizen' && m.id <= upToId && m.readAt === null ? { ...m, readAt: at } : m,
  );
}
