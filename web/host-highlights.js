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
 * Colours come from the same custom properties as the page's panel.css
 * (--ae-speaker-0 … --ae-speaker-7, --ae-speaker-none, --ae-claim-<type>,
 * --ae-contrast, --ae-entity-line, --ae-date-line, --ae-selected), read from
 * the article or any ancestor (e.g. :root) of the host page.
 */

const CLAIM_TYPES = ['fact', 'prediction', 'position', 'praise', 'criticism', 'accusation', 'threat', 'promise', 'other'];

/** The highlight names this module registers in CSS.highlights. */
export const HIGHLIGHT_NAMES = Object.freeze([
  ...Array.from({ length: 8 }, (_, i) => `ae-quote-${i}`), 'ae-quote-none',
  ...CLAIM_TYPES.map((t) => `ae-claim-${t}`),
  'ae-contrast', 'ae-entity', 'ae-date', 'ae-selected',
]);

const PRIORITY = { 'ae-entity': 1, 'ae-date': 2, 'ae-contrast': 5, 'ae-selected': 10 };
// The page's palette (panel.css): the same custom properties theme both.
const SPEAKER = ['#2463d6', '#cc4b0c', '#23843a', '#9c36b5', '#c2255c', '#0b7c8c', '#946c00', '#4c5bd4'];
const CLAIM = { threat: '#c92a2a', accusation: '#b13a0a', criticism: '#9c4a06', praise: '#237032',
  promise: '#0f766e', prediction: '#1f5fbf', position: '#6d28d9', fact: '#4b5563', other: '#4b5563' };
const tint = (color, pct) => `color-mix(in srgb, ${color} ${pct}%, transparent)`;

/** The ::highlight() rules, shared by every widget on the page. */
export const HIGHLIGHT_CSS = [
  ...SPEAKER.map((c, i) => `::highlight(ae-quote-${i}) { background-color: ${tint(`var(--ae-speaker-${i}, ${c})`, 18)}; }`),
  `::highlight(ae-quote-none) { background-color: ${tint('var(--ae-speaker-none, #6b7280)', 18)}; }`,
  ...CLAIM_TYPES.map((t) => `::highlight(ae-claim-${t}) { text-decoration: underline 2px dotted var(--ae-claim-${t}, ${CLAIM[t]}); text-underline-offset: 0.22em; }`),
  `::highlight(ae-contrast) { background-color: ${tint('var(--ae-contrast, #b4235a)', 14)}; text-decoration: underline 3px var(--ae-contrast, #b4235a); text-underline-offset: 0.2em; }`,
  '::highlight(ae-entity) { text-decoration: underline 1px dashed var(--ae-entity-line, #8a94a0); text-underline-offset: 0.2em; }',
  `::highlight(ae-date) { background-color: ${tint('var(--ae-date-line, #b7791f)', 20)}; }`,
  '::highlight(ae-selected) { background-color: var(--ae-selected, #fff1b8); color: var(--ae-selected-fg, inherit); }',
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
   * @param {{speaker?: string, type?: string}} [attrs] quotes: the speaker colour slot '0'…'7'
   *   or 'none'; claims: the claim type
   */
  add(kind, range, attrs = {}) {
    let name = `ae-${kind}`;
    if (kind === 'quote') name = `ae-quote-${/^[0-7]$/.test(attrs.speaker ?? '') ? attrs.speaker : 'none'}`;
    if (kind === 'claim') name = `ae-claim-${CLAIM_TYPES.includes(attrs.type) ? attrs.type : 'other'}`;
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
      if (kind && name !== `ae-${kind}` && !name.startsWith(`ae-${kind}-`)) continue;
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
