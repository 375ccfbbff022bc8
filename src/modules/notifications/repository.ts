/** All SQL of staff notifications. */
import type { Insertable, Kysely } from 'kysely';
import type { Schema, StaffRole } from '../../db/schema.js';
import type { StaffNotificationsTable } from '../../db/tables/jobs.js';
import type { NotificationRow } from './presenters.js';

/** Enabled staff users holding one of `roles` on the account, each once, by id. */
export async function staffOfAccount(
  k: Kysely<Schema>,
  accountId: number,
  roles: StaffRole[],
): Promise<number[]> {
  const rows = await k
    .selectFrom('staff_roles')
    .innerJoin('staff_users', 'staff_users.id', 'staff_roles.user_id')
    .select('staff_roles.user_id')
    .distinct()
    .where('staff_roles.account_id', '=', accountId)
    .where('staff_roles.role', 'in', roles)
    .where('staff_users.disabled', '=', 0)
    .orderBy('staff_roles.user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

export async function insertNotification(
  k: Kysely<Schema>,
  values: Insertable<StaffNotificationsTable>,
): Promise<NotificationRow> {
  return k.insertInto('staff_notifications').values(values).returningAll().executeTakeFirstOrThrow();
}

/** A user's notifications, newest first, strictly older than the cursor id. */
export async function listNotifications(
  k: Kysely<Schema>,
  userId: number,
  opts: { unreadOnly: boolean; beforeId: number | null; limit: number },
): Promise<NotificationRow[]> {
  let q = k.selectFrom('staff_notifications').selectAll().where('user_id', '=', userId);
  if (opts.unreadOnly) q = q.where('read_at', 'is', null);
  if (opts.beforeId !== null) q = q.where('id', '<', opts.beforeId);
  return q.orderBy('id', 'desc').limit(opts.limit).execute();
}

export async function countUnread(k: Kysely<Schema>, userId: number): Promise<number> {
  const row = await k
    .selectFrom('staff_notifications')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks the user's own unread notifications read: those of `ids`, or all when ids is null. */
export async function markRead(
  k: Kysely<Schema>,
  userId: number,
  ids: number[] | null,
  now: number,
): Promise<void> {
  if (ids !== null && ids.length === 0) return;
  let q = k
    .updateTable('staff_notifications')
    .set({ read_at: now })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids !== null) q = q.where('id', 'in', ids);
  await q.execute();
}

/** Housekeeping: read notifications older than `before` go. */
export async function purgeReadNotifications(k: Kysely<Schema>, before: number): Promise<void> {
  await k
    .deleteFrom('staff_notifications')
    .where('read_at', 'is not', null)
    .where('created_at', '<', before)
    .execute();
}
