/**
 * All SQL of the publishing module (ENGINEERING.md, shape 4). Use cases receive this
 * repository, never the query builder; `transaction()` hands them a repository bound to one
 * transaction so a whole use case commits or rolls back together.
 */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type {
  ArticleStatus,
  ArticlesTable,
  MediaTable,
  PublicationsTable,
  Schema,
  StaffRole,
} from '../../db/schema.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';
import { enqueueEvent } from '../../infra/outbox.js';
import type { Room, ServerEventName, ServerEvents } from '../../shared/realtime.js';
import type { PublishActor } from './policy.js';
import type { AccountCardRow } from '../accounts/card.js';

export interface AccountRef {
  id: number;
  handle: string;
  name: string;
  region_code: string;
}

/** An article with its cover's storage key and, once published, its public slug. */
export type ArticleRow = Selectable<ArticlesTable> & {
  cover_key: string | null;
  published_slug: string | null;
};

export type ArticleListRow = Pick<ArticleRow, 'id' | 'title' | 'status' | 'updated_at' | 'published_slug'>;

/** What the public reading page and API need in one query. */
export type PublicArticleRow = Selectable<PublicationsTable> & {
  author: string;
  body_html: string;
  account: AccountCardRow;
};

export class PublishingRepository {
  constructor(
    private readonly db: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): PublishingRepository {
    return new PublishingRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: PublishingRepository) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => fn(new PublishingRepository(trx, this.dialect)));
  }

  // ---- accounts and actors -------------------------------------------------------------

  findAccount(id: number): Promise<AccountRef | undefined> {
    return this.db
      .selectFrom('accounts')
      .select(['id', 'handle', 'name', 'region_code'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async actor(userId: number, accountId: number): Promise<PublishActor> {
    const user = await this.db
      .selectFrom('staff_users')
      .select(['is_platform_admin', 'disabled'])
      .where('id', '=', userId)
      .executeTakeFirst();
    if (!user || user.disabled) return { isPlatformAdmin: false, roles: new Set() };
    const rows = await this.db
      .selectFrom('staff_roles')
      .select('role')
      .where('user_id', '=', userId)
      .where('account_id', '=', accountId)
      .execute();
    return {
      isPlatformAdmin: user.is_platform_admin === 1,
      roles: new Set<StaffRole>(rows.map((r) => r.role)),
    };
  }

  /** Takes the next publication number of an account; the row lock serialises publishers. */
  async nextPublicationSeq(accountId: number): Promise<{ seq: number; name: string }> {
    const row = await this.db
      .updateTable('accounts')
      .set((eb) => ({ publication_seq: eb('publication_seq', '+', 1) }))
      .where('id', '=', accountId)
      .returning(['publication_seq', 'name'])
      .executeTakeFirstOrThrow();
    return { seq: row.publication_seq, name: row.name };
  }

  async setLastPublication(accountId: number, publicationId: number, at: number): Promise<void> {
    await this.db
      .updateTable('accounts')
      .set({ last_publication_id: publicationId, last_published_at: at })
      .where('id', '=', accountId)
      .execute();
  }

  // ---- articles --------------------------------------------------------------------------

  private articles() {
    return this.db
      .selectFrom('articles')
      .leftJoin('media', 'media.id', 'articles.cover_media_id')
      .leftJoin('publications', 'publications.article_id', 'articles.id');
  }

  /** Newest edits first; `after` is the (updated_at, id) of the last row of the previous page. */
  listArticles(
    accountId: number,
    limit: number,
    after?: { updatedAt: number; id: number },
    status?: ArticleStatus,
  ): Promise<ArticleListRow[]> {
    let q = this.articles()
      .select([
        'articles.id',
        'articles.title',
        'articles.status',
        'articles.updated_at',
        'publications.slug as published_slug',
      ])
      .where('articles.account_id', '=', accountId);
    if (status) q = q.where('articles.status', '=', status);
    if (after) {
      q = q.where((eb) =>
        eb.or([
          eb('articles.updated_at', '<', after.updatedAt),
          eb.and([eb('articles.updated_at', '=', after.updatedAt), eb('articles.id', '<', after.id)]),
        ]),
      );
    }
    return q.orderBy('articles.updated_at', 'desc').orderBy('articles.id', 'desc').limit(limit).execute();
  }

  /** Scoped by account: another account's article id finds nothing. */
  findArticle(accountId: number, articleId: number): Promise<ArticleRow | undefined> {
    return this.articles()
      .selectAll('articles')
      .select(['media.storage_key as cover_key', 'publications.slug as published_slug'])
      .where('articles.account_id', '=', accountId)
      .where('articles.id', '=', articleId)
      .executeTakeFirst();
  }

  /** For idempotent seeding: an account's article with exactly this title. */
  findArticleByTitle(
    accountId: number,
    title: string,
  ): Promise<{ id: number; status: ArticleStatus } | undefined> {
    return this.db
      .selectFrom('articles')
      .select(['id', 'status'])
      .where('account_id', '=', accountId)
      .where('title', '=', title)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
  }

  async insertArticle(values: Insertable<ArticlesTable>): Promise<number> {
    const row = await this.db.insertInto('articles').values(values).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }

  /**
   * Applies an edit to an editable article and bumps its version; false when its status is no
   * longer `from` (what the caller read). An edit always leaves a draft (or a rejected
   * article) behind: an approved one goes back to draft, its approval was of other text.
   */
  async updateDraft(
    accountId: number,
    articleId: number,
    patch: Omit<Updateable<ArticlesTable>, 'id' | 'account_id' | 'version' | 'status'>,
    from: ArticleStatus = 'draft',
  ): Promise<boolean> {
    const res = await this.db
      .updateTable('articles')
      .set((eb) => ({
        ...patch,
        version: eb('version', '+', 1),
        ...(from === 'approved' ? { status: 'draft' as const } : {}),
      }))
      .where('account_id', '=', accountId)
      .where('id', '=', articleId)
      .where('status', '=', from)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  /** Stores the article's current content as its version snapshot (review/: versions and diffs). */
  async recordVersion(accountId: number, articleId: number, actorId: number, now: number): Promise<void> {
    const a = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', articleId)
      .executeTakeFirstOrThrow();
    await this.db
      .insertInto('article_versions')
      .values({
        account_id: accountId,
        article_id: articleId,
        version: a.version,
        kind: 'draft',
        title: a.title,
        author: a.author,
        summary: a.summary,
        body_html: a.body_html,
        cover_media_id: a.cover_media_id,
        tier: a.tier,
        created_by: actorId,
        created_at: now,
      })
      .execute();
  }

  /** Draft → published, atomically: of two concurrent publishers exactly one gets true. */
  async markPublished(accountId: number, articleId: number, now: number): Promise<boolean> {
    const res = await this.db
      .updateTable('articles')
      .set({ status: 'published', updated_at: now })
      .where('account_id', '=', accountId)
      .where('id', '=', articleId)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  // ---- media -----------------------------------------------------------------------------

  findMedia(accountId: number, mediaId: number): Promise<Selectable<MediaTable> | undefined> {
    return this.db
      .selectFrom('media')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('id', '=', mediaId)
      .executeTakeFirst();
  }

  findMediaByHash(accountId: number, sha256: string): Promise<Selectable<MediaTable> | undefined> {
    return this.db
      .selectFrom('media')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('sha256', '=', sha256)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
  }

  insertMedia(values: Insertable<MediaTable>): Promise<Selectable<MediaTable>> {
    return this.db.insertInto('media').values(values).returningAll().executeTakeFirstOrThrow();
  }

  // ---- publications ----------------------------------------------------------------------

  insertPublication(values: Insertable<PublicationsTable>): Promise<Selectable<PublicationsTable>> {
    return this.db.insertInto('publications').values(values).returningAll().executeTakeFirstOrThrow();
  }

  async findPublicArticle(slug: string): Promise<PublicArticleRow | undefined> {
    const row = await this.db
      .selectFrom('publications')
      .innerJoin('articles', 'articles.id', 'publications.article_id')
      .innerJoin('accounts', 'accounts.id', 'publications.account_id')
      .leftJoin('regions', 'regions.code', 'accounts.region_code')
      .selectAll('publications')
      .select([
        'articles.author',
        'articles.body_html',
        'accounts.handle as a_handle',
        'accounts.name as a_name',
        'accounts.level as a_level',
        'accounts.department_type as a_department_type',
        'accounts.region_code as a_region_code',
        'regions.name as a_region_name',
        'accounts.avatar_url as a_avatar_url',
        'accounts.verified as a_verified',
        'accounts.follower_count as a_follower_count',
      ])
      .where('publications.slug', '=', slug)
      // A suspended account (e.g. a fake one the platform took down) is gone for the public,
      // its articles' links included.
      .where('accounts.status', '=', 'active')
      .executeTakeFirst();
    if (!row) return undefined;
    const {
      a_handle,
      a_name,
      a_level,
      a_department_type,
      a_region_code,
      a_region_name,
      a_avatar_url,
      a_verified,
      a_follower_count,
      ...rest
    } = row;
    return {
      ...rest,
      account: {
        id: row.account_id,
        handle: a_handle,
        name: a_name,
        level: a_level,
        department_type: a_department_type,
        region_code: a_region_code,
        region_name: a_region_name,
        avatar_url: a_avatar_url,
        verified: a_verified,
        follower_count: a_follower_count,
      },
    };
  }

  // ---- events and audit (same transaction as the change) ---------------------------------

  enqueue<E extends ServerEventName>(
    now: number,
    room: Room,
    event: E,
    data: ServerEvents[E],
  ): Promise<void> {
    return enqueueEvent(this.db, now, room, event, data);
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.db, this.dialect, entry);
  }
}
