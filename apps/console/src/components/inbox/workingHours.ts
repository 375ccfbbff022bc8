/**
 * The first-response deadline computed in the browser, for the settings page's example
 * sentence only (the server's responseclock policy is what counts). Same rules: the target
 * counts from the citizen's message; with "working hours only" it counts only inside the
 * working days' hours, in Beijing time (UTC+8, no daylight saving).
 */

export interface Policy {
  firstResponseMinutes: number;
  workingHoursOnly: boolean;
  workingHours: { days: number[]; start: string; end: string };
  warnBeforeMinutes: number;
}

const MIN = 60_000;
const DAY = 1440 * MIN;
const BEIJING = 8 * 60 * MIN;

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Midnight (as epoch ms) of the Beijing day containing `ms`, and that day's ISO weekday (1 = Monday). */
function beijingDay(ms: number): { midnight: number; weekday: number } {
  const local = ms + BEIJING;
  const midnight = local - (((local % DAY) + DAY) % DAY) - BEIJING;
  const d = new Date(local).getUTCDay();
  return { midnight, weekday: d === 0 ? 7 : d };
}

/** The deadline: start + target, counting only working time when workingHoursOnly. */
export function dueTime(startMs: number, p: Policy): number {
  const target = p.firstResponseMinutes * MIN;
  if (!p.workingHoursOnly) return startMs + target;
  return walk(startMs, target, p, 1) ?? startMs + target;
}

/** When the warning goes out: warnBeforeMinutes before the deadline (in working time), never before the start. */
export function warningTime(startMs: number, dueMs: number, p: Policy): number {
  const before = p.warnBeforeMinutes * MIN;
  if (before <= 0) return Math.max(startMs, dueMs);
  const at = p.workingHoursOnly ? (walk(dueMs, before, p, -1) ?? dueMs - before) : dueMs - before;
  return Math.max(startMs, at);
}

/**
 * Moves `amount` of working time forwards (1) or backwards (-1) from `fromMs`. A deadline
 * landing exactly on the end of a working period is that end, not the next morning; null
 * when the calendar has no working time at all.
 */
function walk(fromMs: number, amount: number, p: Policy, dir: 1 | -1): number | null {
  const open = minutesOf(p.workingHours.start) * MIN;
  const close = minutesOf(p.workingHours.end) * MIN;
  if (close <= open || p.workingHours.days.length === 0) return null;
  let t = fromMs;
  let left = amount;
  // As far as the server looks (three years): a short working day makes a long target span many.
  for (let guard = 0; guard < 3 * 366; guard++) {
    const { midnight, weekday } = beijingDay(dir === 1 ? t : t - 1);
    if (p.workingHours.days.includes(weekday)) {
      const from = dir === 1 ? Math.max(t, midnight + open) : Math.min(t, midnight + close);
      const span = dir === 1 ? midnight + close - from : from - (midnight + open);
      if (span > 0) {
        if (left <= span) return from + dir * left;
        left -= span;
      }
    }
    t = dir === 1 ? midnight + DAY : midnight;
  }
  return null;
}

/** Beijing wall-clock parts of an instant, for the example sentence. */
export function beijingParts(ms: number): { weekday: number; hhmm: string; midnight: number } {
  const { midnight, weekday } = beijingDay(ms);
  const minutes = Math.round((ms - midnight) / MIN);
  const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { weekday, hhmm, midnight };
}

/** A Monday at 00:00 Beijing time (2026-01-05); the example week starts here. */
const EXAMPLE_MONDAY = Date.UTC(2026, 0, 4, 16, 0);

/**
 * The example's starting instant: late in the afternoon of the week's last working day, so
 * the sentence shows the clock pausing overnight or over the weekend. Null without working days.
 */
export function exampleStart(p: Policy): number | null {
  const days = [...p.workingHours.days].sort((a, b) => a - b);
  const last = days[days.length - 1];
  if (last === undefined) return null;
  const open = minutesOf(p.workingHours.start);
  const close = minutesOf(p.workingHours.end);
  const at = close > open ? Math.max(open, close - 90) : 16 * 60;
  return EXAMPLE_MONDAY + (last - 1) * DAY + Math.floor(at / 30) * 30 * MIN;
}

/** How many Beijing days after `fromMs`'s day `toMs` falls. */
export function daysBetween(fromMs: number, toMs: number): number {
  return Math.round((beijingDay(toMs).midnight - beijingDay(fromMs).midnight) / DAY);
}
