// The explain command (npm run explain): one file, stdin, JSONL, bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../scripts/explain.mjs', import.meta.url));
const demo = fileURLToPath(new URL('../../web/demo-article.txt', import.meta.url));
const run = (args, input) => spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });

test('a file prints one JSON explanation whose sentences slice the text', () => {
  const r = run([demo]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.version, 1);
  assert.ok(out.sentences.length >= 20);
});

test('- reads the article from stdin', () => {
  const r = run(['-'], 'One sentence. Two sentences.');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).sentences.length, 2);
});

test('--jsonl answers each line in order with its id', () => {
  const input = [{ id: 'b', text: 'Second. Text.' }, { id: 'a', text: 'First.' }, { id: 3, text: '' }]
    .map((x) => JSON.stringify(x)).join('\n') + '\n';
  const r = run(['--jsonl'], input);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['b', 'a', 3]);
  assert.deepEqual(lines.map((l) => l.sentences.length), [2, 1, 0]);
});

test('bad input exits 1 with one line on stderr and nothing on stdout', () => {
  const cases = [
    [['--jsonl'], '{"id":"ok","text":"Fine."}\nnot json\n'],
    [['--jsonl'], '{"id":"x"}\n'],
    [['/no/such/file.txt'], ''],
    [['--date', 'soon', '-'], 'Text.'],
    [[], ''],
  ];
  for (const [args, input] of cases) {
    const r = run(args, input);
    assert.equal(r.status, 1, `${args} should fail`);
    assert.equal(r.stdout, '', `${args} wrote to stdout`);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
});

test('a file with invalid UTF-8 is explained with an invalid_encoding warning', () => {
  const dir = mkdtempSync(join(tmpdir(), 'explain-'));
  const file = join(dir, 'bad.txt');
  writeFileSync(file, Buffer.from([0x41, 0x62, 0xc3, 0x28, 0x2e]));
  const r = run([file]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).warnings[0].code, 'invalid_encoding');
});
