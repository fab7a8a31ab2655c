// web/page-classic.js (the page for file://) is generated from the page's
// ES modules; this fails when someone changed a module and did not
// regenerate it with `node tests/browser/helpers/classic-bundle.mjs`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { buildClassicBundle } from './helpers/classic-bundle.mjs';

test('web/page-classic.js is up to date with web/*.js', () => {
  const committed = readFileSync(new URL('../../web/page-classic.js', import.meta.url), 'utf8');
  assert.ok(committed === buildClassicBundle(),
    'web/page-classic.js is stale: run `node tests/browser/helpers/classic-bundle.mjs`');
});
