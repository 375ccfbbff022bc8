import type { Selectable } from 'kysely';
import type { StaffNotificationsTable } from '../../db/tables/jobs.js';
import type { NotificationPayload } from '../../shared/realtime.js';

export type NotificationRow = Selectable<StaffNotificationsTable>;

export function presentNotification(row: NotificationRow): NotificationPayload {
  return {
    id: row.id,
    accountId: row.account_id,
    kind: row.kind,
    title: { zh: row.title_zh, en: row.title_en },
    body: { zh: row.body_zh, en: row.body_en },
    link: row.link,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}
