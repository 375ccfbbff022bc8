/** Console calls of the administration of cases (docs/API.md, "Cases: administration"). */
import { call } from './api';
import type { ApiBody, ApiResponse } from '../../shared/types';

export type CaseCategoryAdmin = ApiResponse<'/api/console/case-categories', 'get'>['items'][number];
export type CaseCategoryInput = ApiBody<'/api/console/case-categories', 'post'>;
export type CaseCategoryUpdate = ApiBody<'/api/console/case-categories/{id}', 'put'>;
export type CaseAttribute = CaseCategoryAdmin['attributes'][number];
export type CaseAttributeType = CaseAttribute['datatype'];
export type TimeBasis = CaseCategoryAdmin['timeBasis'];
export type RoutingRule = ApiResponse<'/api/console/case-routing-rules', 'get'>['items'][number];
export type RoutingRuleInput = ApiBody<'/api/console/case-routing-rules', 'post'>;
export type RoutingPreview = ApiResponse<'/api/console/case-routing-rules/preview', 'get'>;
export type CaseClockSettings = ApiResponse<'/api/console/accounts/{accountId}/case-clock', 'get'>;
export type CaseClockInput = ApiBody<'/api/console/accounts/{accountId}/case-clock', 'put'>;
export type ClockPolicy = NonNullable<CaseClockSettings['accountDefault']>;
export type Open311Client = ApiResponse<'/api/console/open311-clients', 'get'>['items'][number];
export type IssuedOpen311Key = ApiResponse<'/api/console/open311-clients', 'post'>;
export type Open311Settings = ApiResponse<'/api/console/open311-settings', 'get'>;

const categories = '/api/console/case-categories';
const rules = '/api/console/case-routing-rules';
const clients = '/api/console/open311-clients';

export const listCaseCategories = () => call<{ items: CaseCategoryAdmin[] }>('GET', categories);
export const createCaseCategory = (input: CaseCategoryInput) =>
  call<CaseCategoryAdmin>('POST', categories, input);
export const updateCaseCategory = (id: number, input: CaseCategoryUpdate) =>
  call<CaseCategoryAdmin>('PUT', `${categories}/${id}`, input);
export const setCaseCategoryActive = (id: number, active: boolean) =>
  call<CaseCategoryAdmin>('POST', `${categories}/${id}/${active ? 'reactivate' : 'deactivate'}`);
export const deleteCaseCategory = (id: number) => call<void>('DELETE', `${categories}/${id}`);

export const listRoutingRules = () => call<{ items: RoutingRule[] }>('GET', rules);
export const createRoutingRule = (input: RoutingRuleInput) => call<RoutingRule>('POST', rules, input);
export const deleteRoutingRule = (id: number) => call<void>('DELETE', `${rules}/${id}`);
export const previewRouting = (categoryId: number, regionCode: string) =>
  call<RoutingPreview>(
    'GET',
    `${rules}/preview?categoryId=${categoryId}&regionCode=${encodeURIComponent(regionCode)}`,
  );

export const getCaseClock = (accountId: number) =>
  call<CaseClockSettings>('GET', `/api/console/accounts/${accountId}/case-clock`);
export const saveCaseClock = (accountId: number, input: CaseClockInput) =>
  call<CaseClockSettings>('PUT', `/api/console/accounts/${accountId}/case-clock`, input);

export const listOpen311Clients = () => call<{ items: Open311Client[] }>('GET', clients);
export const issueOpen311Client = (name: string) => call<IssuedOpen311Key>('POST', clients, { name });
export const revokeOpen311Client = (id: number) => call<Open311Client>('DELETE', `${clients}/${id}`);
export const getOpen311Settings = () => call<Open311Settings>('GET', '/api/console/open311-settings');
export const saveOpen311Settings = (defaultAccountId: number | null) =>
  call<Open311Settings>('PUT', '/api/console/open311-settings', { defaultAccountId });

/** "48 小时（工作时间），首次回应 4 小时，75% 时预警" — one line for a clock policy. */
export function policyText(
  t: (key: string, values?: Record<string, unknown>) => string,
  p: { dueHours: number; statementHours: number | null; timeBasis: TimeBasis; warnPercent: number },
): string {
  const values = {
    due: p.dueHours,
    statement: p.statementHours,
    basis: t(`casesAdmin.common.${p.timeBasis}`),
    warn: p.warnPercent,
  };
  return t(p.statementHours ? 'casesAdmin.common.policyStatement' : 'casesAdmin.common.policy', values);
}

/** Categories as a one-level tree: groups first by position, each with its sub-categories. */
export function categoryTree<T extends { id: number; parentId: number | null }>(
  items: T[],
): Array<T & { children?: T[] }> {
  const ids = new Set(items.map((c) => c.id));
  const roots = items.filter((c) => c.parentId === null || !ids.has(c.parentId));
  return roots.map((r) => {
    const children = items.filter((c) => c.parentId === r.id);
    return children.length ? { ...r, children } : { ...r };
  });
}
