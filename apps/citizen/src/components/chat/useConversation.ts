/**
 * The conversation half of an account's thread: loading and paging the citizen's messages,
 * sending (shown at once, confirmed by the server, retried with the same clientId), the
 * automatic replies, live events, read receipts both ways and "expected reply by".
 */
import { ref, type Ref } from 'vue';
import { showToast } from 'vant';
import type { MessagePayload } from '../../../../../src/shared/realtime';
import { ApiError } from '../../../../shared/http';
import * as apiCalls from '../../api';
import type { OutgoingMessage } from '../../api';
import type { ConversationState } from '../../../../shared/types';
import { i18n } from '../../i18n';
import { onLive } from '../../live';
import { newClientId, type ChatItem } from './timeline';

const PAGE = 30;
/** Read receipts are sent at most this often while messages keep arriving. */
const READ_THROTTLE_MS = 3_000;

export interface ConversationOptions {
  /** Called after messages were added at the end: `own` when the citizen sent them (or their replies) here. */
  onAppend?: (own: boolean) => void;
}

const t = (key: string) => i18n.global.t(key);

/** A message the server does not have yet, shaped like one it does. */
function localMessage(
  accountId: number,
  clientId: string,
  out: OutgoingMessage,
  media: MessagePayload['media'],
): MessagePayload {
  return {
    id: 0,
    conversationId: 0,
    accountId,
    sender: 'citizen',
    senderName: null,
    kind: out.kind,
    text: out.kind === 'text' ? out.text : null,
    media,
    location: out.kind === 'location' ? { lat: out.lat, lng: out.lng, label: out.label ?? '' } : null,
    articles: null,
    link: null,
    clientId,
    createdAt: Date.now(),
    readAt: null,
  };
}

const keyOf = (m: MessagePayload) => (m.sender === 'citizen' && m.clientId ? `c${m.clientId}` : `m${m.id}`);

