import type { Database } from '../../db/database.js';
import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../infra/errors.js';
import type { GroupCommit } from '../../infra/groupCommit.js';
import type { MessagePayload } from '../../shared/realtime.js';
import type { ChosenReply, ReplyInput } from '../autoreplies/engine.js';
import { announceInboxRow, announceMessage, announceStatus } from './announce.js';
import { chooseAutoReply, storeAutoReplies } from './autoReply.js';
import { startClock } from './clock.js';
import { CitizenMediaRepository } from './mediaRepository.js';
import { citizenMediaUrl } from './mediaTypes.js';
import { appendMessage, type MessageContent } from './messages.js';
import type { ConversationStateT } from './payloads.js';
import { toMessage, toState } from './presenters.js';
import { ConversationsRepository, type MessageRow } from './repository.js';

export interface ConversationDeps {
  database: Database;
  outbox: { kick(): Promise<void> };
  /** Citizens' messages commit in groups (infra/groupCommit.ts). */
  commits: GroupCommit;
  /** Openids in inbox rows are derived from it (follows/openid.ts). */
  pseudonymKey: string;
}

export const TEXT_MAX = 2000;
export const LABEL_MAX = 100;
export const VOICE_MAX_MS = 60_000;

export type CitizenMessageInput =
  | { clientId: string; kind: 'text'; text: string }
  | { clientId: string; kind: 'image' | 'voice'; mediaId: number; durationMs?: number }
  | { clientId: string; kind: 'location'; lat: number; lng: number; label?: string }
  | { clientId: string; kind: 'event'; key: string };

export interface SendResult {
  /** Null for a menu click: it is not a message the thread shows. */
  message: MessagePayload | null;
  replies: MessagePayload[];
  conversation: ConversationStateT;
}

/**
 * A citizen writes to an account. One transaction, committed before the answer (durable
 * before acknowledged):
 *
 *  1. the open conversation of the pair (created when there is none, e.g. after a close);
 *  2. the message, keyed by (citizen, account, clientId): a retry finds it and writes nothing;
 *  3. the automatic replies the engine chooses, stored as `auto` messages;
 *  4. the first-response clock, unless one runs already (menu clicks and texts an exact
 *     keyword answers start none: see isSelfService);
 *  5. the outbox events for the citizen's devices and the account's inbox,
 *
 * as one unit of a group commit, whose events are published once the batch has committed.
 * Two racing requests with one clientId end with one row: the loser hits the unique key,
 * rolls back to its savepoint, and answers the winner's result.
 * `limit` (rate limits) runs only for new messages, so a retry is never refused.
 */
