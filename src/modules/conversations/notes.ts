/** Internal notes: staff write them beside a conversation; no citizen answer or event ever carries one. */
import { AppError } from '../../infra/errors.js';
import { heldConversation } from './access.js';
import type { NoteT } from './payloads.js';
import { toNote } from './presenters.js';
import type { ConversationsRepository } from './repository.js';

export const NOTE_MAX = 2000;

/**
 * Adds a note to a conversation still held by `accountId` (the account the caller's access
 * was checked against), with its audit entry in the same transaction. The audit records
 * that a note was written, not what it says.
 */
export async function addNote(
  repo: ConversationsRepository,
  props: { conversationId: number; accountId: number; authorId: number; text: string; now: number },
): Promise<NoteT> {
  const text = props.text.trim();
  if (text === '') throw new AppError('MESSAGE_EMPTY', { field: 'text' });
  if ([...text].length > NOTE_MAX) throw new AppError('MESSAGE_TOO_LONG', { field: 'text' });
  return repo.transaction(async (tx) => {
    const conversation = await heldConversation(tx, props.conversationId, props.accountId);
    const note = await tx.insertNote(conversation.id, props.authorId, text, props.now);
    await tx.audit({
      at: props.now,
      actorKind: 'staff',
      actorId: props.authorId,
      accountId: conversation.account_id,
      action: 'conversation.note_added',
      target: `conversation:${conversation.id}`,
      details: { noteId: note.id },
    });
    return toNote(note);
  });
}
