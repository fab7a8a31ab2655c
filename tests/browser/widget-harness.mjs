// Shared set-up for the widget's browser suites: Debian's chromium through
// playwright-core (never a downloaded browser), dist/ served on 127.0.0.1 with
// a news site's strict Content-Security-Policy, and a page wrapper that
// collects console errors, page errors and CSP violations.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { serve } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../build/screenshots/', import.meta.url));

/** The policy a strict news site sends (no unsafe-eval, no inline scripts, no blob: workers). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Starts the browser and a CSP server over `root`.
 * @param {{root?: string, csp?: string}} [options]
 */
export async function start({ root = DIST, csp = STRICT_CSP } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await serve({ root, port: 0, headers: { 'Content-Security-Policy': csp } });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a page that records problems: console errors, uncaught errors and
 * CSP violations (reported from inside the page through a binding).
 * @param {import('playwright-core').Browser} browser
 * @param {object} [contextOptions] e.g. {viewport, colorScheme}
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
 * Waits until every <article-explainer> on the page has fired `explained`
 * (or `error`) at least once; returns their states.
 * @param {import('playwright-core').Page} page
 */
export async function waitForWidgets(page, timeout = 20000) {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('article-explainer')];
    return all.length > 0 && all.every((w) => w.result || w.shadowRoot?.querySelector('.ae-shell[data-state="error"]'));
  }, null, { timeout });
  return page.evaluate(() => [...document.querySelectorAll('article-explainer')].map((w) => ({
    id: w.id,
    state: w.shadowRoot.querySelector('.ae-shell').dataset.state,
    length: w.result ? w.result.length : -1,
    textLength: w.text.length,
  })));
}
