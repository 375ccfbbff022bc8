/** Builders shared by this module's tests (not imported by production code). */
import crypto from 'node:crypto';
import type { Database } from '../../db/database.js';
import { buildStaff } from '../../test/factories.js';

/**
 * A published article written straight into the tables, so these tests do not depend on the
 * release procedure (review, screening, quotas) that other modules own.
 */
export async function buildPublication(
  db: Database,
  accountId: number,
  opts: { title?: string; publishedAt?: number; audience?: string | null; withdrawnAt?: number | null } = {},
): Promise<{ id: number; articleId: number; slug: string; title: string }> {
  const now = opts.publishedAt ?? Date.now();
  const staff = await buildStaff(db);
  const title = opts.title ?? `测试文章 ${crypto.randomBytes(3).toString('hex')}`;
  const article = await db.k
    .insertInto('articles')
    .values({
      account_id: accountId,
      title,
      author: '',
      summary: `${title}的摘要`,
      body_html: '<p>正文</p>',
      cover_media_id: null,
      status: 'published',
      created_by: staff.id,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const last = await db.k
    .selectFrom('publications')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  const slug = crypto.randomBytes(8).toString('base64url');
  const pub = await db.k
    .insertInto('publications')
    .values({
      account_id: accountId,
      article_id: article.id,
      slug,
      seq: Number(last?.seq ?? 0) + 1,
      title,
      summary: `${title}的摘要`,
      cover_url: null,
      published_by: staff.id,
      published_at: now,
      audience: opts.audience ?? null,
      withdrawn_at: opts.withdrawnAt ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: pub.id, articleId: article.id, slug, title };
}
