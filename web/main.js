// Entry point over http(s): the wasm core in a module Web Worker, the demo
// article fetched next to this file, and a service worker for offline repeat
// visits. From file:// boot.js loads page-classic.js instead.
import { createExplainerClient } from './explainer-client.js';
import { startPage } from './page.js';

const here = (path) => new URL(path, import.meta.url);

const client = createExplainerClient({
  createWorker: () => new Worker(here('./worker.js'), { type: 'module', name: 'article-explainer' }),
  loadExplainer: async () => (await import('./explainer.js')).createExplainer(),
});

startPage({
  client,
  loadDemoText: async () => {
    const response = await fetch(here('./demo-article.txt'));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  },
  testHooks: new URLSearchParams(location.search).has('test-hooks'),
  onFirstRender: () => {
    // Registered after the first explanation so it never competes with it.
    if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
      navigator.serviceWorker.register(here('./sw.js')).catch(() => { /* offline support is optional */ });
    }
  },
});
