// npm run bench: speed, memory, download size and cold start of what ships,
// next to the in-browser NLP libraries a web developer would pick instead,
// measured on this machine in one run and printed as Markdown tables with
// the project's targets (PASS/FAIL). Not part of npm test.
//
//   node scripts/bench.mjs              tables on stdout (needs dist/: build --site first)
//   node scripts/bench.mjs --json FILE  also writes every number to FILE
//   node scripts/bench.mjs --json       numbers as JSON on stdout, tables on stderr
//
// Speed: the seed article (median of many calls after warm-up) and 300 KB /
// 3 MB of real news text (scripts/bench/texts.mjs), every contender in its own
// process, in alternating rounds (scripts/bench/speed.mjs). The 300 KB and
// 3 MB rounds start fresh processes; the peak RSS and wasm heap of the 3 MB
// ones are reported.
// Browser: scripts/bench/browser.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

import { measureBrowser } from './bench/browser.mjs';
import { closeContenders, compare, NAMES, startContenders, warmUp } from './bench/speed.mjs';
import { writeBenchTexts } from './bench/texts.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const PERF = join(ROOT, 'build', 'perf');
const NATIVE = join(PERF, 'explain_native');

const jsonAt = process.argv.indexOf('--json');
const jsonFile = jsonAt > 0 && process.argv[jsonAt + 1] && !process.argv[jsonAt + 1].startsWith('--')
  ? process.argv[jsonAt + 1] : null;
const jsonToStdout = jsonAt > 0 && !jsonFile;
const say = (line = '') => (jsonToStdout ? process.stderr : process.stdout).write(`${line}\n`);
const note = (line) => process.stderr.write(`bench: ${line}\n`);

// Budgets per text: rounds stop when the next would pass the budget.
const PLANS = {
  'seed article': { budgetMs: 20_000, maxRounds: 30, batchMs: 300 },
  '300 KB': { budgetMs: 60_000, maxRounds: 5, batchMs: 0 },
  '3 MB': { budgetMs: 90_000, maxRounds: 3, batchMs: 0 },
};
const COLD_START_RUNS = 5;

const TARGETS = {
  seedMs: 0.5,
  seedVsCompromise: 40,
  mbps300k: 10,
  linearity: 12,
  downloadGzip: 200_000,  // bytes, as tests/browser/widget.test.mjs reads "200 KB"
  coldStartMs: 250,
};

if (!existsSync(join(DIST, 'explainer.js')) || !existsSync(join(DIST, 'index.html'))) {
  note('dist/ is missing: run `node scripts/build.mjs --site` first');
  process.exit(1);
}

// The native column: a Release build of the same core (incremental; only
// explain_native is built).
function buildNative() {
  const quietly = { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] };
  if (!existsSync(join(PERF, 'CMakeCache.txt'))) {
    execFileSync('cmake', ['-S', ROOT, '-B', PERF, '-DCMAKE_BUILD_TYPE=Release'], quietly);
  }
  execFileSync('cmake', ['--build', PERF, '-j', '2', '--target', 'explain_native'], quietly);
}

const version = (pkg) => JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const started = performance.now();
const machine = {
  date: new Date().toISOString().slice(0, 10),
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim(),
  node: process.version,
  loadAverageAtStart: loadavg()[0],
  versions: { compromise: version('compromise'), 'wink-nlp': version('wink-nlp'),
    'wink-eng-lite-web-model': version('wink-eng-lite-web-model') },
};

note('building build/perf/explain_native (Release)…');
buildNative();
const texts = writeBenchTexts(join(ROOT, 'build', 'bench'));
const [seed] = texts;

// --- speed and memory ------------------------------------------------------
const speed = {};
note('warming up on the seed article…');
let contenders = await startContenders({ native: NATIVE });
const estimates = await warmUp(contenders, seed.file);
let previous = seed;
for (const text of texts) {
  // Per-call estimates for this text, scaled from the previous one (linear).
  for (const n of Object.keys(estimates)) estimates[n] *= text.bytes / previous.bytes;
  previous = text;
  // The large texts run in fresh processes (warmed on the seed), both of
  // them, so that their per-byte costs compare like with like: a first call
  // on a large text also grows the JS and wasm heaps.
  const fresh = text !== seed;
  if (fresh && contenders) {
    closeContenders(contenders);
    contenders = null;
  }
  note(`timing ${text.label} (${text.bytes.toLocaleString('en')} bytes)${fresh ? ' in fresh processes, with memory' : ''}…`);
  const freshContenders = async () => {
    const c = await startContenders({ native: NATIVE });
    await warmUp(c, seed.file);
    return c;
  };
  speed[text.label] = await compare(fresh ? freshContenders : contenders, text, { ...PLANS[text.label], estimates });
}

// --- browser -----------------------------------------------------------------
note('loading the page and the widget demo in chromium…');
const { downloads, coldStart, chromium } = await measureBrowser({ dist: DIST, runs: COLD_START_RUNS });
machine.chromium = chromium;
machine.loadAverageAtEnd = loadavg()[0];
machine.benchSeconds = Math.round((performance.now() - started) / 1000);

