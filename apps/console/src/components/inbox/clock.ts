/**
 * The response clock as the inbox shows it: time left before the first-response deadline
 * (green, orange once inside the warning window) or time past it (red). Pure, so the list
 * chip, the details panel and the tests agree.
 */
import type { ConversationSummaryPayload } from '../../../../../src/shared/realtime.js';

export type ClockTone = 'ok' | 'soon' | 'late';

export interface ClockView {
  tone: ClockTone;
  /** Whole minutes left (ok, soon) or past the deadline (late); never negative. */
  minutes: number;
}

type Clocked = Pick<ConversationSummaryPayload, 'status' | 'dueAt' | 'overdue'>;

/** Null when no clock runs: closed, or already answered (the server clears dueAt then). */
export function clockOf(c: Clocked, now: number, warnBeforeMinutes: number): ClockView | null {
  if (c.status === 'closed' || c.dueAt === null) return null;
  const diff = c.dueAt - now;
  if (c.overdue || diff <= 0) return { tone: 'late', minutes: Math.max(0, Math.floor(-diff / 60_000)) };
  // Rounded up: "1 minute left" until the deadline actually passes, never "0 minutes left".
  const minutes = Math.ceil(diff / 60_000);
  return { tone: minutes <= warnBeforeMinutes ? 'soon' : 'ok', minutes };
}

/** "3小时12分", "2天3小时", "45分" / "3h 12m", "2d 3h", "45m": the two largest units only. */
export function formatDuration(minutes: number, lang: 'zh' | 'en'): string {
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const u = lang === 'zh' ? { d: '天', h: '小时', m: '分' } : { d: 'd', h: 'h', m: 'm' };
  const sep = lang === 'zh' ? '' : ' ';
  if (d > 0) return h > 0 ? `${d}${u.d}${sep}${h}${u.h}` : `${d}${u.d}`;
  if (h > 0) return m > 0 ? `${h}${u.h}${sep}${m}${u.m}` : `${h}${u.h}`;
  return `${m}${u.m}`;
}
