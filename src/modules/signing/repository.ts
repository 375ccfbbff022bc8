/**
 * All SQL of signed content: keys, signatures, and the live content a signature is compared
 * with. Bound to a caller's transaction with `SigningRepository.on(k, dialect)` when signing
 * happens inside another module's use case (a release, a correction).
 */
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type { SignaturesTable, SignedSubjectKind, SigningKeysTable } from '../../db/tables/signing.js';
import { appendAudit, type AuditEntry } from '../../infra/audit.js';

export type SigningKeyRow = Selectable<SigningKeysTable>;
export type SignatureRow = Selectable<SignaturesTable>;

export interface SignerAccount {
  id: number;
  handle: string;
  name: string;
  region_code: string;
  verified: number;
  verified_name: string | null;
}

/** A publication as the public sees it now, with what a payload needs. */
export interface LivePublication {
  id: number;
  account_id: number;
  article_id: number;
  slug: string;
  title: string;
  summary: string;
  cover_url: string | null;
  published_at: number;
  revised_at: number | null;
  withdrawn_at: number | null;
  author: string;
  body_html: string;
  version: number;
}

export class SigningRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Pick<Database, 'k' | 'dialect'>): SigningRepository {
    return new SigningRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: SigningRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new SigningRepository(trx, this.dialect)));
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.k, this.dialect, entry);
  }

  // ---- accounts ----------------------------------------------------------------------------

  findAccount(id: number): Promise<SignerAccount | undefined> {
    return this.k
      .selectFrom('accounts')
      .select(['id', 'handle', 'name', 'region_code', 'verified', 'verified_name'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The publisher's card (verification answers). */
  accountCard(id: number) {
    return this.k
      .selectFrom('accounts')
      .leftJoin('regions', 'regions.code', 'accounts.region_code')
      .select([
        'accounts.id',
        'accounts.handle',
        'accounts.name',
        'accounts.level',
        'accounts.department_type',
        'accounts.region_code',
        'regions.name as region_name',
        'accounts.avatar_url',
        'accounts.verified',
        'accounts.verified_name',
        'accounts.follower_count',
        'accounts.status',
      ])
      .where('accounts.id', '=', id)
      .executeTakeFirst();
  }

  /** Serialises key changes of one account (row lock on PostgreSQL, write lock on SQLite). */
  async lockAccount(accountId: number): Promise<void> {
    await this.k
      .updateTable('accounts')
      .set({ publication_seq: sql`publication_seq` })
      .where('id', '=', accountId)
      .execute();
  }

  // ---- keys --------------------------------------------------------------------------------

  currentKey(accountId: number): Promise<SigningKeyRow | undefined> {
    return this.k
      .selectFrom('signing_keys')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('valid_until', 'is', null)
      .where('revoked_at', 'is', null)
      .orderBy('id', 'desc')
      .executeTakeFirst();
  }

  insertKey(values: Insertable<SigningKeysTable>): Promise<SigningKeyRow> {
    return this.k.insertInto('signing_keys').values(values).returningAll().executeTakeFirstOrThrow();
  }

  async closeKey(id: number, until: number): Promise<void> {
    await this.k.updateTable('signing_keys').set({ valid_until: until }).where('id', '=', id).execute();
  }

  async revokeKey(
    id: number,
    p: { at: number; compromisedFrom: number; reason: string; by: number },
  ): Promise<boolean> {
    const r = await this.k
      .updateTable('signing_keys')
      .set((eb) => ({
        revoked_at: p.at,
        compromised_from: p.compromisedFrom,
        revoked_reason: p.reason,
        revoked_by: p.by,
        valid_until: eb.fn.coalesce('valid_until', eb.val(p.at)),
      }))
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  keyByKeyId(keyId: string): Promise<SigningKeyRow | undefined> {
    return this.k.selectFrom('signing_keys').selectAll().where('key_id', '=', keyId).executeTakeFirst();
  }

  keysOfAccount(accountId: number): Promise<SigningKeyRow[]> {
    return this.k
      .selectFrom('signing_keys')
      .selectAll()
      .where('account_id', '=', accountId)
      .orderBy('id', 'desc')
      .execute();
  }

  /** Every public key with its owner, for the published key list (private parts left out). */
  publishedKeys() {
    return this.k
      .selectFrom('signing_keys')
      .innerJoin('accounts', 'accounts.id', 'signing_keys.account_id')
      .select([
        'signing_keys.key_id',
        'signing_keys.account_id',
        'signing_keys.public_key',
        'signing_keys.valid_from',
        'signing_keys.valid_until',
        'signing_keys.revoked_at',
        'signing_keys.compromised_from',
        'signing_keys.revoked_reason',
        'accounts.handle',
        'accounts.verified_name',
        'accounts.name',
      ])
      .orderBy('signing_keys.id')
      .execute();
  }

  // ---- signatures --------------------------------------------------------------------------

  insertSignature(values: Insertable<SignaturesTable>): Promise<SignatureRow> {
    return this.k.insertInto('signatures').values(values).returningAll().executeTakeFirstOrThrow();
  }

  latestSignature(kind: SignedSubjectKind, subjectId: number): Promise<SignatureRow | undefined> {
    return this.k
      .selectFrom('signatures')
      .selectAll()
      .where('subject_kind', '=', kind)
      .where('subject_id', '=', subjectId)
      .orderBy('version', 'desc')
      .executeTakeFirst();
  }

  /** The newest signature of each of these subjects (feeds and threads show many at once). */
  async latestSignatures(
    kind: SignedSubjectKind,
    subjectIds: readonly number[],
  ): Promise<Map<number, SignatureRow>> {
    const out = new Map<number, SignatureRow>();
    if (subjectIds.length === 0) return out;
    const rows = await this.k
      .selectFrom('signatures')
      .selectAll()
      .where('subject_kind', '=', kind)
      .where('subject_id', 'in', [...subjectIds])
      .orderBy('version', 'asc')
      .execute();
    for (const r of rows) out.set(r.subject_id, r);
    return out;
  }

  latestByCode(code: string): Promise<SignatureRow | undefined> {
    return this.k
      .selectFrom('signatures')
      .selectAll()
      .where('code', '=', code)
      .orderBy('version', 'desc')
      .executeTakeFirst();
  }

  signaturesOfSubject(kind: SignedSubjectKind, subjectId: number): Promise<SignatureRow[]> {
    return this.k
      .selectFrom('signatures')
      .selectAll()
      .where('subject_kind', '=', kind)
      .where('subject_id', '=', subjectId)
      .orderBy('version', 'desc')
      .execute();
  }

  async codeTaken(code: string): Promise<boolean> {
    const row = await this.k
      .selectFrom('signatures')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Subjects of an account whose current signature is by one of `keyIds` (a revocation
   * re-signs them): ids of live publications only — withdrawn ones verify as withdrawn.
   */
  async publicationsSignedWith(accountId: number, keyIds: readonly string[]): Promise<number[]> {
    if (keyIds.length === 0) return [];
    const rows = await this.k
      .selectFrom('signatures as s')
      .innerJoin('publications as p', 'p.id', 's.subject_id')
      .select('s.subject_id')
      .where('s.subject_kind', '=', 'article')
      .where('s.account_id', '=', accountId)
      .where('s.key_id', 'in', [...keyIds])
      .where('p.withdrawn_at', 'is', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('signatures as n')
              .select('n.id')
              .whereRef('n.subject_kind', '=', 's.subject_kind')
              .whereRef('n.subject_id', '=', 's.subject_id')
              .whereRef('n.version', '>', 's.version'),
          ),
        ),
      )
      .orderBy('s.subject_id')
      .execute();
    return rows.map((r) => r.subject_id);
  }

  // ---- live content ------------------------------------------------------------------------

  private livePublications() {
    return this.k
      .selectFrom('publications')
      .innerJoin('articles', 'articles.id', 'publications.article_id')
      .select([
        'publications.id',
        'publications.account_id',
        'publications.article_id',
        'publications.slug',
        'publications.title',
        'publications.summary',
        'publications.cover_url',
        'publications.published_at',
        'publications.revised_at',
        'publications.withdrawn_at',
        'articles.author',
        'articles.body_html',
        'articles.version',
      ]);
  }

  publicationById(id: number): Promise<LivePublication | undefined> {
    return this.livePublications().where('publications.id', '=', id).executeTakeFirst();
  }

  publicationBySlug(slug: string): Promise<LivePublication | undefined> {
    return this.livePublications().where('publications.slug', '=', slug).executeTakeFirst();
  }

  publicationOfArticle(articleId: number): Promise<LivePublication | undefined> {
    return this.livePublications()
      .where('publications.article_id', '=', articleId)
      .orderBy('publications.id', 'desc')
      .executeTakeFirst();
  }
}
