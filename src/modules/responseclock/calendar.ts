/**
 * The official working calendar: public holidays and the make-up working days (调休上班)
 * the State Council announces every year, as Beijing dates 'YYYY-MM-DD'. Working-time
 * deadlines (policy.ts) skip the holidays and count the make-up days even when they fall on a
 * weekend, so "two working days" over 春节 means what a civil servant means by it.
 *
 * The shipped year is the one in force; the platform admin keeps later years current when the
 * next notice comes out (it is published each November).
 */

export interface WorkCalendar {
  /** Days off although they may be weekdays. */
  readonly holidays: ReadonlySet<string>;
  /** Make-up working days: worked although they may be a Saturday or Sunday. */
  readonly workdays: ReadonlySet<string>;
}

export const EMPTY_CALENDAR: WorkCalendar = Object.freeze({
  holidays: new Set<string>(),
  workdays: new Set<string>(),
});

export interface CalendarDay {
  date: string;
  kind: 'holiday' | 'workday';
  /** The festival it belongs to, in Chinese (元旦, 春节, …). */
  name: string;
}

/** Expands an inclusive range of dates of one festival. */
function range(from: string, to: string, name: string): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push({ date: new Date(t).toISOString().slice(0, 10), kind: 'holiday', name });
  }
  return days;
}

const workday = (date: string, name: string): CalendarDay => ({ date, kind: 'workday', name });

/**
 * 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕, 4 November 2025).
 */
export const CHINA_2026: readonly CalendarDay[] = Object.freeze([
  ...range('2026-01-01', '2026-01-03', '元旦'),
  workday('2026-01-04', '元旦'),
  workday('2026-02-14', '春节'),
  ...range('2026-02-15', '2026-02-23', '春节'),
  workday('2026-02-28', '春节'),
  ...range('2026-04-04', '2026-04-06', '清明节'),
  ...range('2026-05-01', '2026-05-05', '劳动节'),
  workday('2026-05-09', '劳动节'),
  ...range('2026-06-19', '2026-06-21', '端午节'),
  workday('2026-09-20', '国庆节'),
  ...range('2026-09-25', '2026-09-27', '中秋节'),
  ...range('2026-10-01', '2026-10-07', '国庆节'),
  workday('2026-10-10', '国庆节'),
]);

export function toWorkCalendar(days: Iterable<Pick<CalendarDay, 'date' | 'kind'>>): WorkCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const d of days) (d.kind === 'holiday' ? holidays : workdays).add(d.date);
  return { holidays, workdays };
}
