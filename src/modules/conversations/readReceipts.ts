/**
 * Read receipts, both ways: the staff reading a conversation stamp `read_at` on the citizen's
 * messages (the citizen sees "read"); the citizen reading their thread stamps the account's
 * messages (the staff see it). The other side hears `conversation.read`.
 */
import { AppError } from '../../infra/errors.js';
import { heldConversation } from './access.js';
import { announceInboxRow, inInbox } from './announce.js';
import { ConversationsRepository } from './repository.js';
import type { ConversationDeps } from './sendCitizenMessage.js';

export async function markReadByStaff(
  deps: ConversationDeps,
  props: { conversationId: number; accountId: number; upToId: number; now: number },
): Promise<void> {
  const { conversationId, upToId, now } = props;
  const changed = await ConversationsRepository.of(deps.database).transaction(async (tx) => {
    const conversation = await heldConversation(tx, conversationId, props.accountId);
    if ((await tx.markReadByStaff(conversationId, upToId, now)) === 0) return false;
    await tx.enqueue(now, `citizen:${conversation.citizen_id}`, 'conversation.read', {
      accountId: conversation.account_id,
      conversationId,
      reader: 'staff',
      upToId,
      at: now,
    });
    await announceInboxRow(tx, now, conversationId, deps.pseudonymKey);
    return true;
  });
  if (changed) void deps.outbox.kick();
}

export async function markReadByCitizen(
  deps: ConversationDeps,
  props: { accountId: number; citizenId: number; upToId: number; now: number },
): Promise<void> {
  const { accountId, citizenId, upToId, now } = props;
  const repo = ConversationsRepository.of(deps.database);
  if (!(await repo.findAccount(accountId))) throw new AppError('ACCOUNT_NOT_FOUND');
  const changed = await repo.transaction(async (tx) => {
    const read = await tx.markReadByCitizen(citizenId, accountId, upToId, now);
    for (const r of read) {
      const conversation = await tx.findConversation(r.conversation_id);
      if (!conversation || !inInbox(conversation)) continue;
      await tx.enqueue(now, `staff-account:${conversation.account_id}`, 'conversation.read', {
        accountId: conversation.account_id,
        conversationId: conversation.id,
        reader: 'citizen',
        upToId: r.up_to,
        at: now,
      });
    }
    return read.length > 0;
  });
  if (changed) void deps.outbox.kick();
}
