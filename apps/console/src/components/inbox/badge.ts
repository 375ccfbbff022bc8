/**
 * The inbox counts shown outside the inbox (the side menu's badge). The inbox page writes
 * what it loads; elsewhere live events trigger a quiet re-count, debounced so a burst of
 * messages costs one request.
 */
import { reactive } from 'vue';
import { listConversations, type InboxCounts } from '../../api';

export const inboxBadge = reactive<{ accountId: number | null; counts: InboxCounts | null }>({
  accountId: null,
  counts: null,
});

export function setInboxCounts(accountId: number, counts: InboxCounts): void {
  inboxBadge.accountId = accountId;
  inboxBadge.counts = counts;
}

let timer: ReturnType<typeof setTimeout> | null = null;

export function refreshInboxCounts(accountId: number, delayMs = 800): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    listConversations(accountId, { filter: 'waiting', limit: 1 })
      .then((page) => setInboxCounts(accountId, page.counts))
      .catch(() => {
        // No badge rather than a wrong one (e.g. the server lacks the route).
        if (inboxBadge.accountId === accountId) inboxBadge.counts = null;
      });
  }, delayMs);
}
