/**
 * The explainer's side of the worker messages, shared by the module worker
 * (worker.js) and the file:// Blob-URL worker. Messages, all but 'load' with an `id`:
 *
 *   page → worker  {type: 'explain', id, text, options}   {type: 'cancel', id}
 *                  {type: 'load', module?}  start loading the core now, from
 *                  core.wasm compiled by the page if `module` is given
 *   worker → page  {type: 'progress', id, stage: 'loading' | 'explaining'}
 *                  {type: 'result', id, result, ms}
 *                  {type: 'error', id, code, message}
 *
 *   serveExplainer(self, createExplainer);                       // loads at once
 *   serveExplainer(self, createExplainer, { waitForLoad: true }); // at 'load' or the first 'explain'
 *
 * The core call is synchronous, so a running explanation cannot stop itself:
 * `cancel` drops a queued request, and the page terminates the worker to stop
 * a running one.
 */

/** Version of the message format above. */
export const PROTOCOL_VERSION = 1;

/**
 * Answers explain requests posted to `scope`, one at a time, in order.
 * Starts loading the wasm core at once so the first request is fast, or,
 * with `waitForLoad`, when a 'load' message (which may bring core.wasm
 * compiled) or the first request arrives.
 * @param {{addEventListener: Function, postMessage: Function}} scope a worker global
 * @param {(moduleOptions?: {wasmModule?: WebAssembly.Module}) =>
 *   Promise<{explain: (text: string, options?: object) => object}>} createExplainer
 * @param {{waitForLoad?: boolean}} [options]
 * @returns {void}
 */
export function serveExplainer(scope, createExplainer, { waitForLoad = false } = {}) {
  const queue = [];
  const cancelled = new Set();
  let explainer = null;
  let busy = false;
  const now = () => (globalThis.performance ? performance.now() : Date.now());
  // Marks of the first explanation, for the bench's cold-start breakdown.
  let firstCall = true;
  const mark = (name) => { if (firstCall) globalThis.performance?.mark?.(name); };
  const load = (moduleOptions) => createExplainer(moduleOptions)
    .then((loaded) => { mark('ae-core-ready'); return loaded; }, (err) => err);
  let loading = waitForLoad ? null : load();

  async function pump() {
    if (busy) return;
    busy = true;
    while (queue.length) {
      const msg = queue.shift();
      if (cancelled.delete(msg.id)) continue;
      try {
        if (!explainer) {
          scope.postMessage({ type: 'progress', id: msg.id, stage: 'loading', v: PROTOCOL_VERSION });
          if (!loading) loading = load();
          const loaded = await loading;
          loading = null;
          if (loaded instanceof Error) throw loaded;
          explainer = loaded;
        }
        if (cancelled.delete(msg.id)) continue;
        scope.postMessage({ type: 'progress', id: msg.id, stage: 'explaining', v: PROTOCOL_VERSION });
        mark('ae-explain-start');
        const started = now();
        const result = explainer.explain(msg.text, msg.options ?? undefined);
        const ms = now() - started;
        mark('ae-explain-end');
        firstCall = false;
        scope.postMessage({ type: 'result', id: msg.id, result, ms, v: PROTOCOL_VERSION });
      } catch (err) {
        const code = err && typeof err.code === 'string' ? err.code : 'internal_error';
        if (code === 'internal_error') explainer = null;  // a failed instance is not reused
        scope.postMessage({ type: 'error', id: msg.id, code,
          message: err && err.message ? err.message : String(err), v: PROTOCOL_VERSION });
      }
    }
    busy = false;
  }

  scope.addEventListener('message', (event) => {
    const msg = event.data;
    if (!msg || typeof msg !== 'object') return;
    if (msg.type === 'cancel') {
      cancelled.add(msg.id);
    } else if (msg.type === 'load') {
      if (!loading && !explainer) loading = load(msg.module ? { wasmModule: msg.module } : undefined);
    } else if (msg.type === 'explain') {
      queue.push(msg);
      pump();
    }
  });
}
