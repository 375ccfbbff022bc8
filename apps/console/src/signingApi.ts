/** Console calls of signing keys (docs/API.md "Signed content", docs/SIGNING.md). */
import { api } from '../../shared/http';
import type { ApiBody, ApiResponse } from '../../shared/types';

export type SigningKeys = ApiResponse<'/api/console/accounts/{accountId}/signing/keys', 'get'>;
export type SigningKey = SigningKeys['keys'][number];
export type RevokeInput = ApiBody<'/api/console/accounts/{accountId}/signing/keys/{keyId}/revoke', 'post'>;

const base = (accountId: number) => `/api/console/accounts/${accountId}/signing/keys`;

export const getSigningKeys = (accountId: number) => api<SigningKeys>('GET', base(accountId));
export const rotateSigningKey = (accountId: number) => api<SigningKey>('POST', `${base(accountId)}/rotate`);
export const revokeSigningKey = (accountId: number, keyId: string, input: RevokeInput) =>
  api<{ revoked: SigningKey; replacement: SigningKey | null }>(
    'POST',
    `${base(accountId)}/${encodeURIComponent(keyId)}/revoke`,
    input,
  );
