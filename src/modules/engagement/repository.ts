/** All SQL of engagement except the write-behind read batches (recorder.ts). */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import { forUpdate, type DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type { CommentStatus, PublicationCommentsTable } from '../../db/tables/engagement.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';

export type CommentRow = Selectable<PublicationCommentsTable>;
export type CommentTab = 'held' | 'published' | 'featured' | 'deleted';

/** A live publication as engagement needs it. */
export interface PublicationRef {
  id: number;
  account_id: number;
  article_id: number;
  slug: string;
  title: string;
  withdrawn_at: number | null;
}

export interface Counters {
  reads: number;
  anon_reads: number;
  likes: number;
  shares: number;
  share_opens: number;
  useful: number;
  not_useful: number;
  comments: number;
}

const ZERO: Counters = {
  reads: 0,
  anon_reads: 0,
  likes: 0,
  shares: 0,
  share_opens: 0,
  useful: 0,
  not_useful: 0,
  comments: 0,
};

type CounterColumn = keyof Counters;

export class EngagementRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): EngagementRepository {
    return new EngagementRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: EngagementRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new EngagementRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  findAccount(accountId: number) {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'handle', 'name', 'region_code', 'status'])
      .where('id', '=', accountId)
      .executeTakeFirst();
  }

  findAccountByHandle(handle: string) {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'handle', 'name', 'introduction', 'avatar_url', 'region_code', 'status'])
      .where('handle', '=', handle)
      .executeTakeFirst();
  }

  findPublicationBySlug(slug: string): Promise<PublicationRef | undefined> {
    return this.k
      .selectFrom('publications')
      .select(['id', 'account_id', 'article_id', 'slug', 'title', 'withdrawn_at'])
      .where('slug', '=', slug)
      .executeTakeFirst();
  }

  findPublication(id: number): Promise<PublicationRef | undefined> {
    return this.k
      .selectFrom('publications')
      .select(['id', 'account_id', 'article_id', 'slug', 'title', 'withdrawn_at'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  publicationsOfArticle(accountId: number, articleId: number) {
    return this.k
      .selectFrom('publications')
      .select(['id', 'slug', 'published_at'])
      .where('account_id', '=', accountId)
      .where('article_id', '=', articleId)
      .execute();
  }

  articleExists(accountId: number, articleId: number) {
    return this.k
      .selectFrom('articles')
      .select('id')
      .where('account_id', '=', accountId)
      .where('id', '=', articleId)
      .executeTakeFirst();
  }

  async counters(publicationId: number): Promise<Counters> {
    const row = await this.k
      .selectFrom('publication_engagement')
      .select(['reads', 'anon_reads', 'likes', 'shares', 'share_opens', 'useful', 'not_useful', 'comments'])
      .where('publication_id', '=', publicationId)
      .executeTakeFirst();
    return row ?? { ...ZERO };
  }

  /** Summed over several publications (an article released more than once). */
  async countersOf(publicationIds: number[]): Promise<Counters> {
    if (!publicationIds.length) return { ...ZERO };
    const row = await this.k
      .selectFrom('publication_engagement')
      .select((eb) => [
        eb.fn.sum<number>('reads').as('reads'),
        eb.fn.sum<number>('anon_reads').as('anon_reads'),
        eb.fn.sum<number>('likes').as('likes'),
        eb.fn.sum<number>('shares').as('shares'),
        eb.fn.sum<number>('share_opens').as('share_opens'),
        eb.fn.sum<number>('useful').as('useful'),
        eb.fn.sum<number>('not_useful').as('not_useful'),
        eb.fn.sum<number>('comments').as('comments'),
      ])
      .where('publication_id', 'in', publicationIds)
      .executeTakeFirst();
    const out = { ...ZERO };
    for (const key of Object.keys(out) as CounterColumn[]) out[key] = Number(row?.[key] ?? 0);
    return out;
  }

  /** Adds `deltas` to a publication's counters, creating the row on first use. */
  async bump(publicationId: number, deltas: Partial<Counters>): Promise<void> {
    const entries = Object.entries(deltas).filter(([, v]) => v) as Array<[CounterColumn, number]>;
    if (!entries.length) return;
    const values = { publication_id: publicationId, ...Object.fromEntries(entries) };
    const set = Object.fromEntries(
      entries.map(([col, v]) => [col, sql<number>`${sql.ref(`publication_engagement.${col}`)} + ${v}`]),
    );
    await this.k
      .insertInto('publication_engagement')
      .values(values)
      .onConflict((oc) => oc.column('publication_id').doUpdateSet(set))
      .execute();
  }

  // ---- likes and feedback ----

  async hasLiked(publicationId: number, citizenId: number): Promise<boolean> {
    const row = await this.k
      .selectFrom('publication_likes')
      .select('citizen_id')
      .where('publication_id', '=', publicationId)
      .where('citizen_id', '=', citizenId)
      .executeTakeFirst();
    return !!row;
  }

  /** True when a like was added (not there before). */
  async addLike(publicationId: number, citizenId: number, now: number): Promise<boolean> {
    const rows = await this.k
      .insertInto('publication_likes')
      .values({ publication_id: publicationId, citizen_id: citizenId, created_at: now })
      .onConflict((oc) => oc.columns(['publication_id', 'citizen_id']).doNothing())
      .returning('citizen_id')
      .execute();
    return rows.length > 0;
  }

  /** True when a like was removed. */
  async removeLike(publicationId: number, citizenId: number): Promise<boolean> {
    const r = await this.k
      .deleteFrom('publication_likes')
      .where('publication_id', '=', publicationId)
      .where('citizen_id', '=', citizenId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** The citizen's answer; `lock` holds it until the transaction ends (a change moves two counters). */
  async feedbackOf(publicationId: number, citizenId: number, lock = false): Promise<number | null> {
    const q = this.k
      .selectFrom('publication_feedback')
      .select('useful')
      .where('publication_id', '=', publicationId)
      .where('citizen_id', '=', citizenId);
    const row = await (lock ? forUpdate(this.dialect, q) : q).executeTakeFirst();
    return row ? row.useful : null;
  }

  /** True when the answer was new (no row before); a concurrent first answer waits, then loses. */
  async insertFeedback(
    publicationId: number,
    citizenId: number,
    useful: number,
    now: number,
  ): Promise<boolean> {
    const rows = await this.k
      .insertInto('publication_feedback')
      .values({ publication_id: publicationId, citizen_id: citizenId, useful, updated_at: now })
      .onConflict((oc) => oc.columns(['publication_id', 'citizen_id']).doNothing())
      .returning('citizen_id')
      .execute();
    return rows.length > 0;
  }

  async updateFeedback(publicationId: number, citizenId: number, useful: number, now: number): Promise<void> {
    await this.k
      .updateTable('publication_feedback')
      .set({ useful, updated_at: now })
      .where('publication_id', '=', publicationId)
      .where('citizen_id', '=', citizenId)
      .execute();
  }

  /** The answer that was removed, or null when there was none. */
  async deleteFeedback(publicationId: number, citizenId: number): Promise<number | null> {
    const row = await this.k
      .deleteFrom('publication_feedback')
      .where('publication_id', '=', publicationId)
      .where('citizen_id', '=', citizenId)
      .returning('useful')
      .executeTakeFirst();
    return row ? row.useful : null;
  }

  // ---- shares ----

  async insertShare(v: {
    publicationId: number;
    accountId: number;
    token: string;
    citizenId: number | null;
    now: number;
  }): Promise<void> {
    await this.k
      .insertInto('publication_shares')
      .values({
        publication_id: v.publicationId,
        account_id: v.accountId,
        token: v.token,
        citizen_id: v.citizenId,
        created_at: v.now,
      })
      .execute();
  }

  findShare(token: string) {
    return this.k
      .selectFrom('publication_shares')
      .select(['id', 'publication_id', 'account_id'])
      .where('token', '=', token)
      .executeTakeFirst();
  }

  // ---- read-by-hour ----

  readHours(accountId: number) {
    return this.k
      .selectFrom('read_hours')
      .select(['hour', 'count'])
      .where('account_id', '=', accountId)
      .execute();
  }

  // ---- settings ----

  async autoPublishComments(accountId: number): Promise<boolean> {
    const row = await this.k
      .selectFrom('engagement_settings')
      .select('auto_publish_comments')
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return row?.auto_publish_comments === 1;
  }

  async putSettings(accountId: number, autoPublish: boolean, now: number): Promise<void> {
    const v = autoPublish ? 1 : 0;
    await this.k
      .insertInto('engagement_settings')
      .values({ account_id: accountId, auto_publish_comments: v, updated_at: now })
      .onConflict((oc) => oc.column('account_id').doUpdateSet({ auto_publish_comments: v, updated_at: now }))
      .execute();
  }

  // ---- comments ----

  insertComment(v: {
    publicationId: number;
    accountId: number;
    citizenId: number;
    body: string;
    status: CommentStatus;
    now: number;
  }): Promise<CommentRow> {
    return this.k
      .insertInto('publication_comments')
      .values({
        publication_id: v.publicationId,
        account_id: v.accountId,
        citizen_id: v.citizenId,
        body: v.body,
        status: v.status,
        created_at: v.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /**
   * What a reader sees under an article: published comments, featured ones first, newest
   * first within each; plus the reader's own held ones.
   */
  publicComments(publicationId: number, citizenId: number | null, limit: number) {
    let q = this.k
      .selectFrom('publication_comments')
      .innerJoin('citizens', 'citizens.id', 'publication_comments.citizen_id')
      .selectAll('publication_comments')
      .select('citizens.phone')
      .where('publication_comments.publication_id', '=', publicationId);
    q =
      citizenId === null
        ? q.where('publication_comments.status', '=', 'published')
        : q.where((eb) =>
            eb.or([
              eb('publication_comments.status', '=', 'published'),
              eb.and([
                eb('publication_comments.status', '=', 'held'),
                eb('publication_comments.citizen_id', '=', citizenId),
              ]),
            ]),
          );
    return q
      .orderBy('publication_comments.featured', 'desc')
      .orderBy('publication_comments.id', 'desc')
      .limit(limit)
      .execute();
  }

  /** One comment of the account, locked for a moderation change. */
  findComment(accountId: number, commentId: number) {
    return forUpdate(
      this.dialect,
      this.k
        .selectFrom('publication_comments')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('id', '=', commentId),
    ).executeTakeFirst();
  }

  updateComment(
    commentId: number,
    set: Partial<
      Pick<
        CommentRow,
        | 'status'
        | 'featured'
        | 'reply_body'
        | 'reply_by'
        | 'reply_at'
        | 'delete_reason'
        | 'moderated_by'
        | 'moderated_at'
      >
    >,
  ): Promise<CommentRow> {
    return this.k
      .updateTable('publication_comments')
      .set(set)
      .where('id', '=', commentId)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** The console's tabs: newest first, paged by id. */
  listComments(accountId: number, tab: CommentTab, limit: number, beforeId?: number, publicationId?: number) {
    let q = this.k
      .selectFrom('publication_comments')
      .innerJoin('publications', 'publications.id', 'publication_comments.publication_id')
      .selectAll('publication_comments')
      .select(['publications.title as publication_title', 'publications.slug as publication_slug'])
      .where('publication_comments.account_id', '=', accountId);
    q =
      tab === 'featured'
        ? q
            .where('publication_comments.status', '=', 'published')
            .where('publication_comments.featured', '=', 1)
        : q.where('publication_comments.status', '=', tab);
    if (beforeId !== undefined) q = q.where('publication_comments.id', '<', beforeId);
    if (publicationId !== undefined) q = q.where('publication_comments.publication_id', '=', publicationId);
    return q.orderBy('publication_comments.id', 'desc').limit(limit).execute();
  }

  async commentCounts(accountId: number): Promise<Record<CommentTab, number>> {
    const rows = await this.k
      .selectFrom('publication_comments')
      .select((eb) => ['status', 'featured', eb.fn.countAll<number>().as('n')])
      .where('account_id', '=', accountId)
      .groupBy(['status', 'featured'])
      .execute();
    const out: Record<CommentTab, number> = { held: 0, published: 0, featured: 0, deleted: 0 };
    for (const r of rows) {
      out[r.status] += Number(r.n);
      if (r.status === 'published' && r.featured === 1) out.featured += Number(r.n);
    }
    return out;
  }

  /** Counters of several articles of the account at once (the console's article list). */
  async countersByArticle(accountId: number, articleIds: number[]) {
    if (!articleIds.length) return [];
    return this.k
      .selectFrom('publications')
      .leftJoin('publication_engagement as e', 'e.publication_id', 'publications.id')
      .select((eb) => [
        'publications.article_id',
        eb.fn.count<number>('publications.id').as('publications'),
        eb.fn.sum<number>('e.reads').as('reads'),
        eb.fn.sum<number>('e.anon_reads').as('anon_reads'),
        eb.fn.sum<number>('e.likes').as('likes'),
        eb.fn.sum<number>('e.shares').as('shares'),
        eb.fn.sum<number>('e.share_opens').as('share_opens'),
        eb.fn.sum<number>('e.useful').as('useful'),
        eb.fn.sum<number>('e.not_useful').as('not_useful'),
        eb.fn.sum<number>('e.comments').as('comments'),
      ])
      .where('publications.account_id', '=', accountId)
      .where('publications.article_id', 'in', articleIds)
      .groupBy('publications.article_id')
      .execute();
  }

  async heldCommentsByArticle(accountId: number, articleIds: number[]) {
    if (!articleIds.length) return [];
    return this.k
      .selectFrom('publication_comments as c')
      .innerJoin('publications', 'publications.id', 'c.publication_id')
      .select((eb) => ['publications.article_id', eb.fn.countAll<number>().as('n')])
      .where('c.account_id', '=', accountId)
      .where('c.status', '=', 'held')
      .where('publications.article_id', 'in', articleIds)
      .groupBy('publications.article_id')
      .execute();
  }

  async heldCommentsOf(publicationIds: number[]): Promise<number> {
    if (!publicationIds.length) return 0;
    const row = await this.k
      .selectFrom('publication_comments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('publication_id', 'in', publicationIds)
      .where('status', '=', 'held')
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  // ---- feeds ----

  /** The newest public publications of an account: for every follower, not withdrawn. */
  feedItems(accountId: number, limit: number) {
    return this.k
      .selectFrom('publications')
      .innerJoin('articles', 'articles.id', 'publications.article_id')
      .select([
        'publications.id',
        'publications.slug',
        'publications.title',
        'publications.summary',
        'publications.cover_url',
        'publications.published_at',
        'publications.revised_at',
        'articles.author',
        'articles.body_html',
      ])
      .where('publications.account_id', '=', accountId)
      .where('publications.audience', 'is', null)
      .where('publications.withdrawn_at', 'is', null)
      .orderBy('publications.published_at', 'desc')
      .orderBy('publications.id', 'desc')
      .limit(limit)
      .execute();
  }
}
