/** Console calls of account verification (docs/API.md, "Verification"). */
import type { ApiBody, ApiResponse } from '../../shared/types';
import { call } from './api';

export type VerificationState = ApiResponse<'/api/console/accounts/{accountId}/verification', 'get'>;
export type Application = VerificationState['history'][number];
export type ApplicationInput = ApiBody<'/api/console/accounts/{accountId}/verification', 'post'>;
export type Letter = ApiResponse<'/api/console/accounts/{accountId}/verification/letters', 'post'>;
export type ReviewQueue = ApiResponse<'/api/console/verification-review', 'get'>;
export type QueueItem = ReviewQueue['items'][number];
export type ReviewDetail = ApiResponse<'/api/console/verification-review/{applicationId}', 'get'>;
export type ApplicationStatus = Application['status'];

const base = (accountId: number) => `/api/console/accounts/${accountId}/verification`;

export const getVerification = (accountId: number) => call<VerificationState>('GET', base(accountId));

export function uploadLetter(accountId: number, file: File): Promise<Letter> {
  const form = new FormData();
  form.append('file', file);
  return call<Letter>('POST', `${base(accountId)}/letters`, form);
}

export const applyForVerification = (accountId: number, body: ApplicationInput) =>
  call<Application>('POST', base(accountId), body);
export const editApplication = (accountId: number, id: number, body: ApplicationInput & { note?: string }) =>
  call<Application>('PUT', `${base(accountId)}/${id}`, body);
export const withdrawApplication = (accountId: number, id: number) =>
  call<Application>('POST', `${base(accountId)}/${id}/withdraw`);

export const verifyQrUrl = (accountId: number, format: 'svg' | 'png', download = false) =>
  `${base(accountId)}/qrcode?format=${format}${download ? '&download=1' : ''}`;

const review = '/api/console/verification-review';
export const reviewQueue = (status?: ApplicationStatus) =>
  call<ReviewQueue>('GET', status ? `${review}?status=${status}` : review);
export const reviewDetail = (id: number) => call<ReviewDetail>('GET', `${review}/${id}`);
export const requestChanges = (id: number, reason: string) =>
  call<Application>('POST', `${review}/${id}/request-changes`, { reason });
export const rejectApplication = (id: number, reason: string) =>
  call<Application>('POST', `${review}/${id}/reject`, { reason });
export const approveApplication = (id: number, comment?: string) =>
  call<Application>('POST', `${review}/${id}/approve`, comment ? { comment } : {});
