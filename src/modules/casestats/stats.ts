/**
 * Public transparency statistics of cases, per handling account or per region, by Beijing
 * calendar month (docs/API.md, "Case statistics").
 *
 * Counting rules (also on the public page and in the XLSX export):
 * - A case belongs to the month (Beijing time) in which it was filed (`created_at`); every
 *   other figure of that month is about the cases received in it (a cohort), so a case answered
 *   in the next month still counts as answered for the month it came in.
 * - Per account: the department handling the case now (`cases.account_id`). A transferred or
 *   routed case counts for the department it went to, not for the door it was filed at.
 * - Per region: cases whose own `region_code` lies inside the region (GB/T 2260 prefix: 410000 is
 *   all of Henan, 411500 all of Xinyang); cases filed without a region count in no region.
 * - answered: the case has had a first answer (`first_answered_at`); reopening does not undo it.
 * - answered on time: that first answer came by the deadline then running (`answered_on_time`);
 *   the on-time rate is answered on time / answered.
 * - median time to answer: median of first answer − filing, in wall-clock time.
 * - satisfaction: average of the citizens' 1–5 ratings, over the cases rated.
 *
 * Efficiency: two range queries on the index (account_id, created_at) or (region_code,
 * created_at) — one aggregate grouped by month in SQL (the month is a CASE over the month
 * boundaries, so both dialects bucket identically at Beijing midnight), one of the answer
 * durations of answered cases, sorted by month and duration in SQL. The median is then picked
 * from each month's sorted list in memory: at a department's or a province's scale (at most some
 * tens of thousands of answered cases in 36 months) that list is small; a percentile aggregate
 * would be needed only far beyond it.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../../db/database.js';
import { monthIndexOf, monthKey, monthStart } from './months.js';

export const DEFAULT_MONTHS = 12;
export const MAX_MONTHS = 36;

export type StatsScope = { kind: 'account'; accountId: number } | { kind: 'region'; prefix: string };

export interface StatsFigures {
  received: number;
  answered: number;
  answeredOnTime: number;
  /** answeredOnTime / answered (0..1), null when nothing was answered. */
  onTimeRate: number | null;
  medianAnswerMs: number | null;
  /** Rounded to two decimals; null when nobody rated. */
  satisfactionAvg: number | null;
  rated: number;
}

export interface MonthFigures extends StatsFigures {
  /** 'YYYY-MM' (Beijing). */
  month: string;
}

export interface CaseStats {
  /** First instant counted (the 1st of the first month, 00:00 Beijing) and the end (exclusive). */
  from: number;
  to: number;
  months: MonthFigures[];
  totals: StatsFigures;
  /** The `now` the figures were computed at. */
  generatedAt: number;
}

/** The median of ascending numbers; the mean of the middle two for an even count. */
export function medianOfSorted(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid]! : Math.round((xs[mid - 1]! + xs[mid]!) / 2);
}

function figures(
  received: number,
  answered: number,
  onTime: number,
  ratingSum: number,
  rated: number,
  durations: readonly number[],
): StatsFigures {
  return {
    received,
    answered,
    answeredOnTime: onTime,
    onTimeRate: answered ? onTime / answered : null,
    medianAnswerMs: medianOfSorted(durations),
    satisfactionAvg: rated ? Math.round((ratingSum / rated) * 100) / 100 : null,
    rated,
  };
}

/** Cases of the scope (the WHERE that rides on the scope's index). */
function inScope(scope: StatsScope): Expression<SqlBool> {
  if (scope.kind === 'account') return sql<SqlBool>`account_id = ${scope.accountId}`;
  // Codes are digits: [prefix, prefix + 1) — '4115' to '4116' — is exactly "starts with prefix",
  // as an index range. Digits only, no punctuation: locale collations (PostgreSQL's default)
  // order digit strings like C does, but may ignore a ':' or the like.
  const upper = String(Number(scope.prefix) + 1).padStart(scope.prefix.length, '0');
  return upper.length === scope.prefix.length
    ? sql<SqlBool>`region_code >= ${scope.prefix} and region_code < ${upper}`
    : sql<SqlBool>`region_code >= ${scope.prefix}`;
}

