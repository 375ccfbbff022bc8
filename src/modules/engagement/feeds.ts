/**
 * RSS 2.0 and Atom feeds of an account: its 20 newest publications released to every follower
 * and not withdrawn (targeted releases are not public). Links are absolute, built from the
 * origin the reader used, since the configuration has no public base URL.
 */
import { Feed } from 'feed';
import type { EngagementRepository } from './repository.js';

export const FEED_SIZE = 20;

export type FeedFormat = 'rss' | 'atom';

export function feedPaths(handle: string): Record<FeedFormat, string> {
  const h = encodeURIComponent(handle);
  return { rss: `/accounts/${h}/feed.rss`, atom: `/accounts/${h}/feed.atom` };
}

/** The feed's XML, or null when there is no such active account. */
export async function renderFeed(
  repo: EngagementRepository,
  handle: string,
  format: FeedFormat,
  origin: string,
): Promise<string | null> {
  const account = await repo.findAccountByHandle(handle);
  if (!account || account.status !== 'active') return null;
  const items = await repo.feedItems(account.id, FEED_SIZE);
  const home = `${origin}/accounts/${encodeURIComponent(account.handle)}`;
  const paths = feedPaths(account.handle);
  const newest = items[0];
  const feed = new Feed({
    id: home,
    title: account.name,
    description: account.introduction,
    link: home,
    language: 'zh-CN',
    image: account.avatar_url ? absolute(account.avatar_url, origin) : undefined,
    updated: new Date(newest ? Math.max(newest.published_at, newest.revised_at ?? 0) : 0),
    generator: '政微 Zhengwei',
    copyright: account.name,
    feedLinks: { rss: `${origin}${paths.rss}`, atom: `${origin}${paths.atom}` },
    author: { name: account.name, link: home },
  });
  for (const it of items) {
    const link = `${origin}/a/${encodeURIComponent(it.slug)}`;
    feed.addItem({
      title: it.title,
      id: link,
      link,
      description: it.summary,
      // Sanitised when stored (publishing/sanitize.ts); the feed library wraps it in CDATA.
      content: it.body_html,
      date: new Date(it.revised_at ?? it.published_at),
      published: new Date(it.published_at),
      author: [{ name: it.author || account.name }],
      image: it.cover_url ? absolute(it.cover_url, origin) : undefined,
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

function absolute(url: string, origin: string): string {
  return /^https?:\/\//.test(url) ? url : `${origin}${url.startsWith('/') ? '' : '/'}${url}`;
}
