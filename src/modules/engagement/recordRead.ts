/**
 * Counting a read where an article is opened: the citizen app's article API and the public
 * page (publishing/publicRoutes.ts call this). Nothing here waits for a commit — the read
 * goes to the write-behind recorder (recorder.ts).
 */
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { COOKIE } from '../../infra/auth/sessions.js';
import { EngagementRepository } from './repository.js';

export interface ReadTarget {
  id: number;
  account_id: number;
  withdrawn_at: number | null;
}

/**
 * Crawlers and link-preview fetchers (a shared link is fetched by the chat app that shows its
 * card) are not readers; counting them would inflate anonymous reads of every shared article.
 */
const NOT_A_READER =
  /bot\b|bot\/|spider|crawl|slurp|facebookexternalhit|preview|curl\/|wget\/|python-requests|headless/i;

/** Share tokens are 12 URL-safe characters (share.ts); anything else is not looked up. */
const SHARE_TOKEN = /^[A-Za-z0-9_-]{12}$/;

/**
 * Records one read of `pub`. The API request already carries the citizen resolved by the auth
 * hooks; the public page resolves the session cookie itself (the hooks skip non-API paths), so
 * a signed-in citizen opening a shared link counts as themselves, anyone else anonymously.
 * Answers whether the reader came through a valid share link of this publication.
 */
export async function recordArticleRead(
  deps: Pick<AppDeps, 'database' | 'reads' | 'sessions' | 'clock'>,
  req: FastifyRequest,
  pub: ReadTarget,
  opts: { page: boolean },
): Promise<{ viaShare: boolean }> {
  if (pub.withdrawn_at !== null) return { viaShare: false };
  try {
    return await record(deps, req, pub, opts);
  } catch (err) {
    // Counting must never cost the reader the article.
    req.log.warn({ err }, 'read not recorded');
    return { viaShare: false };
  }
}

async function record(
  deps: Pick<AppDeps, 'database' | 'reads' | 'sessions' | 'clock'>,
  req: FastifyRequest,
  pub: ReadTarget,
  opts: { page: boolean },
): Promise<{ viaShare: boolean }> {
  let shareId: number | null = null;
  const from = (req.query as { from?: unknown } | undefined)?.from;
  if (typeof from === 'string' && SHARE_TOKEN.test(from)) {
    const share = await EngagementRepository.of(deps.database).findShare(from);
    if (share && share.publication_id === pub.id) shareId = share.id;
  }
  // The page still names the account for a crawler; only the count leaves it out.
  if (NOT_A_READER.test(req.headers['user-agent'] ?? '')) return { viaShare: shareId !== null };
  const now = deps.clock.now();
  let citizenId = req.citizen?.citizenId ?? null;
  if (opts.page && citizenId === null) {
    const token = req.cookies?.[COOKIE.citizen];
    if (token) citizenId = (await deps.sessions.findCitizen(token, now))?.citizenId ?? null;
  }
  deps.reads.record({ publicationId: pub.id, accountId: pub.account_id, citizenId, at: now, shareId });
  return { viaShare: shareId !== null };
}
