/** The bell: a staff user's own notifications and marking them read. */
import type { Database } from '../../db/database.js';
import type { NotificationPayload } from '../../shared/realtime.js';
import { presentNotification } from './presenters.js';
import { countUnread, listNotifications, markRead } from './repository.js';

const MAX_ID = 2147483647;

export interface ListNotificationsProps {
  /** Always the signed-in user: nobody reads another user's notifications. */
  userId: number;
  unreadOnly: boolean;
  cursor: string | undefined;
  limit: number;
}

/** Newest first, paged by id; `unread` is the user's total of unread ones whatever the page. */
export async function listMyNotifications(
  database: Database,
  props: ListNotificationsProps,
): Promise<{ items: NotificationPayload[]; unread: number; nextCursor: string | null }> {
  const rows = await listNotifications(database.k, props.userId, {
    unreadOnly: props.unreadOnly,
    // Ids are 32-bit on PostgreSQL: a larger cursor means "before all of them", not an error.
    beforeId: props.cursor === undefined ? null : Math.min(Number(props.cursor), MAX_ID),
    limit: props.limit + 1,
  });
  const page = rows.slice(0, props.limit);
  const more = rows.length > props.limit;
  return {
    items: page.map(presentNotification),
    unread: await countUnread(database.k, props.userId),
    nextCursor: more && page.length > 0 ? String(page[page.length - 1]!.id) : null,
  };
}

/**
 * Marks the user's own notifications read: the given ids (ids of other users' notifications
 * are ignored, not an error: they simply match nothing), or every unread one.
 */
export async function markMyNotificationsRead(
  database: Database,
  props: { userId: number; ids: number[] | null; now: number },
): Promise<void> {
  await markRead(database.k, props.userId, props.ids, props.now);
}
