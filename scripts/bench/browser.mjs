// The browser half of the bench, in Debian's headless chromium: what the
// page and the widget download (the files the server actually sent), and the
// page's cold start (navigation → first highlighted article) with where the
// time goes, from the page's and the worker's performance timelines.
//
//   const { downloads, coldStart } = await measureBrowser({ dist, runs: 5 });
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';

import { serve } from '../serve.mjs';
import { CHROMIUM_ARGS } from '../../tests/browser/helpers/page-harness.mjs';
import { median } from './speed.mjs';

const READY_TIMEOUT = 60_000;
const QUIET_MS = 1000;  // no request for this long: the page has finished loading (service worker included)

// Resolves once no file has been served for QUIET_MS.
function quiet(log) {
  return new Promise((ok) => {
    let seen = -1;
    const tick = () => {
      if (log.length === seen) ok();
      else {
        seen = log.length;
        setTimeout(tick, QUIET_MS);
      }
    };
    tick();
  });
}

function sizes(files) {
  const list = [...files.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([path, file]) => {
    const bytes = readFileSync(file);
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files: list,
    raw: list.reduce((n, f) => n + f.raw, 0),
    gzip: list.reduce((n, f) => n + f.gzip, 0),
  };
}

// Loads `path` in a fresh context until `ready` holds and the network is
// quiet; returns the files served meanwhile (unique paths).
async function fetched(browser, server, log, path, ready) {
  const context = await browser.newContext();
  const page = await context.newPage();
  log.length = 0;
  await page.goto(new URL(path, server.url).href);
  await page.waitForFunction(ready, null, { timeout: READY_TIMEOUT, polling: 50 });
  await quiet(log);
  await context.close();
  return new Map(log.map((r) => [r.path, r.file]));
}

// One cold start: the page's own first-render mark, and the milestones
// before it from the page's and the worker's timelines (worker times moved
// onto the page's clock through performance.timeOrigin).
async function coldStartOnce(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-state="ready"]', { state: 'attached', timeout: READY_TIMEOUT });
  await page.waitForFunction(() => performance.getEntriesByName('ae-first-paint').length > 0, null, { timeout: READY_TIMEOUT });
  const timeline = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const entries = performance.getEntries().map((e) => ({ type: e.entryType, name: e.name, start: e.startTime,
      end: e.entryType === 'resource' ? e.responseEnd : e.startTime + e.duration }));
    return { origin: performance.timeOrigin, nav: { responseEnd: nav.responseEnd, dcl: nav.domContentLoadedEventEnd }, entries,
      firstRenderMs: Number(document.documentElement.dataset.firstRenderMs) };
  });
  for (const worker of page.workers()) {
    const w = await worker.evaluate(() => ({ origin: performance.timeOrigin,
      entries: performance.getEntries().map((e) => ({ type: e.entryType, name: e.name, start: e.startTime,
        end: e.entryType === 'resource' ? e.responseEnd : e.startTime + e.duration })) }));
    const shift = w.origin - timeline.origin;
    for (const e of w.entries) timeline.entries.push({ ...e, start: e.start + shift, end: e.end + shift, worker: true });
  }
  await context.close();
  return timeline;
}

// Milestones in boot order: [label, pick(timeline) -> ms after navigation].
const mark = (name) => (t) => t.entries.find((e) => e.type === 'mark' && e.name === name)?.start;
const fetchedAt = (file, inWorker) => (t) =>
  t.entries.find((e) => e.type === 'resource' && !!e.worker === inWorker && new URL(e.name).pathname.endsWith(`/${file}`))?.end;
const MILESTONES = [
  ['HTML received', (t) => t.nav.responseEnd],
  ['boot.js runs, starts the worker', mark('ae-boot')],
  ['worker script runs', mark('ae-worker')],
  ['core.wasm downloaded (by the page)', fetchedAt('core.wasm', false)],
  ['core.wasm compiled (by the page)', mark('ae-wasm-compiled')],
  ['core instantiated, Explainer built (worker)', mark('ae-core-ready')],
  ['DOMContentLoaded', (t) => t.nav.dcl],
  ['seed article fetched', fetchedAt('demo-article.txt', false)],
  ['page modules loaded, page starts', mark('ae-page-start')],
  ['explain() starts (worker)', mark('ae-explain-start')],
  ['explain() returns (worker)', mark('ae-explain-end')],
  ['result reaches the page', mark('ae-result')],
  ['render starts', mark('ae-render-start')],
  ['article highlighted + panel rendered (cold start)', (t) => t.firstRenderMs],
  ['that frame painted', mark('ae-first-paint')],
];

/**
 * Measures downloads and cold start.
 * @param {{dist: string, runs: number}} options
 * @returns {Promise<{downloads: object, coldStart: object, chromium: string}>}
 */
export async function measureBrowser({ dist, runs }) {
  const log = [];
  const server = await serve({ root: dist, port: 0, onResponse: (r) => log.push(r) });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const pageFiles = await fetched(browser, server, log, '/', () => document.documentElement.dataset.state === 'ready');
    const demoFiles = await fetched(browser, server, log, '/demo/', () =>
      [...document.querySelectorAll('article-explainer')].some((w) => w.shadowRoot?.querySelector('.ae-shell[data-state="ready"]')));
    // The demo news site's own files (its HTML, CSS, script, icon) are not the widget's.
    const widgetFiles = new Map([...demoFiles].filter(([path]) => !path.startsWith('/demo/')));
    const downloads = {
      page: sizes(pageFiles),
      widget: sizes(widgetFiles),
      both: sizes(new Map([...pageFiles, ...widgetFiles])),
    };

    const timelines = [];
    for (let i = 0; i < runs; ++i) timelines.push(await coldStartOnce(browser, server.url));
    const breakdown = MILESTONES.map(([label, pick]) => {
      const at = timelines.map(pick).filter((v) => typeof v === 'number' && Number.isFinite(v));
      return { label, ms: at.length === timelines.length ? median(at) : null };
    });
    const durations = (name) => median(timelines.map((t) => {
      const e = t.entries.filter((x) => x.type === 'measure' && x.name === name);
      return e.length ? e[0].end - e[0].start : NaN;
    }));
    const coldStart = {
      runs: timelines.map((t) => t.firstRenderMs),
      medianMs: median(timelines.map((t) => t.firstRenderMs)),
      breakdown,
      render: Object.fromEntries(['ae-render:model', 'ae-render:article', 'ae-render:panel']
        .map((n) => [n.split(':')[1], durations(n)]).filter(([, v]) => Number.isFinite(v))),
    };
    return { downloads, coldStart, chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}
