/**
 * All SQL of following: follow edges, the account's follower counter, the follower list and
 * the bulk path imports and benchmarks use.
 */
import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Schema } from '../../db/schema.js';

type Db = Kysely<Schema> | Transaction<Schema>;

export interface FollowRow {
  accountId: number;
  citizenId: number;
  openid: string;
  followedAt: number;
  /** Defaults to 0. */
  lastReadSeq?: number;
  scene?: string | null;
}

export interface FollowerEntry {
  openid: string;
  followed_at: number;
  scene: string | null;
}

/**
 * The Beijing (UTC+8) day number of `followed_at`. Integer division of integers truncates on
 * both SQLite and PostgreSQL, and epoch milliseconds are positive, so this is floor() on
 * both dialects. Literals rather than parameters: PostgreSQL matches the GROUP BY expression
 * to the selected one by its text, and `$1` and `$3` would differ.
 */
const beijingDayOfFollow = sql<number>`(followed_at + ${sql.lit(8 * 3_600_000)}) / ${sql.lit(86_400_000)}`;

const FOLLOW_COLUMNS = 6;
/**
 * Rows per INSERT statement of the bulk path: large enough to amortise statement preparation,
 * below SQLite's 32,766 and PostgreSQL's 65,535 bound-parameter limits.
 */
export const BULK_ROWS_PER_STATEMENT = 2000;

export class FollowsRepository {
  /** The compiled multi-row INSERT, by row count: compiled once, reused with new parameters. */
  private bulkInsert = new Map<number, CompiledQuery>();

  constructor(private database: Database) {}

  transaction<T>(fn: (trx: Transaction<Schema>) => Promise<T>): Promise<T> {
    return this.database.k.transaction().execute(fn);
  }

  findAccount(db: Db, accountId: number) {
    return db
      .selectFrom('accounts')
      .select(['id', 'handle', 'region_code', 'publication_seq', 'follower_count', 'status'])
      .where('id', '=', accountId)
      .executeTakeFirst();
  }

  /** Inserts the edge unless it exists; answers whether a row was inserted. */
  async insertFollow(trx: Db, row: FollowRow): Promise<boolean> {
    const result = await trx
      .insertInto('follows')
      .values(toValues(row))
      .onConflict((oc) => oc.columns(['account_id', 'citizen_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async deleteFollow(trx: Db, accountId: number, citizenId: number): Promise<boolean> {
    const result = await trx
      .deleteFrom('follows')
      .where('account_id', '=', accountId)
      .where('citizen_id', '=', citizenId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Moves the counter by `delta` and answers its new value. */
  async addToFollowerCount(trx: Db, accountId: number, delta: number): Promise<number> {
    const row = await trx
      .updateTable('accounts')
      .set((eb) => ({ follower_count: eb('follower_count', '+', delta) }))
      .where('id', '=', accountId)
      .returning('follower_count')
      .executeTakeFirstOrThrow();
    return row.follower_count;
  }

  /** Newest followers first, after the (followed_at, openid) cursor when given. */
  listFollowers(
    accountId: number,
    limit: number,
    after: { followedAt: number; openid: string } | null,
  ): Promise<FollowerEntry[]> {
    let q = this.database.k
      .selectFrom('follows')
      .select(['openid', 'followed_at', 'scene'])
      .where('account_id', '=', accountId);
    if (after) {
      q = q.where((eb) =>
        eb.or([
          eb('followed_at', '<', after.followedAt),
          eb.and([eb('followed_at', '=', after.followedAt), eb('openid', '<', after.openid)]),
        ]),
      );
    }
    return q.orderBy('followed_at', 'desc').orderBy('openid', 'desc').limit(limit).execute();
  }

  /**
   * Current followers who followed at or after `since`, counted per Beijing day: a range scan
   * of the (account_id, followed_at) index, one row per day.
   */
  async newFollowersByDay(
    accountId: number,
    since: number,
  ): Promise<Array<{ day: number; followers: number }>> {
    const rows = await this.database.k
      .selectFrom('follows')
      .select([beijingDayOfFollow.as('day'), (eb) => eb.fn.countAll<number>().as('followers')])
      .where('account_id', '=', accountId)
      .where('followed_at', '>=', since)
      .groupBy(beijingDayOfFollow)
      .execute();
    return rows.map((r) => ({ day: Number(r.day), followers: Number(r.followers) }));
  }

  /** Current followers who followed at or after `since`, by QR scene, largest first (top 50). */
  async newFollowersByScene(
    accountId: number,
    since: number,
  ): Promise<Array<{ scene: string | null; followers: number }>> {
    const rows = await this.database.k
      .selectFrom('follows')
      .select(['scene', (eb) => eb.fn.countAll<number>().as('followers')])
      .where('account_id', '=', accountId)
      .where('followed_at', '>=', since)
      .groupBy('scene')
      .orderBy('followers', 'desc')
      .orderBy('scene')
      .limit(50)
      .execute();
    return rows.map((r) => ({ scene: r.scene, followers: Number(r.followers) }));
  }

  /**
   * Inserts many follow edges in one transaction, in multi-row statements of
   * BULK_ROWS_PER_STATEMENT rows, and adds them to the accounts' follower counters. The
   * statement text is compiled once per row count and reused, so the query layer's cost per
   * row is filling a parameter array. Fails (and writes nothing) if any edge already exists.
   */
  async insertFollows(rows: readonly FollowRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.database.k.transaction().execute(async (trx) => {
      for (let start = 0; start < rows.length; start += BULK_ROWS_PER_STATEMENT) {
        const batch = rows.slice(start, start + BULK_ROWS_PER_STATEMENT);
        const params: unknown[] = new Array(batch.length * FOLLOW_COLUMNS);
        let i = 0;
        for (const r of batch) {
          params[i++] = r.accountId;
          params[i++] = r.citizenId;
          params[i++] = r.openid;
          params[i++] = r.followedAt;
          params[i++] = r.lastReadSeq ?? 0;
          params[i++] = r.scene ?? null;
        }
        const compiled = this.compiledBulkInsert(trx, batch.length);
        await trx.executeQuery(CompiledQuery.raw(compiled.sql, params));
      }
      const perAccount = new Map<number, number>();
      for (const r of rows) perAccount.set(r.accountId, (perAccount.get(r.accountId) ?? 0) + 1);
      for (const [accountId, n] of perAccount) await this.addToFollowerCount(trx, accountId, n);
    });
  }

  private compiledBulkInsert(db: Db, rowCount: number): CompiledQuery {
    let compiled = this.bulkInsert.get(rowCount);
    if (!compiled) {
      const placeholder: FollowRow = {
        accountId: 0,
        citizenId: 0,
        openid: '',
        followedAt: 0,
        lastReadSeq: 0,
        scene: null,
      };
      compiled = db
        .insertInto('follows')
        .values(Array.from({ length: rowCount }, () => toValues(placeholder)))
        .compile();
      this.bulkInsert.set(rowCount, compiled);
    }
    return compiled;
  }
}

function toValues(row: FollowRow) {
  return {
    account_id: row.accountId,
    citizen_id: row.citizenId,
    openid: row.openid,
    followed_at: row.followedAt,
    last_read_seq: row.lastReadSeq ?? 0,
    scene: row.scene ?? null,
  };
}
