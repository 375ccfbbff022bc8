/**
 * The platform admin saves a year of the official calendar: the year's rows are replaced in
 * one transaction with its audit entry, so a deadline never sees half a year.
 *
 * Rules beyond the schema: every date is a real date of that year, no date twice, and a
 * make-up working day falls on a Saturday or Sunday (调休 moves work onto a weekend; a
 * "working day" on a weekday would change nothing and is surely a typing mistake). A
 * holiday may fall on a weekend: the weekends inside 春节 or 国庆 are part of the 放假 range.
 */
import { AppError } from '../../infra/errors.js';
import { toCalendarYear } from './presenters.js';
import type { CalendarRepository, NewCalendarDay } from './repository.js';
import type { CalendarYearT } from './schema.js';

export interface ReplaceYearProps {
  year: number;
  days: NewCalendarDay[];
  actorId: number;
  now: number;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a real date 'YYYY-MM-DD' of `year`, or null. */
function weekdayOf(date: string, year: number): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || Number(m[1]) !== year) return null;
  const t = Date.UTC(year, Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 02-30 over into March: a real date reads back unchanged.
  if (new Date(t).toISOString().slice(0, 10) !== date) return null;
  return ((new Date(t).getUTCDay() + 6) % 7) + 1;
}

export function validateDays(year: number, days: NewCalendarDay[]): NewCalendarDay[] {
  const seen = new Set<string>();
  const clean: NewCalendarDay[] = [];
  days.forEach((d, i) => {
    const weekday = weekdayOf(d.date, year);
    if (weekday === null)
      throw new AppError('CALENDAR_DATE_INVALID', {
        field: `days.${i}.date`,
        details: { date: d.date, year },
      });
    if (seen.has(d.date))
      throw new AppError('CALENDAR_DATE_DUPLICATE', { field: `days.${i}.date`, details: { date: d.date } });
    seen.add(d.date);
    if (d.kind === 'workday' && weekday <= 5)
      throw new AppError('CALENDAR_WORKDAY_ON_WEEKDAY', {
        field: `days.${i}.date`,
        details: { date: d.date },
      });
    const name = d.name.trim();
    if (!name) throw new AppError('VALIDATION_FAILED', { field: `days.${i}.name` });
    clean.push({ date: d.date, kind: d.kind, name });
  });
  return clean.sort((a, b) => (a.date < b.date ? -1 : 1));
}

export async function replaceYear(repo: CalendarRepository, p: ReplaceYearProps): Promise<CalendarYearT> {
  const days = validateDays(p.year, p.days);
  return repo.transaction(async (tx) => {
    const before = await tx.yearDays(p.year);
    await tx.replaceYear(p.year, days, p.actorId, p.now);
    const was = new Map(before.map((d) => [d.date, `${d.kind}:${d.name}`]));
    const now = new Map(days.map((d) => [d.date, `${d.kind}:${d.name}`]));
    await tx.audit({
      at: p.now,
      actorKind: 'staff',
      actorId: p.actorId,
      accountId: null,
      action: 'calendar.replaced',
      target: `calendar:${p.year}`,
      details: {
        year: p.year,
        holidays: days.filter((d) => d.kind === 'holiday').length,
        workdays: days.filter((d) => d.kind === 'workday').length,
        added: [...now.keys()].filter((d) => !was.has(d)),
        removed: [...was.keys()].filter((d) => !now.has(d)),
        changed: [...now.keys()].filter((d) => was.has(d) && was.get(d) !== now.get(d)),
      },
    });
    return toCalendarYear(p.year, await tx.yearDays(p.year));
  });
}
