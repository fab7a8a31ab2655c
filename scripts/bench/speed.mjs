// Speed and memory of the contenders, measured side by side: each round runs
// a batch of ours, then a batch of each peer, so a ratio (peer ÷ ours) is
// taken from neighbouring batches and holds on a noisy machine. Rounds stop
// at a time budget, not only at a count, so a slow core keeps the bench short.
//
//   const c = await startContenders({ native: 'build/perf/explain_native' });
//   const row = await compare(c, text, { budgetMs: 20000, maxRounds: 30, batchMs: 300 });
import { execFile, fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

const run = promisify(execFile);
const RUNNER = new URL('./runner.mjs', import.meta.url);

/** A peer whose next call is predicted to take longer than this is skipped for that text. */
export const CALL_CAP_MS = 60_000;

/** The contenders in table order; `ours` is the reference of every ratio. */
export const NAMES = ['ours', 'native', 'compromise', 'wink'];

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function forkRunner(name) {
  const child = fork(RUNNER, [name], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let waiting = null;
  const failed = new Promise((_, reject) => child.once('exit', (code) => {
    if (waiting) reject(new Error(`bench: ${name} runner exited with ${code}`));
  }));
  failed.catch(() => {});
  const next = () => Promise.race([new Promise((ok) => { waiting = ok; child.once('message', (m) => { waiting = null; ok(m); }); }), failed]);
  await next();  // {ready}
  return {
    name,
    async warm(file, opts) { child.send({ cmd: 'warm', file, ...opts }); return next(); },
    async time(file, runs) { child.send({ cmd: 'time', file, runs }); return next(); },
    close() { child.kill(); },
  };
}

// The native build times its own calls (after one warm-up call of its own),
// so one batch gives one median.
function nativeRunner(binary) {
  const time = async (file, runs) => {
    const { stdout } = await run(binary, ['--repeat', String(runs), file], { maxBuffer: 1 << 20 });
    const r = JSON.parse(stdout);
    return { times: [r.median_ms], maxRssKb: r.max_rss_kb };
  };
  return {
    name: 'native',
    async warm(file, { minCalls }) {  // only to size the batches
      const r = await time(file, minCalls);
      return { calls: minCalls, ms: r.times[0] * minCalls };
    },
    time,
    close() {},
  };
}

/**
 * Starts every contender; the JS ones in their own processes.
 * @param {{native: string}} paths
 * @returns {Promise<Record<string, object>>}
 */
export async function startContenders({ native }) {
  const out = {};
  for (const name of NAMES) out[name] = name === 'native' ? nativeRunner(native) : await forkRunner(name);
  return out;
}

export function closeContenders(contenders) {
  for (const c of Object.values(contenders)) c.close();
}

/** Warm-up on the seed: JIT, lazy lexicons, the first wasm memory growth. */
export async function warmUp(contenders, file) {
  const estimates = {};
  for (const c of Object.values(contenders)) {
    const w = await c.warm(file, { minCalls: 5, minMs: 1000, maxCalls: 200 });
    if (w.calls) estimates[c.name] = w.ms / w.calls;
  }
  return estimates;
}

/**
 * Times every contender on one text in alternating rounds.
 * @param {Record<string, object>|(() => Promise<Record<string, object>>)} contenders running
 *   contenders, or a function starting fresh ones for each round (then closed after it)
 * @param {{file: string, bytes: number}} text
 * @param {{budgetMs: number, maxRounds: number, batchMs: number, estimates: Record<string, number>}} plan
 *   `estimates`: ms per call on this text, from earlier texts (updated here)
 * @returns {Promise<Record<string, object>>} per contender: medianMs, calls, rounds, mbps,
 *   ratio (peer ÷ ours, median of rounds), rawMedianMs, memory, or skipped
 */
export async function compare(contenders, text, { budgetMs, maxRounds, batchMs, estimates }) {
  const samples = Object.fromEntries(NAMES.map((n) => [n, { times: [], raw: [], ratios: [], memory: null }]));
  const skipped = {};
  for (const n of NAMES) {
    if (n !== 'ours' && n !== 'native' && estimates[n] > CALL_CAP_MS) skipped[n] = estimates[n];
  }
  const started = performance.now();
  let rounds = 0;
  for (; rounds < maxRounds; ++rounds) {
    const predicted = NAMES.filter((n) => !skipped[n]).reduce((ms, n) => ms + Math.max(estimates[n] ?? 0, batchMs), 0);
    if (rounds > 0 && performance.now() - started + predicted > budgetMs) break;
    const running = typeof contenders === 'function' ? await contenders() : contenders;
    try {
      let oursBatch = null;
      for (const n of NAMES) {
        if (skipped[n]) continue;
        const runs = Math.max(1, Math.min(100, Math.round(batchMs / (estimates[n] || batchMs))));
        const r = await running[n].time(text.file, runs);
        const batch = median(r.times);
        samples[n].times.push(...r.times);
        if (r.raw) samples[n].raw.push(...r.raw);
        if (!samples[n].memory) samples[n].memory = { heapBytes: r.heapBytes, maxRssKb: r.maxRssKb, rssKb: r.rssKb };
        estimates[n] = batch;
        if (n === 'ours') oursBatch = batch;
        else samples[n].ratios.push(batch / oursBatch);
      }
    } finally {
      if (typeof contenders === 'function') closeContenders(running);
    }
  }
  const out = {};
  for (const n of NAMES) {
    if (skipped[n]) {
      out[n] = { skipped: true, estimateMs: skipped[n] };
      continue;
    }
    const s = samples[n];
    const medianMs = median(s.times);
    out[n] = {
      medianMs,
      calls: s.times.length,
      rounds,
      mbps: text.bytes / 1e6 / (medianMs / 1000),
      ...(s.raw.length ? { rawMedianMs: median(s.raw) } : {}),
      ...(s.ratios.length ? { ratio: median(s.ratios) } : {}),
      memory: s.memory,
    };
  }
  return out;
}
