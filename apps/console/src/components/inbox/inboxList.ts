/**
 * How a live `conversation.updated` changes the list on screen without a reload: which tab a
 * conversation belongs to, and where it sits. The server remains the judge — a reload or
 * tab change fetches its answer — this only keeps the open list truthful in between.
 */
import type { ConversationSummaryPayload } from '../../../../../src/shared/realtime.js';

export type ConversationFilter = 'all' | 'unassigned' | 'mine' | 'waiting' | 'overdue' | 'closed';
export const FILTERS: ConversationFilter[] = ['all', 'unassigned', 'mine', 'waiting', 'overdue', 'closed'];

type Summary = ConversationSummaryPayload;

export function matchesFilter(s: Summary, filter: ConversationFilter, userId: number | null): boolean {
  switch (filter) {
    case 'all':
      // "全部" is every open conversation; closed ones have their own tab (server's rule too).
      return s.status === 'open';
    case 'closed':
      return s.status === 'closed';
    case 'unassigned':
      return s.status === 'open' && s.assignee === null;
    case 'mine':
      return s.status === 'open' && s.assignee !== null && s.assignee.id === userId;
    case 'waiting':
      return s.status === 'open' && s.waiting;
    case 'overdue':
      return s.status === 'open' && s.overdue;
  }
}

/** Newest activity first, as the inbox lists them. */
export function activityAt(s: Summary): number {
  return s.lastMessage?.at ?? s.updatedAt;
}

export interface UpsertOptions {
  filter: ConversationFilter;
  userId: number | null;
  /** A text search is active: the client cannot tell whether a new row matches, so none is added. */
  searching: boolean;
  /** The open conversation stays in the list even when it leaves the tab, so it does not vanish mid-reply. */
  keepId: number | null;
}

/** The list after one updated summary: replaced in place, added, or dropped from this tab. */
export function upsertSummary(list: Summary[], s: Summary, o: UpsertOptions): Summary[] {
  const at = list.findIndex((x) => x.id === s.id);
  const belongs = matchesFilter(s, o.filter, o.userId) || s.id === o.keepId;
  if (at >= 0 && !belongs) return list.filter((x) => x.id !== s.id);
  if (at < 0 && (!belongs || o.searching)) return list;
  const rest = at >= 0 ? list.filter((x) => x.id !== s.id) : list;
  const i = rest.findIndex((x) => activityAt(x) < activityAt(s));
  return i < 0 ? [...rest, s] : [...rest.slice(0, i), s, ...rest.slice(i)];
}
