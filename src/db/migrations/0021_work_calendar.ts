import type { Kysely } from 'kysely';
import { epochType, type DialectName } from '../dialect.js';

/**
 * The official working calendar the platform admin maintains (issue "Cases", clocks):
 *
 * - work_calendar_days: one row per Beijing date that differs from an ordinary week — a public
 *   holiday (`holiday`, a day off even on a weekday) or a make-up working day (`workday`,
 *   调休上班, worked although it is a Saturday or Sunday) — with the festival it belongs to.
 *   Working-time deadlines read it (src/modules/calendar/load.ts).
 *
 * The State Council's 2026 arrangement (国办发明电〔2025〕) is shipped as literal rows: a
 * migration must not import application data that may change later.
 */
const CHINA_2026: ReadonlyArray<readonly [string, 'holiday' | 'workday', string]> = [
  ['2026-01-01', 'holiday', '元旦'],
  ['2026-01-02', 'holiday', '元旦'],
  ['2026-01-03', 'holiday', '元旦'],
  ['2026-01-04', 'workday', '元旦'],
  ['2026-02-14', 'workday', '春节'],
  ['2026-02-15', 'holiday', '春节'],
  ['2026-02-16', 'holiday', '春节'],
  ['2026-02-17', 'holiday', '春节'],
  ['2026-02-18', 'holiday', '春节'],
  ['2026-02-19', 'holiday', '春节'],
  ['2026-02-20', 'holiday', '春节'],
  ['2026-02-21', 'holiday', '春节'],
  ['2026-02-22', 'holiday', '春节'],
  ['2026-02-23', 'holiday', '春节'],
  ['2026-02-28', 'workday', '春节'],
  ['2026-04-04', 'holiday', '清明节'],
  ['2026-04-05', 'holiday', '清明节'],
  ['2026-04-06', 'holiday', '清明节'],
  ['2026-05-01', 'holiday', '劳动节'],
  ['2026-05-02', 'holiday', '劳动节'],
  ['2026-05-03', 'holiday', '劳动节'],
  ['2026-05-04', 'holiday', '劳动节'],
  ['2026-05-05', 'holiday', '劳动节'],
  ['2026-05-09', 'workday', '劳动节'],
  ['2026-06-19', 'holiday', '端午节'],
  ['2026-06-20', 'holiday', '端午节'],
  ['2026-06-21', 'holiday', '端午节'],
  ['2026-09-20', 'workday', '国庆节'],
  ['2026-09-25', 'holiday', '中秋节'],
  ['2026-09-26', 'holiday', '中秋节'],
  ['2026-09-27', 'holiday', '中秋节'],
  ['2026-10-01', 'holiday', '国庆节'],
  ['2026-10-02', 'holiday', '国庆节'],
  ['2026-10-03', 'holiday', '国庆节'],
  ['2026-10-04', 'holiday', '国庆节'],
  ['2026-10-05', 'holiday', '国庆节'],
  ['2026-10-06', 'holiday', '国庆节'],
  ['2026-10-07', 'holiday', '国庆节'],
  ['2026-10-10', 'workday', '国庆节'],
];

/** Shipped rows carry this time (2025-11-04, the day of the notice) and no author. */
const SHIPPED_AT = Date.UTC(2025, 10, 4);

export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);
  await db.schema
    .createTable('work_calendar_days')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .execute();
  await (db as Kysely<{ work_calendar_days: Record<string, unknown> }>)
    .insertInto('work_calendar_days')
    .values(
      CHINA_2026.map(([date, kind, name]) => ({
        date,
        kind,
        name,
        updated_at: SHIPPED_AT,
        updated_by: null,
      })),
    )
    .execute();
}
