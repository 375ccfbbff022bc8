import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../infra/errors.js';
import type { ConversationSummaryPayload } from '../../shared/realtime.js';
import { openidFor } from '../follows/openid.js';
import { notifyAccountStaff } from '../notifications/notify.js';
import { INBOX_ROLES, heldConversation } from './access.js';
import { announceInboxRow, announceMessage, announceStatus } from './announce.js';
import { inboxLink, summaryOf, type Actor, type Held } from './manageConversation.js';
import { appendMessage } from './messages.js';
import { ConversationsRepository, openKey } from './repository.js';
import type { ConversationDeps } from './sendCitizenMessage.js';

export const TRANSFER_NOTE_MAX = 500;

/**
 * Hands a conversation to another account: the row changes account, so its history and its
 * running clock (due time and jobs) travel with it, and access moves with it — the old
 * account's staff lose it, the new account's admins and responders gain it and are notified.
 * The citizen is told in a system message; their thread with the old account keeps showing
 * the conversation and its later replies (conversation_accounts), as does the new one's.
 * The assignee is dropped (they belong to the old account); a transfer note becomes an
 * internal note.
 */
export async function transferConversation(
  deps: ConversationDeps,
  props: Held & { actor: Actor; toAccountId: number; note?: string; now: number },
): Promise<ConversationSummaryPayload> {
  const { actor, now } = props;
  const note = props.note?.trim() ?? '';
  if ([...note].length > TRANSFER_NOTE_MAX) throw new AppError('VALIDATION_FAILED', { field: 'note' });
  const repo = ConversationsRepository.of(deps.database);
  let summary: ConversationSummaryPayload;
  try {
    summary = await repo.transaction(async (tx) => {
      const conversation = await heldConversation(tx, props.conversationId, props.accountId);
      if (conversation.status !== 'open') throw new AppError('CONVERSATION_CLOSED');
      const from = await tx.findAccount(conversation.account_id);
      const to = await tx.findAccount(props.toAccountId);
      if (!from) throw new AppError('CONVERSATION_NOT_FOUND');
      if (!to || to.status !== 'active') throw new AppError('ACCOUNT_NOT_FOUND', { field: 'toAccountId' });
      if (to.id === from.id) throw new AppError('TRANSFER_TARGET_INVALID', { field: 'toAccountId' });
      if (await tx.findOpenConversation(to.id, conversation.citizen_id, true))
        throw new AppError('CONVERSATION_OPEN_EXISTS', { field: 'toAccountId' });

      const moved = await tx.updateConversation(conversation.id, {
        account_id: to.id,
        open_key: openKey(to.id, conversation.citizen_id),
        transferred_from_account_id: from.id,
        assignee_id: null,
        updated_at: now,
      });
      await tx.linkAccount(conversation.id, to.id, conversation.citizen_id, now);
      const notice = await appendMessage(tx, moved, {
        sender: 'system',
        senderName: from.name,
        accountId: from.id,
        content: { kind: 'text', text: `您的留言已转交${to.name}处理。` },
        now,
      });
      if (note) await tx.insertNote(conversation.id, actor.userId, `【转交说明】${note}`, now);

      const details = { fromAccountId: from.id, toAccountId: to.id, dueAt: moved.due_at, note: note || null };
      const target = `conversation:${conversation.id}`;
      await tx.audit({
        at: now,
        actorKind: 'staff',
        actorId: actor.userId,
        accountId: from.id,
        action: 'conversation.transferred',
        target,
        details,
      });
      await tx.audit({
        at: now,
        actorKind: 'staff',
        actorId: actor.userId,
        accountId: to.id,
        action: 'conversation.transferred_in',
        target,
        details,
      });
      await notifyAccountStaff(tx.k, now, {
        accountId: to.id,
        roles: [...INBOX_ROLES],
        kind: 'conversation.transferred',
        title: { zh: `${from.name} 转来一个会话`, en: `${from.name} transferred a conversation to you` },
        body: {
          zh: `会话 #${conversation.id} 已由${from.name}转交本公众号处理${note ? `：${note}` : '。'}`,
          en: `Conversation #${conversation.id} was transferred from ${from.name}${note ? `: ${note}` : '.'}`,
        },
        link: inboxLink(to.id, conversation.id),
      });

      await tx.enqueue(now, `staff-account:${from.id}`, 'conversation.removed', {
        accountId: from.id,
        conversationId: conversation.id,
      });
      await announceMessage(tx, now, notice.conversation, notice.message);
      await announceStatus(tx, now, notice.conversation, to.id);
      await announceStatus(tx, now, notice.conversation, from.id);
      await announceInboxRow(tx, now, conversation.id, deps.pseudonymKey);
      // The row as the receiving account sees it, but with the citizen's pseudonym on the
      // sending account: openids must not let one department join its followers to another's.
      const row = await summaryOf(tx, conversation.id, deps.pseudonymKey);
      return { ...row, openid: openidFor(deps.pseudonymKey, from.id, conversation.citizen_id) };
    });
  } catch (err) {
    // The citizen opened a conversation with the target account while this ran.
    if (isUniqueViolation(err))
      throw new AppError('CONVERSATION_OPEN_EXISTS', { field: 'toAccountId', cause: err });
    throw err;
  }
  void deps.outbox.kick();
  return summary;
}
