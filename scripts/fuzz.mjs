// Builds the libFuzzer target (tests/fuzz/explain_fuzzer.cc, clang with ASan +
// UBSan, in build/fuzz, incrementally) and runs it for a bounded time. A crash,
// sanitizer report, invariant violation or slow input fails the run; the
// input is saved in build/fuzz/artifacts/ and the command to replay it printed.
//
//   node scripts/fuzz.mjs            600 s (what `npm run fuzz` does)
//   node scripts/fuzz.mjs 60         60 s (what `npm test` does)
//   FUZZ_SECONDS=3600 npm run fuzz   longer
//
// Inputs libFuzzer finds interesting accumulate in build/fuzz/corpus, so each
// run starts where the last one stopped. The seeds (shared fixtures, corpus
// texts, test data and hand-made hostile texts) and a dictionary made from
// core/data's lexicons are generated into build/fuzz on every run.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const dir = join(root, 'build', 'fuzz');
const seconds = Number(process.argv[2] ?? process.env.FUZZ_SECONDS ?? 600);
if (!(seconds > 0)) throw new Error(`fuzz: seconds must be a positive number, got ${process.argv[2]}`);

// A short article's worth: every stage (quotes, attribution across
// sentences, source chains, contrasts) is reachable in 2 KB, and under ASan
// the pipeline costs ~5 ms per KB, so a larger limit costs most of the
// executions. Linear time at large sizes is tests/core/bad_input_test.cc's job.
const MAX_LEN = 2048;
// Per input, under ASan: a normal article takes milliseconds, so 10 s is a hang.
const TIMEOUT_S = 10;

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
}

// --- build (configure once, then incremental) ---
if (!existsSync(join(dir, 'CMakeCache.txt'))) {
  run('cmake', ['-S', root, '-B', dir, '-DCMAKE_CXX_COMPILER=clang++-14', '-DCMAKE_BUILD_TYPE=Debug',
    '-DEXPLAINER_FUZZ=ON']);
}
run('cmake', ['--build', dir, '--target', 'explain_fuzzer', '-j', '2']);

// --- seeds: real articles plus shapes that stress each stage ---
const seeds = join(dir, 'seeds');
rmSync(seeds, { recursive: true, force: true });
mkdirSync(seeds, { recursive: true });
const addSeed = (text) => {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  const name = createHash('sha1').update(bytes).digest('hex');
  writeFileSync(join(seeds, name), bytes.subarray(0, MAX_LEN));
};
const fixtures = join(shared, 'fixtures');
for (const f of existsSync(fixtures) ? readdirSync(fixtures) : []) {
  if (f.endsWith('.txt')) addSeed(readFileSync(join(fixtures, f)));
}
const corpus = join(shared, 'corpus');
for (const sub of existsSync(corpus) ? readdirSync(corpus) : []) {
  const jsonl = join(corpus, sub, 'dev.jsonl');
  if (!existsSync(jsonl)) continue;
  for (const line of readFileSync(jsonl, 'utf8').split('\n')) {
    if (line.trim()) addSeed(JSON.parse(line).text);
  }
}
for (const c of JSON.parse(readFileSync(join(root, 'tests/testdata/sentences.json'), 'utf8')).cases) {
  addSeed(c.text);
}
addSeed(readFileSync(join(root, 'web/demo-article.txt')));
const hostile = [
  '"'.repeat(500), '“'.repeat(300), '« '.repeat(200), "'".repeat(500),
  '"a '.repeat(400) + 'said Smith.',
  '“'.repeat(100) + 'deep' + '”'.repeat(100) + ' said Jane Doe.',
  '“He said ‘she said “they said ‘no’ ” ’ ” she said.',
  'word '.repeat(3000),
  'Alpha Beta Gamma Delta '.repeat(500),
  '"Yes," said Smith. '.repeat(300),
  'Smith said that Jones said that Brown said that it rained. '.repeat(100),
  'Reuters reported, citing Interfax, citing a source who spoke to TASS, citing Peskov. '.repeat(30),
  'However, the minister praised Trump. In contrast, Trump threatened Russia while Putin smiled. ',
  'On Monday, 15 August 2025, last Tuesday, next month, in 2024, earlier this week, on 31/02/2025. ',
  'A\0B\0"C\0" said\0D.', Buffer.from([0xff, 0xfe, 0x22, 0xc3, 0x28, 0xe2, 0x80, 0x22, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80]),
  '<p>"Hi," said <b>Bob</b>.</p><script>alert("x")</script><img src=x onerror=alert(1)>',
  'قال المتحدث باسم الكرملين ديمتري بيسكوف «إن الرئيس سيلتقي ترامب». אמר ראש הממשלה: "לא נסכים".',
  '习近平说：“我们将继续合作。”日本首相表示「反対だ」。한국 대통령은 "좋다"고 말했다.',
  '😀 "Emoji 😀 quote 𝒜𝒷𝒸," said 👩‍👩‍👧 Smith. 𝕏 reported.',
  'Mr.\r\nSmith said\r\n"yes."\r\n\r\nDr. J. R. R. Tolkien, U.S. Sen. Bob Jones Jr., Ph.D., said so.',
  '"Unclosed quote said Smith.\n\n"Another," he said. "And',
  ' \t\n\r\u00a0\u2003\u200b\ufeff',
];
for (const h of hostile) addSeed(h);

