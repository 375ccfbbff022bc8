/**
 * The first-response policy of an account and the working-hours arithmetic behind a
 * conversation's deadline. Pure functions (no clock, no database) except loadResponsePolicy.
 *
 * Time is Beijing time (UTC+8, no daylight saving), so a "day" is a fixed 86,400,000 ms
 * shifted by 8 hours and every computation is plain integer arithmetic.
 *
 * A changed policy applies to clocks started afterwards: a running deadline is computed once,
 * when the clock starts, and is not moved by a later settings change.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.js';
import { EMPTY_CALENDAR, type WorkCalendar } from './calendar.js';
import { findMessagingSettings } from './repository.js';

export interface ResponsePolicy {
  firstResponseMinutes: number;
  workingHoursOnly: boolean;
  workingHours: { days: number[] /* 1=Mon..7=Sun */; start: string /* 'HH:MM' */; end: string };
  warnBeforeMinutes: number;
}

export const DEFAULT_POLICY: ResponsePolicy = Object.freeze({
  firstResponseMinutes: 1440,
  workingHoursOnly: false,
  workingHours: Object.freeze({
    days: Object.freeze([1, 2, 3, 4, 5]) as number[],
    start: '09:00',
    end: '17:30',
  }),
  warnBeforeMinutes: 120,
}) as ResponsePolicy;

/**
 * Days off as Beijing dates 'YYYY-MM-DD' — a plain set of holidays, or the official calendar
 * with its make-up working days (calendar.ts).
 */
export type Holidays = ReadonlySet<string> | WorkCalendar;
const NO_HOLIDAYS: Holidays = EMPTY_CALENDAR;

function asCalendar(h: Holidays): WorkCalendar {
  return h instanceof Set ? { holidays: h, workdays: EMPTY_CALENDAR.workdays } : (h as WorkCalendar);
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const BEIJING_OFFSET = 8 * 60 * MINUTE;
/** A calendar that never yields working time (e.g. every day a holiday) must not loop forever. */
const MAX_DAYS_SCANNED = 3 * 366;

/** Minutes after midnight of 'HH:MM'. */
export function parseClockTime(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new Error(`not an HH:MM time: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The working period of Beijing day number `day` (days since 1970-01-01), in local ms, or null. */
function workingPeriod(
  day: number,
  policy: ResponsePolicy,
  calendar: WorkCalendar,
): { start: number; end: number } | null {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  const weekday = ((day + 3) % 7) + 1;
  const special = calendar.holidays.size > 0 || calendar.workdays.size > 0;
  const date = special ? new Date(day * DAY).toISOString().slice(0, 10) : '';
  if (special && calendar.holidays.has(date)) return null;
  // A make-up working day (调休上班) is worked with the usual hours whatever its weekday.
  if (!policy.workingHours.days.includes(weekday) && !(special && calendar.workdays.has(date))) return null;
  const start = day * DAY + parseClockTime(policy.workingHours.start) * MINUTE;
  const end = day * DAY + parseClockTime(policy.workingHours.end) * MINUTE;
  return end > start ? { start, end } : null;
}

/**
 * The deadline: start + target, counting only working time when workingHoursOnly (Beijing
 * time, UTC+8). A start outside working hours counts from the next working period; minutes
 * spill over into the following working days. A deadline that lands exactly on the end of a
 * period is that end (17:30), not the next morning.
 */
export function dueTime(startMs: number, policy: ResponsePolicy, holidays: Holidays = NO_HOLIDAYS): number {
  const target = policy.firstResponseMinutes * MINUTE;
  if (!policy.workingHoursOnly) return startMs + target;
  return addWorkingTime(startMs, target, policy, asCalendar(holidays)) ?? startMs + target;
}

/**
 * When to warn: warnBeforeMinutes before the due time (working time when workingHoursOnly),
 * never before start.
 */
export function warningTime(
  startMs: number,
  dueMs: number,
  policy: ResponsePolicy,
  holidays: Holidays = NO_HOLIDAYS,
): number {
  const before = policy.warnBeforeMinutes * MINUTE;
  if (before <= 0) return Math.max(startMs, dueMs);
  const at = policy.workingHoursOnly
    ? (subtractWorkingTime(dueMs, before, policy, asCalendar(holidays)) ?? dueMs - before)
    : dueMs - before;
  return Math.max(startMs, at);
}

function addWorkingTime(
  fromMs: number,
  amount: number,
  policy: ResponsePolicy,
  holidays: WorkCalendar,
): number | null {
  let t = fromMs + BEIJING_OFFSET;
  let remaining = amount;
  const firstDay = Math.floor(t / DAY);
  for (let day = firstDay; day < firstDay + MAX_DAYS_SCANNED; day++) {
    const period = workingPeriod(day, policy, holidays);
    if (period) {
      const from = Math.max(t, period.start);
      if (from < period.end) {
        if (remaining <= period.end - from) return from + remaining - BEIJING_OFFSET;
        remaining -= period.end - from;
      }
    }
    t = (day + 1) * DAY;
  }
  return null;
}

function subtractWorkingTime(
  fromMs: number,
  amount: number,
  policy: ResponsePolicy,
  holidays: WorkCalendar,
): number | null {
  let t = fromMs + BEIJING_OFFSET;
  let remaining = amount;
  const firstDay = Math.floor(t / DAY);
  for (let day = firstDay; day > firstDay - MAX_DAYS_SCANNED; day--) {
    const period = workingPeriod(day, policy, holidays);
    if (period) {
      const to = Math.min(t, period.end);
      if (to > period.start) {
        if (remaining <= to - period.start) return to - remaining - BEIJING_OFFSET;
        remaining -= to - period.start;
      }
    }
    t = day * DAY;
  }
  return null;
}

/** The account's policy, or DEFAULT_POLICY when it never saved one. */
export async function loadResponsePolicy(k: Kysely<Schema>, accountId: number): Promise<ResponsePolicy> {
  return (await findMessagingSettings(k, accountId)) ?? DEFAULT_POLICY;
}
