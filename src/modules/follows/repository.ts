/**
 * All SQL of following: follow edges, the account's follower counter, the follower list and
 * the bulk path imports and benchmarks use.
 */
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
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
      .select(['id', 'region_code', 'publication_seq', 'follower_count'])
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
