/**
 * All SQL of conversations and their messages (ENGINEERING.md, shape 4). Use cases get a
 * repository; `transaction()` hands them one bound to a single transaction, and `k` is that
 * transaction for the collaborators that take a query builder (the auto-reply engine, jobs,
 * notifications).
 */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import { forUpdate, type DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type { ConversationMessagesTable, ConversationsTable } from '../../db/tables/conversations.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';
import type { GroupCommit } from '../../infra/groupCommit.js';
import { enqueueEvent, type OutboxEvent } from '../../infra/outbox.js';
import type { Room, ServerEventName, ServerEvents } from '../../shared/realtime.js';

export type ConversationRow = Selectable<ConversationsTable>;
export type MessageRow = Selectable<ConversationMessagesTable>;
export type NewMessage = Omit<Insertable<ConversationMessagesTable>, 'id'>;

export interface AccountRef {
  id: number;
  name: string;
  region_code: string;
  status: 'active' | 'suspended' | 'held';
}

export class ConversationsRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
    /**
     * Inside a group commit (infra/groupCommit.ts) events are collected here and written
     * with the batch; otherwise each is inserted into the outbox at once.
     */
    private readonly events?: OutboxEvent[],
  ) {}

  static of(database: Database): ConversationsRepository {
    return new ConversationsRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: ConversationsRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new ConversationsRepository(trx, this.dialect)));
  }

  /** Like `transaction`, but as one unit of a group commit: settles after the batch commits. */
  inGroupCommit<T>(commits: GroupCommit, fn: (repo: ConversationsRepository) => Promise<T>): Promise<T> {
    return commits.run((trx, events) => fn(new ConversationsRepository(trx, this.dialect, events)));
  }

  // ---- accounts, follows, staff ----------------------------------------------------------

  findAccount(id: number): Promise<AccountRef | undefined> {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'name', 'region_code', 'status'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async isFollowing(accountId: number, citizenId: number): Promise<boolean> {
    const row = await this.k
      .selectFrom('follows')
      .select('account_id')
      .where('account_id', '=', accountId)
      .where('citizen_id', '=', citizenId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** An active staff user holding one of `roles` on the account, with their display name. */
  findStaffWithRole(
    userId: number,
    accountId: number,
    roles: readonly string[],
  ): Promise<{ id: number; display_name: string } | undefined> {
    return this.k
      .selectFrom('staff_users')
      .innerJoin('staff_roles', 'staff_roles.user_id', 'staff_users.id')
      .select(['staff_users.id', 'staff_users.display_name'])
      .where('staff_users.id', '=', userId)
      .where('staff_users.disabled', '=', 0)
      .where('staff_roles.account_id', '=', accountId)
      .where('staff_roles.role', 'in', [...roles] as Array<Schema['staff_roles']['role']>)
      .limit(1)
      .executeTakeFirst();
  }

  /** An image of the account's console media (staff send those; not its videos or files). */
  findAccountMedia(accountId: number, mediaId: number) {
    return this.k
      .selectFrom('media')
      .select(['id', 'mime', 'storage_key'])
      .where('account_id', '=', accountId)
      .where('id', '=', mediaId)
      .where('kind', '=', 'image')
      .executeTakeFirst();
  }

  /** The account's publications among `ids` (others' ids find nothing). */
  findPublications(accountId: number, ids: number[]) {
    return this.k
      .selectFrom('publications')
      .select(['id', 'slug', 'title', 'summary', 'cover_url'])
      .where('account_id', '=', accountId)
      .where('id', 'in', ids)
      .execute();
  }

  /** The publication of a published article (the demo sends one as a card). */
  findPublicationOfArticle(articleId: number) {
    return this.k
      .selectFrom('publications')
      .select('id')
      .where('article_id', '=', articleId)
      .executeTakeFirst();
  }

  // ---- conversations ---------------------------------------------------------------------

  findConversation(id: number): Promise<ConversationRow | undefined> {
    return this.k.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * The conversation, its row locked until the transaction ends (PostgreSQL; SQLite's single
   * writer serialises anyway), so a check made on it holds for the writes that follow: two
   * closes, a close and a citizen's message, a clock firing and a reply cannot interleave.
   */
  lockConversation(id: number): Promise<ConversationRow | undefined> {
    return forUpdate(
      this.dialect,
      this.k.selectFrom('conversations').selectAll().where('id', '=', id),
    ).executeTakeFirst();
  }

  /** The open conversation of the pair; `lock` as in lockConversation (inside a transaction). */
  findOpenConversation(
    accountId: number,
    citizenId: number,
    lock = false,
  ): Promise<ConversationRow | undefined> {
    const q = this.k
      .selectFrom('conversations')
      .selectAll()
      .where('open_key', '=', openKey(accountId, citizenId));
    return (lock ? forUpdate(this.dialect, q) : q).executeTakeFirst();
  }

  /**
   * The open conversation of the pair, created when there is none. Two racing creators both
   * end with the one row: the loser's insert does nothing on the unique open_key.
   */
  async openConversation(accountId: number, citizenId: number, now: number): Promise<ConversationRow> {
    const existing = await this.findOpenConversation(accountId, citizenId, true);
    if (existing) return existing;
    await this.k
      .insertInto('conversations')
      .values({
        account_id: accountId,
        citizen_id: citizenId,
        open_key: openKey(accountId, citizenId),
        last_message_at: now,
        created_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.column('open_key').doNothing())
      .execute();
    const row = await this.findOpenConversation(accountId, citizenId, true);
    if (!row) throw new Error('open conversation vanished after insert');
    await this.linkAccount(row.id, accountId, citizenId, now);
    return row;
  }

  async linkAccount(
    conversationId: number,
    accountId: number,
    citizenId: number,
    now: number,
  ): Promise<void> {
    await this.k
      .insertInto('conversation_accounts')
      .values({
        conversation_id: conversationId,
        account_id: accountId,
        citizen_id: citizenId,
        linked_at: now,
      })
      .onConflict((oc) => oc.columns(['conversation_id', 'account_id']).doNothing())
      .execute();
  }

  async updateConversation(
    id: number,
    patch: Omit<Updateable<ConversationsTable>, 'id'>,
  ): Promise<ConversationRow> {
    return this.k
      .updateTable('conversations')
      .set(patch)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /**
   * The conversation a citizen's thread with an account is about now: the open one held by
   * the account, else the most recently active one linked to it (e.g. transferred away).
   */
  async threadConversation(citizenId: number, accountId: number): Promise<ConversationRow | undefined> {
    const open = await this.findOpenConversation(accountId, citizenId);
    if (open) return open;
    return this.k
      .selectFrom('conversations')
      .innerJoin('conversation_accounts as ca', 'ca.conversation_id', 'conversations.id')
      .selectAll('conversations')
      .where('ca.citizen_id', '=', citizenId)
      .where('ca.account_id', '=', accountId)
      .orderBy('conversations.last_message_at', 'desc')
      .orderBy('conversations.id', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  // ---- messages --------------------------------------------------------------------------

  findMessageByDedupe(dedupeKey: string): Promise<MessageRow | undefined> {
    return this.k
      .selectFrom('conversation_messages')
      .selectAll()
      .where('dedupe_key', '=', dedupeKey)
      .executeTakeFirst();
  }

  insertMessage(values: NewMessage): Promise<MessageRow> {
    return this.k.insertInto('conversation_messages').values(values).returningAll().executeTakeFirstOrThrow();
  }

  /** The automatic replies to one citizen message, in order. */
  repliesTo(messageId: number): Promise<MessageRow[]> {
    return this.k
      .selectFrom('conversation_messages')
      .selectAll()
      .where('reply_to_id', '=', messageId)
      .orderBy('id')
      .execute();
  }

  /** Did the account send this citizen its default reply since `since`? (throttle) */
  async defaultReplySince(citizenId: number, accountId: number, since: number): Promise<boolean> {
    const row = await this.k
      .selectFrom('conversation_messages')
      .select('id')
      .where('citizen_id', '=', citizenId)
      .where('account_id', '=', accountId)
      .where('created_at', '>', since)
      .where('sender', '=', 'auto')
      .where('auto_reason', '=', 'default')
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** A page of one conversation's messages, newest first (`before`: an id cursor). */
  conversationMessages(
    conversationId: number,
    opts: { before?: number; limit: number },
  ): Promise<MessageRow[]> {
    let q = this.k
      .selectFrom('conversation_messages')
      .selectAll()
      .where('conversation_id', '=', conversationId);
    if (opts.before !== undefined) q = q.where('id', '<', opts.before);
    return q.orderBy('id', 'desc').limit(opts.limit).execute();
  }

  /**
   * A page of a citizen's thread with an account, newest first: the visible messages of every
   * conversation that has belonged to the account.
   */
  threadMessages(
    citizenId: number,
    accountId: number,
    opts: { before?: number; limit: number },
  ): Promise<MessageRow[]> {
    let q = this.k
      .selectFrom('conversation_messages as m')
      .innerJoin('conversation_accounts as ca', 'ca.conversation_id', 'm.conversation_id')
      .selectAll('m')
      .where('ca.citizen_id', '=', citizenId)
      .where('ca.account_id', '=', accountId)
      .where('m.hidden', '=', 0);
    if (opts.before !== undefined) q = q.where('m.id', '<', opts.before);
    return q.orderBy('m.id', 'desc').limit(opts.limit).execute();
  }

  /** Staff read the citizen's messages up to `upToId`: answers how many changed. */
  async markReadByStaff(conversationId: number, upToId: number, now: number): Promise<number> {
    const res = await this.k
      .updateTable('conversation_messages')
      .set({ read_at: now })
      .where('conversation_id', '=', conversationId)
      .where('sender', '=', 'citizen')
      .where('id', '<=', upToId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  /**
   * The citizen read the account's messages in their thread up to `upToId`: answers the
   * conversations in which something changed, with the newest message read in each.
   */
  async markReadByCitizen(
    citizenId: number,
    accountId: number,
    upToId: number,
    now: number,
  ): Promise<Array<{ conversation_id: number; up_to: number }>> {
    const linked = this.k
      .selectFrom('conversation_accounts')
      .select('conversation_id')
      .where('citizen_id', '=', citizenId)
      .where('account_id', '=', accountId);
    const changed = await this.k
      .updateTable('conversation_messages')
      .set({ read_at: now })
      .where('conversation_id', 'in', linked)
      .where('sender', '!=', 'citizen')
      .where('hidden', '=', 0)
      .where('id', '<=', upToId)
      .where('read_at', 'is', null)
      .returning(['conversation_id', 'id'])
      .execute();
    const byConversation = new Map<number, number>();
    for (const r of changed)
      byConversation.set(r.conversation_id, Math.max(r.id, byConversation.get(r.conversation_id) ?? 0));
    return [...byConversation].map(([conversation_id, up_to]) => ({ conversation_id, up_to }));
  }

  // ---- notes (staff only) ----------------------------------------------------------------

  async insertNote(conversationId: number, authorId: number, text: string, now: number) {
    const row = await this.k
      .insertInto('conversation_notes')
      .values({ conversation_id: conversationId, author_id: authorId, text, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    const author = await this.k
      .selectFrom('staff_users')
      .select('display_name')
      .where('id', '=', authorId)
      .executeTakeFirst();
    return { ...row, author_name: author?.display_name ?? '' };
  }

  listNotes(conversationId: number) {
    return this.k
      .selectFrom('conversation_notes as n')
      .innerJoin('staff_users as u', 'u.id', 'n.author_id')
      .select(['n.id', 'n.author_id', 'u.display_name as author_name', 'n.text', 'n.created_at'])
      .where('n.conversation_id', '=', conversationId)
      .orderBy('n.id')
      .execute();
  }

  // ---- events and audit (same transaction as the change) ---------------------------------

  enqueue<E extends ServerEventName>(
    now: number,
    room: Room,
    event: E,
    data: ServerEvents[E],
  ): Promise<void> {
    if (this.events) {
      this.events.push({ room, event, data, createdAt: now });
      return Promise.resolve();
    }
    return enqueueEvent(this.k, now, room, event, data);
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }
}

export function openKey(accountId: number, citizenId: number): string {
  return `${accountId}:${citizenId}`;
}
