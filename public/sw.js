// VPN Lab service worker: network first, cache as the fallback. Every same-origin page and file
// fetched while online is kept, so pages already visited (and their scripts, styles and search
// index) keep working when the network drops. Online, the network always wins: no stale pages.
const CACHE = 'vpnlab-v1';
const START = ['/'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(START))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          void caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(async () => {
        // Pagefind asks for its index with a cache-busting query (`?ts=…`) on every page load:
        // offline, the copy kept under an older query is the index to search.
        const pagefind = new URL(request.url).pathname.startsWith('/pagefind/');
        const cached = await caches.match(request, { ignoreSearch: request.mode === 'navigate' || pagefind });
        if (cached) return cached;
        if (request.mode === 'navigate') {
          // 200, not 503: the page itself explains the situation (no console error for it)
          return new Response(
            '<!doctype html><html lang="en"><meta charset="utf-8"><title>Offline — VPN Lab</title><main style="font-family:system-ui;max-width:40rem;margin:3rem auto"><h1>You are offline</h1><p>This page was not opened while you were online, so it is not saved on this device. Pages you have visited on this device work offline.</p><p><a href="/">Home</a></p></main></html>',
            { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } },
          );
        }
        return Response.error();
      }),
  );
});
