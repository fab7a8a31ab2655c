// The module Web Worker that runs the wasm core off the page's main thread.
// Messages are described in worker-protocol.js.
import { createExplainer } from './explainer.js';
import { serveExplainer } from './worker-protocol.js';
// Imported here too (explainer.js imports it) so it is fetched alongside
// explainer.js rather than after it: the core cannot load before it.
import './core.mjs';

performance.mark?.('ae-worker');
// Started by boot.js as worker.js?wasm=page: the page compiles core.wasm
// while this worker starts, and sends it in a 'load' message.
serveExplainer(self, createExplainer, { waitForLoad: new URL(import.meta.url).searchParams.get('wasm') === 'page' });
