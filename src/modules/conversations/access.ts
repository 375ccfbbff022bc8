/**
 * Who may work an account's inbox. Admins and responders of the account (and platform
 * admins) read and write; supervisors read their region's inboxes; other roles of the
 * account (editors, analysts…) are refused with FORBIDDEN, as elsewhere in the console.
 *
 * A conversation is addressed by its own id, so a conversation of an account the user has
 * nothing to do with answers CONVERSATION_NOT_FOUND, exactly like an id that does not exist:
 * ids cannot be probed. After a transfer only the account holding it now has access.
 */
import type { StaffRole } from '../../db/schema.js';
import { canAccess, supervises, type StaffPrincipal } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import type { AccountRef, ConversationRow, ConversationsRepository } from './repository.js';

export const INBOX_ROLES: readonly StaffRole[] = ['admin', 'responder'];
/** Roles that may be assigned a conversation. */
export const ASSIGNABLE_ROLES: readonly StaffRole[] = INBOX_ROLES;

export type InboxAccess = 'read' | 'write';

export function canUseInbox(
  staff: StaffPrincipal,
  account: { id: number; region_code: string },
  access: InboxAccess,
): boolean {
  if (canAccess(staff, account, { roles: INBOX_ROLES })) return true;
  return access === 'read' && supervises(staff, account.region_code);
}

/** An account's inbox: unknown account → ACCOUNT_NOT_FOUND; no inbox role → FORBIDDEN. */
export async function inboxAccount(
  repo: ConversationsRepository,
  staff: StaffPrincipal,
  accountId: number,
  access: InboxAccess,
): Promise<AccountRef> {
  const account = await repo.findAccount(accountId);
  if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
  // The console's convention: a known account without the needed role is FORBIDDEN.
  if (!canUseInbox(staff, account, access)) throw new AppError('FORBIDDEN');
  return account;
}

/**
 * Inside a use case's transaction: the conversation, locked, if `heldBy` — the account the
 * caller's access was checked against, before the transaction — still holds it. A transfer
 * committed in between must not let the old account's staff write into a conversation that
 * is no longer theirs; they get CONVERSATION_NOT_FOUND, as after the transfer.
 */
export async function heldConversation(
  tx: ConversationsRepository,
  conversationId: number,
  heldBy: number,
): Promise<ConversationRow> {
  const conversation = await tx.lockConversation(conversationId);
  if (!conversation || conversation.account_id !== heldBy) throw new AppError('CONVERSATION_NOT_FOUND');
  return conversation;
}

/** A conversation the staff member may read or work on, with the account holding it. */
export async function staffConversation(
  repo: ConversationsRepository,
  staff: StaffPrincipal,
  conversationId: number,
  access: InboxAccess,
): Promise<{ conversation: ConversationRow; account: AccountRef }> {
  const conversation = await repo.findConversation(conversationId);
  const account = conversation ? await repo.findAccount(conversation.account_id) : undefined;
  if (!conversation || !account || !canAccess(staff, account, { read: true }))
    throw new AppError('CONVERSATION_NOT_FOUND');
  if (!canUseInbox(staff, account, access)) throw new AppError('FORBIDDEN');
  return { conversation, account };
}
