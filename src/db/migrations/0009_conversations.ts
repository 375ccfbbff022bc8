import type { Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * One-to-one conversations between a citizen and an account, with response clocks.
 *
 * - conversations: one row per conversation; `open_key` ("<account>:<citizen>" while open,
 *   null once closed) is unique, so there is at most one open conversation per account and
 *   citizen even when two requests race — a plain unique index, the same on both dialects.
 *   The inbox reads the denormalised last-message columns and never aggregates messages.
 * - conversation_accounts: every account a conversation has belonged to; a citizen's thread
 *   with an account is the messages of these conversations, so a transferred conversation
 *   stays visible in the thread it started in.
 * - conversation_messages: `dedupe_key` makes a client's retry (same clientId) find the first
 *   row instead of writing a second one; `search_text` is a folded copy for inbox search.
 * - conversation_notes, canned_replies, conversation_media (citizens' uploads).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);

  await withIdColumn(dialect, db.schema.createTable('conversations'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('open_key', 'text', (c) => c.unique())
    .addColumn('assignee_id', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('waiting', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('due_at', ms)
    .addColumn('warned_due_at', ms)
    .addColumn('overdue', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('breached_at', ms)
    .addColumn('first_responded_at', ms)
    .addColumn('last_message_at', ms, (c) => c.notNull())
    .addColumn('last_message_sender', 'text')
    .addColumn('last_message_kind', 'text')
    .addColumn('last_message_preview', 'text')
    .addColumn('last_citizen_message_at', ms)
    .addColumn('transferred_from_account_id', 'integer', (c) =>
      c.references('accounts.id').onDelete('set null'),
    )
    .addColumn('closed_at', ms)
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversations_inbox')
    .on('conversations')
    .columns(['account_id', 'status', 'last_message_at', 'id'])
    .execute();
  await db.schema.createIndex('conversations_citizen').on('conversations').column('citizen_id').execute();

  await db.schema
    .createTable('conversation_accounts')
    .addColumn('conversation_id', 'integer', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('citizen_id', 'integer', (c) => c.notNull())
    .addColumn('linked_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_accounts_pk', ['conversation_id', 'account_id'])
    .execute();
  await db.schema
    .createIndex('conversation_accounts_thread')
    .on('conversation_accounts')
    .columns(['citizen_id', 'account_id'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('conversation_media'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('citizen_id', 'integer', (c) => c.notNull().references('citizens.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversation_media_owner')
    .on('conversation_media')
    .columns(['citizen_id', 'account_id', 'sha256'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('conversation_messages'))
    .addColumn('conversation_id', 'integer', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('account_id', 'integer', (c) => c.notNull())
    .addColumn('citizen_id', 'integer', (c) => c.notNull())
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('sender_staff_id', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('sender_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text')
    .addColumn('search_text', 'text')
    .addColumn('media_url', 'text')
    .addColumn('media_mime', 'text')
    .addColumn('duration_ms', 'integer')
    .addColumn('media_id', 'integer', (c) => c.references('media.id').onDelete('set null'))
    .addColumn('citizen_media_id', 'integer', (c) =>
      c.references('conversation_media.id').onDelete('set null'),
    )
    .addColumn('data_json', 'text')
    .addColumn('client_id', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('reply_to_id', 'integer')
    .addColumn('auto_reason', 'text')
    .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('read_at', ms)
    .execute();
  await db.schema
    .createIndex('conversation_messages_conversation')
    .on('conversation_messages')
    .columns(['conversation_id', 'id'])
    .execute();
  await db.schema
    .createIndex('conversation_messages_citizen')
    .on('conversation_messages')
    .columns(['citizen_id', 'account_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('conversation_messages_reply_to')
    .on('conversation_messages')
    .column('reply_to_id')
    .execute();

  await withIdColumn(dialect, db.schema.createTable('conversation_notes'))
    .addColumn('conversation_id', 'integer', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('author_id', 'integer', (c) => c.notNull().references('staff_users.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversation_notes_conversation')
    .on('conversation_notes')
    .columns(['conversation_id', 'id'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('canned_replies'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', ms, (c) => c.notNull())
    .addColumn('updated_at', ms, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('canned_replies_account').on('canned_replies').column('account_id').execute();
}
