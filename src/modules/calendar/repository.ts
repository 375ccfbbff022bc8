/** All SQL of the official working calendar (table work_calendar_days, migration 0021). */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type { WorkCalendarDaysTable, WorkCalendarKind } from '../../db/tables/calendar.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';

export type CalendarDayRow = Selectable<WorkCalendarDaysTable>;

export interface NewCalendarDay {
  date: string;
  kind: WorkCalendarKind;
  name: string;
}

/** The inclusive date bounds of a year, as text that sorts like the dates it holds. */
function bounds(year: number): [string, string] {
  const y = String(year).padStart(4, '0');
  return [`${y}-01-01`, `${y}-12-31`];
}

export class CalendarRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): CalendarRepository {
    return new CalendarRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: CalendarRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new CalendarRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  yearDays(year: number): Promise<CalendarDayRow[]> {
    const [from, to] = bounds(year);
    return this.k
      .selectFrom('work_calendar_days')
      .selectAll()
      .where('date', '>=', from)
      .where('date', '<=', to)
      .orderBy('date')
      .execute();
  }

  allDays(): Promise<Array<Pick<CalendarDayRow, 'date' | 'kind'>>> {
    return calendarDays(this.k);
  }

  /** Replaces the year's rows (call inside a transaction). */
  async replaceYear(year: number, days: NewCalendarDay[], actorId: number, now: number): Promise<void> {
    const [from, to] = bounds(year);
    await this.k.deleteFrom('work_calendar_days').where('date', '>=', from).where('date', '<=', to).execute();
    if (days.length === 0) return;
    await this.k
      .insertInto('work_calendar_days')
      .values(days.map((d) => ({ ...d, updated_at: now, updated_by: actorId })))
      .execute();
  }

  stamp(): Promise<string> {
    return calendarStamp(this.k);
  }
}

/**
 * A value that changes whenever the calendar does: how many days, the latest save, and a
 * checksum of the dates and kinds (a year replaced with as many days in the same
 * millisecond still changes it). One aggregate over a table of a few hundred rows.
 */
export async function calendarStamp(k: Kysely<Schema>): Promise<string> {
  const row = await k
    .selectFrom('work_calendar_days')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('n'),
      eb.fn.max<number | string | null>('updated_at').as('updated'),
      // The dates as numbers, weighted by kind: portable, and moved by any change of a date or kind.
      sql<
        number | string | null
      >`sum((cast(replace(${sql.ref('date')}, '-', '') as integer) % 100000) * (case when ${sql.ref('kind')} = 'holiday' then 1 else 3 end))`.as(
        'sum',
      ),
      sql<number | string | null>`sum(length(${sql.ref('name')}))`.as('chars'),
    ])
    .executeTakeFirstOrThrow();
  return [row.n, row.updated, row.sum, row.chars].map((v) => String(v ?? 0)).join(':');
}

export function calendarDays(k: Kysely<Schema>): Promise<Array<Pick<CalendarDayRow, 'date' | 'kind'>>> {
  return k.selectFrom('work_calendar_days').select(['date', 'kind']).orderBy('date').execute();
}
