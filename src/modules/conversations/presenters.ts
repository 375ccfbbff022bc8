/** How conversations, messages and notes appear in answers and real-time events. */
import type { ConversationSummaryPayload, MessagePayload } from '../../shared/realtime.js';
import { openidFor } from '../follows/openid.js';
import type { SummaryRow } from './inboxRepository.js';
import type { ConversationStateT, NoteT } from './payloads.js';
import type { ConversationRow, MessageRow } from './repository.js';

type Articles = NonNullable<MessagePayload['articles']>;

/** What `data_json` holds, by kind. */
export interface MessageData {
  location?: { lat: number; lng: number; label: string };
  articles?: Articles;
  link?: { title: string; url: string };
}

export function toMessage(row: MessageRow): MessagePayload {
  const data = row.data_json ? (JSON.parse(row.data_json) as MessageData) : {};
  return {
    id: row.id,
    conversationId: row.conversation_id,
    accountId: row.account_id,
    sender: row.sender,
    senderName: row.sender_name,
    kind: row.kind,
    text: row.text,
    media:
      row.media_url && row.media_mime
        ? { url: row.media_url, mime: row.media_mime, durationMs: row.duration_ms }
        : null,
    location: data.location ?? null,
    articles: data.articles ?? null,
    link: data.link ?? null,
    clientId: row.client_id,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/** The citizen's view of a conversation: "expected reply by" while the clock runs. */
export function toState(row: ConversationRow): ConversationStateT {
  return {
    id: row.id,
    status: row.status,
    expectedReplyBy: row.status === 'open' && row.waiting === 1 ? row.due_at : null,
  };
}

export function toSummary(row: SummaryRow, pseudonymKey: string): ConversationSummaryPayload {
  return {
    id: row.id,
    accountId: row.account_id,
    openid: openidFor(pseudonymKey, row.account_id, row.citizen_id),
    status: row.status,
    assignee:
      row.assignee_id !== null
        ? { id: row.assignee_id, name: row.assignee_name ?? String(row.assignee_id) }
        : null,
    waiting: row.waiting === 1,
    lastMessage:
      row.last_message_sender && row.last_message_kind
        ? {
            sender: row.last_message_sender,
            kind: row.last_message_kind,
            preview: row.last_message_preview ?? '',
            at: row.last_message_at,
          }
        : null,
    dueAt: row.status === 'open' ? row.due_at : null,
    firstRespondedAt: row.first_responded_at,
    overdue: row.overdue === 1,
    unread: row.unread,
    transferredFrom:
      row.transferred_from_account_id !== null
        ? { accountId: row.transferred_from_account_id, accountName: row.from_account_name ?? '' }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toNote(row: {
  id: number;
  author_id: number;
  author_name: string;
  text: string;
  created_at: number;
}): NoteT {
  return {
    id: row.id,
    authorId: row.author_id,
    authorName: row.author_name,
    text: row.text,
    createdAt: row.created_at,
  };
}

const PREVIEW_MAX = 60;

/** One line for the inbox list; the console shows the kind beside it. */
export function previewOf(
  m: Pick<MessagePayload, 'kind' | 'text' | 'location' | 'articles' | 'link'>,
): string {
  switch (m.kind) {
    case 'text':
    case 'event':
      return clip(m.text ?? '');
    case 'image':
      return '[图片]';
    case 'voice':
      return '[语音]';
    case 'location':
      return clip(`[位置] ${m.location?.label ?? ''}`.trim());
    case 'articles':
      return clip(`[图文] ${m.articles?.[0]?.title ?? ''}`.trim());
    case 'link':
      return clip(`[链接] ${m.link?.title ?? m.text ?? ''}`.trim());
  }
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > PREVIEW_MAX ? `${chars.slice(0, PREVIEW_MAX).join('')}…` : flat;
}
