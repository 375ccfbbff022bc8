/** All SQL of automatic replies: rules, their keywords and the per-account settings row. */
import { sql, type CompiledQuery, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import { likeOperator, likePattern, type DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type {
  AutoReplyMatchType,
  AutoReplyMode,
  AutoReplySettingsTable,
} from '../../db/tables/autoreplies.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';

export interface RuleValues {
  name: string;
  priority: number;
  reply_mode: AutoReplyMode;
  replies_json: string;
  enabled: number;
}

export interface KeywordValues {
  keyword: string;
  folded: string;
  match_type: AutoReplyMatchType;
}

type SettingsRow = Pick<
  Selectable<AutoReplySettingsTable>,
  'rules_version' | 'greeting_json' | 'default_json'
>;
const settingsQueries = new Map<DialectName, CompiledQuery<SettingsRow>>();

const RULE_COLUMNS = [
  'id',
  'name',
  'priority',
  'reply_mode',
  'replies_json',
  'enabled',
  'created_at',
  'updated_at',
] as const;

export class AutoRepliesRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): AutoRepliesRepository {
    return new AutoRepliesRepository(database.k, database.dialect);
  }

  /** Runs `fn` in one transaction: a rule, its keywords, the version bump and the audit entry commit together. */
  transaction<T>(fn: (repo: AutoRepliesRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new AutoRepliesRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  findAccount(accountId: number) {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'handle', 'region_code', 'status'])
      .where('id', '=', accountId)
      .executeTakeFirst();
  }

  private settingsQuery() {
    return this.k
      .selectFrom('autoreply_settings')
      .select(['rules_version', 'greeting_json', 'default_json'])
      .where('account_id', '=', 0);
  }

  /**
   * The engine's per-message read: one primary-key look-up. It runs for every citizen
   * message, so the query is built once per dialect and re-run with the account id, which
   * halves its cost and garbage against building it each time (bench/autoreply.ts).
   */
  async readSettings(accountId: number): Promise<SettingsRow | undefined> {
    let compiled = settingsQueries.get(this.dialect);
    if (!compiled) settingsQueries.set(this.dialect, (compiled = this.settingsQuery().compile()));
    const result = await this.k.executeQuery<SettingsRow>({ ...compiled, parameters: [accountId] });
    return result.rows[0];
  }

  /**
   * Bumps the account's rules version (creating the row on first use). On PostgreSQL the
   * upsert also locks the row until commit, which serialises an account's rule writes (the
   * rule-count limit relies on it); SQLite has one writer anyway.
   */
  async bumpVersion(accountId: number, now: number): Promise<void> {
    await this.k
      .insertInto('autoreply_settings')
      .values({ account_id: accountId, rules_version: 1, updated_at: now })
      .onConflict((oc) =>
        oc.column('account_id').doUpdateSet((eb) => ({
          rules_version: eb('autoreply_settings.rules_version', '+', 1),
          updated_at: now,
        })),
      )
      .execute();
  }

  async writeReplySet(accountId: number, which: 'greeting' | 'default', json: string): Promise<void> {
    await this.k
      .updateTable('autoreply_settings')
      .set(which === 'greeting' ? { greeting_json: json } : { default_json: json })
      .where('account_id', '=', accountId)
      .execute();
  }

  /** The folded regex keywords of the account's other rules (all but `exceptRuleId`). */
  async regexKeywords(accountId: number, exceptRuleId: number | null): Promise<string[]> {
    let q = this.k
      .selectFrom('autoreply_keywords')
      .select('folded')
      .where('account_id', '=', accountId)
      .where('match_type', '=', 'regex');
    if (exceptRuleId !== null) q = q.where('rule_id', '!=', exceptRuleId);
    return (await q.execute()).map((r) => r.folded);
  }

  async countRules(accountId: number): Promise<number> {
    const row = await this.k
      .selectFrom('autoreply_rules')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', accountId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insertRule(
    accountId: number,
    values: RuleValues,
    actorId: number | null,
    now: number,
  ): Promise<number> {
    const row = await this.k
      .insertInto('autoreply_rules')
      .values({ account_id: accountId, ...values, created_by: actorId, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Answers whether the rule existed on this account. */
  async updateRule(accountId: number, ruleId: number, values: RuleValues, now: number): Promise<boolean> {
    const r = await this.k
      .updateTable('autoreply_rules')
      .set({ ...values, updated_at: now })
      .where('id', '=', ruleId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async deleteRule(accountId: number, ruleId: number): Promise<boolean> {
    const r = await this.k
      .deleteFrom('autoreply_rules')
      .where('id', '=', ruleId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async replaceKeywords(
    accountId: number,
    ruleId: number,
    keywords: readonly KeywordValues[],
  ): Promise<void> {
    await this.k.deleteFrom('autoreply_keywords').where('rule_id', '=', ruleId).execute();
    if (!keywords.length) return;
    await this.k
      .insertInto('autoreply_keywords')
      .values(keywords.map((kw, position) => ({ rule_id: ruleId, account_id: accountId, position, ...kw })))
      .execute();
  }

  findRule(accountId: number, ruleId: number) {
    return this.k
      .selectFrom('autoreply_rules')
      .select(RULE_COLUMNS)
      .where('id', '=', ruleId)
      .where('account_id', '=', accountId)
      .executeTakeFirst();
  }

  keywordsOf(ruleIds: readonly number[]) {
    if (!ruleIds.length) return Promise.resolve([]);
    return this.k
      .selectFrom('autoreply_keywords')
      .select(['rule_id', 'keyword', 'match_type'])
      .where('rule_id', 'in', ruleIds)
      .orderBy('rule_id')
      .orderBy('position')
      .execute();
  }

  /**
   * One page of rules in precedence order. `q` matches the rule name or any keyword as typed;
   * `folded` (q after folding) also matches folded keywords, so "ＡＢＣ" finds "abc".
   */
  async listRules(accountId: number, f: { q?: string; folded?: string; offset: number; limit: number }) {
    let q = this.k.selectFrom('autoreply_rules as r').where('r.account_id', '=', accountId);
    if (f.q) {
      const op = sql.raw(likeOperator(this.dialect));
      const text = likePattern(f.q);
      const folded = likePattern(f.folded || f.q);
      q = q.where((eb) =>
        eb.or([
          sql<boolean>`${eb.ref('r.name')} ${op} ${text} escape '\\'`,
          eb.exists(
            eb
              .selectFrom('autoreply_keywords as k')
              .select(sql.lit(1).as('one'))
              .whereRef('k.rule_id', '=', 'r.id')
              .where((kb) =>
                kb.or([
                  sql<boolean>`${kb.ref('k.keyword')} ${op} ${text} escape '\\'`,
                  sql<boolean>`${kb.ref('k.folded')} ${op} ${folded} escape '\\'`,
                ]),
              ),
          ),
        ]),
      );
    }
    const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .select(RULE_COLUMNS.map((c) => `r.${c}` as const))
      .orderBy('r.priority', 'desc')
      .orderBy('r.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    return { rows, total: Number(total.n) };
  }

  /** What an index build needs: the enabled rules and their keywords, two range reads. */
  async loadIndexRows(accountId: number) {
    const rules = await this.k
      .selectFrom('autoreply_rules')
      .select(['id', 'name', 'priority', 'reply_mode', 'replies_json'])
      .where('account_id', '=', accountId)
      .where('enabled', '=', 1)
      .execute();
    const keywords = await this.k
      .selectFrom('autoreply_keywords')
      .select(['rule_id', 'keyword', 'folded', 'match_type'])
      .where('account_id', '=', accountId)
      .orderBy('rule_id')
      .orderBy('position')
      .execute();
    return { rules, keywords };
  }

  findMedia(accountId: number, ids: readonly number[]) {
    if (!ids.length) return Promise.resolve([]);
    return this.k
      .selectFrom('media')
      .select(['id', 'storage_key', 'mime'])
      .where('account_id', '=', accountId)
      .where('id', 'in', ids)
      .execute();
  }

  findPublications(accountId: number, ids: readonly number[]) {
    if (!ids.length) return Promise.resolve([]);
    return this.k
      .selectFrom('publications')
      .select(['id', 'slug', 'title', 'summary', 'cover_url'])
      .where('account_id', '=', accountId)
      .where('id', 'in', ids)
      .execute();
  }

  /** For idempotent demo seeding: the publication of the account's article with this title. */
  async findPublicationByTitle(accountId: number, title: string): Promise<number | null> {
    const row = await this.k
      .selectFrom('publications')
      .select('id')
      .where('account_id', '=', accountId)
      .where('title', '=', title)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return row?.id ?? null;
  }
}
