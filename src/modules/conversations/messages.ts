/**
 * Writing one message into a conversation, whoever sends it, and keeping the conversation's
 * inbox columns (last message, last citizen message) in step, in the caller's transaction.
 */
import type { ConversationMessageKind, ConversationSender } from '../../db/tables/conversations.js';
import type { MessagePayload } from '../../shared/realtime.js';
import { foldForSearch } from './inboxRepository.js';
import { previewOf, type MessageData } from './presenters.js';
import type { ConversationRow, ConversationsRepository, MessageRow } from './repository.js';

type Articles = NonNullable<MessagePayload['articles']>;

/** What a message says, by kind. */
export type MessageContent =
  | { kind: 'text'; text: string }
  | {
      kind: 'image' | 'voice';
      media: { url: string; mime: string; durationMs: number | null };
      /** Console media of the account (staff images). */
      mediaId?: number;
      /** A citizen's upload. */
      citizenMediaId?: number;
    }
  | { kind: 'location'; location: { lat: number; lng: number; label: string } }
  | { kind: 'articles'; articles: Articles }
  | { kind: 'link'; link: { title: string; url: string } }
  /** A menu click: kept (idempotency, context for staff), never shown to the citizen. */
  | { kind: 'event'; key: string };

export interface AppendProps {
  sender: ConversationSender;
  senderStaffId?: number | null;
  senderName: string | null;
  content: MessageContent;
  /** The account that sends it, or that a citizen's message goes to; the conversation's by default. */
  accountId?: number;
  clientId?: string | null;
  dedupeKey?: string | null;
  replyToId?: number | null;
  autoReason?: string | null;
  now: number;
}

export async function appendMessage(
  repo: ConversationsRepository,
  conversation: ConversationRow,
  props: AppendProps,
): Promise<{ message: MessageRow; conversation: ConversationRow }> {
  const c = props.content;
  const text =
    c.kind === 'text' ? c.text : c.kind === 'event' ? c.key : c.kind === 'link' ? c.link.title : null;
  const data: MessageData | null =
    c.kind === 'location'
      ? { location: c.location }
      : c.kind === 'articles'
        ? { articles: c.articles }
        : c.kind === 'link'
          ? { link: c.link }
          : null;
  const media = c.kind === 'image' || c.kind === 'voice' ? c : null;
  const searchable =
    c.kind === 'text'
      ? c.text
      : c.kind === 'location'
        ? c.location.label
        : c.kind === 'articles'
          ? c.articles.map((a) => a.title).join(' ')
          : c.kind === 'link'
            ? c.link.title
            : null;
  const hidden = c.kind === 'event';
  const message = await repo.insertMessage({
    conversation_id: conversation.id,
    account_id: props.accountId ?? conversation.account_id,
    citizen_id: conversation.citizen_id,
    sender: props.sender,
    sender_staff_id: props.senderStaffId ?? null,
    sender_name: props.senderName,
    kind: c.kind as ConversationMessageKind,
    text,
    search_text: searchable ? foldForSearch(searchable) : null,
    media_url: media?.media.url ?? null,
    media_mime: media?.media.mime ?? null,
    duration_ms: media?.media.durationMs ?? null,
    media_id: media?.mediaId ?? null,
    citizen_media_id: media?.citizenMediaId ?? null,
    data_json: data ? JSON.stringify(data) : null,
    client_id: props.clientId ?? null,
    dedupe_key: props.dedupeKey ?? null,
    reply_to_id: props.replyToId ?? null,
    auto_reason: props.autoReason ?? null,
    hidden: hidden ? 1 : 0,
    created_at: props.now,
    read_at: null,
  });
  // Menu clicks are not shown; automatic replies would bury the citizen's question under the
  // same canned text in every inbox row, so neither moves the row's last message.
  if (hidden || props.sender === 'auto') return { message, conversation };
  const updated = await repo.updateConversation(conversation.id, {
    last_message_at: props.now,
    last_message_sender: props.sender,
    last_message_kind: message.kind,
    last_message_preview: previewOf({
      kind: message.kind,
      text,
      location: data?.location ?? null,
      articles: data?.articles ?? null,
      link: data?.link ?? null,
    }),
    ...(props.sender === 'citizen' ? { last_citizen_message_at: props.now } : {}),
    updated_at: props.now,
  });
  return { message, conversation: updated };
}
