/** Console calls of fake-account reports (platform admins; docs/API.md, "Fake-account reports"). */
import { api } from '../../shared/http';
import type { ApiBody, ApiResponse } from '../../shared/types';

export type ReportGroups = ApiResponse<'/api/console/fake-reports', 'get'>;
export type ReportGroup = ReportGroups['groups'][number];
export type AccountReports = ApiResponse<'/api/console/fake-reports/accounts/{accountId}', 'get'>;
export type AdminReport = AccountReports['reports'][number];
export type ReportedAccount = AccountReports['account'];
export type Decision = ApiBody<'/api/console/fake-reports/accounts/{accountId}/decision', 'post'>;
export type DecisionAction = Decision['action'];
export type DecisionResult = ApiResponse<'/api/console/fake-reports/accounts/{accountId}/decision', 'post'>;
export type GroupState = 'open' | 'decided' | 'all';
export type ReasonCode = keyof ReportGroup['reasons'];

export const REASON_CODES: ReasonCode[] = [
  'impersonates_department',
  'uses_government_name',
  'asks_money_or_data',
  'false_information',
  'other',
];

export const listReportGroups = (q: { state: GroupState; page: number; pageSize: number }) =>
  api<ReportGroups>(
    'GET',
    `/api/console/fake-reports?state=${q.state}&page=${q.page}&pageSize=${q.pageSize}`,
  );
export const getAccountReports = (accountId: number) =>
  api<AccountReports>('GET', `/api/console/fake-reports/accounts/${accountId}`);
export const decideReports = (accountId: number, body: Decision) =>
  api<DecisionResult>('POST', `/api/console/fake-reports/accounts/${accountId}/decision`, body);
