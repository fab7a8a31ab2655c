// Service worker: keeps the page, its modules and the wasm core in a cache so
// repeat visits work without a network. Network first (a rebuilt site is seen
// at once when online), the cache when the network fails.
const CACHE = 'article-explainer-v1';
const SHELL = [
  './', 'index.html', 'boot.js', 'main.js', 'page.js', 'panel.js', 'highlight.js',
  'explanation-model.js', 'markdown.js', 'html-to-text.js', 'explainer-client.js',
  'worker.js', 'worker-protocol.js', 'explainer.js', 'core.mjs', 'core.wasm',
  'page.css', 'panel.css', 'demo-article.txt',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // One missing file must not stop the others from being cached.
    await Promise.all(SHELL.map((path) => cache.add(new Request(path, { cache: 'reload' })).catch(() => {})));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    try {
      const response = await fetch(request);
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => {});
      }
      return response;
    } catch (err) {
      // By URL, not by Request: a request's mode and destination (a module
      // script, a stylesheet) must not stop the cached copy from matching.
      const cache = await caches.open(CACHE);
      const cached = await cache.match(request.url, { ignoreSearch: true, ignoreVary: true });
      if (cached) return cached;
      if (request.mode === 'navigate') {
        const page = await cache.match('index.html');
        if (page) return page;
      }
      throw err;
    }
  })());
});
