/** The official working calendar (0021). Row types; see ../schema.ts for the conventions. */

export type WorkCalendarKind = 'holiday' | 'workday';

export interface WorkCalendarDaysTable {
  /** Beijing date 'YYYY-MM-DD'. */
  date: string;
  /** holiday: a day off; workday: a make-up working day on a weekend (调休上班). */
  kind: WorkCalendarKind;
  /** The festival it belongs to (春节, 国庆节, …). */
  name: string;
  updated_at: number;
  /** The platform admin who saved the year; null for the shipped rows. */
  updated_by: number | null;
}

export interface CalendarTables {
  work_calendar_days: WorkCalendarDaysTable;
}
