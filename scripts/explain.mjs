// The explain command: runs the shipped wasm module under node.
//
//   npm run --silent explain -- FILE        one article (FILE or - for stdin) -> JSON
//   npm run --silent explain -- --jsonl     {"id","text"} lines -> {"id", ...} lines
//   npm run --silent explain -- --date 2025-08-20 FILE
//
// Output is written only when everything succeeded: on bad input the command
// exits 1 with one line on stderr and nothing on stdout.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

function fail(message) {
  process.stderr.write(`explain: ${message.split('\n')[0]}\n`);
  process.exit(1);
}

function take(flag) {
  const at = args.indexOf(flag);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
}

const jsonl = args.includes('--jsonl');
if (jsonl) args.splice(args.indexOf('--jsonl'), 1);
const date = take('--date');
const options = date ? { date } : undefined;
if (!jsonl && args.length !== 1) fail('usage: explain [--date YYYY-MM-DD] FILE|-  or  explain --jsonl < lines');

if (!existsSync(new URL('../dist/explainer.js', import.meta.url))) {
  execFileSync(process.execPath, [`${root}scripts/build.mjs`, '--site'],
    { stdio: ['ignore', process.stderr, process.stderr] });
}
const { createExplainer } = await import('../dist/explainer.js');
const explainer = await createExplainer();

function read(path) {
  try {
    return readFileSync(path === '-' ? 0 : path);
  } catch (err) {
    fail(`cannot read ${path}: ${err.message}`);
  }
}

try {
  if (jsonl) {
    const out = [];
    const lines = read('-').toString('utf8').split('\n');
    lines.forEach((line, n) => {
      if (!line.trim()) return;
      let record;
      try {
        record = JSON.parse(line);
      } catch {
        fail(`line ${n + 1} is not JSON`);
      }
      if (typeof record?.text !== 'string') fail(`line ${n + 1} has no "text" string`);
      out.push(JSON.stringify({ id: record.id ?? null, ...explainer.explain(record.text, options) }));
    });
    process.stdout.write(out.length ? out.join('\n') + '\n' : '');
  } else {
    // Bytes, not a decoded string: the core replaces invalid UTF-8 itself and
    // says where in `warnings`.
    process.stdout.write(JSON.stringify(explainer.explain(new Uint8Array(read(args[0])), options)) + '\n');
  }
} catch (err) {
  fail(err.code ? `${err.code}: ${err.message}` : String(err.message ?? err));
}
