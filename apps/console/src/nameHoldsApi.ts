/** Console calls of the name holds (docs/API.md "Name holds", docs/GUARD.md). */
import { api } from '../../shared/http';
import type { ApiBody, ApiResponse } from '../../shared/types';

export type NameHoldList = ApiResponse<'/api/console/name-holds', 'get'>;
export type NameHold = NameHoldList['items'][number];
export type NameHoldDifference = NameHold['differences'][number];
export type NameHoldStatus = NameHold['status'];
export type RejectInput = ApiBody<'/api/console/name-holds/{holdId}/reject', 'post'>;

export const listNameHolds = (status?: NameHoldStatus) =>
  api<NameHoldList>('GET', `/api/console/name-holds${status ? `?status=${status}` : ''}`);
export const approveNameHold = (id: number) => api<NameHold>('POST', `/api/console/name-holds/${id}/approve`);
export const rejectNameHold = (id: number, input: RejectInput) =>
  api<NameHold>('POST', `/api/console/name-holds/${id}/reject`, input);
