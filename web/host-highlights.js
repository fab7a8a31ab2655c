/**
 * Highlights in a host page's own article through the CSS Custom Highlight
 * API: Ranges registered in CSS.highlights and painted by ::highlight() rules.
 * Nothing is inserted into the article, so its text, links and layout cannot
 * change. Every widget on a page shares the same highlight names and one
 * stylesheet (adopted by the document: no <style> element, no
 * 'unsafe-inline' needed); each widget adds and removes only its own ranges,
 * and the last one to go removes the names and the stylesheet.
 *
 *   const layer = new HostHighlights(document);
 *   layer.add('quote', range, { speaker: '2' });
 *   layer.dispose();
 *
 * Colours can be themed from the host page with custom properties
 * (--ae-hl-quote-0 … --ae-hl-quote-7, --ae-hl-quote, --ae-hl-contrast,
 * --ae-hl-claim, --ae-hl-entity, --ae-hl-date, --ae-hl-selected), set on the
 * article or any ancestor.
 */

/** The highlight names this module registers in CSS.highlights. */
export const HIGHLIGHT_NAMES = Object.freeze([
  ...Array.from({ length: 8 }, (_, i) => `ae-quote-${i}`), 'ae-quote-none',
  'ae-contrast', 'ae-claim', 'ae-entity', 'ae-date', 'ae-selected',
]);

const PRIORITY = { 'ae-entity': 1, 'ae-date': 2, 'ae-claim': 3, 'ae-contrast': 5, 'ae-selected': 10 };
// The same hues as the page's speaker legend, light enough to read through.
const SPEAKER = ['rgb(51 154 240 / 0.26)', 'rgb(250 82 82 / 0.22)', 'rgb(64 192 87 / 0.26)',
  'rgb(190 75 219 / 0.22)', 'rgb(253 126 20 / 0.26)', 'rgb(21 170 191 / 0.26)',
  'rgb(230 73 128 / 0.22)', 'rgb(130 201 30 / 0.3)'];

/** The ::highlight() rules, shared by every widget on the page. */
export const HIGHLIGHT_CSS = [
  ...SPEAKER.map((c, i) => `::highlight(ae-quote-${i}) { background-color: var(--ae-hl-quote-${i}, var(--ae-hl-quote, ${c})); }`),
  '::highlight(ae-quote-none) { background-color: var(--ae-hl-quote, rgb(134 142 150 / 0.24)); }',
  '::highlight(ae-contrast) { background-color: var(--ae-hl-contrast, rgb(255 146 43 / 0.3)); text-decoration: underline 2px var(--ae-hl-contrast-line, rgb(232 89 12)); text-underline-offset: 0.2em; }',
  '::highlight(ae-claim) { text-decoration: underline 2px dotted var(--ae-hl-claim, rgb(112 72 232)); text-underline-offset: 0.22em; }',
  '::highlight(ae-entity) { text-decoration: underline 1px solid var(--ae-hl-entity, rgb(73 80 87 / 0.55)); text-underline-offset: 0.18em; }',
  '::highlight(ae-date) { background-color: var(--ae-hl-date, rgb(64 192 87 / 0.2)); }',
  '::highlight(ae-selected) { background-color: var(--ae-hl-selected, rgb(255 212 59 / 0.85)); color: var(--ae-hl-selected-fg, inherit); }',
].join('\n');

const STYLE_ID = 'article-explainer-highlights';

/** Whether this browser can paint highlights without changing the DOM. */
export function highlightsSupported(win = globalThis) {
  return !!(win.CSS && win.CSS.highlights && typeof win.Highlight === 'function');
}

// Per document: the shared Highlight objects, the stylesheet and a user count.
const shared = new WeakMap();

function acquire(doc) {
  let s = shared.get(doc);
  if (s) { s.users += 1; return s; }
  const win = doc.defaultView;
  s = { users: 1, highlights: new Map(), sheet: null, style: null };
  for (const name of HIGHLIGHT_NAMES) {
    const h = new win.Highlight();
    h.priority = PRIORITY[name] ?? 4;
    s.highlights.set(name, h);
    win.CSS.highlights.set(name, h);
  }
  if ('adoptedStyleSheets' in doc && typeof win.CSSStyleSheet === 'function') {
    s.sheet = new win.CSSStyleSheet();
    s.sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s.sheet];
  } else {
    // Older engines: one <style> with a known id (needs style-src 'unsafe-inline').
    s.style = doc.createElement('style');
    s.style.id = STYLE_ID;
    s.style.textContent = HIGHLIGHT_CSS;
    doc.head.append(s.style);
  }
  shared.set(doc, s);
  return s;
}

function release(doc) {
  const s = shared.get(doc);
  if (!s) return;
  s.users -= 1;
  if (s.users > 0) return;
  const win = doc.defaultView;
  for (const [name, h] of s.highlights) {
    if (win && win.CSS.highlights.get(name) === h) win.CSS.highlights.delete(name);
  }
  if (s.sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s.sheet);
  if (s.style) s.style.remove();
  shared.delete(doc);
}

/**
 * One widget's highlights in one document. Also paints inside a shadow root
 * when given one (for text the widget shows itself).
 */
export class HostHighlights {
  /**
   * @param {Document} doc the host document
   * @param {ShadowRoot} [shadowRoot] a shadow root whose text may be highlighted too
   */
  constructor(doc, shadowRoot) {
    this._doc = doc;
    this._shared = acquire(doc);
    this._mine = new Map(HIGHLIGHT_NAMES.map((n) => [n, []]));
    this._shadow = shadowRoot && this._shared.sheet ? shadowRoot : null;
    if (this._shadow) this._shadow.adoptedStyleSheets = [...this._shadow.adoptedStyleSheets, this._shared.sheet];
  }

  /**
   * Highlights a range as one kind of item.
   * @param {'quote'|'contrast'|'claim'|'entity'|'date'|'selected'} kind
   * @param {Range} range
   * @param {{speaker?: string}} [attrs] quotes: the speaker colour slot '0'…'7' or 'none'
   */
  add(kind, range, attrs = {}) {
    const name = kind === 'quote' ? `ae-quote-${/^[0-7]$/.test(attrs.speaker ?? '') ? attrs.speaker : 'none'}` : `ae-${kind}`;
    const h = this._shared.highlights.get(name);
    if (!h || !this._mine) return;
    h.add(range);
    this._mine.get(name).push(range);
  }

  /**
   * Removes this widget's ranges of one kind, or all of them.
   * @param {string} [kind] e.g. 'selected'; all kinds when omitted
   */
  clear(kind) {
    if (!this._mine) return;
    for (const [name, ranges] of this._mine) {
      if (kind && name !== `ae-${kind}` && !(kind === 'quote' && name.startsWith('ae-quote-'))) continue;
      const h = this._shared.highlights.get(name);
      for (const r of ranges) h.delete(r);
      ranges.length = 0;
    }
  }

  /** Removes every range this widget added; the last user also removes the names and the stylesheet. */
  dispose() {
    if (!this._mine) return;
    this.clear();
    this._mine = null;
    if (this._shadow) {
      this._shadow.adoptedStyleSheets = this._shadow.adoptedStyleSheets.filter((x) => x !== this._shared.sheet);
    }
    release(this._doc);
  }
}
