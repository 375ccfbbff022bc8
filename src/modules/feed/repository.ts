/**
 * All SQL of reading: an account's thread, a citizen's home list and merged feed, and the
 * rooms of the event stream. Every read is bounded by what the citizen follows and the page
 * size, never by the total of publications or followers (fan-out on read).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Schema } from '../../db/schema.js';
import type { PublicationRow } from '../publishing/card.js';
import type { AccountCardRow } from '../accounts/card.js';

/**
 * Followed accounts per merged-feed statement: SQLite allows 500 terms in a compound SELECT;
 * following more than this costs one more statement per chunk.
 */
const FEED_ACCOUNTS_PER_STATEMENT = 200;

const PUBLICATION_COLUMNS = [
  'id',
  'account_id',
  'article_id',
  'slug',
  'seq',
  'title',
  'summary',
  'cover_url',
  'published_by',
  'published_at',
  'audience',
  'withdrawn_at',
] as const;

/** A publication with what decides who sees it (audience, withdrawal). */
export type VisibleRow = PublicationRow & { audience: string | null; withdrawn_at: number | null };

export interface HomeRow extends AccountCardRow {
  publication_seq: number;
  last_targeted_seq: number;
  last_published_at: number | null;
  last_read_seq: number;
  followed_at: number;
  latest: VisibleRow | null;
}

export interface FeedCursor {
  publishedAt: number;
  id: number;
}

export class FeedRepository {
  constructor(private database: Database) {}

  private get k(): Kysely<Schema> {
    return this.database.k;
  }

  /** Any account, suspended ones included (staff still reach their own account's stream). */
  findAccount(accountId: number) {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'name', 'region_code', 'publication_seq', 'status'])
      .where('id', '=', accountId)
      .executeTakeFirst();
  }

  /** An account citizens may see: suspended accounts are hidden as if they did not exist. */
  async findPublicAccount(accountId: number) {
    const account = await this.findAccount(accountId);
    return account?.status === 'active' ? account : undefined;
  }

  /** Newest first, seq below `beforeSeq` when given (a range scan of publications_account_seq). */
  async threadPage(
    account: { id: number; name: string },
    beforeSeq: number | null,
    limit: number,
  ): Promise<VisibleRow[]> {
    let q = this.k
      .selectFrom('publications')
      .select(PUBLICATION_COLUMNS)
      .where('account_id', '=', account.id);
    if (beforeSeq !== null) q = q.where('seq', '<', beforeSeq);
    const rows = await q.orderBy('seq', 'desc').limit(limit).execute();
    return rows.map((r) => ({ ...r, account_name: account.name }));
  }

  readerTraits(citizenId: number, accountIds: readonly number[]) {
    return loadReaderTraits(this.k, citizenId, accountIds);
  }

  /** Who-sees-it columns of the publications after `afterSeq`, oldest first, at most `cap`. */
  unreadCandidates(accountId: number, afterSeq: number, cap: number) {
    return this.k
      .selectFrom('publications')
      .select(['seq', 'audience', 'withdrawn_at'])
      .where('account_id', '=', accountId)
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(cap)
      .execute();
  }

  /** Moves the citizen's read mark forward to `seq` (never back); no-op when not following. */
  async markRead(accountId: number, citizenId: number, seq: number): Promise<void> {
    await this.k
      .updateTable('follows')
      .set({ last_read_seq: seq })
      .where('account_id', '=', accountId)
      .where('citizen_id', '=', citizenId)
      .where('last_read_seq', '<', seq)
      .execute();
  }

  followedAccountIds(citizenId: number): Promise<number[]> {
    return this.k
      .selectFrom('follows')
      .select('account_id')
      .where('citizen_id', '=', citizenId)
      .execute()
      .then((rows) => rows.map((r) => r.account_id));
  }

  /** The active accounts a citizen follows that have published, with their names and latest time. */
  followedPublishers(
    citizenId: number,
  ): Promise<Array<{ id: number; name: string; last_published_at: number | null }>> {
    return this.k
      .selectFrom('follows as f')
      .innerJoin('accounts as a', 'a.id', 'f.account_id')
      .select(['a.id', 'a.name', 'a.last_published_at'])
      .where('f.citizen_id', '=', citizenId)
      .where('a.status', '=', 'active')
      .where('a.last_publication_id', 'is not', null)
      .execute();
  }

  /**
   * One row per followed active account with its latest publication, found through the account's
   * last_publication_id (a primary-key look-up): O(followed accounts).
   */
  async homeRows(citizenId: number): Promise<HomeRow[]> {
    const rows = await this.k
      .selectFrom('follows as f')
      .innerJoin('accounts as a', 'a.id', 'f.account_id')
      .leftJoin('regions as r', 'r.code', 'a.region_code')
      .leftJoin('publications as p', 'p.id', 'a.last_publication_id')
      .select([
        'a.id',
        'a.handle',
        'a.name',
        'a.level',
        'a.department_type',
        'a.region_code',
        'r.name as region_name',
        'a.avatar_url',
        'a.verified',
        'a.follower_count',
        'a.publication_seq',
        'a.last_targeted_seq',
        'a.last_published_at',
        'f.last_read_seq',
        'f.followed_at',
        'p.id as p_id',
        'p.article_id as p_article_id',
        'p.slug as p_slug',
        'p.seq as p_seq',
        'p.title as p_title',
        'p.summary as p_summary',
        'p.cover_url as p_cover_url',
        'p.published_by as p_published_by',
        'p.published_at as p_published_at',
        'p.audience as p_audience',
        'p.withdrawn_at as p_withdrawn_at',
      ])
      .where('f.citizen_id', '=', citizenId)
      .where('a.status', '=', 'active')
      .execute();
    return rows.map((r) => {
      const {
        p_id,
        p_article_id,
        p_slug,
        p_seq,
        p_title,
        p_summary,
        p_cover_url,
        p_published_by,
        p_published_at,
        p_audience,
        p_withdrawn_at,
        ...account
      } = r;
      const latest: VisibleRow | null =
        p_id === null
          ? null
          : {
              id: p_id,
              account_id: r.id,
              account_name: r.name,
              article_id: p_article_id!,
              slug: p_slug!,
              seq: p_seq!,
              title: p_title!,
              summary: p_summary!,
              cover_url: p_cover_url,
              published_by: p_published_by!,
              published_at: p_published_at!,
              audience: p_audience ?? null,
              withdrawn_at: p_withdrawn_at ?? null,
            };
      return { ...account, latest };
    });
  }

  /**
   * The newest `limit` publications of the given accounts before `before`, newest first.
   *
   * Two steps. First the keys: each account contributes an index-only range scan of
   * publications_account_time (account_id, published_at, id) limited to `limit` entries; the
   * union is merged and cut to `limit`. Then the rows: at most `limit` primary-key look-ups.
   * Cost: O(accounts × limit) index entries, whatever the total of publications.
   */
  async feedPage(
    accounts: ReadonlyArray<{ id: number; name: string }>,
    before: FeedCursor | null,
    limit: number,
  ): Promise<VisibleRow[]> {
    if (accounts.length === 0) return [];
    const keys: FeedKey[] = [];
    for (let i = 0; i < accounts.length; i += FEED_ACCOUNTS_PER_STATEMENT) {
      const chunk = accounts.slice(i, i + FEED_ACCOUNTS_PER_STATEMENT);
      keys.push(
        ...(await this.feedKeys(
          chunk.map((a) => a.id),
          before,
          limit,
        )),
      );
    }
    if (accounts.length > FEED_ACCOUNTS_PER_STATEMENT) keys.sort(newestFirst);
    const top = keys.slice(0, limit);
    if (top.length === 0) return [];
    const rows = await this.k
      .selectFrom('publications')
      .select(PUBLICATION_COLUMNS)
      .where(
        'id',
        'in',
        top.map((key) => key.id),
      )
      .execute();
    const names = new Map(accounts.map((a) => [a.id, a.name]));
    return rows.sort(newestFirst).map((r) => ({ ...r, account_name: names.get(r.account_id) ?? '' }));
  }

  private feedKeys(accountIds: number[], before: FeedCursor | null, limit: number): Promise<FeedKey[]> {
    const k = this.k;
    const perAccount = (accountId: number) => {
      let q = k.selectFrom('publications').select(['id', 'published_at']).where('account_id', '=', accountId);
      if (before) {
        // "(published_at, id) < cursor", written so both planners range-scan on published_at.
        q = q
          .where('published_at', '<=', before.publishedAt)
          .where((eb) => eb.or([eb('published_at', '<', before.publishedAt), eb('id', '<', before.id)]));
      }
      return q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit);
    };
    if (accountIds.length === 1) return perAccount(accountIds[0]!).execute();
    // Each member is wrapped in a sub-select: SQLite refuses ORDER BY/LIMIT on compound members.
    let query = k.selectFrom(perAccount(accountIds[0]!).as('p0')).selectAll();
    for (let i = 1; i < accountIds.length; i++) {
      query = query.unionAll(k.selectFrom(perAccount(accountIds[i]!).as(`p${i}`)).selectAll());
    }
    return query.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  }
}

