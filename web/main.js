// Entry point over http(s): the wasm core in a module Web Worker, the demo
// article fetched next to this file, and a service worker for offline repeat
// visits. From file:// boot.js loads page-classic.js instead.
import { createExplainerClient } from './explainer-client.js';

performance.mark?.('ae-main');

const here = (path) => new URL(path, import.meta.url);

// Start the worker (and with it the wasm core) and the demo fetch before the
// rest of the page's modules load: they are the slow part of the first render.
const client = createExplainerClient({
  createWorker: () => {
    const early = globalThis.__articleExplainerWorker;  // started by boot.js
    globalThis.__articleExplainerWorker = undefined;
    if (early && !early.failed) return early;
    early?.terminate();
    return new Worker(here('./worker.js'), { type: 'module', name: 'article-explainer' });
  },
  loadExplainer: async () => (await import('./explainer.js')).createExplainer(),
});
const demoText = fetch(here('./demo-article.txt')).then((response) => {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
});
demoText.catch(() => {});  // reported by the page when it asks for the text

const { startPage } = await import('./page.js');
// boot.js runs from <head>, so this module may run before the body is parsed.
if (document.readyState === 'loading') {
  await new Promise((ok) => document.addEventListener('DOMContentLoaded', ok, { once: true }));
}
startPage({
  client,
  loadDemoText: () => demoText,
  testHooks: new URLSearchParams(location.search).has('test-hooks'),
  onFirstRender: () => {
    // Registered after the first explanation so it never competes with it.
    if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
      navigator.serviceWorker.register(here('./sw.js')).catch(() => { /* offline support is optional */ });
    }
  },
});
