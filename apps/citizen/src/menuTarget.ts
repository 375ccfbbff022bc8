/**
 * Where a `view` menu button goes. Menus store WeChat's shape, whose URLs are either
 * absolute http(s) or (Zhengwei's addition) paths on this site; the app keeps what it can
 * inside itself: `/a/<slug>` (the public article page) opens the in-app reader, other paths
 * of the app go through the router, paths the app does not know (media, feeds, pages the
 * server renders) load from the server, and other sites open in a new tab.
 */
import type { RouteLocationRaw, Router } from 'vue-router';

export type MenuTarget =
  | { kind: 'route'; to: RouteLocationRaw }
  | { kind: 'server'; href: string }
  | { kind: 'external'; href: string };

const ARTICLE = /^\/a\/([\w-]+)\/?$/;

export function menuTarget(url: string, router: Router, origin = window.location.origin): MenuTarget {
  let path = url;
  if (/^https?:\/\//i.test(url)) {
    const parsed = new URL(url);
    if (parsed.origin !== origin) return { kind: 'external', href: url };
    path = parsed.pathname + parsed.search + parsed.hash;
  }
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
  else window.open(target.href, '_blank', 'noopener,noreferrer');
}
