// The service worker: over http, a repeat visit works with the server gone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { serve } from '../../scripts/serve.mjs';
import { DEMO_TEXT, DIST, openPage, start, waitReady } from './helpers/page-harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

// One visit online, then a new tab with the server gone. In its own file, so
// its own browser: sharing one with the other offline tests, the offline visit
// sometimes found a cached subresource unanswered (noted on the issue); the
// scenario also gets fresh tries before it fails.
async function offlineRepeatVisit() {
  const own = await serve({ root: DIST, port: 0 });
  const { page, context, problems } = await openPage(env.browser);
  try {
    await page.goto(own.url);
    await waitReady(page);
    await page.waitForFunction(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      if (!reg || !reg.active || reg.active.state !== 'activated' || !navigator.serviceWorker.controller) return false;
      const keys = (await (await caches.open('article-explainer-v1')).keys()).map((r) => new URL(r.url).pathname);
      return ['/', '/main.js', '/worker.js', '/core.mjs', '/core.wasm', '/demo-article.txt'].every((k) => keys.includes(k));
    }, null, { timeout: 20000, polling: 250 });
    await own.close();
    const again = await context.newPage();
    await again.goto(own.url);
    await waitReady(again, 8000);
    assert.equal(await again.$eval('#article-text', (n) => n.textContent), DEMO_TEXT);
    assert.deepEqual(problems.filter((p) => !/Failed to load resource|ERR_CONNECTION_REFUSED/.test(p)), []);
  } finally {
    await context.close();
    await own.close().catch(() => {});
  }
}

test('service worker: a repeat visit works with the server gone', async (t) => {
  for (let attempt = 1; ; attempt++) {
    try {
      await offlineRepeatVisit();
      t.diagnostic(`offline repeat visit worked on attempt ${attempt}`);
      return;
    } catch (err) {
      if (attempt === 4) throw err;
    }
  }
});

