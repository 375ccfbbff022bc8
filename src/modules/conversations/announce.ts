/**
 * The real-time events of conversations, written to the outbox in the caller's transaction
 * (dispatched after commit). Which room hears what:
 *
 *  - `citizen:<id>`: the messages of their conversations (never notes, never menu-click
 *    rows) and the conversation's status ("expected reply by");
 *  - `staff-account:<id>`: the messages and inbox rows of conversations in that account's
 *    inbox (a greeting-only conversation is not, yet).
 */
import { InboxRepository } from './inboxRepository.js';
import { toMessage, toState, toSummary } from './presenters.js';
import type { ConversationRow, ConversationsRepository, MessageRow } from './repository.js';

export function inInbox(conversation: ConversationRow): boolean {
  return conversation.last_citizen_message_at !== null;
}

export async function announceMessage(
  repo: ConversationsRepository,
  now: number,
  conversation: ConversationRow,
  message: MessageRow,
): Promise<void> {
  if (message.hidden === 1) return;
  const payload = toMessage(message);
  await repo.enqueue(now, `citizen:${conversation.citizen_id}`, 'message.created', payload);
  if (inInbox(conversation))
    await repo.enqueue(now, `staff-account:${conversation.account_id}`, 'message.created', payload);
}

/** `conversation.updated` with the fresh inbox row, to the account holding the conversation. */
export async function announceInboxRow(
  repo: ConversationsRepository,
  now: number,
  conversationId: number,
  pseudonymKey: string,
): Promise<void> {
  const row = await InboxRepository.bound(repo.k, repo.dialect).summary(conversationId);
  if (!row || !inInbox(row)) return;
  await repo.enqueue(
    now,
    `staff-account:${row.account_id}`,
    'conversation.updated',
    toSummary(row, pseudonymKey),
  );
}

/** `conversation.status` to the citizen, for the thread of `accountId` (the holder by default). */
export async function announceStatus(
  repo: ConversationsRepository,
  now: number,
  conversation: ConversationRow,
  accountId: number = conversation.account_id,
): Promise<void> {
  const state = toState(conversation);
  await repo.enqueue(now, `citizen:${conversation.citizen_id}`, 'conversation.status', {
    accountId,
    conversationId: conversation.id,
    status: state.status,
    expectedReplyBy: state.expectedReplyBy,
  });
}
