/**
 * Starting a case's statutory clock, at filing and again when the citizen reopens it: the
 * policy of the handling account and category (policy.ts) gives the deadlines (clock.ts), and
 * the case row becomes its own durable clock — clock_stage/clock_next_at name the sweep's
 * first step. Warnings and breaches of an earlier clock are cleared: the new clock is owed
 * its own.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.js';
import { loadWorkCalendar } from '../calendar/load.js';
import type { WorkCalendar } from '../responseclock/calendar.js';
import { caseDeadlines, nextClockStep, type CaseDeadlines } from './clock.js';
import { resolveClockPolicy, type ResolvedClockPolicy } from './policy.js';

export interface StartedClock {
  policy: ResolvedClockPolicy;
  deadlines: CaseDeadlines;
  next: { stage: string; at: number } | null;
}

/**
 * Starts (or restarts) the clock of case `caseId` at `now` for its current handling account
 * and category. Call inside the transaction of the change that starts it. `calendar` defaults
 * to the official calendar as `k` sees it.
 */
export async function startClock(
  k: Kysely<Schema>,
  caseId: number,
  now: number,
  calendar?: WorkCalendar,
): Promise<StartedClock> {
  const row = await k
    .selectFrom('cases')
    .select(['account_id', 'category_id'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const policy = await resolveClockPolicy(k, row.account_id, row.category_id);
  const deadlines = caseDeadlines(now, policy, calendar ?? (await loadWorkCalendar(k)));
  const next = nextClockStep(deadlines, { statementMade: false, answered: false }, null);
  await k
    .updateTable('cases')
    .set({
      major: policy.major ? 1 : 0,
      time_basis: policy.timeBasis,
      warn_percent: policy.warnPercent,
      clock_started_at: now,
      warn_at: deadlines.warnAt,
      due_at: deadlines.dueAt,
      statement_warn_at: deadlines.statementWarnAt,
      statement_due_at: deadlines.statementDueAt,
      statement_at: null,
      clock_stage: next?.stage ?? null,
      clock_next_at: next?.at ?? null,
      warned_at: null,
      breached_at: null,
      updated_at: now,
    })
    .where('id', '=', caseId)
    .execute();
  return { policy, deadlines, next };
}
