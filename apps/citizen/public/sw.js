/*
 * Minimal service worker of the citizen app: the app shell works offline, API answers come
 * from the network first (cache only as a fallback when offline), hashed assets from cache.
 * Paths of other apps on the same origin (console, docs, WeChat API) are never touched.
 */
// Both filled in by the build (vite.config.ts): every hashed chunk, so that lazily loaded
// pages work offline too, and a version that changes with them.
const PRECACHE = [];
const VERSION = 'dev';
const SHELL = `zw-shell-${VERSION}`;
const ASSETS = `zw-assets-${VERSION}`;
const API = 'zw-api-v1';
const SHELL_URLS = ['/', '/manifest.webmanifest', '/icon.svg', '/icon-192.png'];
const FOREIGN = ['/console', '/docs', '/cgi-bin', '/a/', '/media/', '/api/events', '/api/console', '/wechat'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([caches.open(SHELL).then((c) => c.addAll(SHELL_URLS)), caches.open(ASSETS).then((c) => c.addAll(PRECACHE))])
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  const keep = [SHELL, ASSETS, API];
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => !keep.includes(k)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Sent on sign-out: cached answers of /api/me belong to the person who left.
self.addEventListener('message', (event) => {
  if (event.data === 'clear-api-cache') event.waitUntil(caches.delete(API));
});

async function networkFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) cache.put(request, response.clone());
    return response;
  } catch (err) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (FOREIGN.some((p) => url.pathname.startsWith(p))) return;

  if (url.pathname.startsWith('/api/')) {
    event.respondWith(networkFirst(request, API));
  } else if (request.mode === 'navigate') {
    // Any app route: fresh index.html when online, the cached shell when offline.
    event.respondWith(
      fetch(request).catch(() => caches.open(SHELL).then((c) => c.match('/'))),
    );
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request)); // file names carry a content hash
  } else {
    event.respondWith(networkFirst(request, SHELL));
  }
});

// New-article notifications (Web Push, src/modules/webpush): the payload is the push's
// notification as JSON {title, body, url, tag}; a click opens (or focuses) the article.
self.addEventListener('push', (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { title: '政微', body: event.data ? event.data.text() : '' };
  }
  event.waitUntil(
    self.registration.showNotification(data.title || '政微', {
      body: data.body || '',
      icon: '/icon-192.png',
      badge: '/icon-192.png',
      tag: data.tag,
      data: { url: data.url || '/' },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const path = (event.notification.data && event.notification.data.url) || '/';
  // Only paths of this site: a payload can never send the citizen elsewhere.
  const url = new URL(path.startsWith('/') && !path.startsWith('//') ? path : '/', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((list) => {
      const open = list.find((c) => c.url === url);
      if (open) return open.focus();
      return self.clients.openWindow(url);
    }),
  );
});
