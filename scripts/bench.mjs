// npm run bench: size and speed of what ships, measured on this machine.
// Sizes of the built files (raw and gzip -9), module start-up, and explain()
// time on the demo article, the development corpus and large synthetic input.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';

const dist = new URL('../dist/', import.meta.url);
if (!existsSync(new URL('explainer.js', dist))) {
  console.error('bench: run `npm run build` first');
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('size (raw / gzip -9)');
for (const f of ['core.wasm', 'core.mjs', 'explainer.js', 'core-single.js', 'article-explainer.js']) {
  if (!existsSync(new URL(f, dist))) continue;
  const bytes = readFileSync(new URL(f, dist));
  console.log(`  ${f.padEnd(22)} ${kb(bytes.length).padStart(10)} / ${kb(gzipSync(bytes, { level: 9 }).length)}`);
}

let t0 = performance.now();
const { createExplainer } = await import(new URL('explainer.js', dist));
const explainer = await createExplainer();
console.log(`\nstart-up (import + compile + instantiate): ${(performance.now() - t0).toFixed(1)} ms`);

function time(label, text, runs) {
  explainer.explain(text);  // warm
  const times = [];
  for (let i = 0; i < runs; ++i) {
    t0 = performance.now();
    explainer.explain(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const mbps = text.length / 1e6 / (median / 1000);
  console.log(`  ${label.padEnd(34)} ${String(text.length).padStart(9)} chars  median ${median.toFixed(2).padStart(9)} ms  ${mbps.toFixed(2)} MB/s`);
}

console.log('\nexplain() time, median of runs');
const demo = readFileSync(new URL('../web/demo-article.txt', import.meta.url), 'utf8');
time('demo article', demo, 50);
const corpusFile = new URL('../../shared/corpus/gum-news/dev.jsonl', import.meta.url);
let corpus = demo;
if (existsSync(corpusFile)) {
  const texts = readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
  t0 = performance.now();
  for (const t of texts) explainer.explain(t);
  const ms = performance.now() - t0;
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(`  ${`GUM dev corpus (${texts.length} articles)`.padEnd(34)} ${String(chars).padStart(9)} chars  total  ${ms.toFixed(2).padStart(9)} ms  ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
  corpus = texts.join('\n\n');
}
const repeat = (n) => corpus.repeat(Math.ceil(n / corpus.length)).slice(0, n);
time('1 MB of news text', repeat(1e6), 3);
time('5 MB of news text', repeat(5e6), 1);
