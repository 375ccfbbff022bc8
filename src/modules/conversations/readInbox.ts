/** Reading conversations: the staff inbox, one conversation, and the citizen's thread. */
import { AppError } from '../../infra/errors.js';
import type { ConversationSummaryPayload, MessagePayload } from '../../shared/realtime.js';
import { InboxRepository, type InboxCounts, type InboxFilter } from './inboxRepository.js';
import { summaryOf } from './manageConversation.js';
import type { ConversationStateT, NoteT } from './payloads.js';
import { toMessage, toNote, toState, toSummary } from './presenters.js';
import type { ConversationsRepository, MessageRow } from './repository.js';

export interface InboxPage {
  items: ConversationSummaryPayload[];
  nextCursor: string | null;
  counts: InboxCounts;
}

export async function listInbox(
  inbox: InboxRepository,
  props: {
    accountId: number;
    userId: number;
    filter: InboxFilter;
    q?: string;
    cursor?: string;
    limit: number;
    pseudonymKey: string;
  },
): Promise<InboxPage> {
  const after = props.cursor ? decodeInboxCursor(props.cursor) : undefined;
  const q = props.q?.trim() || undefined;
  const rows = await inbox.list({ ...props, q, after, limit: props.limit + 1 });
  const page = rows.slice(0, props.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toSummary(r, props.pseudonymKey)),
    nextCursor: rows.length > props.limit && last ? encodeInboxCursor(last.last_message_at, last.id) : null,
    counts: await inbox.counts(props.accountId, props.userId),
  };
}

/** A page of messages, oldest first, and the cursor of the next older page (the oldest id). */
function pageOf(rows: MessageRow[], limit: number): { items: MessagePayload[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const oldest = page.at(-1);
  return {
    items: page.reverse().map(toMessage),
    nextCursor: rows.length > limit && oldest ? String(oldest.id) : null,
  };
}

export const DETAIL_MESSAGES = 50;

export async function getConversationDetail(
  repo: ConversationsRepository,
  props: { conversationId: number; pseudonymKey: string },
): Promise<{
  conversation: ConversationSummaryPayload;
  messages: MessagePayload[];
  notes: NoteT[];
  hasOlder: boolean;
}> {
  const conversation = await summaryOf(repo, props.conversationId, props.pseudonymKey);
  const rows = await repo.conversationMessages(props.conversationId, { limit: DETAIL_MESSAGES + 1 });
  const { items, nextCursor } = pageOf(rows, DETAIL_MESSAGES);
  const notes = (await repo.listNotes(props.conversationId)).map(toNote);
  return { conversation, messages: items, notes, hasOlder: nextCursor !== null };
}

export async function listConversationMessages(
  repo: ConversationsRepository,
  props: { conversationId: number; before?: number; limit: number },
): Promise<{ items: MessagePayload[]; nextCursor: string | null }> {
  const rows = await repo.conversationMessages(props.conversationId, {
    before: props.before,
    limit: props.limit + 1,
  });
  return pageOf(rows, props.limit);
}

/**
 * The citizen's thread with an account: their messages with it across conversations (also
 * those transferred away from or to it), and the state of the one it is about now. Reading
 * needs no follow: a citizen keeps their history after unfollowing.
 */
export async function readCitizenThread(
  repo: ConversationsRepository,
  props: { accountId: number; citizenId: number; before?: number; limit: number },
): Promise<{ items: MessagePayload[]; nextCursor: string | null; conversation: ConversationStateT | null }> {
  if (!(await repo.findAccount(props.accountId))) throw new AppError('ACCOUNT_NOT_FOUND');
  const rows = await repo.threadMessages(props.citizenId, props.accountId, {
    before: props.before,
    limit: props.limit + 1,
  });
  const current = await repo.threadConversation(props.citizenId, props.accountId);
  return { ...pageOf(rows, props.limit), conversation: current ? toState(current) : null };
}

function encodeInboxCursor(at: number, id: number): string {
  return Buffer.from(`${at}.${id}`).toString('base64url');
}

function decodeInboxCursor(cursor: string): { at: number; id: number } {
  const m = /^(\d{1,16})\.(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new AppError('VALIDATION_FAILED', { field: 'cursor' });
  // Ids are 32-bit on PostgreSQL: a larger one (a forged cursor) is clamped, not an error.
  return { at: Number(m[1]), id: Math.min(Number(m[2]), 2147483647) };
}
