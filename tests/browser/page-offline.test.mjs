// The page without a server: opened from disk (file://, the classic bundle,
// a Blob-URL worker). Also: the page under a strict CSP, and without workers.
// The service worker has its own file (page-service-worker.test.mjs).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { serve } from '../../scripts/serve.mjs';
import { DEMO_TEXT, DIST, openPage, readPage, start, waitReady } from './helpers/page-harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('file://: dist/index.html opened from disk explains the seed article', async () => {
  const { page, problems } = await openPage(env.browser);
  try {
    await page.goto(`${pathToFileURL(`${DIST}index.html`).href}?test-hooks`);
    await waitReady(page);
    const shown = await readPage(page);
    assert.equal(shown.text, DEMO_TEXT);
    assert.equal(shown.result.length, DEMO_TEXT.length);
    assert.ok(shown.panelRefs.length > 0 || shown.result.quotes.length === 0);
    assert.equal(await page.evaluate(() => window.__articleExplainer.mode()), 'worker', 'runs in a Blob-URL worker');
    // Explaining another text works too.
    await page.fill('#article-input', '“It works offline,” the tester said.');
    await page.click('#explain-button');
    await page.waitForFunction(() => document.getElementById('article-text').textContent.startsWith('“It works') &&
      document.documentElement.dataset.state === 'ready');
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
  }
});

test('strict CSP (script-src \'self\' \'wasm-unsafe-eval\'): the page still works', async () => {
  const own = await serve({ root: DIST, port: 0, headers: {
    'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:",
  } });
  const { page, problems } = await openPage(env.browser);
  try {
    await page.goto(own.url);
    await waitReady(page);
    assert.equal(await page.$eval('#article-text', (n) => n.textContent), DEMO_TEXT);
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
    await own.close();
  }
});

test('without Web Workers the page still explains, on the main thread', async () => {
  const { page, problems } = await openPage(env.browser);
  try {
    await page.addInitScript(() => { delete window.Worker; });
    await page.goto(`${env.url}?test-hooks`);
    await waitReady(page);
    assert.equal(await page.evaluate(() => window.__articleExplainer.mode()), 'main-thread');
    assert.equal(await page.$eval('#article-text', (n) => n.textContent), DEMO_TEXT);
    assert.deepEqual(problems, []);
  } finally {
    await page.context().close();
  }
});
