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

type ClockSource = ResolvedClockPolicy['source'];

/** A category's or a setting's columns as a policy. */
export function policyOfRow(r: {
  due_hours: number;
  statement_hours: number | null;
  time_basis: ClockPolicy['timeBasis'];
  warn_percent: number;
}): ClockPolicy {
  return {
    dueHours: r.due_hours,
    statementHours: r.statement_hours,
    timeBasis: r.time_basis,
    warnPercent: r.warn_percent,
  };
}

/**
 * The resolution order itself, without the database (the console's 办理时限 page shows it
 * per category): the account's own setting for the category, else its account-wide one unless
 * the category is major, else the category's.
 */
export function pickClockPolicy(
  category: Parameters<typeof policyOfRow>[0] & { major: number },
  accountWide: ClockPolicy | null,
  own: ClockPolicy | null,
): { policy: ClockPolicy; source: ClockSource } {
  if (own) return { policy: own, source: 'account_category' };
  if (accountWide && category.major !== 1) return { policy: accountWide, source: 'account' };
  return { policy: policyOfRow(category), source: 'category' };
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
  const own = settings.find((s) => s.category_id === categoryId);
  const wide = settings.find((s) => s.category_id === null);
  const { policy, source } = pickClockPolicy(
    category,
    wide ? policyOfRow(wide) : null,
    own ? policyOfRow(own) : null,
  );
  return { ...policy, major: category.major === 1, source };
}
