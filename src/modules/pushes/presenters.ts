/** How pushes appear in the console API and its progress events. */
import type { PushProgressPayload } from '../../shared/realtime.js';
import { parseAudience, type Audience } from './audience.js';
import type { PushRow } from './repository.js';

export interface PushView extends PushProgressPayload {
  articleIds: number[];
  audience: Audience;
  scheduledAt: number | null;
  createdAt: number;
  createdBy: number;
  sentAt: number | null;
  finishedAt: number | null;
  cancelledAt: number | null;
}

export function toPushProgress(row: PushRow): PushProgressPayload {
  return {
    id: row.id,
    accountId: row.account_id,
    status: row.status,
    targeted: row.targeted_count,
    webpush: {
      total: row.webpush_total,
      sent: row.webpush_sent,
      failed: row.webpush_failed,
      gone: row.webpush_gone,
    },
  };
}

export function toPushView(row: PushRow): PushView {
  return {
    ...toPushProgress(row),
    articleIds: JSON.parse(row.article_ids) as number[],
    audience: parseAudience(row.audience),
    scheduledAt: row.scheduled_at,
    createdAt: row.created_at,
    createdBy: row.created_by,
    sentAt: row.sent_at,
    finishedAt: row.finished_at,
    cancelledAt: row.cancelled_at,
  };
}
