// The module Web Worker that runs the wasm core off the page's main thread.
// Messages are described in worker-protocol.js.
import { createExplainer } from './explainer.js';
import { serveExplainer } from './worker-protocol.js';

serveExplainer(self, createExplainer);
