/**
 * Console calls of mass pushes (docs/API.md, "Pushes"), typed from the OpenAPI document.
 * Kept beside the push components so the shared api.ts stays small.
 */
import type { ApiBody, ApiResponse } from '../../../../shared/types';
import { ApiError } from '../../../../shared/http';
import { call } from '../../api';

export type Push = ApiResponse<'/api/console/accounts/{accountId}/pushes/{pushId}', 'get'>;
export type PushInput = ApiBody<'/api/console/accounts/{accountId}/pushes', 'post'>;
export type PushCreated = ApiResponse<'/api/console/accounts/{accountId}/pushes', 'post'>;
export type PushQuota = ApiResponse<'/api/console/accounts/{accountId}/pushes/quota', 'get'>;
export type Audience = Push['audience'];
export type ReadHours = ApiResponse<'/api/console/accounts/{accountId}/engagement/read-hours', 'get'>;

const base = (id: number) => `/api/console/accounts/${id}/pushes`;

export const listPushes = (id: number, before?: number | null, limit = 20) =>
  call<{ items: Push[]; nextBefore: number | null }>(
    'GET',
    `${base(id)}?limit=${limit}${before ? `&before=${before}` : ''}`,
  );
export const getPush = (id: number, pushId: number) => call<Push>('GET', `${base(id)}/${pushId}`);
export const createPush = (id: number, input: PushInput) => call<PushCreated>('POST', base(id), input);
export const cancelPush = (id: number, pushId: number) => call<Push>('POST', `${base(id)}/${pushId}/cancel`);
export const reschedulePush = (id: number, pushId: number, scheduledAt: number) =>
  call<Push>('PATCH', `${base(id)}/${pushId}`, { scheduledAt });
export const getQuota = (id: number) => call<PushQuota>('GET', `${base(id)}/quota`);
export const setQuota = (id: number, perDay: number) =>
  call<PushQuota>('PUT', `${base(id)}/quota`, { perDay });

/** Reads by hour and suggested hours; null when the statistics are not available (404). */
export async function getReadHours(id: number): Promise<ReadHours | null> {
  try {
    return await call<ReadHours>('GET', `/api/console/accounts/${id}/engagement/read-hours`);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return null;
    throw e;
  }
}
