// Shared set-up for the page's browser suites: Debian's chromium through
// playwright-core (never a downloaded browser), dist/ served on 127.0.0.1,
// pages that record console errors and uncaught exceptions, and small
// helpers to wait for an explanation and read what the page shows.
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { serve } from '../../../scripts/serve.mjs';

export const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../../build/screenshots/', import.meta.url));
export const DEMO_TEXT = readFileSync(new URL('../../../web/demo-article.txt', import.meta.url), 'utf8');
export const SAMPLE_RESULT = JSON.parse(readFileSync(new URL('../fixtures/sample-result.json', import.meta.url), 'utf8'));

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Starts chromium and a server for `root` (dist/ by default).
 * @param {{root?: string, headers?: Record<string, string>}} [options] extra response headers
 * @returns {Promise<{url: string, browser: import('playwright-core').Browser, server: object, close: () => Promise<void>}>}
 */
export async function start({ root = DIST, headers = {} } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await serve({ root, port: 0, headers });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    url: server.url,
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a page in a fresh context that records problems: console errors,
 * uncaught errors and CSP violations (reported from inside the page).
 * @param {import('playwright-core').Browser} browser
 * @param {object} [contextOptions] e.g. {viewport, colorScheme}
 * @returns {Promise<{page: import('playwright-core').Page, context: object, problems: string[]}>}
 */
export async function openPage(browser, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.exposeBinding('__reportViolation', (_src, v) => problems.push(`csp: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // eslint-disable-next-line no-undef
      __reportViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return { page, context, problems };
}

/**
 * Waits until the page has rendered an explanation (html[data-state=ready]).
 * @param {import('playwright-core').Page} page
 * @param {number} [timeout]
 */
export async function waitReady(page, timeout = 20000) {
  await page.waitForSelector('html[data-state="ready"]', { timeout, state: 'attached' });
}

/**
 * What the page shows: the article's text, its marks by kind, panel refs, and
 * the explanation it rendered (through the test hook, when enabled).
 * @param {import('playwright-core').Page} page
 */
export function readPage(page) {
  return page.evaluate(() => {
    const article = document.getElementById('article-text');
    const marks = [...article.querySelectorAll('mark')];
    const byKind = {};
    for (const m of marks) byKind[m.dataset.kind] = (byKind[m.dataset.kind] ?? 0) + 1;
    const hook = window.__articleExplainer;
    return {
      text: article.textContent,
      marks: marks.length,
      byKind,
      markRefs: [...new Set(marks.map((m) => m.dataset.ref))],
      panelRefs: [...document.querySelectorAll('#panel-root .ae-item[data-ref]')].map((li) => li.dataset.ref),
      sections: [...document.querySelectorAll('#panel-root .ae-section')].map((s) => s.dataset.section),
      result: hook && hook.current() ? hook.current().result : null,
      status: document.getElementById('status').textContent,
    };
  });
}

/**
 * Puts text on the clipboard and pastes it into the article box with Ctrl+V,
 * replacing what was there: a real paste event, as a person makes it.
 * @param {import('playwright-core').Page} page
 * @param {string} text
 */
export async function pasteText(page, text) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#article-input');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}
