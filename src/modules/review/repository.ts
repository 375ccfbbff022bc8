/**
 * All SQL of the review module. `transaction()` hands use cases a repository bound to one
 * transaction; `ReviewRepository.within(k, dialect)` binds one to a caller's transaction
 * (releasable.ts runs inside the push's).
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import { forUpdate, type DialectName } from '../../db/dialect.js';
import type { ArticlesTable, Schema, StaffRole } from '../../db/schema.js';
import type {
  ArticleVersionsTable,
  ReviewDecisionsTable,
  ReviewSubmissionsTable,
  SubmissionStatus,
} from '../../db/tables/review.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';
import { hideFromUnread } from '../feed/repository.js';

export type ArticleRow = Selectable<ArticlesTable>;
export type VersionRow = Selectable<ArticleVersionsTable>;
export type SubmissionRow = Selectable<ReviewSubmissionsTable>;
export type DecisionRow = Selectable<ReviewDecisionsTable>;

export interface Actor {
  userId: number;
  isPlatformAdmin: boolean;
  /** The actor's roles on the article's account. */
  roles: ReadonlySet<StaffRole>;
}

export class ReviewRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): ReviewRepository {
    return new ReviewRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: ReviewRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new ReviewRepository(trx, this.dialect)));
  }

  /** A Database handle on this repository's connection (for gates that take one). */
  asDatabase(): Database {
    return { k: this.k, dialect: this.dialect, close: async () => {} };
  }

  findAccount(id: number) {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'name', 'region_code'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async actor(userId: number, accountId: number): Promise<Actor> {
    const user = await this.k
      .selectFrom('staff_users')
      .select(['is_platform_admin', 'disabled'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user || user.disabled) return { userId, isPlatformAdmin: false, roles: new Set() };
    const rows = await this.k
      .selectFrom('staff_roles')
      .select('role')
      .where('user_id', '=', userId)
      .where('account_id', '=', accountId)
      .execute();
    return { userId, isPlatformAdmin: user.is_platform_admin === 1, roles: new Set(rows.map((r) => r.role)) };
  }

  // ---- articles ------------------------------------------------------------------------

  findArticle(accountId: number, articleId: number): Promise<ArticleRow | undefined> {
    return this.k
      .selectFrom('articles')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', articleId)
      .executeTakeFirst();
  }

  /** The article, row-locked until the transaction ends (PostgreSQL; SQLite has one writer). */
  lockArticle(accountId: number, articleId: number): Promise<ArticleRow | undefined> {
    return forUpdate(
      this.dialect,
      this.k
        .selectFrom('articles')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('id', '=', articleId),
    ).executeTakeFirst();
  }

  /** Moves the article between statuses; false when it was not in `from` any more. */
  async setStatus(
    articleId: number,
    from: ArticleRow['status'][],
    to: ArticleRow['status'],
    now: number,
  ): Promise<boolean> {
    const res = await this.k
      .updateTable('articles')
      .set({ status: to, updated_at: now })
      .where('id', '=', articleId)
      .where('status', 'in', from)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  /** Replaces a published article's text with an approved correction's. */
  async applyCorrection(articleId: number, v: VersionRow, now: number): Promise<void> {
    await this.k
      .updateTable('articles')
      .set({
        title: v.title,
        author: v.author,
        summary: v.summary,
        body_html: v.body_html,
        cover_media_id: v.cover_media_id,
        version: v.version,
        updated_at: now,
      })
      .where('id', '=', articleId)
      .execute();
  }

  // ---- publications --------------------------------------------------------------------

  findPublication(articleId: number) {
    return this.k
      .selectFrom('publications')
      .select(['id', 'slug', 'withdrawn_at', 'revised_at'])
      .where('article_id', '=', articleId)
      .executeTakeFirst();
  }

  async revisePublication(
    articleId: number,
    fields: { title: string; summary: string; cover_url: string | null },
    now: number,
  ): Promise<void> {
    await this.k
      .updateTable('publications')
      .set({ ...fields, revised_at: now })
      .where('article_id', '=', articleId)
      .execute();
  }

  /**
   * Hides the article's publication and takes it out of followers' unread counts in the same
   * transaction (feed's hideFromUnread).
   */
  async withdrawPublication(articleId: number, now: number): Promise<void> {
    const rows = await this.k
      .updateTable('publications')
      .set({ withdrawn_at: now })
      .where('article_id', '=', articleId)
      .where('withdrawn_at', 'is', null)
      .returning(['account_id', 'seq'])
      .execute();
    for (const { account_id, seq } of rows) await hideFromUnread(this.k, account_id, seq);
  }

  mediaKey(accountId: number, mediaId: number | null) {
    if (mediaId === null) return Promise.resolve(undefined);
    return this.k
      .selectFrom('media')
      .select('storage_key')
      .where('account_id', '=', accountId)
      .where('id', '=', mediaId)
      .executeTakeFirst();
  }

  // ---- versions ------------------------------------------------------------------------

  async latestVersionNumber(articleId: number): Promise<number> {
    const row = await this.k
      .selectFrom('article_versions')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('article_id', '=', articleId)
      .executeTakeFirst();
    return Number(row?.v ?? 0);
  }

  async insertVersion(values: Insertable<ArticleVersionsTable>): Promise<void> {
    await this.k.insertInto('article_versions').values(values).execute();
  }

  findVersion(articleId: number, version: number): Promise<VersionRow | undefined> {
    return this.k
      .selectFrom('article_versions')
      .selectAll()
      .where('article_id', '=', articleId)
      .where('version', '=', version)
      .executeTakeFirst();
  }

  latestVersion(articleId: number): Promise<VersionRow | undefined> {
    return this.k
      .selectFrom('article_versions')
      .selectAll()
      .where('article_id', '=', articleId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  listVersions(articleId: number) {
    return this.k
      .selectFrom('article_versions')
      .leftJoin('staff_users', 'staff_users.id', 'article_versions.created_by')
      .select([
        'article_versions.version',
        'article_versions.kind',
        'article_versions.title',
        'article_versions.tier',
        'article_versions.created_by',
        'article_versions.created_at',
        'staff_users.display_name as created_by_name',
      ])
      .where('article_versions.article_id', '=', articleId)
      .orderBy('article_versions.version', 'desc')
      .execute();
  }

  // ---- submissions and decisions -------------------------------------------------------

  async insertSubmission(values: Insertable<ReviewSubmissionsTable>): Promise<SubmissionRow> {
    return this.k.insertInto('review_submissions').values(values).returningAll().executeTakeFirstOrThrow();
  }

  /** The article's pending submission, row-locked (one per article at a time). */
  pendingSubmission(articleId: number, lock = false): Promise<SubmissionRow | undefined> {
    const q = this.k
      .selectFrom('review_submissions')
      .selectAll()
      .where('article_id', '=', articleId)
      .where('status', '=', 'pending')
      .orderBy('id', 'desc')
      .limit(1);
    return (lock ? forUpdate(this.dialect, q) : q).executeTakeFirst();
  }

  latestSubmission(articleId: number): Promise<SubmissionRow | undefined> {
    return this.k
      .selectFrom('review_submissions')
      .selectAll()
      .where('article_id', '=', articleId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /**
   * Moves a pending submission from step `step` on: to the next step, or to a final status.
   * The WHERE on (status, step) is the concurrency guard: of two approvers of one step, the
   * second matches no row (PostgreSQL re-evaluates it after the first commits).
   */
  async advance(
    submissionId: number,
    step: number,
    next: { step: number; status: SubmissionStatus; decidedAt: number | null },
  ): Promise<boolean> {
    const res = await this.k
      .updateTable('review_submissions')
      .set({ step: next.step, status: next.status, decided_at: next.decidedAt })
      .where('id', '=', submissionId)
      .where('status', '=', 'pending')
      .where('step', '=', step)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async insertDecision(values: Insertable<ReviewDecisionsTable>): Promise<void> {
    await this.k.insertInto('review_decisions').values(values).execute();
  }

  submissionsOf(articleId: number) {
    return this.k
      .selectFrom('review_submissions')
      .leftJoin('staff_users', 'staff_users.id', 'review_submissions.submitted_by')
      .selectAll('review_submissions')
      .select('staff_users.display_name as submitted_by_name')
      .where('review_submissions.article_id', '=', articleId)
      .orderBy('review_submissions.id')
      .execute();
  }

  decisionsOf(articleId: number) {
    return this.k
      .selectFrom('review_decisions')
      .leftJoin('staff_users', 'staff_users.id', 'review_decisions.actor_id')
      .selectAll('review_decisions')
      .select('staff_users.display_name as actor_name')
      .where('review_decisions.article_id', '=', articleId)
      .orderBy('review_decisions.id')
      .execute();
  }

  /** Pending submissions of an account awaiting one of `roles` (the review queue). */
  pendingForRoles(accountId: number) {
    return this.k
      .selectFrom('review_submissions')
      .innerJoin('articles', 'articles.id', 'review_submissions.article_id')
      .leftJoin('staff_users', 'staff_users.id', 'review_submissions.submitted_by')
      .select([
        'review_submissions.id',
        'review_submissions.article_id',
        'review_submissions.kind',
        'review_submissions.version',
        'review_submissions.chain',
        'review_submissions.step',
        'review_submissions.submitted_by',
        'review_submissions.submitted_at',
        'staff_users.display_name as submitted_by_name',
        'articles.title',
        'articles.tier',
        'articles.status',
      ])
      .where('review_submissions.account_id', '=', accountId)
      .where('review_submissions.status', '=', 'pending')
      .orderBy('review_submissions.submitted_at')
      .orderBy('review_submissions.id')
      .execute();
  }

  // ---- chains --------------------------------------------------------------------------

  async saveChain(accountId: number, tier: number, roles: string[], actorId: number, now: number) {
    await this.k
      .insertInto('review_chains')
      .values({
        account_id: accountId,
        tier,
        roles: JSON.stringify(roles),
        updated_by: actorId,
        updated_at: now,
      })
      .onConflict((oc) =>
        oc
          .columns(['account_id', 'tier'])
          .doUpdateSet({ roles: JSON.stringify(roles), updated_by: actorId, updated_at: now }),
      )
      .execute();
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }
}
