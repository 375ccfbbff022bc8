/**
 * Releasing a push's articles, inside the caller's transaction (a send-now request, or the
 * scheduled job right after its `scheduled → sending` transition):
 *
 *  1. per article, in the push's order: take the account's next publication seq and write
 *     one `publications` row carrying `push_id` and `audience` (fan-out on read: the cost is
 *     the same for ten followers or ten million — the feed filters targeted rows per reader);
 *  2. mark the articles published and point the account at its latest publication; a
 *     targeted push also moves `accounts.last_targeted_seq` (exact unread counts, read.ts);
 *  3. events: an untargeted card goes to `account:<id>` as before; a targeted one goes to the
 *     account's staff only, and followers get a content-free `feed.changed` that makes their
 *     app re-read (a non-matching follower learns nothing);
 *  4. schedule the Web Push fan-out job (counts the audience, plans the deliveries).
 *
 * A verified account's publication is signed right after it is written (signing/sign.ts), in
 * this transaction: no publication is ever public unsigned, and the card carries the signature.
 */
import { randomSlug } from '../../infra/crypto.js';
import { enqueueJob } from '../../infra/jobs/queue.js';
import type { PublicationCardPayload } from '../../shared/realtime.js';
import { toPublicationCard, withSignature } from '../publishing/card.js';
import { mediaUrl } from '../publishing/mediaStore.js';
import { toContentSignature } from '../signing/presenters.js';
import { signPublication } from '../signing/sign.js';
import type { PushesRepository, PushRow } from './repository.js';
import { toPushProgress } from './presenters.js';

export async function releasePush(
  tx: PushesRepository,
  push: PushRow,
  articleIds: readonly number[],
  actorId: number,
  now: number,
): Promise<PublicationCardPayload[]> {
  const publishing = tx.publishing();
  const cards: PublicationCardPayload[] = [];
  const targeted = push.audience !== null;
  let lastSeq = 0;
  for (const articleId of articleIds) {
    const article = await publishing.findArticle(push.account_id, articleId);
    if (!article) continue;
    const { seq, name } = await publishing.nextPublicationSeq(push.account_id);
    const publication = await publishing.insertPublication({
      account_id: push.account_id,
      article_id: articleId,
      slug: randomSlug(),
      seq,
      title: article.title,
      summary: article.summary,
      cover_url: article.cover_key ? mediaUrl(article.cover_key) : null,
      published_by: actorId,
      published_at: now,
      push_id: push.id,
      audience: push.audience,
    });
    lastSeq = seq;
    const signature = await signPublication(tx, publication.id, now);
    const card = withSignature(
      toPublicationCard({ ...publication, account_name: name }),
      toContentSignature(signature),
    );
    cards.push(card);
    await publishing.setLastPublication(push.account_id, publication.id, now);
    await tx.enqueue(
      now,
      targeted ? `staff-account:${push.account_id}` : `account:${push.account_id}`,
      'publication.created',
      card,
    );
    await tx.audit({
      at: now,
      actorKind: push.scheduled_at === null ? 'staff' : 'system',
      actorId: push.scheduled_at === null ? actorId : null,
      accountId: push.account_id,
      action: 'article.publish',
      target: `article:${articleId}`,
      details: {
        publicationId: publication.id,
        slug: publication.slug,
        seq,
        tier: article.tier,
        version: article.version,
        pushId: push.id,
      },
    });
  }
  await tx.setArticleStatus([...articleIds], ['approved', 'scheduled'], 'published', now);
  if (targeted && lastSeq > 0) {
    await tx.setLastTargeted(push.account_id, lastSeq);
    await tx.enqueue(now, `account:${push.account_id}`, 'feed.changed', { accountId: push.account_id });
  }
  await tx.enqueue(
    now,
    `staff-account:${push.account_id}`,
    'push.progress',
    toPushProgress({ ...push, status: 'sending' }),
  );
  await enqueueJob(
    tx.k,
    { name: 'push.fanout', payload: { pushId: push.id }, runAt: now, key: `push-fanout:${push.id}` },
    now,
  );
  return cards;
}
