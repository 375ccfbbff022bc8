/**
 * The account's admins and responders, for the assignee choice. The staff list is an admin's
 * page: a responder gets 403 there (null here) and falls back to assigneeOptions' "me".
 */
import { ApiError } from '../../../../shared/http';
import { listStaff } from '../../api';
import type { Assignee } from './assignees';

const cache = new Map<number, Promise<Assignee[] | null>>();

/** The account's admins and responders, or null when this user may not list staff. */
export function loadAssignees(accountId: number): Promise<Assignee[] | null> {
  let p = cache.get(accountId);
  if (!p) {
    p = listStaff(accountId)
      .then(({ items }) =>
        items
          .filter((m) => m.roles.includes('admin') || m.roles.includes('responder'))
          .map((m) => ({ id: m.userId, name: m.displayName || m.username })),
      )
      .catch((e: unknown) => {
        // Forbidden stays forbidden; anything else is worth asking again next time.
        if (!(e instanceof ApiError) || e.status !== 403) cache.delete(accountId);
        return null;
      });
    cache.set(accountId, p);
  }
  return p;
}
