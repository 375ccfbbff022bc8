/**
 * One shared event stream for the whole app. Views add handlers while they are mounted;
 * a single EventSource serves all of them (a browser allows only a few per origin on HTTP/1).
 */
import type { ServerEventName, ServerEvents } from '../../../src/shared/realtime';
import { subscribe } from '../../shared/http';

type Handler<E extends ServerEventName> = (data: ServerEvents[E]) => void;
const handlers = new Map<ServerEventName, Set<Handler<ServerEventName>>>();
let close: (() => void) | null = null;

function dispatch<E extends ServerEventName>(event: E) {
  return (data: ServerEvents[E]) => handlers.get(event)?.forEach((h) => (h as Handler<E>)(data));
}

export function startLive(): void {
  if (close || typeof EventSource === 'undefined') return;
  close = subscribe('/api/events', {
    'publication.created': dispatch('publication.created'),
    'feed.changed': dispatch('feed.changed'),
    'account.followers': dispatch('account.followers'),
    'follow.changed': dispatch('follow.changed'),
    'message.created': dispatch('message.created'),
    'conversation.read': dispatch('conversation.read'),
    'conversation.status': dispatch('conversation.status'),
  });
}

export function stopLive(): void {
  close?.();
  close = null;
}

/** Registers a handler; returns the function that removes it (call it in onUnmounted). */
export function onLive<E extends ServerEventName>(event: E, handler: Handler<E>): () => void {
  let set = handlers.get(event);
  if (!set) handlers.set(event, (set = new Set()));
  set.add(handler as Handler<ServerEventName>);
  return () => set.delete(handler as Handler<ServerEventName>);
}
