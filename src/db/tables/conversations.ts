/** One-to-one conversations: conversations, messages, notes, canned replies, citizen media. Row types; see ../schema.ts for the conventions. (Messaging settings live in ./jobs.ts.) */
import type { Generated } from 'kysely';

export type ConversationStatus = 'open' | 'closed';
export type ConversationSender = 'citizen' | 'staff' | 'auto' | 'system';
export type ConversationMessageKind = 'text' | 'image' | 'voice' | 'location' | 'articles' | 'link' | 'event';

export interface ConversationsTable {
  id: Generated<number>;
  /** The account that holds the conversation now (transfer changes it). */
  account_id: number;
  citizen_id: number;
  status: Generated<ConversationStatus>;
  /** "<account_id>:<citizen_id>" while open, null once closed: unique, so one open per pair. */
  open_key: string | null;
  assignee_id: number | null;
  /** 1 while the citizen wrote last and no staff reply followed. */
  waiting: Generated<number>;
  /** First-response deadline while the clock runs; null once answered or closed. */
  due_at: number | null;
  /** The due_at the warning job already fired for (keeps the warning once per clock). */
  warned_due_at: number | null;
  overdue: Generated<number>;
  breached_at: number | null;
  first_responded_at: number | null;
  last_message_at: number;
  last_message_sender: ConversationSender | null;
  last_message_kind: ConversationMessageKind | null;
  last_message_preview: string | null;
  /** Null while only automatic messages were exchanged (a greeting): not in the inbox then. */
  last_citizen_message_at: number | null;
  transferred_from_account_id: number | null;
  closed_at: number | null;
  created_at: number;
  updated_at: number;
}

/** Every account a conversation has belonged to; a citizen's thread with an account reads these. */
export interface ConversationAccountsTable {
  conversation_id: number;
  account_id: number;
  citizen_id: number;
  linked_at: number;
}

/** An image or voice recording a citizen uploaded for one account. */
export interface ConversationMediaTable {
  id: Generated<number>;
  account_id: number;
  citizen_id: number;
  kind: 'image' | 'voice';
  sha256: string;
  mime: string;
  size: number;
  /** Path under `<media root>/conversations` (content-addressed). */
  storage_key: string;
  created_at: number;
}

export interface ConversationMessagesTable {
  id: Generated<number>;
  conversation_id: number;
  /** The account that sent it (staff/auto/system) or that it was sent to (citizen). */
  account_id: number;
  citizen_id: number;
  sender: ConversationSender;
  sender_staff_id: number | null;
  /** Staff display name or account name at the time; null for the citizen. */
  sender_name: string | null;
  kind: ConversationMessageKind;
  text: string | null;
  /** NFKC + lower-cased text for inbox search (the same LIKE on both dialects). */
  search_text: string | null;
  media_url: string | null;
  media_mime: string | null;
  duration_ms: number | null;
  /** Console media of the account (staff images). */
  media_id: number | null;
  /** A citizen's upload (image, voice). */
  citizen_media_id: number | null;
  /** JSON: `{location}`, `{articles}` or `{link}` by kind. */
  data_json: string | null;
  client_id: string | null;
  /** "c:<citizen>:<account>:<clientId>" or "s:<staff>:<clientId>": unique, for idempotent sends. */
  dedupe_key: string | null;
  /** The citizen message an automatic reply answers. */
  reply_to_id: number | null;
  /** Why an automatic reply was sent: 'keyword', 'greeting' or 'default'. */
  auto_reason: string | null;
  /** 1 for menu clicks: kept for idempotency and context, never shown to the citizen. */
  hidden: Generated<number>;
  created_at: number;
  /** When the other side read it. */
  read_at: number | null;
}

/** Internal notes: staff only, never in a citizen answer or event. */
export interface ConversationNotesTable {
  id: Generated<number>;
  conversation_id: number;
  author_id: number;
  text: string;
  created_at: number;
}

export interface CannedRepliesTable {
  id: Generated<number>;
  account_id: number;
  title: string;
  text: string;
  created_by: number;
  created_at: number;
  updated_at: number;
}

export interface ConversationTables {
  conversations: ConversationsTable;
  conversation_accounts: ConversationAccountsTable;
  conversation_media: ConversationMediaTable;
  conversation_messages: ConversationMessagesTable;
  conversation_notes: ConversationNotesTable;
  canned_replies: CannedRepliesTable;
}
