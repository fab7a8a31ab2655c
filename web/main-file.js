// Entry point of page-classic.js, the classic-script bundle used when the
// page is opened from disk (file://), where ES modules and worker files are
// refused. The bundle defines `__workerModules` (explainer.js and
// worker-protocol.js, as one function whose source can be re-used) and
// `__demoText`; core-single.js, loaded first, defines the global `createCore`.
// Not loaded on its own.
import { createExplainerClient } from './explainer-client.js';
import { startPage } from './page.js';

/* global createCore, __workerModules, __demoText */
const workerSource = [
  'var _scriptDir;',
  `var createCore = ${createCore.toString()};`,
  `var __workerModules = ${__workerModules.toString()};`,
  'var __modules = __workerModules(createCore);',
  '__modules.serveExplainer(self, __modules.createExplainer);',
].join('\n');

const client = createExplainerClient({
  createWorker: () => {
    const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
    return new Worker(url, { name: 'article-explainer' });
  },
  loadExplainer: () => __workerModules(createCore).createExplainer(),
});

startPage({
  client,
  loadDemoText: async () => __demoText,
  testHooks: new URLSearchParams(location.search).has('test-hooks'),
});
