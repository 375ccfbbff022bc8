/**
 * A citizen's Web Push subscriptions, one per browser/device: saved when they allow
 * notifications, removed when they turn them off (or the push service says the endpoint is
 * gone). Only a checksum of the endpoint's origin is shown back; the endpoint is a capability.
 */
import { AppError } from '../../infra/errors.js';
import type { WebPushRepository } from './repository.js';
import { acceptableEndpoint } from './endpoint.js';

export interface SubscriptionInput {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  device?: string;
}

export interface SubscriptionView {
  id: number;
  device: string;
  /** The push service (e.g. https://fcm.googleapis.com), never the full endpoint. */
  service: string;
  createdAt: number;
}

function b64urlBytes(s: string): number {
  return /^[A-Za-z0-9_-]+={0,2}$/.test(s) ? Buffer.from(s, 'base64url').length : -1;
}

export async function saveSubscription(
  repo: WebPushRepository,
  props: {
    citizenId: number;
    input: SubscriptionInput;
    now: number;
    /** Plain http to loopback (local test push services; ZW_WEBPUSH_ALLOW_LOOPBACK). */
    allowLoopback: boolean;
  },
): Promise<SubscriptionView> {
  const { endpoint, keys } = props.input;
  if (endpoint.length > 2000 || !acceptableEndpoint(endpoint, { allowLoopback: props.allowLoopback }))
    throw new AppError('PUSH_SUBSCRIPTION_INVALID', { field: 'endpoint' });
  // An uncompressed P-256 point (65 bytes, 0x04…) and a 16-byte auth secret (RFC 8291).
  if (b64urlBytes(keys.p256dh) !== 65 || Buffer.from(keys.p256dh, 'base64url')[0] !== 4)
    throw new AppError('PUSH_SUBSCRIPTION_INVALID', { field: 'keys.p256dh' });
  if (b64urlBytes(keys.auth) !== 16) throw new AppError('PUSH_SUBSCRIPTION_INVALID', { field: 'keys.auth' });
  const row = await repo.upsertSubscription({
    citizenId: props.citizenId,
    endpoint,
    p256dh: keys.p256dh,
    auth: keys.auth,
    device: (props.input.device ?? '').trim().slice(0, 60),
    now: props.now,
  });
  return toView(row);
}

export function toView(row: {
  id: number;
  device: string;
  created_at: number;
  endpoint: string;
}): SubscriptionView {
  return { id: row.id, device: row.device, service: new URL(row.endpoint).origin, createdAt: row.created_at };
}
