// Set-up for the widget's browser suites: the page suites' harness
// (helpers/page-harness.mjs), serving dist/ with a news site's strict
// Content-Security-Policy.
import { DIST, SCREENSHOTS, openPage, start as startBrowser } from './helpers/page-harness.mjs';

export { DIST, SCREENSHOTS, openPage };

/** The policy a strict news site sends (no unsafe-eval, no inline scripts, no blob: workers). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";

/**
 * Starts the browser and a server over `root` sending `csp`.
 * @param {{root?: string, csp?: string}} [options]
 */
export function start({ root = DIST, csp = STRICT_CSP } = {}) {
  return startBrowser({ root, headers: { 'Content-Security-Policy': csp } });
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
