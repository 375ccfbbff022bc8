/** Mass pushes, their quota and Web Push (0014). Row types; see ../schema.ts for the conventions. */
import type { Generated } from 'kysely';

/**
 * scheduled → sending → sent, or scheduled → cancelled. `sending` covers the release (one
 * transaction) and the Web Push fan-out after it; `sent` once every delivery settled.
 */
export type PushStatus = 'scheduled' | 'sending' | 'sent' | 'cancelled';

export interface PushesTable {
  id: Generated<number>;
  account_id: number;
  status: PushStatus;
  /** JSON array of article ids, in the order the push shows them (1–8). */
  article_ids: string;
  /** null = all followers; JSON `{"tags":[…]}` or `{"region":"4115"}`, copied onto each publication. */
  audience: string | null;
  /** When a scheduled push is due; null for "now". */
  scheduled_at: number | null;
  /** Beijing calendar day (YYYY-MM-DD) the push counts against in the quota. */
  quota_day: string;
  created_by: number;
  created_at: number;
  /** When the articles were released. */
  sent_at: number | null;
  /** When the last Web Push delivery settled. */
  finished_at: number | null;
  cancelled_at: number | null;
  /** Followers the audience matched (counted after the release). */
  targeted_count: number | null;
  webpush_total: Generated<number>;
  webpush_sent: Generated<number>;
  webpush_failed: Generated<number>;
  /** Subscriptions the push service said are gone (404/410); they were removed. */
  webpush_gone: Generated<number>;
}

export interface PushQuotasTable {
  account_id: number;
  per_day: number;
  updated_by: number | null;
  updated_at: number;
}

export interface PushSubscriptionsTable {
  id: Generated<number>;
  citizen_id: number;
  endpoint: string;
  /** The browser's P-256 public key and auth secret, base64url. */
  p256dh: string;
  auth: string;
  /** A label the app sends (e.g. the browser), shown to the citizen. */
  device: string;
  created_at: number;
}

/** `sending` is written before the request leaves: a crash then never sends it again. */
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'gone';

export interface PushDeliveriesTable {
  push_id: number;
  subscription_id: number;
  status: DeliveryStatus;
  attempts: Generated<number>;
  updated_at: number;
}

export interface PushTables {
  pushes: PushesTable;
  push_quotas: PushQuotasTable;
  push_subscriptions: PushSubscriptionsTable;
  push_deliveries: PushDeliveriesTable;
}
