import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/**
 * Indexes of the follower list and the merged feed.
 *
 * - follows (account_id, followed_at, openid): the console's follower list, newest first,
 *   paged by a (followed_at, openid) cursor without sorting the account's followers.
 * - publications (account_id, published_at, id): the merged feed asks every followed account
 *   for its newest rows before a (published_at, id) cursor; each is an index range scan, so a
 *   feed page costs O(followed accounts × page size) whatever the total of publications.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createIndex('follows_account_followed')
    .on('follows')
    .columns(['account_id', 'followed_at', 'openid'])
    .execute();
  await db.schema
    .createIndex('publications_account_time')
    .on('publications')
    .columns(['account_id', 'published_at', 'id'])
    .execute();
  await db.schema.createIndex('publications_article').on('publications').column('article_id').execute();
}
