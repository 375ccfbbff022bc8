/**
 * All SQL of the audience an account can address: its follower tags and who carries them
 * (staff name followers by openid; rows keep the citizen id), and the citizen's home region.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';

export interface TagRow {
  id: number;
  name: string;
  /** Carriers who still follow the account. */
  followers: number;
}

export class AudienceRepository {
  constructor(
    private readonly k: Kysely<Schema>,
    private readonly dialect: DialectName,
  ) {}

  static of(database: Database): AudienceRepository {
    return new AudienceRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: AudienceRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new AudienceRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  findAccount(accountId: number) {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'region_code'])
      .where('id', '=', accountId)
      .executeTakeFirst();
  }

  // ---- tags ----

  /** Tags, oldest first; `followers` counts carriers who still follow (an unfollow drops out). */
  async listTags(accountId: number, ids?: number[]): Promise<TagRow[]> {
    let q = this.k
      .selectFrom('follower_tags as t')
      .leftJoin('follower_tag_members as m', 'm.tag_id', 't.id')
      .leftJoin('follows as f', (j) =>
        j.onRef('f.account_id', '=', 'm.account_id').onRef('f.citizen_id', '=', 'm.citizen_id'),
      )
      .select(['t.id', 't.name', (eb) => eb.fn.count<number | string>('f.citizen_id').as('followers')])
      .where('t.account_id', '=', accountId)
      .groupBy(['t.id', 't.name']);
    if (ids) q = q.where('t.id', 'in', ids.length > 0 ? ids : [0]);
    // Creation order: name order would differ between SQLite (bytes) and PostgreSQL (collation).
    const rows = await q.orderBy('t.id').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, followers: Number(r.followers) }));
  }

  async countTags(accountId: number): Promise<number> {
    const row = await this.k
      .selectFrom('follower_tags')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('account_id', '=', accountId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  findTag(accountId: number, tagId: number) {
    return this.k
      .selectFrom('follower_tags')
      .select(['id', 'name'])
      .where('account_id', '=', accountId)
      .where('id', '=', tagId)
      .executeTakeFirst();
  }

  async tagNameTaken(accountId: number, name: string, exceptId?: number): Promise<boolean> {
    let q = this.k
      .selectFrom('follower_tags')
      .select('id')
      .where('account_id', '=', accountId)
      .where('name', '=', name);
    if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  }

  /**
   * Throws a unique violation when a concurrent request took the name after tagNameTaken
   * said it was free; the use case turns that into TAG_NAME_TAKEN.
   */
  async insertTag(accountId: number, name: string, now: number): Promise<number> {
    const row = await this.k
      .insertInto('follower_tags')
      .values({ account_id: accountId, name, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async renameTag(tagId: number, name: string): Promise<void> {
    await this.k.updateTable('follower_tags').set({ name }).where('id', '=', tagId).execute();
  }

  /** Names of the conditional menus matching on the tag. */
  async variantsUsingTag(tagId: number): Promise<string[]> {
    const rows = await this.k
      .selectFrom('menu_variants')
      .select('name')
      .where('tag_id', '=', tagId)
      .orderBy('position')
      .execute();
    return rows.map((r) => r.name);
  }

  async deleteTag(tagId: number): Promise<void> {
    // Members go with the tag (ON DELETE CASCADE).
    await this.k.deleteFrom('follower_tags').where('id', '=', tagId).execute();
  }

  /** openid → citizen id, for the openids that are current followers of the account. */
  async followersByOpenid(accountId: number, openids: string[]): Promise<Map<string, number>> {
    if (openids.length === 0) return new Map();
    const rows = await this.k
      .selectFrom('follows')
      .select(['openid', 'citizen_id'])
      .where('account_id', '=', accountId)
      .where('openid', 'in', openids)
      .execute();
    return new Map(rows.map((r) => [r.openid, r.citizen_id]));
  }

  /** Adds the citizens to the tag; those already carrying it are left as they are. */
  async addMembers(accountId: number, tagId: number, citizenIds: number[], now: number): Promise<number> {
    if (citizenIds.length === 0) return 0;
    const result = await this.k
      .insertInto('follower_tag_members')
      .values(
        citizenIds.map((citizen_id) => ({
          account_id: accountId,
          tag_id: tagId,
          citizen_id,
          tagged_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(['tag_id', 'citizen_id']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0);
  }

  async removeMembers(tagId: number, citizenIds: number[]): Promise<number> {
    if (citizenIds.length === 0) return 0;
    const result = await this.k
      .deleteFrom('follower_tag_members')
      .where('tag_id', '=', tagId)
      .where('citizen_id', 'in', citizenIds)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** The tag ids each of these followers carries (openid → ids, ascending). */
  async tagsOfFollowers(accountId: number, openids: string[]): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>(openids.map((o) => [o, []]));
    if (openids.length === 0) return out;
    const rows = await this.k
      .selectFrom('follows as f')
      .innerJoin('follower_tag_members as m', (j) =>
        j.onRef('m.account_id', '=', 'f.account_id').onRef('m.citizen_id', '=', 'f.citizen_id'),
      )
      .select(['f.openid', 'm.tag_id'])
      .where('f.account_id', '=', accountId)
      .where('f.openid', 'in', openids)
      .orderBy('m.tag_id')
      .execute();
    for (const r of rows) out.get(r.openid)?.push(r.tag_id);
    return out;
  }

  // ---- the citizen's home region ----

  async citizenRegion(citizenId: number): Promise<string | null> {
    const row = await this.k
      .selectFrom('citizens')
      .select('region_code')
      .where('id', '=', citizenId)
      .executeTakeFirst();
    return row?.region_code ?? null;
  }

  async setCitizenRegion(citizenId: number, code: string | null): Promise<void> {
    await this.k.updateTable('citizens').set({ region_code: code }).where('id', '=', citizenId).execute();
  }

  /** The region and the ones above it, province first (GB/T 2260 codes encode the path). */
  async regionPath(code: string): Promise<Array<{ code: string; name: string }>> {
    const codes = [...new Set([`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code])];
    const rows = await this.k
      .selectFrom('regions')
      .select(['code', 'name', 'level'])
      .where('code', 'in', codes)
      .orderBy('level')
      .execute();
    return rows.map((r) => ({ code: r.code, name: r.name }));
  }

  async regionExists(code: string): Promise<boolean> {
    const row = await this.k.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
    return row !== undefined;
  }
}
