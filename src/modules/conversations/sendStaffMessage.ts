import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../infra/errors.js';
import type { MessagePayload } from '../../shared/realtime.js';
import { publicationUrl } from '../publishing/card.js';
import { mediaUrl } from '../publishing/mediaStore.js';
import { heldConversation } from './access.js';
import { announceInboxRow, announceMessage, announceStatus } from './announce.js';
import { stopClock } from './clock.js';
import { appendMessage, type MessageContent } from './messages.js';
import { toMessage } from './presenters.js';
import { ConversationsRepository, type ConversationRow } from './repository.js';
import { TEXT_MAX, type ConversationDeps } from './sendCitizenMessage.js';

export const ARTICLES_MAX = 8;

export type StaffMessageInput =
  | { clientId: string; kind: 'text'; text: string }
  | { clientId: string; kind: 'image'; mediaId: number }
  | { clientId: string; kind: 'articles'; publicationIds: number[] };

/**
 * A staff member answers in a conversation (access checked by the caller against `accountId`,
 * which must still hold it). One transaction: the message (keyed by staff user, conversation
 * and clientId: a retry answers the first message and writes nothing), the clock stopped —
 * the first response recorded once —, the audit entry and the events for the citizen and
 * the inbox.
 */
export async function sendStaffMessage(
  deps: ConversationDeps,
  props: {
    conversationId: number;
    /** The account the caller's access was checked against. */
    accountId: number;
    staff: { userId: number; displayName: string };
    input: StaffMessageInput;
    now: number;
  },
): Promise<MessagePayload> {
  const { input, now, staff } = props;
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(input.clientId))
    throw new AppError('VALIDATION_FAILED', { field: 'clientId' });
  const dedupeKey = `s:${staff.userId}:${props.conversationId}:${input.clientId}`;
  const repo = ConversationsRepository.of(deps.database);
  const earlier = await repo.findMessageByDedupe(dedupeKey);
  if (earlier) return toMessage(earlier);
  let message: MessagePayload;
  try {
    message = await repo.transaction(async (tx) => {
      const raced = await tx.findMessageByDedupe(dedupeKey);
      if (raced) return toMessage(raced);
      let conversation = await heldConversation(tx, props.conversationId, props.accountId);
      if (conversation.status !== 'open') throw new AppError('CONVERSATION_CLOSED');
      const content = await contentOf(tx, conversation, input);
      const written = await appendMessage(tx, conversation, {
        sender: 'staff',
        senderStaffId: staff.userId,
        senderName: staff.displayName,
        content,
        clientId: input.clientId,
        dedupeKey,
        now,
      });
      const clock = await stopClock(tx, written.conversation, now);
      conversation = clock.conversation;
      await tx.audit({
        at: now,
        actorKind: 'staff',
        actorId: staff.userId,
        accountId: conversation.account_id,
        action: 'conversation.message_sent',
        target: `conversation:${conversation.id}`,
        details: { messageId: written.message.id, kind: written.message.kind },
      });
      await announceMessage(tx, now, conversation, written.message);
      if (clock.stopped) await announceStatus(tx, now, conversation);
      await announceInboxRow(tx, now, conversation.id, deps.pseudonymKey);
      return toMessage(written.message);
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const winner = await repo.findMessageByDedupe(dedupeKey);
    if (!winner) throw err;
    return toMessage(winner);
  }
  void deps.outbox.kick();
  return message;
}

async function contentOf(
  repo: ConversationsRepository,
  conversation: ConversationRow,
  input: StaffMessageInput,
): Promise<MessageContent> {
  switch (input.kind) {
    case 'text': {
      const text = input.text.trim();
      if (text === '') throw new AppError('MESSAGE_EMPTY', { field: 'text' });
      if ([...text].length > TEXT_MAX) throw new AppError('MESSAGE_TOO_LONG', { field: 'text' });
      return { kind: 'text', text };
    }
    case 'image': {
      // Media of the account holding the conversation now.
      const media = await repo.findAccountMedia(conversation.account_id, input.mediaId);
      if (!media) throw new AppError('MEDIA_NOT_FOUND', { field: 'mediaId' });
      return {
        kind: 'image',
        media: { url: mediaUrl(media.storage_key), mime: media.mime, durationMs: null },
        mediaId: media.id,
      };
    }
    case 'articles': {
      const ids = [...new Set(input.publicationIds)];
      if (ids.length === 0 || ids.length > ARTICLES_MAX)
        throw new AppError('VALIDATION_FAILED', { field: 'publicationIds' });
      const rows = await repo.findPublications(conversation.account_id, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const articles = ids.map((id) => {
        const p = byId.get(id);
        if (!p) throw new AppError('PUBLICATION_NOT_FOUND', { field: 'publicationIds' });
        return { title: p.title, summary: p.summary, coverUrl: p.cover_url, url: publicationUrl(p.slug) };
      });
      return { kind: 'articles', articles };
    }
  }
}
