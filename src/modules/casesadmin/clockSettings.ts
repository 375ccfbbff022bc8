/**
 * An account's own case deadlines. Which one applies to a case is decided by pickClockPolicy
 * (../cases/policy.ts), the same function filing uses: the account's setting for the case's
 * category, else the account-wide setting (never for a major category), else the category's
 * platform default. The admin saves the whole set in one step; the rows are replaced in one
 * transaction with its audit entry.
 */
import { AppError } from '../../infra/errors.js';
import type { StaffPrincipal } from '../../infra/auth/principal.js';
import { canAccess } from '../../infra/auth/principal.js';
import { pickClockPolicy, policyOfRow } from '../cases/policy.js';
import type { CasesAdminRepository } from './repository.js';
import type { ClockPolicyT, ClockSettingsBodyT, ClockSettingsT } from './schema.js';

export const CLOCK_EDITORS = ['admin'] as const;

export async function getClockSettings(
  repo: CasesAdminRepository,
  account: { id: number; region_code: string },
  staff: StaffPrincipal,
): Promise<ClockSettingsT> {
  const [rows, categories] = await Promise.all([repo.clockRows(account.id), repo.activeCategories()]);
  const def = rows.find((r) => r.category_id === null);
  const accountDefault = def ? policyOfRow(def) : null;
  const byCategory = new Map(rows.filter((r) => r.category_id !== null).map((r) => [r.category_id!, r]));
  const latest = rows.reduce<(typeof rows)[number] | null>(
    (m, r) => (m === null || r.updated_at > m.updated_at ? r : m),
    null,
  );
  return {
    accountDefault,
    overrides: rows
      .filter((r) => r.category_id !== null)
      .map((r) => ({ categoryId: r.category_id!, ...policyOfRow(r) })),
    categories: categories.map((c) => {
      const o = byCategory.get(c.id);
      const { policy, source } = pickClockPolicy(c, accountDefault, o ? policyOfRow(o) : null);
      return {
        id: c.id,
        code: c.code,
        parentId: c.parent_id,
        name: { zh: c.name_zh, en: c.name_en },
        major: c.major === 1,
        platform: policyOfRow(c),
        effective: policy,
        source,
      };
    }),
    updatedAt: latest?.updated_at ?? null,
    updatedBy: latest?.updated_by_name ?? null,
    canEdit: canAccess(staff, account, { roles: CLOCK_EDITORS }),
  };
}

function checkPolicy(p: ClockPolicyT, field: string): void {
  if (p.statementHours !== null && p.statementHours >= p.dueHours)
    throw new AppError('CASE_CLOCK_STATEMENT_HOURS', {
      field: `${field}.statementHours`,
      details: { dueHours: p.dueHours, statementHours: p.statementHours },
    });
}

const policyText = (p: ClockPolicyT | null) =>
  p ? `${p.dueHours}h/${p.statementHours ?? '-'}h/${p.timeBasis}/${p.warnPercent}%` : null;

export async function saveClockSettings(
  repo: CasesAdminRepository,
  account: { id: number; region_code: string },
  staff: StaffPrincipal,
  input: ClockSettingsBodyT,
  now: number,
): Promise<ClockSettingsT> {
  if (input.accountDefault) checkPolicy(input.accountDefault, 'accountDefault');
  const seen = new Set<number>();
  input.overrides.forEach((o, i) => {
    if (seen.has(o.categoryId))
      throw new AppError('CASE_CLOCK_CATEGORY_DUPLICATE', {
        field: `overrides.${i}.categoryId`,
        details: { categoryId: o.categoryId },
      });
    seen.add(o.categoryId);
    checkPolicy(o, `overrides.${i}`);
  });
  return repo.transaction(async (tx) => {
    const known = await tx.existingCategoryIds([...seen]);
    const i = input.overrides.findIndex((o) => !known.has(o.categoryId));
    if (i >= 0)
      throw new AppError('CASE_CATEGORY_NOT_FOUND', {
        field: `overrides.${i}.categoryId`,
        details: { categoryId: input.overrides[i]!.categoryId },
      });
    const before = await tx.clockRows(account.id);
    const row = (categoryId: number | null, p: ClockPolicyT) => ({
      account_id: account.id,
      category_id: categoryId,
      due_hours: p.dueHours,
      statement_hours: p.statementHours,
      time_basis: p.timeBasis,
      warn_percent: p.warnPercent,
      updated_by: staff.userId,
      updated_at: now,
    });
    await tx.replaceClockRows(account.id, [
      ...(input.accountDefault ? [row(null, input.accountDefault)] : []),
      ...input.overrides.map((o) => row(o.categoryId, o)),
    ]);
    const beforeDefault = before.find((r) => r.category_id === null);
    const beforeOverrides = Object.fromEntries(
      before.filter((r) => r.category_id !== null).map((r) => [r.category_id!, policyText(policyOfRow(r))]),
    );
    const afterOverrides = Object.fromEntries(input.overrides.map((o) => [o.categoryId, policyText(o)]));
    await tx.audit({
      at: now,
      actorKind: 'staff',
      actorId: staff.userId,
      accountId: account.id,
      action: 'case_clock.updated',
      target: `account:${account.id}`,
      details: {
        before: policyText(beforeDefault ? policyOfRow(beforeDefault) : null),
        after: policyText(input.accountDefault),
        overridesBefore: beforeOverrides,
        overridesAfter: afterOverrides,
      },
    });
    return getClockSettings(tx, account, staff);
  });
}
