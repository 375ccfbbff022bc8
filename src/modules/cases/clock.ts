/**
 * A case's statutory clock (standards.md §5.2: major matters answered within 24 hours, others
 * within 48), as pure functions: no database, no clock.
 *
 * Two bases:
 * - calendar: wall-clock hours.
 * - working: only time that falls on working days counts, whole days of 24 hours, Beijing
 *   time. A working day is Monday–Friday unless the official calendar makes it a holiday, or a
 *   weekend make-up day (调休上班) the calendar makes a working day. So "48 hours in working
 *   time" is two working days: filed on Friday at 15:00, due on Tuesday at 15:00; filed on a
 *   Saturday, due at the end of Tuesday (Monday and Tuesday are the two days). We chose whole
 *   days rather than office hours because the rule speaks of hours that citizens read as
 *   "two working days", and office hours differ between departments.
 *
 * The warning falls at `warnPercent` of the counted time, on the same basis.
 */
import type { CaseClockStage, CaseTimeBasis } from '../../db/tables/cases.js';
import type { WorkCalendar } from '../responseclock/calendar.js';

export interface ClockPolicy {
  dueHours: number;
  /** Hours to a first public statement; null = none. */
  statementHours: number | null;
  timeBasis: CaseTimeBasis;
  warnPercent: number;
}

export const DEFAULT_DUE_HOURS = 48;
export const MAJOR_DUE_HOURS = 24;
export const DEFAULT_WARN_PERCENT = 75;

export interface CaseDeadlines {
  dueAt: number;
  warnAt: number;
  statementDueAt: number | null;
  statementWarnAt: number | null;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
const BEIJING_OFFSET = 8 * HOUR;
/** A calendar without working days must not loop forever: give up after ~3 years. */
const MAX_DAYS_SCANNED = 3 * 366;

/** Whether Beijing day number `day` (days since 1970-01-01, Beijing time) is a working day. */
export function isWorkingDay(day: number, calendar: WorkCalendar): boolean {
  const date = new Date(day * DAY).toISOString().slice(0, 10);
  if (calendar.holidays.has(date)) return false;
  if (calendar.workdays.has(date)) return true;
  const weekday = ((day + 3) % 7) + 1; // 1970-01-01 was a Thursday; 1 = Monday
  return weekday <= 5;
}

/** `from` plus `amount` ms, counting only time on working days (calendar time when none is found). */
export function addWorkingTime(from: number, amount: number, calendar: WorkCalendar): number {
  let local = from + BEIJING_OFFSET;
  let remaining = amount;
  const first = Math.floor(local / DAY);
  for (let day = first; day < first + MAX_DAYS_SCANNED; day++) {
    if (!isWorkingDay(day, calendar)) continue;
    const start = Math.max(local, day * DAY);
    const end = (day + 1) * DAY;
    if (remaining <= end - start) return start + remaining - BEIJING_OFFSET;
    remaining -= end - start;
    local = end;
  }
  return from + amount;
}

/** Time counted between two instants on the policy's basis (for "answered on time" and shares). */
export function countedTime(from: number, to: number, basis: CaseTimeBasis, calendar: WorkCalendar): number {
  if (to <= from) return 0;
  if (basis === 'calendar') return to - from;
  let total = 0;
  const a = from + BEIJING_OFFSET;
  const b = to + BEIJING_OFFSET;
  for (let day = Math.floor(a / DAY); day * DAY < b; day++) {
    if (!isWorkingDay(day, calendar)) continue;
    total += Math.min(b, (day + 1) * DAY) - Math.max(a, day * DAY);
  }
  return total;
}

function after(start: number, hours: number, basis: CaseTimeBasis, calendar: WorkCalendar): number {
  const amount = hours * HOUR;
  return basis === 'calendar' ? start + amount : addWorkingTime(start, amount, calendar);
}

/** Deadlines of a clock started at `start` (filing or reopening). */
export function caseDeadlines(start: number, policy: ClockPolicy, calendar: WorkCalendar): CaseDeadlines {
  const share = Math.min(Math.max(policy.warnPercent, 1), 100) / 100;
  const dueAt = after(start, policy.dueHours, policy.timeBasis, calendar);
  const warnAt = after(start, policy.dueHours * share, policy.timeBasis, calendar);
  if (policy.statementHours === null) return { dueAt, warnAt, statementDueAt: null, statementWarnAt: null };
  return {
    dueAt,
    warnAt,
    statementDueAt: after(start, policy.statementHours, policy.timeBasis, calendar),
    statementWarnAt: after(start, policy.statementHours * share, policy.timeBasis, calendar),
  };
}

/** What the clock sweep does next for a case, or null when nothing is left to do. */
export interface ClockStep {
  stage: CaseClockStage;
  at: number;
}

/**
 * The step after `done` (null = the clock just started): the earliest remaining step, in time
 * order (ties in the order statement_warning, statement_breach, warning, breach). Statement
 * steps drop out once a statement was made, answer steps once the case was answered.
 */
export function nextClockStep(
  d: CaseDeadlines,
  state: { statementMade: boolean; answered: boolean },
  done: ClockStep | null,
): ClockStep | null {
  const order: CaseClockStage[] = ['statement_warning', 'statement_breach', 'warning', 'breach'];
  const at: Record<CaseClockStage, number | null> = {
    statement_warning: state.statementMade ? null : d.statementWarnAt,
    statement_breach: state.statementMade ? null : d.statementDueAt,
    warning: state.answered ? null : d.warnAt,
    breach: state.answered ? null : d.dueAt,
  };
  const rank = (s: ClockStep): [number, number] => [s.at, order.indexOf(s.stage)];
  const later = (a: ClockStep, b: ClockStep): boolean => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]);
  };
  const steps = order
    .filter((s) => at[s] !== null)
    .map((s) => ({ stage: s, at: at[s] as number }))
    .filter((s) => done === null || later(s, done));
  if (steps.length === 0) return null;
  return steps.reduce((a, b) => (later(a, b) ? b : a));
}