// --- targets -----------------------------------------------------------------
const [, small, large] = texts;
const ours = (label) => speed[label].ours;
const checks = [
  { target: `seed article in wasm under ${TARGETS.seedMs} ms`, value: ours(seed.label).medianMs,
    shown: ms(ours(seed.label).medianMs), pass: ours(seed.label).medianMs < TARGETS.seedMs },
  { target: `seed article at least ${TARGETS.seedVsCompromise}× faster than compromise`,
    value: speed[seed.label].compromise.ratio, shown: times(speed[seed.label].compromise.ratio),
    pass: speed[seed.label].compromise.ratio >= TARGETS.seedVsCompromise },
  { target: `at least ${TARGETS.mbps300k} MB/s on the 300 KB text`, value: ours(small.label).mbps,
    shown: `${ours(small.label).mbps.toFixed(2)} MB/s`, pass: ours(small.label).mbps >= TARGETS.mbps300k },
  { target: `linear: 3 MB no more than ${TARGETS.linearity}× the 300 KB time`,
    value: ours(large.label).medianMs / ours(small.label).medianMs,
    shown: times(ours(large.label).medianMs / ours(small.label).medianMs),
    pass: ours(large.label).medianMs / ours(small.label).medianMs <= TARGETS.linearity },
  { target: `page + widget download at most ${kb(TARGETS.downloadGzip)} gzip`, value: downloads.both.gzip,
    shown: kb(downloads.both.gzip), pass: downloads.both.gzip <= TARGETS.downloadGzip },
  { target: `cold start at most ${TARGETS.coldStartMs} ms`, value: coldStart.medianMs,
    shown: ms(coldStart.medianMs), pass: coldStart.medianMs <= TARGETS.coldStartMs },
];

// --- tables ------------------------------------------------------------------
function ms(v) { return v >= 100 ? `${Math.round(v)} ms` : v >= 1 ? `${v.toFixed(1)} ms` : `${v.toFixed(3)} ms`; }
function times(v) { return `${v >= 100 ? Math.round(v) : v.toFixed(1)}×`; }
function kb(bytes) { return `${(bytes / 1000).toFixed(1)} KB`; }
function mb(bytes) { return `${Math.round(bytes / 1e6)} MB`; }
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`,
  ...rows.map((r) => `| ${r.join(' | ')} |`)];

const LABELS = {
  ours: 'ours: wasm in node, `explain()`',
  native: 'ours: native Release build',
  compromise: `compromise ${machine.versions.compromise}`,
  wink: `wink-nlp ${machine.versions['wink-nlp']} + eng-lite-web-model`,
};
function cell(r, text) {
  if (r.skipped) return `skipped (~${Math.round(r.estimateMs / 1000)} s a call, est.)`;
  const first = text === seed ? ms(r.medianMs) : `${r.mbps.toFixed(2)} MB/s`;
  return r.ratio ? `${first} (${times(r.ratio)})` : first;
}
function memoryCell(r) {
  if (r.skipped || !r.memory) return '—';
  const m = r.memory;
  return `${m.heapBytes ? `heap ${mb(m.heapBytes)}, ` : ''}RSS ${mb(m.maxRssKb * 1024)}`;
}
const speedRows = NAMES.map((n) => [LABELS[n], ...texts.map((t) => cell(speed[t.label][n], t)), memoryCell(speed[large.label][n])]);
speedRows.splice(1, 0, ['ours: the raw core call inside it', ...texts.map((t) => {
  const r = speed[t.label].ours;
  return t === seed ? ms(r.rawMedianMs) : `${(t.bytes / 1e6 / (r.rawMedianMs / 1000)).toFixed(2)} MB/s`;
}), '']);

const lines = [
  `Measured ${machine.date} on this machine: ${machine.cores} cores (${machine.cpu}), node ${machine.node}, ` +
    `chromium ${machine.chromium}; load average ${machine.loadAverageAtStart.toFixed(1)} at start, ` +
    `${machine.loadAverageAtEnd.toFixed(1)} at end; the bench took ${machine.benchSeconds} s.`,
  '',
  `Speed: median time on the seed article (${seed.bytes.toLocaleString('en')} bytes), throughput on real news text ` +
    `(${small.articles} articles repeated); (×N) = the peer's time ÷ ours, median of alternating rounds. ` +
    `Memory: peak on the 3 MB text, in a fresh process.`,
  '',
  ...table(['', seed.label, `${small.label} text`, `${large.label} text`, '3 MB peak memory'], speedRows),
  '',
  ...table(['download (files the server sent)', 'files', 'raw', 'gzip -9'], [
    ['the page (index.html)', downloads.page.files.length, kb(downloads.page.raw), kb(downloads.page.gzip)],
    ['the widget (demo/, without the demo site\'s own files)', downloads.widget.files.length, kb(downloads.widget.raw), kb(downloads.widget.gzip)],
    ['page + widget (unique files)', downloads.both.files.length, kb(downloads.both.raw), kb(downloads.both.gzip)],
  ]),
  '',
  `Cold start in headless chromium, median of ${COLD_START_RUNS} fresh contexts (ms after navigation): ` +
    `${coldStart.runs.map((v) => Math.round(v)).join(', ')}.`,
  '',
  ...table(['milestone', 'ms'], coldStart.breakdown.map((b) => [b.label, b.ms === null ? '—' : Math.round(b.ms)])),
  ...(Object.keys(coldStart.render).length
    ? ['', `First render: ${Object.entries(coldStart.render).map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(', ')}.`] : []),
  '',
  ...table(['target', 'measured', ''], checks.map((c) => [c.target, c.shown, c.pass ? 'PASS' : 'FAIL'])),
];
for (const line of lines) say(line);

const json = { machine, texts: texts.map(({ label, bytes }) => ({ label, bytes })), speed, downloads, coldStart,
  targets: checks.map(({ target, value, pass }) => ({ target, value, pass })) };
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(json, null, 2)}\n`);
if (jsonToStdout) process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
