/**
 * Automatic replies inside the citizen's own transaction: the engine (autoreplies module)
 * chooses, this stores each chosen message as an `auto` message of the conversation, so the
 * citizen's message and its answer commit together or not at all.
 */
import type { Database } from '../../db/database.js';
import {
  AutoReplyEngine,
  type ChosenReply,
  type ReplyInput,
  type ReplyMessage,
} from '../autoreplies/engine.js';
import { appendMessage, type MessageContent } from './messages.js';
import type { ConversationRow, ConversationsRepository, MessageRow } from './repository.js';

/** The default reply reaches one citizen at most once an hour: it is a signpost, not a chat partner. */
export const DEFAULT_REPLY_EVERY_MS = 3_600_000;

/**
 * What the account answers automatically, or null. `input: 'media'` (an image, voice or
 * location) only ever gets the default reply: there is no text to match a keyword against.
 */
export async function chooseAutoReply(
  repo: ConversationsRepository,
  database: Database,
  props: { accountId: number; citizenId: number; input: ReplyInput | 'media'; now: number },
): Promise<ChosenReply | null> {
  const input: ReplyInput = props.input === 'media' ? { kind: 'text', text: '' } : props.input;
  const chosen = await AutoReplyEngine.of(database).choose(props.accountId, input, { k: repo.k });
  if (!chosen || chosen.messages.length === 0) return null;
  if (props.input === 'media' && chosen.reason !== 'default') return null;
  if (
    chosen.reason === 'default' &&
    (await repo.defaultReplySince(props.citizenId, props.accountId, props.now - DEFAULT_REPLY_EVERY_MS))
  )
    return null;
  return chosen;
}

/** Stores the chosen messages as `auto` messages of the conversation, in order. */
export async function storeAutoReplies(
  repo: ConversationsRepository,
  conversation: ConversationRow,
  chosen: ChosenReply,
  props: { accountName: string; replyToId: number | null; now: number },
): Promise<{ messages: MessageRow[]; conversation: ConversationRow }> {
  const messages: MessageRow[] = [];
  for (const reply of chosen.messages) {
    const written = await appendMessage(repo, conversation, {
      sender: 'auto',
      senderName: props.accountName,
      content: contentOf(reply),
      replyToId: props.replyToId,
      autoReason: chosen.reason,
      now: props.now,
    });
    messages.push(written.message);
    conversation = written.conversation;
  }
  return { messages, conversation };
}

function contentOf(reply: ReplyMessage): MessageContent {
  switch (reply.kind) {
    case 'text':
      return { kind: 'text', text: reply.text };
    case 'image':
      return { kind: 'image', media: { url: reply.url, mime: reply.mime, durationMs: null } };
    case 'articles':
      return { kind: 'articles', articles: reply.articles };
    case 'link':
      return { kind: 'link', link: { title: reply.title, url: reply.url } };
  }
}