/**
 * What decides a reader's view of targeted publications: their home region and, per
 * account, the tags they carry there. Read only when a page holds a targeted row.
 */
export async function loadReaderTraits(
  k: Kysely<Schema>,
  citizenId: number,
  accountIds: readonly number[],
): Promise<{ regionCode: string | null; tagsByAccount: Map<number, Set<number>> }> {
  const citizen = await k
    .selectFrom('citizens')
    .select('region_code')
    .where('id', '=', citizenId)
    .executeTakeFirst();
  const tagsByAccount = new Map<number, Set<number>>(accountIds.map((id) => [id, new Set<number>()]));
  if (accountIds.length > 0) {
    const rows = await k
      .selectFrom('follower_tag_members')
      .select(['account_id', 'tag_id'])
      .where('citizen_id', '=', citizenId)
      .where('account_id', 'in', [...accountIds])
      .execute();
    for (const r of rows) tagsByAccount.get(r.account_id)?.add(r.tag_id);
  }
  return { regionCode: citizen?.region_code ?? null, tagsByAccount };
}

interface FeedKey {
  id: number;
  published_at: number;
}

function newestFirst(
  a: { published_at: number; id: number },
  b: { published_at: number; id: number },
): number {
  return b.published_at - a.published_at || b.id - a.id;
}

/**
 * For withdrawal (and anything else that hides a publication after it went out): call in the
 * same transaction so followers who had not read up to `seq` get their unread count from the
 * rows they may see (read.ts), not `publication_seq − last_read_seq`, which would still
 * count the hidden one.
 */
export async function hideFromUnread(k: Kysely<Schema>, accountId: number, seq: number): Promise<void> {
  await k
    .updateTable('accounts')
    .set({ last_targeted_seq: seq })
    .where('id', '=', accountId)
    .where('last_targeted_seq', '<', seq)
    .execute();
}
