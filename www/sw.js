// Service worker: every file the page can need (but pdf.js, cached when a PDF first needs it) is
// cached when a version installs, so the page
// works offline after the first visit and lazily loaded files (Readability, the example) are
// never older than the page. precache.js (written by the build) names the files and a version
// that changes whenever any of them does.
//
// Updates: a new version installs in the background and waits. The page tells the reader a new
// version is ready; their "Reload" asks the waiting worker to take over (message 'activate'),
// which then prunes every older cache. A first visit takes control at once.
importScripts('./precache.js');

const { version: VERSION, files: FILES } = self.PRECACHE;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(VERSION);
      // All or nothing: a version with a file missing must not become the one that serves.
      await cache.addAll(FILES.map((url) => new Request(url, { cache: 'reload' })));
      // Nothing to replace on a first visit: take over at once.
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key !== VERSION) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(VERSION);
      // The page may be opened as /, /index.html or with a query string: all are the shell.
      const key = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : request;
      const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
      if (cached) return cached;
      try {
        const response = await fetch(request);
        // pdf.js is not precached (few readers need it): keep it once fetched, in this version's cache.
        if (response.ok && url.pathname.includes('/vendor/pdfjs/')) await cache.put(request, response.clone());
        return response;
      } catch {
        return new Response('Offline, and this file was not cached.', { status: 503 });
      }
    })(),
  );
});
