/**
 * Where a `view` menu button goes. Menus store WeChat's shape, whose URLs are either
 * absolute http(s) or (Zhengwei's addition) paths on this site; the app keeps what it can
 * inside itself: `/a/<slug>` (the public article page) opens the in-app reader, other paths
 * of the app go through the router, paths the app does not know (media, feeds, pages the
 * server renders) load from the server, and other sites open in a new tab.
 */
import type { RouteLocationRaw, Router } from 'vue-router';
import type { MenuAction } from '../../shared/types.js';

export type MenuTarget =
  | { kind: 'route'; to: RouteLocationRaw }
  | { kind: 'server'; href: string }
  | { kind: 'external'; href: string }
  /** Neither http(s) nor a path of this site (javascript:, data:, //host…): not followed. */
  | { kind: 'refused' };

const ARTICLE = /^\/a\/([\w-]+)\/?$/;

export function menuTarget(url: string, router: Router, origin = window.location.origin): MenuTarget {
  let path = url;
  if (/^https?:\/\//i.test(url)) {
    const parsed = new URL(url);
    if (parsed.origin !== origin) return { kind: 'external', href: url };
    path = parsed.pathname + parsed.search + parsed.hash;
  }
  // The server refuses such addresses when a menu or reply is saved; the app does not rely
  // on that alone.
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return { kind: 'refused' };
  const article = ARTICLE.exec(path.split(/[?#]/)[0] ?? '');
  if (article) return { kind: 'route', to: { name: 'read', params: { slug: article[1]! } } };
  const resolved = router.resolve(path);
  // The catch-all route redirects home: a path the app has no page for is the server's.
  const known = resolved.matched.length > 0 && !resolved.matched.some((r) => r.redirect !== undefined);
  return known ? { kind: 'route', to: path } : { kind: 'server', href: path };
}

/** Follows a view button. */
export function openMenuUrl(url: string, router: Router): void {
  const target = menuTarget(url, router);
  if (target.kind === 'route') void router.push(target.to);
  else if (target.kind === 'server') window.location.assign(target.href);
  else if (target.kind === 'external') window.open(target.href, '_blank', 'noopener,noreferrer');
}

/** The buttons that open a page of the app itself. */
export type InAppButton = Extract<MenuAction, { type: 'article_id' | 'service' }>;

/**
 * Where an `article_id` or `service` button goes inside the app, or null for the other
 * types (`view` goes through openMenuUrl, `click` sends an event). `accountRef` is the
 * account's handle or id, as in the thread's own route.
 *
 * - article_id → the in-app reader of that publication
 * - hotlines → the account's hotlines page; articles → its list of publications
 * - conversation → the thread itself, `?compose=1` asking it to open the text input
 */
export function menuTargetRoute(button: InAppButton, accountRef: string | number): RouteLocationRaw;
export function menuTargetRoute(button: MenuAction, accountRef: string | number): RouteLocationRaw | null;
export function menuTargetRoute(button: MenuAction, accountRef: string | number): RouteLocationRaw | null {
  const ref = String(accountRef);
  if (button.type === 'article_id') return { name: 'read', params: { slug: button.article_id } };
  if (button.type !== 'service') return null;
  switch (button.service) {
    case 'hotlines':
      return { name: 'account-hotlines', params: { ref } };
    case 'articles':
      return { name: 'account-articles', params: { ref } };
    case 'conversation':
      return { name: 'thread', params: { ref }, query: { compose: '1' } };
  }
}
