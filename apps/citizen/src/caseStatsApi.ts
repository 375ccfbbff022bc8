/** Typed calls of the public case statistics (docs/API.md, "Case statistics"). */
import { api } from '../../shared/http';
import type { ApiResponse } from '../../shared/types';

export type CaseStats = ApiResponse<'/api/case-stats/accounts/{handle}', 'get'>;
export type CaseStatsMonth = CaseStats['months'][number];
export type CaseStatsFigures = CaseStats['totals'];
export type CaseStatsScope = { kind: 'account'; handle: string } | { kind: 'region'; code: string };

/** Period choices of the page; the server accepts 1..36. */
export const PERIODS = [3, 6, 12, 24, 36] as const;
export const DEFAULT_PERIOD = 12;

function base(scope: CaseStatsScope): string {
  return scope.kind === 'account'
    ? `/api/case-stats/accounts/${encodeURIComponent(scope.handle)}`
    : `/api/case-stats/regions/${encodeURIComponent(scope.code)}`;
}

export const getCaseStats = (scope: CaseStatsScope, months: number) =>
  api<CaseStats>('GET', `${base(scope)}?months=${months}`);

/** The XLSX of the same figures: a plain link (the browser downloads it, with its file name). */
export const caseStatsXlsxUrl = (scope: CaseStatsScope, months: number) =>
  `${base(scope)}.xlsx?months=${months}`;

export const HOUR_MS = 3_600_000;
