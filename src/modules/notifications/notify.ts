/**
 * Writing staff notifications (the console's bell). Called inside the caller's transaction:
 * each notification row and its outbox event `notification.created` to `staff:<userId>`
 * commit together with the change they announce.
 */
import type { Kysely } from 'kysely';
import type { Schema, StaffRole } from '../../db/schema.js';
import { enqueueEvent } from '../../infra/outbox.js';
import type { NotificationPayload } from '../../shared/realtime.js';
import { presentNotification } from './presenters.js';
import { insertNotification, staffOfAccount } from './repository.js';

export interface NewNotification {
  accountId: number | null;
  kind: NotificationPayload['kind'];
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  /** Console path to open, e.g. `/console/accounts/3/inbox/17`. */
  link: string | null;
}

/**
 * Writes a notification for every staff user holding one of `roles` on the account (not
 * disabled), and an outbox `notification.created` event to each `staff:<userId>` room, in
 * the caller's transaction. Returns the user ids notified.
 */
export async function notifyAccountStaff(
  k: Kysely<Schema>,
  now: number,
  n: NewNotification & { accountId: number; roles: StaffRole[] },
): Promise<number[]> {
  if (n.roles.length === 0) return [];
  const userIds = await staffOfAccount(k, n.accountId, n.roles);
  const { roles: _roles, ...notification } = n;
  for (const userId of userIds) await notifyStaffUser(k, now, userId, notification);
  return userIds;
}

/** Writes one notification for one staff user and its live event, in the caller's transaction. */
export async function notifyStaffUser(
  k: Kysely<Schema>,
  now: number,
  userId: number,
  n: NewNotification,
): Promise<void> {
  const row = await insertNotification(k, {
    user_id: userId,
    account_id: n.accountId,
    kind: n.kind,
    title_zh: n.title.zh,
    title_en: n.title.en,
    body_zh: n.body.zh,
    body_en: n.body.en,
    link: n.link,
    created_at: now,
    read_at: null,
  });
  await enqueueEvent(k, now, `staff:${userId}`, 'notification.created', presentNotification(row));
}
