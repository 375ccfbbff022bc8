import type { CalendarDayRow } from './repository.js';
import type { CalendarYearT } from './schema.js';

export function toCalendarYear(year: number, rows: CalendarDayRow[]): CalendarYearT {
  return {
    year,
    days: rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name })),
    updatedAt: rows.length ? Math.max(...rows.map((r) => r.updated_at)) : null,
  };
}
