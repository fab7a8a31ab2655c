// One bench contender in its own node process (forked by bench.mjs), so each
// has its own heap, JIT and peak-RSS figure. It answers IPC messages:
//
//   {cmd: 'warm', file, minCalls, minMs, maxCalls}  -> {calls, ms}
//   {cmd: 'time', file, runs}  -> {times, raw?, heapBytes?, rssKb, maxRssKb}
//
//   node scripts/bench/runner.mjs ours|compromise|wink
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const DIST = new URL('../../dist/', import.meta.url);

/** Each loader returns {run(text) -> {raw?}, heapBytes?()}. */
const CONTENDERS = {
  // createExplainer().explain exactly as node callers get it: explainer.js's
  // Explainer over a core loaded the way createExplainer() loads it in node
  // (core.mjs with the .wasm bytes). Loading it here lets the bench time the
  // raw core call inside each explain() and read the wasm memory size.
  async ours() {
    const { Explainer } = await import(new URL('explainer.js', DIST));
    const { default: createCore } = await import(new URL('core.mjs', DIST));
    const module = await createCore({ wasmBinary: readFileSync(new URL('core.wasm', DIST)) });
    const core = new module.Core();
    let raw = 0;
    const timedCore = {
      explain(text, options) {
        const t0 = performance.now();
        const json = core.explain(text, options);
        raw = performance.now() - t0;
        return json;
      },
    };
    const explainer = new Explainer({ module, core: timedCore });
    return {
      run(text) {
        if (!explainer.explain(text).sentences) throw new Error('no result');
        return { raw };
      },
      heapBytes: () => module.HEAP8.buffer.byteLength,  // wasm memory only grows: this is its peak
    };
  },
  // The people/places/organisations/quotes calls a page would make.
  async compromise() {
    const { default: nlp } = await import('compromise');
    return {
      run(text) {
        const doc = nlp(text);
        const found = [doc.people(), doc.places(), doc.organizations(), doc.quotations()]
          .reduce((n, view) => n + view.out('array').length, 0);
        if (found < 0) throw new Error('unreachable');
        return {};
      },
    };
  },
  // wink's documented pipeline (tokens, sentences, POS, entities, ...) with
  // the entities and sentences read out.
  async wink() {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    const { its } = nlp;
    return {
      run(text) {
        const doc = nlp.readDoc(text);
        if (doc.entities().out(its.detail).length + doc.sentences().out().length < 0) throw new Error('unreachable');
        return {};
      },
    };
  },
};

const name = process.argv[2];
if (!CONTENDERS[name]) throw new Error(`runner: unknown contender ${name}`);
const contender = await CONTENDERS[name]();
const files = new Map();
const read = (file) => {
  if (!files.has(file)) files.set(file, readFileSync(file, 'utf8'));
  return files.get(file);
};

process.on('message', (msg) => {
  const text = read(msg.file);
  if (msg.cmd === 'warm') {
    const t0 = performance.now();
    let calls = 0;
    while (calls < msg.maxCalls && (calls < msg.minCalls || performance.now() - t0 < msg.minMs)) {
      contender.run(text);
      calls += 1;
    }
    process.send({ calls, ms: performance.now() - t0 });
  } else if (msg.cmd === 'time') {
    const times = [];
    const raw = [];
    for (let i = 0; i < msg.runs; ++i) {
      const t0 = performance.now();
      const r = contender.run(text);
      times.push(performance.now() - t0);
      if (r.raw !== undefined) raw.push(r.raw);
    }
    process.send({
      times,
      raw: raw.length ? raw : undefined,
      heapBytes: contender.heapBytes?.(),
      rssKb: Math.round(process.memoryUsage().rss / 1024),
      maxRssKb: process.resourceUsage().maxRSS,
    });
  }
});
process.send({ ready: true });
