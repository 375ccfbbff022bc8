/**
 * The subscription list of the signed-in citizen, kept outside the Home view so that live
 * events update it (and the tab badge) wherever the citizen is in the app.
 */
import { computed, ref } from 'vue';
import type { HomeEntry as HomeItem } from '../../shared/types';
import { getHome } from './api';
import { onLive } from './live';

export const homeItems = ref<HomeItem[] | null>(null);
export const homeUnreadTotal = computed(() => (homeItems.value ?? []).reduce((n, i) => n + i.unread, 0));
/** The account whose thread is on screen: its new posts are read as they arrive. */
export const viewingAccountId = ref<number | null>(null);

let inFlight: Promise<void> | null = null;
/** Concurrent callers (app start, Home view, live events) share one request. */
export function refreshHome(): Promise<void> {
  inFlight ??= getHome()
    .then((r) => {
      homeItems.value = r.items;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

export function clearHome(): void {
  homeItems.value = null;
}

/**
 * Mirrors locally what the server did: opening a thread (GET thread) or a publication arriving
 * while the thread is on screen (POST read) leaves the account with nothing unread.
 */
export function markRead(accountId: number): void {
  const item = homeItems.value?.find((i) => i.account.id === accountId);
  if (item) item.unread = 0;
}

onLive('publication.created', (pub) => {
  const items = homeItems.value;
  if (!items) return;
  const index = items.findIndex((i) => i.account.id === pub.accountId);
  if (index < 0) {
    // Not in our list (followed on another device?): the server knows best.
    void refreshHome().catch(() => undefined);
    return;
  }
  const [item] = items.splice(index, 1);
  // The stream may repeat an event after a reconnect, an older one too: count each
  // publication once, and only a newer one moves the row's latest.
  if (!item.latest || pub.seq > item.latest.seq) {
    item.latest = pub;
    if (viewingAccountId.value !== pub.accountId) item.unread += 1;
  }
  items.unshift(item); // newest activity first, as the server orders it
});

onLive('follow.changed', () => void refreshHome().catch(() => undefined));
// Something went out to part of an account's followers (a targeted push): the server says
// whether this citizen is among them.
onLive('feed.changed', () => void refreshHome().catch(() => undefined));
