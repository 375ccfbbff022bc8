import type { PublicationCard } from '../../shared/types';

/** Publications this close together came from one push and show as one multi-article card. */
const SAME_PUSH_MS = 60_000;
/** A time separator is shown when this much time passed since the previous push (WeChat: 5 min). */
const SEPARATOR_GAP_MS = 5 * 60_000;

export interface ThreadGroupModel {
  key: number;
  items: PublicationCard[];
  /** Time to show above the group, or null when it follows the previous one closely. */
  separator: number | null;
}

/** Groups a thread sorted oldest first into pushes, with the separators between them. */
export function groupThread(sorted: PublicationCard[]): ThreadGroupModel[] {
  const groups: ThreadGroupModel[] = [];
  let prevTime = -Infinity;
  for (const p of sorted) {
    const last = groups[groups.length - 1];
    if (last && p.publishedAt - last.items[0].publishedAt < SAME_PUSH_MS && last.items.length < 8) {
      last.items.push(p);
    } else {
      groups.push({
        key: p.id,
        items: [p],
        separator: p.publishedAt - prevTime >= SEPARATOR_GAP_MS ? p.publishedAt : null,
      });
    }
    prevTime = p.publishedAt;
  }
  return groups;
}
