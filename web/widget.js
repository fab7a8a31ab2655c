/**
 * The <article-explainer> custom element: explains an article on the host
 * page, highlights it in place and shows the explanation panel beside it.
 *
 *   <article-explainer for="#story"></article-explainer>
 *   <script type="module" src="article-explainer.js"></script>
 *
 * The host's article is read as rendered text (dom-ranges.js), explained by
 * one shared wasm core in one module Worker (the page's explainer-client.js;
 * on the main thread where no worker can start, e.g. when the script is served
 * from another origin): one instance per page, however many widgets. It is
 * highlighted through the CSS Custom Highlight API
 * (host-highlights.js): the article's DOM is never modified. The panel
 * (panel.js, the page's own) lives in an open shadow root with its CSS, so the
 * host's CSS does not leak in and the widget's does not leak out; theming is
 * only through the --ae-* custom properties listed in README.md ("Theming").
 *
 * Attributes: for, placement (left|right|below), collapsed, date, ignore, shortcuts="off".
 * Events: `explained` (detail: the result), `select` (detail: the item, or null),
 * `explainer-error` (detail: {code, message}; not `error`, which error monitors on
 * window would take for a page error).
 */
import { createExplainer, ExplainerError } from './explainer.js';
import { createExplainerClient } from './explainer-client.js';
import { buildModel } from './explanation-model.js';
import { createPanel } from './panel.js';
import { readArticle } from './dom-ranges.js';
import { HostHighlights, highlightsSupported } from './host-highlights.js';

const Base = globalThis.HTMLElement ?? class {};
const PLACEMENTS = new Set(['left', 'right', 'below']);
const KIND_RANK = { date: 0, entity: 1, claim: 2, quote: 3, contrast: 4 };
const STYLESHEETS = ['panel.css', 'widget.css'];
let widgetCount = 0;

// One client, one worker, one wasm instance for every widget on the page.
// The client runs one request at a time and a new request cancels the
// pending one, so widgets queue theirs.
let sharedClient = null;
let queue = Promise.resolve();
let connectedWidgets = 0;  // the last one to go stops the worker

function explainShared(text, options) {
  if (!sharedClient) {
    sharedClient = createExplainerClient({
      createWorker: typeof Worker === 'function'
        ? () => new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'article-explainer' })
        : undefined,
      loadExplainer: () => createExplainer(),
    });
  }
  const job = queue.then(() => sharedClient.explain(text, options));
  queue = job.catch(() => {});
  return job.then(({ result }) => result);
}

function el(doc, tag, attrs = {}, ...children) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

