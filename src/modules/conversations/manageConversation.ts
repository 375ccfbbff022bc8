/**
 * Assigning, closing and reopening a conversation (access checked by the caller). Each is one
 * transaction with its audit entry and events; each answers the fresh inbox row.
 */
import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../infra/errors.js';
import type { ConversationSummaryPayload } from '../../shared/realtime.js';
import { notifyStaffUser } from '../notifications/notify.js';
import { ASSIGNABLE_ROLES, heldConversation } from './access.js';
import { announceInboxRow, announceMessage, announceStatus } from './announce.js';
import { cancelClock } from './clock.js';
import { InboxRepository } from './inboxRepository.js';
import { appendMessage } from './messages.js';
import { toSummary } from './presenters.js';
import { ConversationsRepository, openKey, type ConversationRow } from './repository.js';
import type { ConversationDeps } from './sendCitizenMessage.js';

export interface Actor {
  userId: number;
  displayName: string;
}

/** What the citizen reads when the staff close a conversation. */
export const CLOSED_NOTICE = '本次会话已结束。如有新的问题，欢迎随时留言。';

export async function summaryOf(
  repo: ConversationsRepository,
  conversationId: number,
  pseudonymKey: string,
): Promise<ConversationSummaryPayload> {
  const row = await InboxRepository.bound(repo.k, repo.dialect).summary(conversationId);
  if (!row) throw new AppError('CONVERSATION_NOT_FOUND');
  return toSummary(row, pseudonymKey);
}

/** Which conversation, and the account the caller's access was checked against. */
export interface Held {
  conversationId: number;
  accountId: number;
}

async function inTransaction(
  deps: ConversationDeps,
  held: Held,
  fn: (tx: ConversationsRepository, conversation: ConversationRow) => Promise<boolean>,
): Promise<ConversationSummaryPayload> {
  const repo = ConversationsRepository.of(deps.database);
  const conversationId = held.conversationId;
  const { summary, changed } = await repo.transaction(async (tx) => {
    const conversation = await heldConversation(tx, conversationId, held.accountId);
    const changed = await fn(tx, conversation);
    return { summary: await summaryOf(tx, conversationId, deps.pseudonymKey), changed };
  });
  if (changed) void deps.outbox.kick();
  return summary;
}

/** Assigns to an admin or responder of the account holding it (null: unassigns). */
export function assignConversation(
  deps: ConversationDeps,
  props: Held & { actor: Actor; assigneeId: number | null; now: number },
): Promise<ConversationSummaryPayload> {
  const { actor, assigneeId, now } = props;
  return inTransaction(deps, props, async (tx, conversation) => {
    if (conversation.assignee_id === assigneeId) return false;
    if (assigneeId !== null) {
      const assignee = await tx.findStaffWithRole(assigneeId, conversation.account_id, ASSIGNABLE_ROLES);
      if (!assignee) throw new AppError('ASSIGNEE_NOT_ELIGIBLE', { field: 'assigneeId' });
    }
    await tx.updateConversation(conversation.id, { assignee_id: assigneeId, updated_at: now });
    await tx.audit({
      at: now,
      actorKind: 'staff',
      actorId: actor.userId,
      accountId: conversation.account_id,
      action: 'conversation.assigned',
      target: `conversation:${conversation.id}`,
      details: { from: conversation.assignee_id, to: assigneeId },
    });
    if (assigneeId !== null && assigneeId !== actor.userId) {
      await notifyStaffUser(tx.k, now, assigneeId, {
        accountId: conversation.account_id,
        kind: 'conversation.assigned',
        title: { zh: '有会话指派给您', en: 'A conversation was assigned to you' },
        body: {
          zh: `${actor.displayName} 将会话 #${conversation.id} 指派给您处理。`,
          en: `${actor.displayName} assigned conversation #${conversation.id} to you.`,
        },
        link: inboxLink(conversation.account_id, conversation.id),
      });
    }
    await announceInboxRow(tx, now, conversation.id, deps.pseudonymKey);
    return true;
  });
}

/** Closes: the clock is cancelled, the citizen is told, their next message opens a new one. */
export function closeConversation(
  deps: ConversationDeps,
  props: Held & { actor: Actor; accountName: string; now: number },
): Promise<ConversationSummaryPayload> {
  const { actor, now } = props;
  return inTransaction(deps, props, async (tx, conversation) => {
    if (conversation.status === 'closed') return false;
    const notice = await appendMessage(tx, conversation, {
      sender: 'system',
      senderName: props.accountName,
      content: { kind: 'text', text: CLOSED_NOTICE },
      now,
    });
    await cancelClock(tx, notice.conversation, now);
    const closed = await tx.updateConversation(conversation.id, {
      status: 'closed',
      open_key: null,
      closed_at: now,
      updated_at: now,
    });
    await tx.audit({
      at: now,
      actorKind: 'staff',
      actorId: actor.userId,
      accountId: conversation.account_id,
      action: 'conversation.closed',
      target: `conversation:${conversation.id}`,
      details: { wasWaiting: conversation.waiting === 1, overdue: conversation.overdue === 1 },
    });
    await announceMessage(tx, now, closed, notice.message);
    await announceStatus(tx, now, closed);
    await announceInboxRow(tx, now, conversation.id, deps.pseudonymKey);
    return true;
  });
}

/** Reopens, unless the citizen has meanwhile opened another conversation with the account. */
export async function reopenConversation(
  deps: ConversationDeps,
  props: Held & { actor: Actor; now: number },
): Promise<ConversationSummaryPayload> {
  const { actor, now } = props;
  try {
    return await inTransaction(deps, props, async (tx, conversation) => {
      if (conversation.status === 'open') return false;
      if (await tx.findOpenConversation(conversation.account_id, conversation.citizen_id, true))
        throw new AppError('CONVERSATION_OPEN_EXISTS');
      const reopened = await tx.updateConversation(conversation.id, {
        status: 'open',
        open_key: openKey(conversation.account_id, conversation.citizen_id),
        closed_at: null,
        updated_at: now,
      });
      await tx.audit({
        at: now,
        actorKind: 'staff',
        actorId: actor.userId,
        accountId: conversation.account_id,
        action: 'conversation.reopened',
        target: `conversation:${conversation.id}`,
      });
      await announceStatus(tx, now, reopened);
      await announceInboxRow(tx, now, conversation.id, deps.pseudonymKey);
      return true;
    });
  } catch (err) {
    // Two staff reopening two closed conversations of one citizen at once: one wins.
    if (isUniqueViolation(err)) throw new AppError('CONVERSATION_OPEN_EXISTS', { cause: err });
    throw err;
  }
}

export function inboxLink(accountId: number, conversationId: number): string {
  return `/console/accounts/${accountId}/inbox/${conversationId}`;
}
