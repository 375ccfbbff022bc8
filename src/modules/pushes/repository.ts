/**
 * All SQL of mass pushes: the push rows, the quota, the release's article updates and the
 * audience counts. Publication rows themselves are written through the publishing
 * repository bound to the same transaction (one place writes a publication).
 */
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { ArticleStatus, Schema } from '../../db/schema.js';
import type { PushesTable, PushStatus } from '../../db/tables/pushes.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';
import { enqueueEvent } from '../../infra/outbox.js';
import type { Room, ServerEventName, ServerEvents } from '../../shared/realtime.js';
import { PublishingRepository } from '../publishing/repository.js';
import type { Audience } from './audience.js';
import { DEFAULT_PUSHES_PER_DAY } from './quota.js';

export type PushRow = Selectable<PushesTable>;

export class PushesRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): PushesRepository {
    return new PushesRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: PushesRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new PushesRepository(trx, this.dialect)));
  }

  /** This transaction as a Database handle, for other modules' helpers (screening). */
  asDatabase(): Database {
    return { k: this.k, dialect: this.dialect, close: async () => {} };
  }

  /** The publishing repository on the same connection/transaction. */
  publishing(): PublishingRepository {
    return new PublishingRepository(this.k, this.dialect);
  }

  findAccount(id: number) {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'name', 'region_code', 'status'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /**
   * Serialises an account's pushes: a no-op update takes the account row's lock (PostgreSQL)
   * or the write lock (SQLite), so two concurrent sends cannot both see the last free slot.
   */
  async lockAccount(accountId: number): Promise<void> {
    await this.k
      .updateTable('accounts')
      .set({ publication_seq: sql`publication_seq` })
      .where('id', '=', accountId)
      .execute();
  }

  // ---- quota -------------------------------------------------------------------------------

  async perDay(accountId: number): Promise<number> {
    const row = await this.k
      .selectFrom('push_quotas')
      .select('per_day')
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return row?.per_day ?? DEFAULT_PUSHES_PER_DAY;
  }

  async setPerDay(accountId: number, perDay: number, by: number | null, now: number): Promise<void> {
    await this.k
      .insertInto('push_quotas')
      .values({ account_id: accountId, per_day: perDay, updated_by: by, updated_at: now })
      .onConflict((oc) =>
        oc.column('account_id').doUpdateSet({ per_day: perDay, updated_by: by, updated_at: now }),
      )
      .execute();
  }

  /** Pushes counting against the day: every one not cancelled. */
  async usedOn(accountId: number, day: string, exceptPushId?: number): Promise<number> {
    let q = this.k
      .selectFrom('pushes')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('account_id', '=', accountId)
      .where('quota_day', '=', day)
      .where('status', '!=', 'cancelled');
    if (exceptPushId !== undefined) q = q.where('id', '!=', exceptPushId);
    const row = await q.executeTakeFirstOrThrow();
    return Number(row.n);
  }

  // ---- pushes ------------------------------------------------------------------------------

  async insertPush(values: Insertable<PushesTable>): Promise<PushRow> {
    return this.k.insertInto('pushes').values(values).returningAll().executeTakeFirstOrThrow();
  }

  findPush(accountId: number, pushId: number): Promise<PushRow | undefined> {
    return this.k
      .selectFrom('pushes')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', pushId)
      .executeTakeFirst();
  }

  findPushById(pushId: number): Promise<PushRow | undefined> {
    return this.k.selectFrom('pushes').selectAll().where('id', '=', pushId).executeTakeFirst();
  }

  listPushes(accountId: number, limit: number, beforeId: number | null): Promise<PushRow[]> {
    let q = this.k.selectFrom('pushes').selectAll().where('account_id', '=', accountId);
    if (beforeId !== null) q = q.where('id', '<', beforeId);
    return q.orderBy('id', 'desc').limit(limit).execute();
  }

  /** The one conditional transition that makes a release happen once: true for the winner. */
  async transition(
    pushId: number,
    from: PushStatus,
    to: PushStatus,
    set: Partial<PushRow> = {},
  ): Promise<boolean> {
    const res = await this.k
      .updateTable('pushes')
      .set({ ...set, status: to })
      .where('id', '=', pushId)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async reschedule(pushId: number, at: number, day: string): Promise<boolean> {
    const res = await this.k
      .updateTable('pushes')
      .set({ scheduled_at: at, quota_day: day })
      .where('id', '=', pushId)
      .where('status', '=', 'scheduled')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async setCounts(
    pushId: number,
    counts: Partial<Pick<PushRow, 'targeted_count' | 'webpush_total' | 'finished_at'>>,
  ): Promise<void> {
    await this.k.updateTable('pushes').set(counts).where('id', '=', pushId).execute();
  }

  // ---- articles ----------------------------------------------------------------------------

  articlesOf(accountId: number, ids: number[]) {
    return this.k
      .selectFrom('articles')
      .select(['id', 'title', 'status', 'tier', 'summary', 'body_html', 'version'])
      .where('account_id', '=', accountId)
      .where('id', 'in', ids)
      .execute();
  }

  /** Moves articles from one status to another; answers how many moved. */
  async setArticleStatus(
    ids: number[],
    from: ArticleStatus[],
    to: ArticleStatus,
    now: number,
  ): Promise<number> {
    if (ids.length === 0) return 0;
    const res = await this.k
      .updateTable('articles')
      .set({ status: to, updated_at: now })
      .where('id', 'in', ids)
      .where('status', 'in', from)
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  }

  async setLastTargeted(accountId: number, seq: number): Promise<void> {
    await this.k
      .updateTable('accounts')
      .set({ last_targeted_seq: seq })
      .where('id', '=', accountId)
      .execute();
  }

  // ---- the audience -------------------------------------------------------------------------

  /** Followers the audience reaches (counted once after the release, for the report). */
  async countAudience(accountId: number, audience: Audience): Promise<number> {
    let q = this.k
      .selectFrom('follows as f')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('f.account_id', '=', accountId);
    if (audience.kind === 'region') {
      q = q
        .innerJoin('citizens as c', 'c.id', 'f.citizen_id')
        .where('c.region_code', 'like', `${audience.region}%`);
    } else if (audience.kind === 'tags') {
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('follower_tag_members as m')
            .select('m.citizen_id')
            .whereRef('m.citizen_id', '=', 'f.citizen_id')
            .where('m.account_id', '=', accountId)
            .where('m.tag_id', 'in', audience.tagIds),
        ),
      );
    }
    const row = await q.executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async tagsExist(accountId: number, tagIds: number[]): Promise<boolean> {
    const rows = await this.k
      .selectFrom('follower_tags')
      .select('id')
      .where('account_id', '=', accountId)
      .where('id', 'in', tagIds)
      .execute();
    return rows.length === tagIds.length;
  }

  // ---- events and audit --------------------------------------------------------------------

  enqueue<E extends ServerEventName>(
    now: number,
    room: Room,
    event: E,
    data: ServerEvents[E],
  ): Promise<void> {
    return enqueueEvent(this.k, now, room, event, data);
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }
}