function reducedMotion(win) {
  return !!win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The custom element class. Register it yourself under another name with
 * `customElements.define('my-explainer', ArticleExplainerElement)` if needed;
 * article-explainer.js registers it as <article-explainer>.
 */
export class ArticleExplainerElement extends Base {
  static get observedAttributes() {
    return ['for', 'placement', 'collapsed', 'date', 'ignore'];
  }

  constructor() {
    super();
    this._uid = ++widgetCount;
    this._textOverride = null;
    this._map = null;
    this._result = null;
    this._model = null;
    this._host = null;
    this._layer = null;
    this._panel = null;
    this._run = 0;
    this._cleanup = [];
    this._observer = null;
    this._pendingResult = null;
    this._build();
  }

  // ---- public API -------------------------------------------------------

  /**
   * The text that was explained (offsets in results index it), or set a string
   * to explain that text instead of an article on the page.
   * @type {string}
   */
  get text() {
    return this._map ? this._map.text : (this._textOverride ?? '');
  }

  set text(value) {
    this._textOverride = value === null || value === undefined ? null : String(value);
    if (this.isConnected) this.refresh();
  }

  /**
   * The last explanation (SCHEMA.md version 1), or null. Setting a result
   * computed earlier for the same text (e.g. cached) shows it without
   * explaining again; its `length` must equal the text's length.
   * @type {object|null}
   */
  get result() {
    return this._result;
  }

  set result(value) {
    if (!this.isConnected || !this._map) {
      this._pendingResult = value;
      return;
    }
    this._show(value);
  }

  /** The element holding the article being explained, or null. @type {Element|null} */
  get hostElement() {
    return this._host;
  }

  /**
   * Reads the article again and explains it.
   * @returns {Promise<object|null>} the result, or null when it failed (an `explainer-error` event says why)
   */
  async refresh() {
    const run = ++this._run;
    this._detachHost();
    this._setStatus('Explaining…', 'busy');
    const host = this._resolveHost();
    if (!host) {
      this._fail(new ExplainerError('host_not_found',
        `No element matches for="${this.getAttribute('for')}" yet; waiting for it to appear.`));
      this._awaitHost();
      return null;
    }
    this._attachHost(host);
    this._map = this._readText();
    if (this._pendingResult) {
      const pending = this._pendingResult;
      this._pendingResult = null;
      return this._show(pending);
    }
    let result;
    try {
      const date = this._referenceDate();
      result = await explainShared(this._map.text, date ? { date } : undefined);
    } catch (err) {
      if (run === this._run && this.isConnected) this._fail(err);
      return null;
    }
    if (run !== this._run || !this.isConnected) return null;
    return this._show(result);
  }

  /**
   * Selects an item by id (as clicking it in the panel does): highlights its
   * spans, scrolls the article to it and fires `select`. null clears.
   * @param {string|null} ref an item id such as "Q3"
   * @returns {boolean} whether the item exists
   */
  select(ref) {
    return this._selectRef(ref, { fromPanel: false, scrollArticle: true });
  }

  // ---- lifecycle ---------------------------------------------------------

  connectedCallback() {
    connectedWidgets += 1;
    this._applyPlacement();
    const win = this.ownerDocument.defaultView;
    if (!this._connectedOnce && this._shell.dataset.placement !== 'below' &&
        win.matchMedia?.('(max-width: 640px)').matches) {
      // On a phone the panel would cover the article: start as a tab.
      this.setAttribute('collapsed', '');
    }
    this._connectedOnce = true;
    this._layer = highlightsSupported(this.ownerDocument.defaultView)
      ? new HostHighlights(this.ownerDocument, this.shadowRoot) : null;
    this._panel = createPanel(this._panelRoot, { idPrefix: `ae-w${this._uid}` });
    this._panelRoot.addEventListener('explainer-select', this._onPanelSelect);
    this._panelRoot.addEventListener('explainer-clear', this._onPanelClear);
    const start = () => { if (this.isConnected) this.refresh(); };
    if (this.ownerDocument.readyState === 'loading') {
      this.ownerDocument.addEventListener('DOMContentLoaded', start, { once: true });
      this._cleanup.push(() => this.ownerDocument.removeEventListener('DOMContentLoaded', start));
    } else {
      queueMicrotask(start);
    }
  }

  disconnectedCallback() {
    this._run += 1;
    this._detachHost();
    for (const undo of this._cleanup.splice(0)) undo();
    this._panelRoot.removeEventListener('explainer-select', this._onPanelSelect);
    this._panelRoot.removeEventListener('explainer-clear', this._onPanelClear);
    this._panel?.destroy();
    this._panel = null;
    this._layer?.dispose();
    this._layer = null;
    this._map = null;
    this._model = null;
    connectedWidgets -= 1;
    if (connectedWidgets === 0 && sharedClient) {
      sharedClient.terminate();
      sharedClient = null;
      queue = Promise.resolve();
    }
  }

  attributeChangedCallback(name, oldValue, value) {
    if (oldValue === value) return;
    if (name === 'placement') this._applyPlacement();
    else if (name === 'collapsed') this._applyCollapsed();
    else if (this.isConnected && this._panel) this.refresh();
  }

  // ---- internals ---------------------------------------------------------

  _build() {
    const doc = this.ownerDocument ?? globalThis.document;
    const root = this.attachShadow({ mode: 'open' });
    for (const name of STYLESHEETS) {
      root.append(el(doc, 'link', { rel: 'stylesheet', href: new URL(`./${name}`, import.meta.url).href }));
    }
    this._ownText = el(doc, 'div', { class: 'ae-own-text', hidden: '' });
    // Set here, not only in widget.css: the text is read before the sheet may have loaded.
    this._ownText.style.whiteSpace = 'pre-wrap';
    this._slot = el(doc, 'div', { class: 'ae-slot' }, doc.createElement('slot'));
    const label = `ae-w${this._uid}-label`;
    this._tab = el(doc, 'button', { type: 'button', class: 'ae-tab', 'aria-expanded': 'true',
      'aria-controls': `ae-w${this._uid}-body`, title: 'Show or hide the explanation' },
      el(doc, 'span', { class: 'ae-tab-icon', 'aria-hidden': 'true', text: '◆' }),
      el(doc, 'span', { class: 'ae-tab-label', text: 'Explain' }));
    this._status = el(doc, 'p', { class: 'ae-status', role: 'status', 'aria-live': 'polite' });
    this._panelRoot = el(doc, 'div', { class: 'ae-panel-root' });
    this._body = el(doc, 'section', { class: 'ae-body', id: `ae-w${this._uid}-body`,
      'aria-labelledby': label, tabindex: '-1' },
      el(doc, 'header', { class: 'ae-head' },
        el(doc, 'h2', { class: 'ae-title', id: label, text: 'Article explained' }),
        el(doc, 'button', { type: 'button', class: 'ae-close', 'aria-label': 'Hide the explanation',
          title: 'Hide (Esc)', text: '×' })),
      this._status, this._panelRoot,
      el(doc, 'p', { class: 'ae-foot', text: 'Explained in your browser; nothing was sent anywhere.' }));
    // The panel's words are English: keep it left-to-right on RTL pages too.
    this._shell = el(doc, 'div', { class: 'ae-shell', 'data-placement': 'right', 'data-state': 'loading',
      dir: 'ltr', lang: 'en' },
      this._tab, this._body);
    this._tip = el(doc, 'div', { class: 'ae-tip', role: 'presentation', dir: 'ltr', lang: 'en', hidden: '' });
    root.append(this._slot, this._ownText, this._shell, this._tip);
    let pending = STYLESHEETS.length;
    for (const link of root.querySelectorAll('link')) {
      const done = () => { pending -= 1; if (pending === 0) this._shell.classList.add('is-styled'); };
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
    }
    this._tab.addEventListener('click', () => {
      this.removeAttribute('collapsed');
      this._body.focus({ preventScroll: true });  // the tab hides itself: keep focus in the widget
    });
    this._body.querySelector('.ae-close').addEventListener('click', () => {
      this.setAttribute('collapsed', '');
      this._tab.focus();
    });
    root.addEventListener('keydown', (e) => this._onKey(e));
    this._onPanelSelect = (e) => {
      e.stopPropagation();
      this._selectRef(e.detail.ref, { fromPanel: true, scrollArticle: true });
    };
    this._onPanelClear = (e) => {
      e.stopPropagation();
      this._selectRef(null, { fromPanel: true });
    };
    this._onHostClick = (e) => this._hostClick(e);
    this._onHostHover = (e) => this._hostHover(e);
    this._onHostLeave = () => this._hideTip();
    // A scroll moves the text under a still pointer: hide the tip, keep a pending hit-test.
    this._onScroll = () => { if (this._tip) this._tip.hidden = true; };
    this._onMutation = () => {
      clearTimeout(this._mutationTimer);
      this._mutationTimer = setTimeout(() => { if (this.isConnected) this.refresh(); }, 400);
    };
  }

  _applyPlacement() {
    let p = this.getAttribute('placement');
    if (!PLACEMENTS.has(p)) {
      // Default: the inline end of the page (right in LTR, left in RTL).
      const dir = this.isConnected ? getComputedStyle(this).direction : 'ltr';
      p = dir === 'rtl' ? 'left' : 'right';
    }
    this._shell.dataset.placement = p;
    this._applyCollapsed();
  }

  _applyCollapsed() {
    const collapsed = this.hasAttribute('collapsed');
    this._shell.classList.toggle('is-collapsed', collapsed);
    this._tab.setAttribute('aria-expanded', String(!collapsed));
    this._body.hidden = collapsed;
  }

  _resolveHost() {
    if (this._textOverride !== null) return this._ownText;
    const sel = this.getAttribute('for');
    if (!sel) return this;
    const scope = this.getRootNode();
    try {
      return (scope.querySelector ? scope : this.ownerDocument).querySelector(sel);
    } catch {
      return null;
    }
  }

  _attachHost(host) {
    this._host = host;
    this._ownText.hidden = host !== this._ownText;
    this._slot.hidden = host !== this;
    if (host === this._ownText) {
      this._ownText.textContent = this._textOverride;
    } else {
      this._ownText.textContent = '';
    }
    host.addEventListener('click', this._onHostClick);
    host.addEventListener('mousemove', this._onHostHover, { passive: true });
    host.addEventListener('mouseleave', this._onHostLeave);
    this.ownerDocument.addEventListener('scroll', this._onScroll, { passive: true, capture: true });
    if (host !== this._ownText && typeof MutationObserver === 'function') {
      this._observer = new MutationObserver(this._onMutation);
      this._observer.observe(host, { subtree: true, childList: true, characterData: true });
    }
  }

  /** Pages that render their article late (client-side apps): explain it when it appears. */
  _awaitHost() {
    if (typeof MutationObserver !== 'function') return;
    const doc = this.ownerDocument;
    this._observer = new MutationObserver(() => {
      clearTimeout(this._mutationTimer);
      this._mutationTimer = setTimeout(() => {
        if (this.isConnected && this._resolveHost()) this.refresh();
      }, 100);
    });
    this._observer.observe(doc.documentElement, { subtree: true, childList: true });
  }

  _detachHost() {
    clearTimeout(this._mutationTimer);
    this._observer?.disconnect();
    this._observer = null;
    this._host?.removeEventListener('click', this._onHostClick);
    this._host?.removeEventListener('mousemove', this._onHostHover);
    this._host?.removeEventListener('mouseleave', this._onHostLeave);
    this.ownerDocument.removeEventListener('scroll', this._onScroll, { capture: true });
    this._hideTip();
    this._host = null;
    this._layer?.clear();
  }

  _readText() {
    if (this._host === this._ownText) {
      // Shown pre-wrapped as one text node: the map is the identity.
      return readArticle(this._ownText);
    }
    return readArticle(this._host, { ignore: this.getAttribute('ignore') || undefined });
  }

  _referenceDate() {
    const attr = this.getAttribute('date');
    if (attr) return attr;
    const meta = this.ownerDocument.querySelector('meta[property="article:published_time"]');
    const m = meta && /^\d{4}-\d{2}-\d{2}/.exec(meta.getAttribute('content') || '');
    return m ? m[0] : null;
  }

  _show(result) {
    const text = this._map.text;
    if (!result || typeof result !== 'object' || result.length !== text.length) {
      this._fail(new ExplainerError('invalid_result',
        `The result does not belong to this text (length ${result && result.length} vs ${text.length}).`));
      return null;
    }
    this._result = result;
    this._model = buildModel(result, text);
    this._panel.render(this._model);
    this._paint();
    this._shell.dataset.state = 'ready';
    this._setStatus('', 'ready');
    this.dispatchEvent(new CustomEvent('explained', { detail: result, bubbles: true }));
    return result;
  }

  _paint() {
    if (!this._layer) return;
    this._layer.clear();
    for (const m of this._model.marks) {
      for (const r of this._map.ranges(m.start, m.end)) this._layer.add(m.kind, r, m.attrs);
    }
  }

  _fail(err) {
    let code = err && err.code ? err.code : 'internal_error';
    let message = err && err.message ? err.message : String(err);
    if (/Content Security Policy|wasm-eval/i.test(message)) {
      code = 'wasm_blocked';
      message = 'this site’s Content-Security-Policy does not let WebAssembly run: ' +
        'its script-src needs \'wasm-unsafe-eval\'.';
    }
    this._shell.dataset.state = 'error';
    this._setStatus(`Could not explain this article: ${message}`, 'error');
    this.dispatchEvent(new CustomEvent('explainer-error', { detail: { code, message }, bubbles: true }));
  }

  _setStatus(text, state) {
    this._status.textContent = text;
    this._status.dataset.state = state;
    this._status.hidden = !text;
  }

  _selectRef(ref, { fromPanel, scrollArticle }) {
    if (!this._model) return false;
    const item = ref ? this._model.items.get(ref) : null;
    if (ref && !item) return false;
    this._layer?.clear('selected');
    if (!fromPanel) {
      if (item) this._panel.select(ref, { scroll: false });
      else this._panel.select(null);
      if (item) this._scrollPanelTo(ref);
    }
    let first = null;
    if (item) {
      for (const span of item.spans) {
        for (const r of this._map.ranges(span.start, span.end)) {
          first ??= r;
          this._layer?.add('selected', r);
        }
      }
    }
    if (first && scrollArticle) this._scrollArticleTo(first);
    const raw = item ? this._rawItem(ref) : null;
    this.dispatchEvent(new CustomEvent('select', { detail: raw, bubbles: true }));
    return true;
  }

  _rawItem(ref) {
    const r = this._result;
    for (const key of ['contrasts', 'quotes', 'claims', 'entities', 'timeline', 'sources']) {
      const found = Array.isArray(r[key]) ? r[key].find((x) => x.id === ref) : null;
      if (found) return found;
    }
    return null;
  }

  _scrollArticleTo(range) {
    const win = this.ownerDocument.defaultView;
    const rect = range.getBoundingClientRect();
    if (rect.top >= 0 && rect.bottom <= win.innerHeight) return;
    const node = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    node?.scrollIntoView({ block: 'center', behavior: reducedMotion(win) ? 'auto' : 'smooth' });
  }

  _scrollPanelTo(ref) {
    const li = this._panel.itemFor(ref);
    if (!li) return;
    if (this._shell.dataset.placement === 'below') return;  // never move the page for the panel
    const box = this._body.getBoundingClientRect();
    const r = li.getBoundingClientRect();
    if (r.top < box.top || r.bottom > box.bottom) {
      this._body.scrollTop += r.top - box.top - box.height / 3;
    }
  }

  /**
   * The innermost highlighted item under a point of the host article, or null.
   * The caret lands between characters (and snaps to the nearest line end in a
   * margin), so the character on each side is checked against the point.
   */
  _markAt(x, y) {
    if (!this._model || !this._map) return null;
    const doc = this.ownerDocument;
    let node = null;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const pos = doc.caretPositionFromPoint(x, y);
      if (pos) { node = pos.offsetNode; offset = pos.offset; }
    } else if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) { node = r.startContainer; offset = r.startOffset; }
    }
    if (!node || node.nodeType !== 3) return null;
    const under = (at) => {
      const r = at >= 0 ? this._map.range(at, at + 1) : null;
      return !!r && [...r.getClientRects()].some((b) =>
        x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 1 && y <= b.bottom + 1);
    };
    const at = [this._map.offsetAt(node, offset), this._map.offsetAt(node, Math.max(0, offset - 1))].find(under);
    if (at === undefined) return null;
    let best = null;
    for (const m of this._model.marks) {
      if (m.start <= at && at < m.end && this._model.items.has(m.ref)) {
        const better = !best || (m.end - m.start) < (best.end - best.start) ||
          ((m.end - m.start) === (best.end - best.start) && KIND_RANK[m.kind] > KIND_RANK[best.kind]);
        if (better) best = m;
      }
    }
    return best;
  }

  _hostClick(event) {
    if (!this._model || event.button !== 0) return;
    const sel = this.ownerDocument.getSelection?.();
    if (sel && !sel.isCollapsed && this._host.contains(sel.anchorNode)) return;  // selecting text
    const best = this._markAt(event.clientX, event.clientY);
    if (!best) return;
    this._hideTip();
    if (this.hasAttribute('collapsed')) this.removeAttribute('collapsed');
    this._selectRef(best.ref, { fromPanel: false, scrollArticle: false });
  }

  /** A small tooltip naming the highlighted item under the mouse (the host's DOM is never touched). */
  _hostHover(event) {
    if (this._hoverFrame) return;
    const { clientX: x, clientY: y } = event;
    this._hoverFrame = requestAnimationFrame(() => {
      this._hoverFrame = 0;
      const m = this.isConnected ? this._markAt(x, y) : null;
      if (!m) { this._hideTip(); return; }
      this._tip.textContent = m.title;
      this._tip.hidden = false;
      const w = this._tip.offsetWidth;
      const h = this._tip.offsetHeight;
      const win = this.ownerDocument.defaultView;
      this._tip.style.left = `${Math.max(4, Math.min(x + 12, win.innerWidth - w - 4))}px`;
      this._tip.style.top = `${y + 18 + h > win.innerHeight ? y - h - 10 : y + 18}px`;
    });
  }

  _hideTip() {
    if (this._hoverFrame) cancelAnimationFrame(this._hoverFrame);
    this._hoverFrame = 0;
    if (this._tip) this._tip.hidden = true;
  }

  _onKey(event) {
    if (this.getAttribute('shortcuts') === 'off') return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.composedPath()[0];
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (event.key === 'j' || event.key === 'k') {
      // panel.move() finds the focused item through document.activeElement,
      // which is this element (not the button) inside a shadow root.
      const buttons = [...this.shadowRoot.querySelectorAll('.ae-item > button')];
      if (!buttons.length) return;
      const active = this.shadowRoot.activeElement;
      let i = buttons.indexOf(active);
      if (i < 0) {
        const sel = this._panel.selected();
        i = buttons.findIndex((b) => b.closest('.ae-item').dataset.ref === sel);
      }
      const next = i < 0 ? (event.key === 'j' ? 0 : buttons.length - 1)
        : Math.max(0, Math.min(buttons.length - 1, i + (event.key === 'j' ? 1 : -1)));
      buttons[next].focus();
      event.preventDefault();
    } else if (event.key === 'Escape') {
      if (this._panel.selected()) this._panel.handleKey(event);
      else if (!this.hasAttribute('collapsed')) {
        this.setAttribute('collapsed', '');
        this._tab.focus();
      }
      event.preventDefault();
    }
  }
}
