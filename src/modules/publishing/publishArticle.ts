import type { Database } from '../../db/database.js';
import type { PublicationCardPayload } from '../../shared/realtime.js';
import { createPush } from '../pushes/createPush.js';

export interface PublishDeps {
  database: Database;
  outbox: { kick(): Promise<void> };
}

export interface PublishProps {
  accountId: number;
  articleId: number;
  /** The staff user publishing; their roles on the account are checked by the push use case. */
  actorId: number;
  now: number;
}

/**
 * Releases one article to every follower now: a push of one article (src/modules/pushes),
 * so the release rules (approved, or an empty approval chain and an admin/editor), the daily
 * push quota, the one-`publications`-row fan-out on read and the audit entries are the same
 * as for a mass push. Exactly one of two concurrent publishers wins (the account lock, then
 * the article's status).
 *
 * Used by the console route, the demo seed and the benchmark.
 */
export async function publishArticle(
  deps: PublishDeps,
  props: PublishProps,
): Promise<PublicationCardPayload> {
  const { publications } = await createPush(deps, {
    accountId: props.accountId,
    actorId: props.actorId,
    now: props.now,
    articleIds: [props.articleId],
    audience: { kind: 'all' },
  });
  return publications[0]!;
}
