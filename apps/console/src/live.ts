/**
 * One server-sent event stream per current account, fanned out to whichever pages listen.
 * The stream is optional: when the server lacks it, EventSource fails and pages simply keep
 * the figures they loaded.
 */
import { onBeforeUnmount, onMounted } from 'vue';
import { subscribe, type EventHandlers } from '../../shared/http';
import type { ServerEventName, ServerEvents } from '../../../src/shared/realtime';

const listeners = new Set<EventHandlers>();
let close: (() => void) | null = null;

function emit<E extends ServerEventName>(event: E, data: ServerEvents[E]): void {
  for (const l of listeners) (l[event] as ((d: ServerEvents[E]) => void) | undefined)?.(data);
}

export function liveStart(accountId: number): void {
  liveStop();
  if (typeof EventSource === 'undefined') return;
  try {
    close = subscribe(`/api/console/events?accountId=${accountId}`, {
      'account.followers': (d) => emit('account.followers', d),
      'publication.created': (d) => emit('publication.created', d),
      // Messaging: the inbox, the menu badge and the notification bell listen to these.
      'message.created': (d) => emit('message.created', d),
      'conversation.updated': (d) => emit('conversation.updated', d),
      'conversation.removed': (d) => emit('conversation.removed', d),
      'conversation.read': (d) => emit('conversation.read', d),
      'notification.created': (d) => emit('notification.created', d),
      // Mass pushes: the composer's progress bar and the pushes list.
      'push.progress': (d) => emit('push.progress', d),
    });
  } catch {
    close = null;
  }
}

export function liveStop(): void {
  close?.();
  close = null;
}

/** Listens while the calling component is mounted. */
export function useLive(handlers: EventHandlers): void {
  onMounted(() => listeners.add(handlers));
  onBeforeUnmount(() => listeners.delete(handlers));
}