export async function sendCitizenMessage(
  deps: ConversationDeps,
  props: {
    accountId: number;
    citizenId: number;
    input: CitizenMessageInput;
    now: number;
    limit?: () => Promise<void>;
  },
): Promise<SendResult> {
  const { accountId, citizenId, input, now } = props;
  checkInput(input);
  const repo = ConversationsRepository.of(deps.database);
  const account = await repo.findAccount(accountId);
  if (!account || account.status !== 'active') throw new AppError('ACCOUNT_NOT_FOUND');
  const dedupeKey = `c:${citizenId}:${accountId}:${input.clientId}`;
  const earlier = await repo.findMessageByDedupe(dedupeKey);
  if (earlier) return replay(repo, earlier);
  if (!(await repo.isFollowing(accountId, citizenId))) throw new AppError('NOT_FOLLOWING');
  await props.limit?.();

  let result: SendResult;
  try {
    result = await repo.inGroupCommit(deps.commits, async (tx) => {
      const raced = await tx.findMessageByDedupe(dedupeKey);
      if (raced) return replay(tx, raced);
      const content = await contentOf(tx, input, accountId, citizenId);
      let conversation = await tx.openConversation(accountId, citizenId, now);
      const written = await appendMessage(tx, conversation, {
        sender: 'citizen',
        senderName: null,
        content,
        accountId,
        clientId: input.clientId,
        dedupeKey,
        now,
      });
      conversation = written.conversation;
      const isClick = input.kind === 'event';
      const chosen = await chooseAutoReply(tx, deps.database, {
        accountId,
        citizenId,
        input: replyInputOf(input),
        now,
      });
      const clock = isClick || isSelfService(chosen) ? null : await startClock(tx, conversation, now);
      if (clock) conversation = clock.conversation;
      const auto = chosen
        ? await storeAutoReplies(tx, conversation, chosen, {
            accountName: account.name,
            replyToId: written.message.id,
            now,
          })
        : { messages: [], conversation };
      conversation = auto.conversation;

      await announceMessage(tx, now, conversation, written.message);
      for (const m of auto.messages) await announceMessage(tx, now, conversation, m);
      if (clock?.started) await announceStatus(tx, now, conversation);
      await announceInboxRow(tx, now, conversation.id, deps.pseudonymKey);
      return {
        message: isClick ? null : toMessage(written.message),
        replies: auto.messages.map(toMessage),
        conversation: toState(conversation),
      };
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const winner = await repo.findMessageByDedupe(dedupeKey);
    if (!winner) throw err;
    return replay(repo, winner);
  }
  return result;
}

/**
 * A text answered by an exact keyword (the paper's "reply 1 for …" menus, a service word) is
 * a look-up the citizen served themselves: it waits for no one, so it starts no clock and
 * never turns overdue. A sentence that merely contains a keyword, or matched a pattern, may
 * still be a question for a person, and so may anything the default reply answers.
 */
function isSelfService(chosen: ChosenReply | null): boolean {
  return chosen?.reason === 'keyword' && chosen.matched?.matchType === 'exact';
}

/** The answer of the first send, rebuilt from what it stored. */
async function replay(repo: ConversationsRepository, message: MessageRow): Promise<SendResult> {
  const replies = await repo.repliesTo(message.id);
  const conversation = await repo.findConversation(message.conversation_id);
  if (!conversation) throw new AppError('CONVERSATION_NOT_FOUND');
  return {
    message: message.hidden === 1 ? null : toMessage(message),
    replies: replies.map(toMessage),
    conversation: toState(conversation),
  };
}

function checkInput(input: CitizenMessageInput): void {
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(input.clientId))
    throw new AppError('VALIDATION_FAILED', { field: 'clientId' });
  switch (input.kind) {
    case 'text':
      if (input.text.trim() === '') throw new AppError('MESSAGE_EMPTY', { field: 'text' });
      if ([...input.text].length > TEXT_MAX) throw new AppError('MESSAGE_TOO_LONG', { field: 'text' });
      return;
    case 'location':
      if (!(Math.abs(input.lat) <= 90)) throw new AppError('VALIDATION_FAILED', { field: 'lat' });
      if (!(Math.abs(input.lng) <= 180)) throw new AppError('VALIDATION_FAILED', { field: 'lng' });
      if (input.label !== undefined && [...input.label].length > LABEL_MAX)
        throw new AppError('VALIDATION_FAILED', { field: 'label' });
      return;
    case 'image':
    case 'voice':
      if (input.durationMs !== undefined) {
        const ok =
          input.kind === 'voice' &&
          Number.isInteger(input.durationMs) &&
          input.durationMs > 0 &&
          input.durationMs <= VOICE_MAX_MS;
        if (!ok) throw new AppError('VALIDATION_FAILED', { field: 'durationMs' });
      }
      return;
    case 'event':
      if (input.key.trim() === '' || input.key.length > 128)
        throw new AppError('VALIDATION_FAILED', { field: 'key' });
  }
}

async function contentOf(
  repo: ConversationsRepository,
  input: CitizenMessageInput,
  accountId: number,
  citizenId: number,
): Promise<MessageContent> {
  switch (input.kind) {
    case 'text':
      return { kind: 'text', text: input.text.trim() };
    case 'location':
      return {
        kind: 'location',
        location: { lat: input.lat, lng: input.lng, label: (input.label ?? '').trim() },
      };
    case 'event':
      return { kind: 'event', key: input.key };
    case 'image':
    case 'voice': {
      // Only the uploader's own media, uploaded for this account: ids are not capabilities.
      const media = await new CitizenMediaRepository(repo.k).findOwned(input.mediaId, citizenId, accountId);
      if (!media) throw new AppError('MEDIA_NOT_FOUND', { field: 'mediaId' });
      if (media.kind !== input.kind) throw new AppError('MESSAGE_MEDIA_MISMATCH', { field: 'mediaId' });
      return {
        kind: input.kind,
        media: {
          url: citizenMediaUrl(media.id),
          mime: media.mime,
          durationMs: input.kind === 'voice' ? (input.durationMs ?? null) : null,
        },
        citizenMediaId: media.id,
      };
    }
  }
}

function replyInputOf(input: CitizenMessageInput): ReplyInput | 'media' {
  if (input.kind === 'text') return { kind: 'text', text: input.text.trim() };
  if (input.kind === 'event') return { kind: 'event', event: 'click', key: input.key };
  return 'media';
}
