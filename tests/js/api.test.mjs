// The JS API as users call it: import from the package name, explain, errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { createExplainer, ExplainerError } from 'article-explainer';

const explainer = await createExplainer();
const testdata = (name) => JSON.parse(readFileSync(new URL(`../testdata/${name}`, import.meta.url), 'utf8'));

test('the package name resolves to the built module and returns SCHEMA version 1', () => {
  const r = explainer.explain('The council met on Monday. It voted.');
  assert.equal(r.version, 1);
  assert.equal(r.length, 36);
  for (const key of ['sentences', 'entities', 'quotes', 'claims', 'contrasts', 'timeline', 'sources', 'warnings']) {
    assert.ok(Array.isArray(r[key]), key);
  }
});

test('sentences match the shared table (same cases as the C++ tests)', () => {
  for (const c of testdata('sentences.json').cases) {
    const r = explainer.explain(c.text);
    assert.deepEqual(r.sentences.map((s) => c.text.slice(s.start, s.end)), c.sentences, c.name);
  }
});

test('explainers share one wasm instance', async () => {
  const second = await createExplainer();
  assert.equal(second._loaded, explainer._loaded);
});

test('empty and whitespace-only text give an empty valid result', () => {
  for (const text of ['', '   ', '\n\r\n\t']) {
    const r = explainer.explain(text);
    assert.deepEqual(r.sentences, []);
    assert.deepEqual(r.quotes, []);
    assert.deepEqual(r.warnings, []);
  }
});

test('text over the limit throws input_too_large before copying it', () => {
  const big = 'a'.repeat(explainer.maxInputBytes + 1);
  assert.throws(() => explainer.explain(big), (err) => err instanceof ExplainerError && err.code === 'input_too_large');
});

test('multi-byte text whose UTF-8 form is over the limit throws input_too_large', () => {
  const big = 'é'.repeat(Math.floor(explainer.maxInputBytes / 2) + 1);  // 2 bytes each
  assert.throws(() => explainer.explain(big), (err) => err.code === 'input_too_large' && /limit/.test(err.message));
});

test('a 5 MB article is explained', () => {
  const text = 'The council met on Monday and voted. '.repeat(Math.ceil(5e6 / 37));
  const r = explainer.explain(text);
  assert.ok(r.sentences.length > 100000);
});

test('bad options throw invalid_options with a message', () => {
  const bad = [[1, 2], 'date', { date: 5 }, { dat: '2025-01-01' }, { date: 'yesterday' }];
  for (const options of bad) {
    assert.throws(() => explainer.explain('Text.', options),
      (err) => err instanceof ExplainerError && err.code === 'invalid_options' && err.message.length > 10,
      JSON.stringify(options));
  }
  assert.equal(explainer.explain('Text.', { date: '2025-08-20' }).version, 1);
});

test('non-text input throws invalid_input, never an Embind error', () => {
  for (const input of [undefined, null, 42, {}, ['a']]) {
    assert.throws(() => explainer.explain(input), (err) => err instanceof ExplainerError && err.code === 'invalid_input');
  }
});

test('lone surrogates survive with correct offsets and a warning', () => {
  const text = 'First \uD800 sentence. Second \uDC00 one 😀 here.';
  const r = explainer.explain(text);
  assert.equal(r.length, text.length);
  assert.deepEqual(r.sentences.map((s) => text.slice(s.start, s.end)),
    ['First \uD800 sentence.', 'Second \uDC00 one 😀 here.']);
  const w = r.warnings.find((x) => x.code === 'lone_surrogate');
  assert.ok(w);
  assert.equal(w.start, 6);
});

test('UTF-8 bytes with invalid sequences are replaced and reported', () => {
  const bytes = new Uint8Array([...Buffer.from('Bad '), 0xff, ...Buffer.from(' bytes. Fine.')]);
  const r = explainer.explain(bytes);
  assert.equal(r.warnings[0].code, 'invalid_encoding');
  assert.equal(r.warnings[0].start, 4);
  assert.equal(r.sentences.length, 2);
});

test('HTML and binary input give a result, not an error', () => {
  const html = '<img src=x onerror="alert(1)"><script>alert(2)</script> Officials met.';
  assert.equal(explainer.explain(html).length, html.length);
  const binary = String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
  const r = explainer.explain(binary);
  assert.ok(r.warnings.some((w) => w.code === 'binary_input'));
});

test('every span of the demo article slices inside the text', () => {
  const text = readFileSync(new URL('../../web/demo-article.txt', import.meta.url), 'utf8');
  const r = explainer.explain(text);
  assert.equal(r.length, text.length);
  const spans = [];
  (function walk(node) {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (Number.isInteger(node.start) && Number.isInteger(node.end)) spans.push(node);
      Object.values(node).forEach(walk);
    }
  })(r);
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, JSON.stringify(s));
    if (typeof s.text === 'string') assert.equal(text.slice(s.start, s.end), s.text);
  }
});
