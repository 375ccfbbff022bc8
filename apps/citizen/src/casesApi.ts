/** Typed calls of cases, the citizen's side (docs/API.md, "Cases: citizens"). */
import { api } from '../../shared/http';
import type { ApiBody, ApiResponse } from '../../shared/types';

export type CaseCategory = ApiResponse<'/api/case-categories', 'get'>['items'][number];
export type NewCase = ApiBody<'/api/cases', 'post'>;
export type CitizenCase = ApiResponse<'/api/me/cases/{trackingNo}', 'get'>;
export type CaseKind = CitizenCase['kind'];
export type CaseStatus = CitizenCase['status'];
export type CaseEvent = CitizenCase['events'][number];
export type CaseSummary = ApiResponse<'/api/me/cases', 'get'>['items'][number];
export type CaseUpload = ApiResponse<'/api/cases/attachments', 'post'>;
export type ContactPreference = NewCase['contactPreference'];

export const KINDS: CaseKind[] = ['complaint', 'consultation', 'suggestion', 'report'];
export const CONTACT_PREFERENCES: ContactPreference[] = ['message', 'phone', 'none'];
export const TITLE_MAX = 60;
export const DESCRIPTION_MAX = 2000;
export const MAX_ATTACHMENTS = 9;
/** The server's limit; the form refuses larger files before sending them. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export const getCaseCategories = () => api<{ items: CaseCategory[] }>('GET', '/api/case-categories');
export function uploadCaseAttachment(file: Blob, filename: string) {
  const form = new FormData();
  form.append('file', file, filename);
  return api<CaseUpload>('POST', '/api/cases/attachments', form);
}
export const fileCase = (body: NewCase) => api<CitizenCase>('POST', '/api/cases', body);
export const getMyCases = (cursor?: string | null) =>
  api<ApiResponse<'/api/me/cases', 'get'>>('GET', `/api/me/cases${cursor ? `?cursor=${cursor}` : ''}`);
export const getMyCase = (trackingNo: string) =>
  api<CitizenCase>('GET', `/api/me/cases/${encodeURIComponent(trackingNo)}`);
export const rateCase = (trackingNo: string, score: number, comment: string) =>
  api<CitizenCase>('POST', `/api/me/cases/${encodeURIComponent(trackingNo)}/rating`, { score, comment });
export const reopenCase = (trackingNo: string, reason: string) =>
  api<CitizenCase>('POST', `/api/me/cases/${encodeURIComponent(trackingNo)}/reopen`, { reason });
