/** Internal notes: staff write them beside a conversation; no citizen answer or event ever carries one. */
import { AppError } from '../../infra/errors.js';
import type { NoteT } from './payloads.js';
import { toNote } from './presenters.js';
import type { ConversationsRepository } from './repository.js';

export const NOTE_MAX = 2000;

export async function addNote(
  repo: ConversationsRepository,
  props: { conversationId: number; authorId: number; text: string; now: number },
): Promise<NoteT> {
  const text = props.text.trim();
  if (text === '') throw new AppError('MESSAGE_EMPTY', { field: 'text' });
  if ([...text].length > NOTE_MAX) throw new AppError('MESSAGE_TOO_LONG', { field: 'text' });
  return toNote(await repo.insertNote(props.conversationId, props.authorId, text, props.now));
}
