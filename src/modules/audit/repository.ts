/** All SQL of the audit module: reading an account's entries and checking the chain. */
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { verifyAuditChain } from '../../infra/audit.js';

export interface AuditRow {
  id: number;
  at: number;
  actor_kind: 'staff' | 'citizen' | 'system';
  action: string;
  target: string | null;
  details: string;
  /** The acting staff member (left join: null for citizens and the system). */
  staff_id: number | null;
  staff_username: string | null;
  staff_display_name: string | null;
}

export interface AuditQuery {
  accountId: number;
  limit: number;
  /** Entries with a smaller id than this (the cursor). */
  beforeId?: number;
  /** An exact action, or a prefix when it ends in a dot. */
  action?: string;
}

export class AuditRepository {
  constructor(private readonly database: Database) {}

  findAccount(accountId: number) {
    return this.database.k
      .selectFrom('accounts')
      .select(['id', 'region_code'])
      .where('id', '=', accountId)
      .executeTakeFirst();
  }

  /** Newest first, along the (account_id, id) index. */
  listEntries(q: AuditQuery): Promise<AuditRow[]> {
    let query = this.database.k
      .selectFrom('audit_log as a')
      .leftJoin('staff_users as s', (j) =>
        j.onRef('s.id', '=', 'a.actor_id').on('a.actor_kind', '=', 'staff'),
      )
      .select([
        'a.id',
        'a.at',
        'a.actor_kind',
        'a.action',
        'a.target',
        'a.details',
        's.id as staff_id',
        's.username as staff_username',
        's.display_name as staff_display_name',
      ])
      .where('a.account_id', '=', q.accountId);
    if (q.beforeId !== undefined) query = query.where('a.id', '<', q.beforeId);
    if (q.action?.endsWith('.')) {
      // substr() rather than LIKE: the same on both dialects, and no wildcards to escape.
      query = query.where(sql<string>`substr(a.action, 1, ${q.action.length})`, '=', q.action);
    } else if (q.action) {
      query = query.where('a.action', '=', q.action);
    }
    return query.orderBy('a.id', 'desc').limit(q.limit).execute();
  }

  async countEntries(): Promise<number> {
    const row = await this.database.k
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  verifyChain(): Promise<number | null> {
    return verifyAuditChain(this.database.k);
  }
}
