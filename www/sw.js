// Service worker: keeps the app shell, the wasm package and Readability in a versioned cache so the
// page works offline after the first visit. Cache first (instant, offline); each cached response is
// refreshed in the background so a rebuilt package shows up on the next visit.
// Bump when the shell changes in a way a page running the old files cannot survive: activating
// the new worker then drops the old cache whole instead of refreshing it file by file.
const VERSION = 'briefly-v1';
const SHELL = [
  './',
  './index.html',
  './app.js',
  './extract.js',
  './example.txt',
  './worker.js',
  './style.css',
  './manifest.webmanifest',
  './icon.svg',
  './icon-192.png',
  './icon-512.png',
  './pkg/briefly.js',
  './pkg/briefly_bg.wasm',
  './vendor/readability.mjs',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(VERSION);
      // One missing file (say, a package not built yet) must not stop the rest from being cached.
      await Promise.allSettled(SHELL.map((url) => cache.add(new Request(url, { cache: 'reload' }))));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('briefly-') && key !== VERSION) await caches.delete(key);
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
      // A navigation request cannot be re-issued with options; fetch the shell by its URL instead.
      const refresh = fetch(request.mode === 'navigate' ? key : request, { cache: 'no-cache' }).then(
        async (response) => {
          if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
          return response;
        },
        () => null,
      );
      if (cached) {
        event.waitUntil(refresh);
        return cached;
      }
      return (await refresh) ?? new Response('Offline, and this file was not cached.', { status: 503 });
    })(),
  );
});
