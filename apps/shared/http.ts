/**
 * The one fetch wrapper both apps use: JSON in and out, the CSRF header on every state
 * change, and the server's structured errors surfaced as ApiError with the stable code.
 */
import type { ServerEventEnvelope, ServerEventName, ServerEvents } from '../../src/shared/realtime';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** The error's `details` (e.g. MENU_INVALID's `errors`, one per offending field). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function currentLang(): 'zh' | 'en' {
  return document.cookie.includes('zw_lang=en') ? 'en' : 'zh';
}

export function setLangCookie(lang: 'zh' | 'en'): void {
  document.cookie = `zw_lang=${lang}; path=/; max-age=31536000; SameSite=Lax`;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'Accept-Language': currentLang() === 'en' ? 'en' : 'zh-CN' };
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const e = json?.error ?? {};
    throw new ApiError(res.status, e.code ?? 'INTERNAL', e.message ?? res.statusText, e.field, e.details);
  }
  return json as T;
}

export type EventHandlers = { [E in ServerEventName]?: (data: ServerEvents[E]) => void };

/**
 * Subscribes to the server's event stream (SSE). EventSource reconnects by itself; the
 * returned function closes the stream.
 */
export function subscribe(path: string, handlers: EventHandlers): () => void {
  const source = new EventSource(path, { withCredentials: true });
  source.onmessage = (msg) => {
    const envelope = JSON.parse(msg.data) as ServerEventEnvelope;
    const handler = handlers[envelope.event] as ((d: unknown) => void) | undefined;
    handler?.(envelope.data);
  };
  return () => source.close();
}
