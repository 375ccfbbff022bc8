import { sql, type Kysely } from 'kysely';
import { epochType, withIdColumn, type DialectName } from '../dialect.js';

/**
 * The release tiers' review workflow and article versions.
 *
 * - review_chains: an account's approval chain per tier (JSON array of roles, in order); no
 *   row = the paper's default for that tier (src/modules/review/chains.ts).
 * - article_versions: a snapshot of every saved change (drafts and corrections after
 *   publication), numbered per article; (article_id, version) is unique. Existing articles get
 *   their current text as a snapshot here so every article has at least one version.
 * - review_submissions: one row per submission of a version into its chain. `chain` is the
 *   chain as it was at submission (a later settings change does not move work in flight);
 *   `step` is the index of the role whose approval is awaited. The conditional update on
 *   (id, step, status) is what lets exactly one of two concurrent approvers advance a step.
 * - review_decisions: approvals and rejections; (submission_id, step) is unique, so a step is
 *   decided once even if two writers got past the conditional update somehow.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ms = epochType(dialect);

  await db.schema
    .createTable('review_chains')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('tier', 'integer', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('updated_at', ms, (c) => c.notNull())
    .addPrimaryKeyConstraint('review_chains_pk', ['account_id', 'tier'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('article_versions'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('cover_media_id', 'integer')
    .addColumn('tier', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('created_at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('article_versions_article')
    .on('article_versions')
    .columns(['article_id', 'version'])
    .unique()
    .execute();

  await withIdColumn(dialect, db.schema.createTable('review_submissions'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('chain', 'text', (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('submitted_at', ms, (c) => c.notNull())
    .addColumn('decided_at', ms)
    .execute();
  await db.schema
    .createIndex('review_submissions_article')
    .on('review_submissions')
    .columns(['article_id', 'id'])
    .execute();
  await db.schema
    .createIndex('review_submissions_pending')
    .on('review_submissions')
    .columns(['account_id', 'status'])
    .execute();

  await withIdColumn(dialect, db.schema.createTable('review_decisions'))
    .addColumn('submission_id', 'integer', (c) =>
      c.notNull().references('review_submissions.id').onDelete('cascade'),
    )
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('staff_users.id').onDelete('set null'))
    .addColumn('at', ms, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('review_decisions_step')
    .on('review_decisions')
    .columns(['submission_id', 'step'])
    .unique()
    .execute();

  // Every article written before versions existed gets its current text as its version.
  await sql`insert into article_versions
      (account_id, article_id, version, kind, title, author, summary, body_html, cover_media_id, tier, created_by, created_at)
    select account_id, id, version, 'draft', title, author, summary, body_html, cover_media_id, tier, created_by, updated_at
    from articles`.execute(db);
}
