/** All SQL of sensitive-word screening: words per scope (0 = platform, else account) and versions. */
import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { likeOperator, likePattern, type DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type { ScreeningLevel } from '../../db/tables/screening.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';

export interface WordValues {
  word: string;
  normalized: string;
  level: ScreeningLevel;
  note: string;
}

const WORD_COLUMNS = ['id', 'word', 'normalized', 'level', 'note', 'created_at', 'updated_at'] as const;

export class ScreeningRepository {
  constructor(
    readonly k: Kysely<Schema>,
    private readonly dialect: DialectName,
  ) {}

  static of(database: Database): ScreeningRepository {
    return new ScreeningRepository(database.k, database.dialect);
  }

  /** A word, the version bump and the audit entry commit together. */
  transaction<T>(fn: (repo: ScreeningRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new ScreeningRepository(trx, this.dialect)));
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

  /**
   * Bumps the scope's version (creating its row on first use). On PostgreSQL the upsert
   * locks the row until commit, which serialises a scope's writers (the word limit relies
   * on it); SQLite has one writer anyway. Call it first in a write transaction.
   */
  async bumpVersion(scope: number, now: number): Promise<void> {
    await this.k
      .insertInto('screening_versions')
      .values({ scope, version: 1, stamp: crypto.randomUUID(), updated_at: now })
      .onConflict((oc) =>
        oc.column('scope').doUpdateSet((eb) => ({
          version: eb('screening_versions.version', '+', 1),
          stamp: crypto.randomUUID(),
          updated_at: now,
        })),
      )
      .execute();
  }

  /** Stamps of the given scopes (absent = never written). */
  async stamps(scopes: readonly number[]): Promise<Map<number, string>> {
    const rows = await this.k
      .selectFrom('screening_versions')
      .select(['scope', 'stamp'])
      .where('scope', 'in', scopes)
      .execute();
    return new Map(rows.map((r) => [Number(r.scope), r.stamp]));
  }

  /** What a compiled dictionary needs: every folded word of the scopes with its level. */
  dictionaryOf(scopes: readonly number[]) {
    return this.k
      .selectFrom('screening_words')
      .select(['normalized', 'level'])
      .where('scope', 'in', scopes)
      .execute();
  }

  async countWords(scope: number): Promise<number> {
    const row = await this.k
      .selectFrom('screening_words')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('scope', '=', scope)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async listWords(
    scope: number,
    opts: { q?: string; folded?: string; level?: ScreeningLevel; offset: number; limit: number },
  ) {
    let q = this.k.selectFrom('screening_words').where('scope', '=', scope);
    if (opts.level) q = q.where('level', '=', opts.level);
    if (opts.q) {
      const op = sql.raw(likeOperator(this.dialect));
      const typed = likePattern(opts.q);
      const folded = opts.folded ? likePattern(opts.folded) : typed;
      q = q.where((eb) =>
        eb.or([
          sql<boolean>`${eb.ref('word')} ${op} ${typed} escape '\\'`,
          sql<boolean>`${eb.ref('normalized')} ${op} ${folded} escape '\\'`,
          sql<boolean>`${eb.ref('note')} ${op} ${typed} escape '\\'`,
        ]),
      );
    }
    const [rows, count] = await Promise.all([
      q.select(WORD_COLUMNS).orderBy('id', 'desc').offset(opts.offset).limit(opts.limit).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  }

  allWords(scope: number) {
    return this.k
      .selectFrom('screening_words')
      .select(WORD_COLUMNS)
      .where('scope', '=', scope)
      .orderBy('id')
      .execute();
  }

  findWord(scope: number, id: number) {
    return this.k
      .selectFrom('screening_words')
      .select(WORD_COLUMNS)
      .where('scope', '=', scope)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  findByNormalized(scope: number, normalized: string) {
    return this.k
      .selectFrom('screening_words')
      .select(WORD_COLUMNS)
      .where('scope', '=', scope)
      .where('normalized', '=', normalized)
      .executeTakeFirst();
  }

  async insertWord(scope: number, values: WordValues, actorId: number | null, now: number): Promise<number> {
    const row = await this.k
      .insertInto('screening_words')
      .values({ scope, ...values, created_by: actorId, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Many words at once, in chunks that stay under both databases' bound-parameter limits. */
  async insertWords(scope: number, values: readonly WordValues[], actorId: number | null, now: number) {
    for (let i = 0; i < values.length; i += 500)
      await this.k
        .insertInto('screening_words')
        .values(
          values
            .slice(i, i + 500)
            .map((v) => ({ scope, ...v, created_by: actorId, created_at: now, updated_at: now })),
        )
        .execute();
  }

  async updateWord(scope: number, id: number, values: Partial<WordValues>, now: number): Promise<void> {
    await this.k
      .updateTable('screening_words')
      .set({ ...values, updated_at: now })
      .where('scope', '=', scope)
      .where('id', '=', id)
      .execute();
  }

  async deleteWord(scope: number, id: number): Promise<boolean> {
    const r = await this.k
      .deleteFrom('screening_words')
      .where('scope', '=', scope)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  async deleteWords(scope: number, ids: readonly number[]): Promise<number> {
    let n = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const r = await this.k
        .deleteFrom('screening_words')
        .where('scope', '=', scope)
        .where('id', 'in', ids.slice(i, i + 500))
        .executeTakeFirst();
      n += Number(r.numDeletedRows);
    }
    return n;
  }

  async countByLevel(scope: number): Promise<{ block: number; warn: number }> {
    const rows = await this.k
      .selectFrom('screening_words')
      .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
      .where('scope', '=', scope)
      .groupBy('level')
      .execute();
    const counts = { block: 0, warn: 0 };
    for (const r of rows) counts[r.level] = Number(r.n);
    return counts;
  }
}
