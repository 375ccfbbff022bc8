/**
 * Pure helpers of the calendar page: weekdays of Beijing dates and the paste-import format,
 * one day a line: `2027-01-01 holiday 元旦` (the kind may also be written 放假 / 休 or
 * 上班 / 班; columns split by spaces, tabs or commas).
 */

// Declared here rather than imported, so the server-side tests can import this file as is;
// it matches calendarApi's CalendarDay.
export type CalendarKind = 'holiday' | 'workday';
export interface CalendarDay {
  date: string;
  kind: CalendarKind;
  name: string;
}

/** ISO weekday, 1 = Monday … 7 = Sunday, of a real date 'YYYY-MM-DD'; null otherwise. */
export function weekdayOf(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== date) return null;
  return ((new Date(t).getUTCDay() + 6) % 7) + 1;
}

const KINDS: Record<string, CalendarKind> = {
  holiday: 'holiday',
  放假: 'holiday',
  休: 'holiday',
  workday: 'workday',
  上班: 'workday',
  班: 'workday',
};

export interface ParsedLines {
  days: CalendarDay[];
  /** 1-based line numbers that could not be read, with the line. */
  errors: Array<{ line: number; text: string }>;
}

export function parseLines(text: string): ParsedLines {
  const days: CalendarDay[] = [];
  const errors: ParsedLines['errors'] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [date = '', kindWord = '', ...rest] = line.split(/[\s,，]+/);
    const kind = KINDS[kindWord.toLowerCase()];
    const name = rest.join(' ').trim();
    if (weekdayOf(date) === null || !kind || !name || name.length > 20)
      errors.push({ line: i + 1, text: line });
    else days.push({ date, kind, name });
  });
  return { days, errors };
}

/** `days` with `incoming` laid over it (a date imported again takes the new entry), sorted. */
export function mergeDays(days: CalendarDay[], incoming: CalendarDay[]): CalendarDay[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  for (const d of incoming) byDate.set(d.date, d);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The lines parseLines reads back, for copying a year out. */
export function formatLines(days: CalendarDay[]): string {
  return days.map((d) => `${d.date} ${d.kind} ${d.name}`).join('\n');
}