// --- dictionary: the lexicons' phrases are the words the stages react to ---
const escape = (s) => [...Buffer.from(s, 'utf8')].map((b) =>
  (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c) ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`).join('');
const words = new Set(['"', '“', '”', '‘', '’', '«', '»', '„', '「', '」', '—', '...', '\r\n', '\n\n',
  ' said ', ' told ', 'according to ', '(', ')', 'Mr. ', 'U.S.', '2025']);
const data = join(root, 'core', 'data');
for (const f of readdirSync(data)) {
  for (const line of readFileSync(join(data, f), 'utf8').split('\n')) {
    const key = line.split('\t')[0].trim();
    if (key && !key.startsWith('#') && key.length <= 40) words.add(key);
  }
}
const dict = join(dir, 'lexicon.dict');
writeFileSync(dict, [...words].map((w) => `"${escape(w)}"`).join('\n') + '\n');

// --- run ---
const work = join(dir, 'corpus');
const artifacts = join(dir, 'artifacts');
mkdirSync(work, { recursive: true });
mkdirSync(artifacts, { recursive: true });
const args = [work, seeds, `-dict=${dict}`, `-max_len=${MAX_LEN}`, `-timeout=${TIMEOUT_S}`,
  `-max_total_time=${seconds}`, `-artifact_prefix=${artifacts}/`, '-print_final_stats=1',
  '-print_pcs=0', '-reload=0'];
process.stderr.write(`fuzz: ${seconds} s, max_len ${MAX_LEN}, timeout ${TIMEOUT_S} s, ` +
  `${readdirSync(seeds).length} seeds, ${words.size} dictionary words\n`);
const started = Date.now();
const child = spawn(join(dir, 'explain_fuzzer'), args, { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
let log = '';
child.stderr.on('data', (chunk) => {
  log += chunk;
  // The status lines are the progress; the rest (sanitizer reports) too.
  process.stderr.write(chunk);
  if (log.length > 1e6) log = log.slice(-5e5);
});
const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? signal)));
const stat = (name) => log.match(new RegExp(`stat::${name}:\\s*(\\d+)`))?.[1];
const runs = Number(stat('number_of_executed_units') ?? log.match(/Done (\d+) runs/)?.[1] ?? NaN);
const elapsed = (Date.now() - started) / 1000;
console.log(`fuzz: ${runs} executions in ${elapsed.toFixed(0)} s (${(runs / elapsed).toFixed(0)} exec/s), ` +
  `corpus ${readdirSync(work).length} inputs, exit ${code}`);
if (code !== 0) {
  const saved = log.match(/Test unit written to (\S+)/)?.[1];
  console.log(`fuzz: FAILED${saved ? `; replay with: build/fuzz/explain_fuzzer ${saved}` : ''}`);
  process.exit(1);
}