/** The two queries (exported so a test can check their plans use the scope's index). */
export function statsQueries(database: Database, where: Expression<SqlBool>, bucket: Expression<number>) {
  const k = database.k;
  const groups = k
    .selectFrom('cases')
    .select([
      sql<number>`${bucket}`.as('m'),
      sql<number | string>`count(*)`.as('received'),
      sql<number | string>`count(first_answered_at)`.as('answered'),
      sql<
        number | string
      >`coalesce(sum(case when first_answered_at is not null and answered_on_time = 1 then 1 else 0 end), 0)`.as(
        'on_time',
      ),
      sql<number | string>`coalesce(sum(satisfaction), 0)`.as('rating_sum'),
      sql<number | string>`count(satisfaction)`.as('rated'),
    ])
    .where(where)
    .groupBy(sql`1`);
  const durations = k
    .selectFrom('cases')
    .select([sql<number>`${bucket}`.as('m'), sql<number | string>`first_answered_at - created_at`.as('d')])
    .where(where)
    .where('first_answered_at', 'is not', null)
    .orderBy(sql`1`)
    .orderBy(sql`2`);
  return { groups, durations };
}

/** Where + month bucket of a scope and period (see caseStats). */
export function statsWhere(database: Database, scope: StatsScope, months: number, now: number) {
  const last = monthIndexOf(now);
  const first = last - months + 1;
  const from = monthStart(first);
  const to = Math.min(now + 1, monthStart(last + 1));
  // bucket = number of month boundaries passed after `from`: 0 .. months-1.
  const bounds = Array.from({ length: months - 1 }, (_, i) => monthStart(first + i + 1));
  const bucket = bounds.length
    ? sql<number>`(${sql.join(
        bounds.map((b) => sql`case when created_at >= ${b} then 1 else 0 end`),
        sql` + `,
      )})`
    : sql<number>`0`;
  // For a region, SQLite (no ANALYZE statistics) cannot tell which of the two ranges — region
  // code or filing time — is narrower and may pick the plain created_at index, reading every
  // case of the period in the country; the unary + takes created_at out of its index choice, so
  // it reads the region's slice of (region_code, created_at). PostgreSQL has statistics.
  const created =
    scope.kind === 'region' && database.dialect === 'sqlite' ? sql`+created_at` : sql`created_at`;
  const where = sql<SqlBool>`${inScope(scope)} and ${created} >= ${from} and ${created} < ${to}`;
  return { first, from, to, bucket, where };
}

/**
 * The statistics of the last `months` Beijing months up to and including the month of `now`
 * (cases filed up to `now`).
 */
export async function caseStats(
  database: Database,
  scope: StatsScope,
  months: number,
  now: number,
): Promise<CaseStats> {
  const { first, from, to, bucket, where } = statsWhere(database, scope, months, now);
  const { groups: groupsQuery, durations } = statsQueries(database, where, bucket);
  const groups = await groupsQuery.execute();
  const durationRows = await durations.execute();

  const perMonth: number[][] = Array.from({ length: months }, () => []);
  for (const r of durationRows) perMonth[Number(r.m)]!.push(Number(r.d));
  const byMonth = new Map(groups.map((g) => [Number(g.m), g]));
  const totals = { received: 0, answered: 0, onTime: 0, ratingSum: 0, rated: 0 };
  const out: MonthFigures[] = [];
  for (let i = 0; i < months; i++) {
    const g = byMonth.get(i);
    const n = {
      received: Number(g?.received ?? 0),
      answered: Number(g?.answered ?? 0),
      onTime: Number(g?.on_time ?? 0),
      ratingSum: Number(g?.rating_sum ?? 0),
      rated: Number(g?.rated ?? 0),
    };
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += n[key];
    out.push({
      month: monthKey(first + i),
      ...figures(n.received, n.answered, n.onTime, n.ratingSum, n.rated, perMonth[i]!),
    });
  }
  const all = perMonth.flat().sort((a, b) => a - b);
  return {
    from,
    to,
    months: out,
    totals: figures(totals.received, totals.answered, totals.onTime, totals.ratingSum, totals.rated, all),
    generatedAt: now,
  };
}
