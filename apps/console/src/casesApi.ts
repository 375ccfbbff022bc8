/** Console calls of casework (docs/API.md, "Cases: casework (departments)"). */
import { call } from './api';
import type { ApiResponse } from '../../shared/types';

export type CaseList = ApiResponse<'/api/console/accounts/{accountId}/cases', 'get'>;
export type CaseSummary = CaseList['items'][number];
export type CaseCounts = CaseList['counts'];
export type StaffCase = ApiResponse<'/api/console/accounts/{accountId}/cases/{caseId}', 'get'>;
export type CaseEvent = StaffCase['events'][number];
export type CaseAssist = StaffCase['assists'][number];
export type CaseAttachment = StaffCase['attachments'][number];
export type CaseStatus = CaseSummary['status'];
export type CaseBox = 'handling' | 'assisting' | 'transferred';
export type CaseTarget = ApiResponse<'/api/console/case-targets', 'get'>['items'][number];
export type CaseUpload = ApiResponse<'/api/console/accounts/{accountId}/case-attachments', 'post'>;

export const CASE_STATUSES: CaseStatus[] = ['received', 'accepted', 'in_progress', 'answered', 'closed'];

const base = (accountId: number) => `/api/console/accounts/${accountId}/cases`;
const one = (accountId: number, caseId: number) => `${base(accountId)}/${caseId}`;

export function listCases(
  accountId: number,
  q: { box: CaseBox; status?: CaseStatus | ''; cursor?: number | null },
): Promise<CaseList> {
  const p = new URLSearchParams({ box: q.box });
  if (q.status) p.set('status', q.status);
  if (q.cursor) p.set('cursor', String(q.cursor));
  return call<CaseList>('GET', `${base(accountId)}?${p.toString()}`);
}

export const getCase = (accountId: number, caseId: number) => call<StaffCase>('GET', one(accountId, caseId));

export const acceptCase = (a: number, c: number) => call<StaffCase>('POST', `${one(a, c)}/accept`, {});
export const reportProgress = (a: number, c: number, note: string) =>
  call<StaffCase>('POST', `${one(a, c)}/progress`, { note });
export const answerCase = (a: number, c: number, body: string, attachmentIds: number[]) =>
  call<StaffCase>('POST', `${one(a, c)}/answer`, { body, attachmentIds });
export const closeCase = (a: number, c: number) => call<StaffCase>('POST', `${one(a, c)}/close`, {});
export const makeStatement = (a: number, c: number, body: string) =>
  call<StaffCase>('POST', `${one(a, c)}/statement`, { body });
export const addNote = (a: number, c: number, body: string) =>
  call<StaffCase>('POST', `${one(a, c)}/notes`, { body });
export const transferCase = (a: number, c: number, toAccountId: number, reason: string) =>
  call<StaffCase>('POST', `${one(a, c)}/transfer`, { toAccountId, reason });
export const requestAssist = (a: number, c: number, toAccountId: number, request: string) =>
  call<StaffCase>('POST', `${one(a, c)}/assists`, { toAccountId, request });
export const postAssistMessage = (a: number, c: number, assistId: number, body: string) =>
  call<StaffCase>('POST', `${one(a, c)}/assists/${assistId}/messages`, { body });
export const closeAssist = (a: number, c: number, assistId: number) =>
  call<StaffCase>('POST', `${one(a, c)}/assists/${assistId}/close`, {});

export const searchCaseTargets = (q: string) =>
  call<{ items: CaseTarget[] }>('GET', `/api/console/case-targets?q=${encodeURIComponent(q)}`);

export function uploadCaseFile(accountId: number, file: File): Promise<CaseUpload> {
  const form = new FormData();
  form.append('file', file);
  return call<CaseUpload>('POST', `/api/console/accounts/${accountId}/case-attachments`, form);
}
