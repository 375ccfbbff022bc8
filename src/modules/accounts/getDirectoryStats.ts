import { regionPrefix } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { DEPARTMENTS, LEVEL_LABELS } from './departments.js';
import type { AccountsRepository } from './repository.js';

/** How many regions `byRegion` lists at most. */
export const STATS_TOP_REGIONS = 10;

export interface GetDirectoryStatsProps {
  /** A region code: count that region and every region inside it (as the directory does). */
  region?: string;
}

/**
 * The public statistic of capability 1 (the paper's Figures 1 and 2): active accounts by
 * level (every level, in administrative order, zeros included so charts keep their axis) and
 * by department (departments with accounts, most first), plus the largest regions one level
 * below the filter. Suspended accounts are not counted: citizens cannot reach them.
 */
export async function getDirectoryStats(repo: AccountsRepository, props: GetDirectoryStatsProps) {
  if (props.region !== undefined && !(await repo.regionExists(props.region))) {
    throw new AppError('REGION_NOT_FOUND', { field: 'region' });
  }
  const prefix = props.region ? regionPrefix(props.region) : '';
  const cells = await repo.statsCells(prefix || undefined);

  const perLevel = new Map<string, number>();
  const perDepartment = new Map<string, number>();
  let total = 0;
  let verified = 0;
  for (const c of cells) {
    total += c.accounts;
    if (c.verified === 1) verified += c.accounts;
    perLevel.set(c.level, (perLevel.get(c.level) ?? 0) + c.accounts);
    perDepartment.set(c.department, (perDepartment.get(c.department) ?? 0) + c.accounts);
  }

  const byLevel = LEVEL_LABELS.map((l) => ({
    level: l.key,
    zh: l.zh,
    en: l.en,
    accounts: perLevel.get(l.key) ?? 0,
  }));
  const byDepartment = DEPARTMENTS.map((d) => ({
    key: d.key,
    zh: d.zh,
    en: d.en,
    accounts: perDepartment.get(d.key) ?? 0,
  }))
    .filter((d) => d.accounts > 0)
    .sort((a, b) => b.accounts - a.accounts); // stable: equal counts keep catalogue order

  // A county has no finer level to break down.
  const byRegion =
    prefix.length < 6
      ? (await repo.regionCounts(prefix, STATS_TOP_REGIONS)).map((r) => ({
          code: r.code,
          name: r.name ?? r.code,
          accounts: r.accounts,
        }))
      : undefined;

  return { total, verified, byLevel, byDepartment, ...(byRegion ? { byRegion } : {}) };
}