export function useConversation(accountId: Ref<number | null>, options: ConversationOptions = {}) {
  /** Oldest first. */
  const items = ref<ChatItem[]>([]);
  const hasOlder = ref(false);
  const conversation = ref<ConversationState | null>(null);
  let cursor: string | null = null;
  /** Conversations seen in this thread: a transferred one keeps arriving under another account. */
  const conversationIds = new Set<number>();

  function find(m: MessagePayload): number {
    const key = keyOf(m);
    return items.value.findIndex((i) => i.key === key || (m.id !== 0 && i.message.id === m.id));
  }

  /** Adds or updates a server message; returns true when it was new. */
  function upsert(m: MessagePayload): boolean {
    if (m.conversationId) conversationIds.add(m.conversationId);
    const i = find(m);
    if (i < 0) {
      items.value.push({ key: keyOf(m), message: m, state: 'sent' });
      return true;
    }
    const old = items.value[i]!;
    if (old.message.media?.url.startsWith('blob:')) URL.revokeObjectURL(old.message.media.url);
    // A read receipt may have arrived before the copy that carries it.
    items.value[i] = {
      key: old.key,
      message: { ...m, readAt: m.readAt ?? old.message.readAt },
      state: 'sent',
    };
    return false;
  }

  function sortItems(): void {
    items.value.sort(
      (a, b) => a.message.createdAt - b.message.createdAt || (a.message.id || 1e15) - (b.message.id || 1e15),
    );
  }

  function applyState(c: ConversationState | null): void {
    conversation.value = c;
    if (c) conversationIds.add(c.id);
  }

  async function load(): Promise<void> {
    const id = accountId.value;
    if (id === null) return;
    try {
      const page = await apiCalls.getConversation(id, null, PAGE);
      page.items.forEach(upsert);
      sortItems();
      cursor = page.nextCursor;
      hasOlder.value = page.nextCursor !== null && page.items.length > 0;
      applyState(page.conversation);
      markRead();
    } catch (e) {
      // Signed out or not following: the thread still shows the publications.
      if (!(e instanceof ApiError) || e.status >= 500) throw e;
    }
  }

  async function loadOlder(): Promise<void> {
    const id = accountId.value;
    if (id === null || !hasOlder.value) return;
    const page = await apiCalls.getConversation(id, cursor, PAGE);
    page.items.forEach(upsert);
    sortItems();
    cursor = page.nextCursor;
    hasOlder.value = page.nextCursor !== null && page.items.length > 0;
  }

  /** The account's answers to what the citizen just did here: shown like the citizen's own. */
  function addReplies(replies: MessagePayload[]): void {
    let added = false;
    for (const r of replies) added = upsert(r) || added;
    if (added) {
      sortItems();
      options.onAppend?.(true);
      markRead();
    }
  }

  /** Sends (or re-sends) one of the citizen's own messages. */
  async function attempt(item: ChatItem): Promise<void> {
    const id = accountId.value;
    if (id === null || !item.outgoing) return;
    item.state = 'sending';
    try {
      if (item.upload) {
        const up = await apiCalls.uploadMessageMedia(id, item.upload.blob, item.upload.filename);
        if (item.outgoing.kind === 'image' || item.outgoing.kind === 'voice')
          item.outgoing.mediaId = up.mediaId;
        item.upload = undefined; // a retry re-sends the message, not the file
      }
      const r = await apiCalls.sendMessage(id, item.message.clientId!, item.outgoing);
      if (r.message) upsert(r.message);
      applyState(r.conversation);
      addReplies(r.replies);
    } catch (e) {
      // The live echo of this very message may have arrived before the answer was lost: then
      // the server has it, and there is nothing to retry.
      const current = items.value.find((i) => i.key === item.key);
      if (!current || current.state === 'sent') return;
      current.state = 'failed';
      showToast(e instanceof ApiError ? e.message : t('chat.sendFailed'));
    }
  }

  /**
   * Shows a message of the citizen at once and sends it. `upload` is a file to upload first
   * (its object URL is the preview until the server's copy replaces it).
   */
  function send(out: OutgoingMessage, upload?: { blob: Blob; filename: string; durationMs?: number }): void {
    const id = accountId.value;
    if (id === null) return;
    const clientId = newClientId();
    const media = upload
      ? {
          url: URL.createObjectURL(upload.blob),
          mime: upload.blob.type,
          durationMs: upload.durationMs ?? null,
        }
      : null;
    items.value.push({
      key: `c${clientId}`,
      message: localMessage(id, clientId, out, media),
      state: 'sending',
      outgoing: out,
      upload: upload && { blob: upload.blob, filename: upload.filename },
    });
    options.onAppend?.(true);
    // Through the reactive array, so state changes made in attempt() are seen by the view.
    void attempt(items.value[items.value.length - 1]!);
  }

  function retry(key: string): void {
    const item = items.value.find((i) => i.key === key);
    if (item && item.state === 'failed') void attempt(item);
  }

  /** A menu `click`: no visible message of the citizen, only the account's replies. */
  async function sendEvent(key: string): Promise<void> {
    const id = accountId.value;
    if (id === null) return;
    try {
      const r = await apiCalls.sendMessage(id, newClientId(), { kind: 'event', key });
      applyState(r.conversation);
      addReplies(r.replies);
    } catch (e) {
      showToast(e instanceof ApiError ? e.message : t('chat.sendFailed'));
    }
  }

  // ---- Read receipts (the citizen's side) ----
  let lastMarked = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSentAt = 0;

  function newestFromAccount(): number {
    let max = 0;
    for (const i of items.value) if (i.message.sender !== 'citizen' && i.message.id > max) max = i.message.id;
    return max;
  }

  /** Tells the server what the citizen has seen: at once, then at most every 3 s. */
  function markRead(): void {
    if (timer || document.visibilityState !== 'visible') return;
    const wait = Math.max(0, lastSentAt + READ_THROTTLE_MS - Date.now());
    timer = setTimeout(() => {
      timer = null;
      const id = accountId.value;
      const upToId = newestFromAccount();
      if (id === null || upToId <= lastMarked) return;
      lastMarked = upToId;
      lastSentAt = Date.now();
      void apiCalls.markConversationRead(id, upToId).catch(() => {
        lastMarked = 0; // try again with the next message
      });
    }, wait);
  }

  const onVisible = () => markRead();
  document.addEventListener('visibilitychange', onVisible);

  // ---- Live events ----
  const mine = (d: { accountId: number; conversationId: number }) =>
    d.accountId === accountId.value || conversationIds.has(d.conversationId);

  const offs = [
    onLive('message.created', (m) => {
      if (!mine(m)) return;
      if (upsert(m)) {
        sortItems();
        options.onAppend?.(false);
      }
      if (m.sender !== 'citizen') markRead();
    }),
    onLive('conversation.read', (d) => {
      if (d.reader !== 'staff' || !mine(d)) return;
      for (const i of items.value) {
        const m = i.message;
        if (m.sender === 'citizen' && m.id !== 0 && m.id <= d.upToId && m.readAt === null) m.readAt = d.at;
      }
    }),
    onLive('conversation.status', (d) => {
      // The server sends one status per thread (a transferred conversation: one per account).
      if (d.accountId !== accountId.value) return;
      applyState({ id: d.conversationId, status: d.status, expectedReplyBy: d.expectedReplyBy });
    }),
  ];

  function dispose(): void {
    offs.forEach((off) => off());
    document.removeEventListener('visibilitychange', onVisible);
    if (timer) clearTimeout(timer);
    for (const i of items.value)
      if (i.message.media?.url.startsWith('blob:')) URL.revokeObjectURL(i.message.media.url);
  }

  return { items, hasOlder, conversation, load, loadOlder, send, retry, sendEvent, dispose };
}
