/**
 * Test builders. buildPublication: a publication as publishing leaves it (article row, next seq, the account's
 * latest-publication pointer), written directly so feed tests state their times exactly.
 */
import type { Database } from '../../db/database.js';
import type { AppDeps } from '../../deps.js';
import { randomSlug } from '../../infra/crypto.js';
import { createDraft } from '../publishing/createDraft.js';
import { publishArticle } from '../publishing/publishArticle.js';
import { raisePushQuota } from '../../test/factories.js';

export async function buildPublication(
  db: Database,
  accountId: number,
  opts: { title?: string; publishedAt?: number } = {},
): Promise<{ id: number; seq: number; slug: string; publishedAt: number }> {
  const at = opts.publishedAt ?? Date.now();
  const title = opts.title ?? `通知 ${randomSlug(6)}`;
  return db.k.transaction().execute(async (trx) => {
    const article = await trx
      .insertInto('articles')
      .values({
        account_id: accountId,
        title,
        author: '',
        summary: '摘要',
        body_html: '<p>正文</p>',
        cover_media_id: null,
        status: 'published',
        created_by: 1,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { publication_seq: seq } = await trx
      .updateTable('accounts')
      .set((eb) => ({ publication_seq: eb('publication_seq', '+', 1) }))
      .where('id', '=', accountId)
      .returning('publication_seq')
      .executeTakeFirstOrThrow();
    const slug = randomSlug();
    const pub = await trx
      .insertInto('publications')
      .values({
        account_id: accountId,
        article_id: article.id,
        slug,
        seq,
        title,
        summary: '摘要',
        cover_url: null,
        published_by: 1,
        published_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('accounts')
      .set({ last_publication_id: pub.id, last_published_at: at })
      .where('id', '=', accountId)
      .execute();
    return { id: pub.id, seq, slug, publishedAt: at };
  });
}

/**
 * Publishes a fresh article on the account through the real publishing use cases. Feed tests
 * publish several times a day on one account, so the account's push quota is raised first.
 */
export async function publishNow(
  db: Database,
  deps: AppDeps,
  accountId: number,
  editorId: number,
  title: string,
) {
  const now = Date.now();
  await raisePushQuota(db, accountId);
  const article = await createDraft(
    { database: db },
    { accountId, actorId: editorId, now, input: { title, bodyHtml: '<p>关于办事时间的通知正文。</p>' } },
  );
  return publishArticle(
    { database: db, outbox: deps.outbox },
    { accountId, articleId: article.id, actorId: editorId, now },
  );
}
