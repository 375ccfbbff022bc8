/**
 * All SQL of custom menus: the default menu (one row per account holding WeChat's menu JSON),
 * the conditional variants in match order, what a citizen is matched on (tags, region), the
 * hotlines page and the account's publication list that menu buttons open.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';
import type { PublicationRow } from '../publishing/card.js';

export interface VariantRow {
  id: number;
  position: number;
  name: string;
  tag_id: number | null;
  region_prefix: string | null;
  menu_json: string;
}

export interface VariantWrite {
  /** An existing variant of the account to update in place (keeps its id), or null for a new one. */
  id: number | null;
  name: string;
  tagId: number | null;
  regionPrefix: string | null;
  menuJson: string;
}

export interface HotlineRow {
  name: string;
  phone: string;
  hours: string;
}

export class MenusRepository {
  constructor(
    private readonly k: Kysely<Schema>,
    private readonly dialect: DialectName,
  ) {}

  static of(database: Database): MenusRepository {
    return new MenusRepository(database.k, database.dialect);
  }

  /** Runs `fn` in one transaction: the menu and its audit entry commit together. */
  transaction<T>(fn: (repo: MenusRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new MenusRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  findAccount(accountId: number) {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'status', 'region_code'])
      .where('id', '=', accountId)
      .executeTakeFirst();
  }

  // ---- default menu ----

  findMenu(accountId: number) {
    return this.k
      .selectFrom('menus')
      .select(['menu_json', 'updated_at'])
      .where('account_id', '=', accountId)
      .executeTakeFirst();
  }

  /** Inserts or replaces the account's menu. */
  async upsertMenu(accountId: number, menuJson: string, now: number): Promise<void> {
    await this.k
      .insertInto('menus')
      .values({ account_id: accountId, menu_json: menuJson, updated_at: now })
      .onConflict((oc) => oc.column('account_id').doUpdateSet({ menu_json: menuJson, updated_at: now }))
      .execute();
  }

  async deleteMenu(accountId: number): Promise<void> {
    await this.k.deleteFrom('menus').where('account_id', '=', accountId).execute();
  }

  // ---- variants ----

  listVariants(accountId: number): Promise<VariantRow[]> {
    return this.k
      .selectFrom('menu_variants')
      .select(['id', 'position', 'name', 'tag_id', 'region_prefix', 'menu_json'])
      .where('account_id', '=', accountId)
      .orderBy('position')
      .execute();
  }

  /**
   * Makes the account's variants exactly `variants`, in that order: rows named by id are
   * updated in place, the rest inserted, variants no longer listed deleted.
   */
  async replaceVariants(accountId: number, variants: VariantWrite[], now: number): Promise<void> {
    const existing = new Set((await this.listVariants(accountId)).map((v) => v.id));
    const kept = new Set<number>();
    for (const v of variants) if (v.id !== null && existing.has(v.id)) kept.add(v.id);
    const gone = [...existing].filter((id) => !kept.has(id));
    if (gone.length > 0) await this.k.deleteFrom('menu_variants').where('id', 'in', gone).execute();
    for (const [position, v] of variants.entries()) {
      const values = {
        position,
        name: v.name,
        tag_id: v.tagId,
        region_prefix: v.regionPrefix,
        menu_json: v.menuJson,
        updated_at: now,
      };
      if (v.id !== null && kept.has(v.id)) {
        await this.k.updateTable('menu_variants').set(values).where('id', '=', v.id).execute();
      } else {
        await this.k
          .insertInto('menu_variants')
          .values({ account_id: accountId, ...values })
          .execute();
      }
    }
  }

  // ---- what menus are checked and matched against ----

  /** Which of `tagIds` are tags of the account. */
  async existingTagIds(accountId: number, tagIds: number[]): Promise<Set<number>> {
    if (tagIds.length === 0) return new Set();
    const rows = await this.k
      .selectFrom('follower_tags')
      .select('id')
      .where('account_id', '=', accountId)
      .where('id', 'in', tagIds)
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  async regionExists(code: string): Promise<boolean> {
    const row = await this.k.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst();
    return row !== undefined;
  }

  /** Which of `slugs` are publications of the account. */
  async existingSlugs(accountId: number, slugs: string[]): Promise<Set<string>> {
    if (slugs.length === 0) return new Set();
    const rows = await this.k
      .selectFrom('publications')
      .select('slug')
      .where('account_id', '=', accountId)
      .where('slug', 'in', slugs)
      .execute();
    return new Set(rows.map((r) => r.slug));
  }

  /** The account's tags the citizen carries, counting only while they follow the account. */
  async citizenTagIds(accountId: number, citizenId: number): Promise<Set<number>> {
    const rows = await this.k
      .selectFrom('follower_tag_members as m')
      .innerJoin('follows as f', (j) =>
        j.onRef('f.account_id', '=', 'm.account_id').onRef('f.citizen_id', '=', 'm.citizen_id'),
      )
      .select('m.tag_id')
      .where('m.account_id', '=', accountId)
      .where('m.citizen_id', '=', citizenId)
      .execute();
    return new Set(rows.map((r) => r.tag_id));
  }

  async citizenRegion(citizenId: number): Promise<string | null> {
    const row = await this.k
      .selectFrom('citizens')
      .select('region_code')
      .where('id', '=', citizenId)
      .executeTakeFirst();
    return row?.region_code ?? null;
  }

  // ---- hotlines ----

  listHotlines(accountId: number): Promise<HotlineRow[]> {
    return this.k
      .selectFrom('hotlines')
      .select(['name', 'phone', 'hours'])
      .where('account_id', '=', accountId)
      .orderBy('position')
      .execute();
  }

  async replaceHotlines(accountId: number, items: HotlineRow[]): Promise<void> {
    await this.k.deleteFrom('hotlines').where('account_id', '=', accountId).execute();
    if (items.length === 0) return;
    await this.k
      .insertInto('hotlines')
      .values(items.map((h, position) => ({ account_id: accountId, position, ...h })))
      .execute();
  }

  // ---- the account's publications (the "articles" service page) ----

  /** Newest first, before `beforeSeq` when given; one index range scan of (account_id, seq). */
  listPublications(accountId: number, limit: number, beforeSeq?: number): Promise<PublicationRow[]> {
    let q = this.k
      .selectFrom('publications as p')
      .innerJoin('accounts as a', 'a.id', 'p.account_id')
      .select([
        'p.id',
        'p.account_id',
        'p.article_id',
        'p.slug',
        'p.seq',
        'p.title',
        'p.summary',
        'p.cover_url',
        'p.published_by',
        'p.published_at',
        'a.name as account_name',
      ])
      .where('p.account_id', '=', accountId);
    if (beforeSeq !== undefined) q = q.where('p.seq', '<', beforeSeq);
    return q.orderBy('p.seq', 'desc').limit(limit).execute();
  }
}
