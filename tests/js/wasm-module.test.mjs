// createExplainer({ wasmModule }): core.wasm compiled elsewhere (the page
// compiles it while its worker starts) is only instantiated. Its own file:
// every explainer in one process shares one core, and these tests need to
// load it themselves.
//
// Needs dist/ built first: node scripts/build.mjs --site
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { createExplainer, ExplainerError } from '../../dist/explainer.js';

const DIST = new URL('../../dist/', import.meta.url);
const SEED = readFileSync(new URL('../../web/demo-article.txt', import.meta.url), 'utf8');

test('a module that cannot be instantiated rejects with internal_error instead of hanging', async () => {
  // A valid module whose imports the glue does not provide.
  const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 2, 10, 1, 1, 120, 4, 110, 111, 112, 101, 0, 0]);
  const wrong = await WebAssembly.compile(bytes);
  await assert.rejects(createExplainer({ wasmModule: wrong }),
    (err) => err instanceof ExplainerError && err.code === 'internal_error');
});

test('the compiled core.wasm explains like the fetched one', async () => {
  const wasmModule = await WebAssembly.compile(readFileSync(new URL('core.wasm', DIST)));
  const explainer = await createExplainer({ wasmModule });
  const result = explainer.explain(SEED);
  assert.ok(result.sentences.length > 10);
  assert.ok(result.quotes.length > 0);
});
