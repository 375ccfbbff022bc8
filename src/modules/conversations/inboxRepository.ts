/**
 * The staff inbox's SQL: lists by filter with counts, search over message text, and the
 * summary rows (assignee name, origin account, unread count) every inbox answer and
 * `conversation.updated` event is built from.
 *
 * A conversation enters the inbox with the citizen's first visible message
 * (`last_citizen_message_at`): a greeting or a menu click alone is not work for the staff.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { likePattern, type DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type { ConversationRow } from './repository.js';

export type InboxFilter = 'all' | 'unassigned' | 'mine' | 'waiting' | 'overdue' | 'closed';

export type SummaryRow = ConversationRow & {
  assignee_name: string | null;
  from_account_name: string | null;
  unread: number;
};

export interface InboxCounts {
  unassigned: number;
  mine: number;
  waiting: number;
  overdue: number;
}

/** The text inbox search compares: NFKC (full-width → half-width) and lower case, on both dialects. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export class InboxRepository {
  constructor(
    private readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): InboxRepository {
    return new InboxRepository(database.k, database.dialect);
  }

  static bound(k: Kysely<Schema>, dialect: DialectName): InboxRepository {
    return new InboxRepository(k, dialect);
  }

  private summaries() {
    return this.k
      .selectFrom('conversations as c')
      .leftJoin('staff_users as u', 'u.id', 'c.assignee_id')
      .leftJoin('accounts as fa', 'fa.id', 'c.transferred_from_account_id')
      .selectAll('c')
      .select((eb) => [
        'u.display_name as assignee_name',
        'fa.name as from_account_name',
        eb
          .selectFrom('conversation_messages as m')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('m.conversation_id', '=', 'c.id')
          .where('m.sender', '=', 'citizen')
          .where('m.hidden', '=', 0)
          .where('m.read_at', 'is', null)
          .as('unread'),
      ]);
  }

  async summary(conversationId: number): Promise<SummaryRow | undefined> {
    const row = await this.summaries().where('c.id', '=', conversationId).executeTakeFirst();
    return row ? { ...row, unread: Number(row.unread ?? 0) } : undefined;
  }

  /** Newest activity first; `after` is the (last_message_at, id) of the previous page's last row. */
  async list(props: {
    accountId: number;
    filter: InboxFilter;
    userId: number;
    q?: string;
    after?: { at: number; id: number };
    limit: number;
  }): Promise<SummaryRow[]> {
    let q = this.summaries()
      .where('c.account_id', '=', props.accountId)
      .where('c.last_citizen_message_at', 'is not', null);
    switch (props.filter) {
      case 'closed':
        q = q.where('c.status', '=', 'closed');
        break;
      case 'unassigned':
        q = q.where('c.status', '=', 'open').where('c.assignee_id', 'is', null);
        break;
      case 'mine':
        q = q.where('c.status', '=', 'open').where('c.assignee_id', '=', props.userId);
        break;
      case 'waiting':
        q = q.where('c.status', '=', 'open').where('c.waiting', '=', 1);
        break;
      case 'overdue':
        q = q.where('c.status', '=', 'open').where('c.overdue', '=', 1);
        break;
      default:
        q = q.where('c.status', '=', 'open');
    }
    if (props.q) {
      // Both sides are folded in JS, so a plain LIKE (case-sensitive on PostgreSQL, ASCII
      // case-insensitive on SQLite) finds the same rows on either; SQLite has no default
      // LIKE escape character, hence the explicit one.
      const pattern = likePattern(foldForSearch(props.q));
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('conversation_messages as s')
            .select('s.id')
            .whereRef('s.conversation_id', '=', 'c.id')
            .where(sql<boolean>`${sql.ref('s.search_text')} like ${pattern} escape '\\'`),
        ),
      );
    }
    const after = props.after;
    if (after) {
      q = q.where((eb) =>
        eb.or([
          eb('c.last_message_at', '<', after.at),
          eb.and([eb('c.last_message_at', '=', after.at), eb('c.id', '<', after.id)]),
        ]),
      );
    }
    const rows = await q
      .orderBy('c.last_message_at', 'desc')
      .orderBy('c.id', 'desc')
      .limit(props.limit)
      .execute();
    return rows.map((r) => ({ ...r, unread: Number(r.unread ?? 0) }));
  }

  /** Open conversations of the account in the inbox, counted per filter (one scan). */
  async counts(accountId: number, userId: number): Promise<InboxCounts> {
    const row = await this.k
      .selectFrom('conversations')
      .select((eb) => [
        eb.fn.sum<number>(eb.case().when('assignee_id', 'is', null).then(1).else(0).end()).as('unassigned'),
        eb.fn.sum<number>(eb.case().when('assignee_id', '=', userId).then(1).else(0).end()).as('mine'),
        eb.fn.sum<number>('waiting').as('waiting'),
        eb.fn.sum<number>('overdue').as('overdue'),
      ])
      .where('account_id', '=', accountId)
      .where('status', '=', 'open')
      .where('last_citizen_message_at', 'is not', null)
      .executeTakeFirst();
    return {
      unassigned: Number(row?.unassigned ?? 0),
      mine: Number(row?.mine ?? 0),
      waiting: Number(row?.waiting ?? 0),
      overdue: Number(row?.overdue ?? 0),
    };
  }
}
