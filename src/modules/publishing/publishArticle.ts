import type { Database } from '../../db/database.js';
import { randomSlug } from '../../infra/crypto.js';
import { AppError } from '../../infra/errors.js';
import type { PublicationCardPayload } from '../../shared/realtime.js';
import { toPublicationCard } from './card.js';
import { mediaUrl } from './mediaStore.js';
import { mayPublishNow } from './policy.js';
import { PublishingRepository } from './repository.js';

export interface PublishDeps {
  database: Database;
  outbox: { kick(): Promise<void> };
}

export interface PublishProps {
  accountId: number;
  articleId: number;
  /** The staff user publishing; their roles on the account are checked here. */
  actorId: number;
  now: number;
}

/**
 * Publishes a draft to the account's thread. One transaction:
 *
 *  1. check the actor may publish this article's tier now (policy.ts, one rule);
 *  2. flip the article from draft to published (exactly one concurrent publisher wins);
 *  3. take the account's next publication number (`publication_seq + 1`, row-locked);
 *  4. write one `publications` row with the card's fields copied in;
 *  5. point the account at its latest publication (home lists sort by it);
 *  6. enqueue `publication.created` to room `account:<id>` and append the audit entry;
 *
 * then, after commit, wake the outbox dispatcher. The cost is the same for ten followers or
 * ten million: followers read the thread (fan-out on read) and unread counts are
 * `publication_seq - last_read_seq`, so the follows table is never touched here.
 *
 * Used by the console route, the demo seed and the benchmark.
 */
export async function publishArticle(
  deps: PublishDeps,
  props: PublishProps,
): Promise<PublicationCardPayload> {
  const { accountId, articleId, actorId, now } = props;
  const card = await PublishingRepository.of(deps.database).transaction(async (repo) => {
    const article = await repo.findArticle(accountId, articleId);
    if (!article) throw new AppError('ARTICLE_NOT_FOUND');
    if (!mayPublishNow(await repo.actor(actorId, accountId), article.tier)) throw new AppError('FORBIDDEN');
    if (article.status !== 'draft') throw new AppError('ARTICLE_ALREADY_PUBLISHED');

    if (!(await repo.markPublished(accountId, articleId, now)))
      throw new AppError('ARTICLE_ALREADY_PUBLISHED');
    const { seq, name } = await repo.nextPublicationSeq(accountId);
    const publication = await repo.insertPublication({
      account_id: accountId,
      article_id: articleId,
      slug: randomSlug(),
      seq,
      title: article.title,
      summary: article.summary,
      cover_url: article.cover_key ? mediaUrl(article.cover_key) : null,
      published_by: actorId,
      published_at: now,
    });
    await repo.setLastPublication(accountId, publication.id, now);

    const card = toPublicationCard({ ...publication, account_name: name });
    await repo.enqueue(now, `account:${accountId}`, 'publication.created', card);
    await repo.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId,
      action: 'article.publish',
      target: `article:${articleId}`,
      details: {
        publicationId: publication.id,
        slug: publication.slug,
        seq,
        tier: article.tier,
        version: article.version,
      },
    });
    return card;
  });
  // Delivery is best effort here; the worker's sweep sends anything this kick misses.
  void deps.outbox.kick();
  return card;
}
