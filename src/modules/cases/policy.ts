/**
 * Which clock a case runs on: the handling account's setting for the case's category, else
 * the account's own default (category_id null) unless the category is a major matter, else the
 * category's. An account-wide default never reaches major matters and emergencies: their 24
 * hours are the State Council's rule, and only a deliberate setting for that very category may
 * change them. Resolved when the clock
 * starts (filing, reopening); a transfer keeps the running clock.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.js';
import { AppError } from '../../infra/errors.js';
import type { ClockPolicy } from './clock.js';

export interface ResolvedClockPolicy extends ClockPolicy {
  /** The category is a major matter (copied to cases.major). */
  major: boolean;
  /** Where the policy came from, for the event log and the console. */
  source: 'account_category' | 'account' | 'category';
}

export async function resolveClockPolicy(
  k: Kysely<Schema>,
  accountId: number,
  categoryId: number,
): Promise<ResolvedClockPolicy> {
  const category = await k
    .selectFrom('case_categories')
    .select(['major', 'due_hours', 'statement_hours', 'time_basis', 'warn_percent'])
    .where('id', '=', categoryId)
    .executeTakeFirst();
  if (!category) throw new AppError('CASE_CATEGORY_INVALID', { field: 'categoryId' });
  const settings = await k
    .selectFrom('case_clock_settings')
    .select(['category_id', 'due_hours', 'statement_hours', 'time_basis', 'warn_percent'])
    .where('account_id', '=', accountId)
    .where((eb) => eb.or([eb('category_id', '=', categoryId), eb('category_id', 'is', null)]))
    .execute();
  const major = category.major === 1;
  const own = settings.find((s) => s.category_id === categoryId);
  const wide = settings.find((s) => s.category_id === null);
  const pick = own ?? (major ? undefined : wide);
  if (pick)
    return {
      dueHours: pick.due_hours,
      statementHours: pick.statement_hours,
      timeBasis: pick.time_basis,
      warnPercent: pick.warn_percent,
      major,
      source: own ? 'account_category' : 'account',
    };
  return {
    dueHours: category.due_hours,
    statementHours: category.statement_hours,
    timeBasis: category.time_basis,
    warnPercent: category.warn_percent,
    major,
    source: 'category',
  };
}
