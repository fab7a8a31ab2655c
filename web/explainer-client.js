/**
 * The page's side of the worker messages (see worker-protocol.js): one
 * request at a time, progress callbacks, cancellation by terminating the
 * worker and starting a fresh one, and a main-thread fallback when no worker
 * can be started.
 *
 *   const client = createExplainerClient({ createWorker, loadExplainer });
 *   const { result, ms } = await client.explain(text, {}, { onProgress });
 *   client.cancel();   // the pending explain() rejects with code 'cancelled'
 */

/** Articles at least this long (UTF-16 units) are cancelled by restarting the worker. */
export const LARGE_ARTICLE = 100 * 1024;

function clientError(code, message) {
  const err = new Error(message);
  err.name = 'ExplainerError';
  err.code = code;
  return err;
}

/**
 * Creates a client.
 * @param {{createWorker?: () => Worker, loadExplainer?: () => Promise<{explain: Function}>}} options
 *   `createWorker` starts a worker that runs serveExplainer(); `loadExplainer`
 *   loads the explainer on the main thread, used when no worker starts
 * @returns {{explain: (text: string, options?: object, hooks?: {onProgress?: (stage: string) => void}) =>
 *   Promise<{result: object, ms: number}>, cancel: () => boolean, busy: () => boolean,
 *   mode: () => string, terminate: () => void}}
 */
export function createExplainerClient({ createWorker, loadExplainer } = {}) {
  let worker = null;
  let mode = createWorker ? 'worker' : 'main-thread';
  let nextId = 1;
  let pending = null;  // {id, resolve, reject, onProgress, size}
  let mainExplainer = null;

  function settle(fn, value) {
    const p = pending;
    pending = null;
    if (p) fn(p, value);
  }

  function startWorker() {
    if (worker || mode !== 'worker') return worker;
    try {
      worker = createWorker();
    } catch {
      mode = loadExplainer ? 'main-thread' : 'none';
      return null;
    }
    worker.addEventListener('message', (event) => {
      const msg = event.data;
      if (!pending || !msg || msg.id !== pending.id) return;
      if (msg.type === 'progress') pending.onProgress?.(msg.stage);
      else if (msg.type === 'result') settle((p) => p.resolve({ result: msg.result, ms: msg.ms }));
      else if (msg.type === 'error') settle((p) => p.reject(clientError(msg.code, msg.message)));
    });
    worker.addEventListener('error', (event) => {
      // The worker script itself failed (blocked, missing, a CSP refusal):
      // give up on workers and run on the main thread from now on.
      event.preventDefault?.();
      worker?.terminate();
      worker = null;
      mode = loadExplainer ? 'main-thread' : 'none';
      const p = pending;
      pending = null;
      if (p) run(p);
    });
    return worker;
  }

  async function runOnMainThread(p) {
    p.onProgress?.('loading');
    try {
      if (!mainExplainer) mainExplainer = loadExplainer();
      const explainer = await mainExplainer;
      if (pending !== p) return;
      p.onProgress?.('explaining');
      // Let the page paint its progress before the synchronous call.
      await new Promise((ok) => setTimeout(ok, 30));
      if (pending !== p) return;
      const started = performance.now();
      const result = explainer.explain(p.text, p.options);
      settle((q) => q.resolve({ result, ms: performance.now() - started }));
    } catch (err) {
      mainExplainer = null;
      settle((q) => q.reject(err && err.code ? err : clientError('internal_error', String(err && err.message || err))));
    }
  }

  function run(p) {
    pending = p;
    if (mode === 'worker' && startWorker()) {
      worker.postMessage({ type: 'explain', id: p.id, text: p.text, options: p.options });
    } else if (mode === 'main-thread' && loadExplainer) {
      runOnMainThread(p);
    } else {
      settle((q) => q.reject(clientError('internal_error', 'This browser cannot run the explainer.')));
    }
  }

  function cancel() {
    const p = pending;
    if (!p) return false;
    pending = null;
    if (worker) {
      if (p.size >= LARGE_ARTICLE) {
        // A running core call cannot be interrupted: drop the worker, start afresh.
        worker.terminate();
        worker = null;
        startWorker();
      } else {
        worker.postMessage({ type: 'cancel', id: p.id });
      }
    }
    p.reject(clientError('cancelled', 'The explanation was cancelled.'));
    return true;
  }

  if (mode === 'worker') startWorker();  // load the core while the page sets up

  return {
    explain(text, options, hooks = {}) {
      cancel();
      return new Promise((resolve, reject) => {
        run({ id: nextId++, text, options: options ?? undefined, resolve, reject,
          onProgress: hooks.onProgress, size: text.length });
      });
    },
    cancel,
    busy: () => pending !== null,
    mode: () => mode,
    terminate() {
      cancel();
      worker?.terminate();
      worker = null;
    },
  };
}
