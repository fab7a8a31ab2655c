/**
 * The page: paste box, file loading, the highlighted article, the panel,
 * linking between them, keyboard shortcuts, export and progress. It runs the
 * same way over http (module worker, main.js) and from file:// (the classic
 * bundle, main-file.js); the caller hands it an explainer client and the demo
 * article.
 *
 *   startPage({ client, loadDemoText: () => fetch('demo-article.txt').then((r) => r.text()) });
 */
import { buildModel, describeCounts, SPEAKER_COLORS } from './explanation-model.js';
import { renderHighlightedText } from './highlight.js';
import { htmlToText } from './html-to-text.js';
import { toMarkdown } from './markdown.js';
import { createPanel } from './panel.js';
import { LARGE_ARTICLE } from './explainer-client.js';

const SHORTCUTS_KEY = 'article-explainer:shortcuts';
// Built at load (ICU set-up costs tens of ms), not in the first render.
const CHAR_COUNT = new Intl.NumberFormat('en');

const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'file', 'button', 'submit', 'reset', 'range', 'color']);

// Where letter keys are text, not shortcuts.
function isEditable(target) {
  if (!target || target.nodeType !== 1) return false;
  if (target.tagName === 'INPUT') return !NOT_TEXT_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

function formatSize(chars) {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(chars / 1024))} KB`;
}

/**
 * Fills in the legend above the article: one chip per quoted speaker in their
 * colour, and a key to the other kinds of highlight.
 * @param {HTMLElement} container emptied first
 * @param {object} model from buildModel()
 * @returns {void}
 */
export function renderLegend(container, model) {
  const doc = container.ownerDocument;
  const chip = (cls, label, attrs = {}) => {
    const li = doc.createElement('li');
    li.className = `legend-chip ${cls}`;
    for (const [k, v] of Object.entries(attrs)) li.setAttribute(k, v);
    const swatch = doc.createElement('span');
    swatch.className = 'legend-swatch';
    swatch.setAttribute('aria-hidden', 'true');
    li.append(swatch, doc.createTextNode(label));
    return li;
  };
  const items = [];
  for (const s of model.speakers) {
    items.push(chip('legend-speaker', s.id === null ? 'Quote, speaker unknown' : s.name,
      { 'data-speaker': s.color === null ? 'none' : String(s.color % SPEAKER_COLORS) }));
  }
  const c = model.counts;
  if (c.claims) items.push(chip('legend-claim', 'Claim'));
  if (c.contrasts) items.push(chip('legend-contrast', 'Contrast (A/B)'));
  if (c.entities) items.push(chip('legend-entity', 'Person / organisation'));
  if (model.marks.some((m) => m.kind === 'date')) items.push(chip('legend-date', 'Date'));
  const list = doc.createElement('ul');
  list.className = 'legend-list';
  list.append(...items);
  container.replaceChildren(list);
  container.hidden = items.length === 0;
}

/**
 * Starts the page in `doc`.
 * @param {{client: {explain: Function, cancel: Function}, loadDemoText: () => Promise<string>,
 *   doc?: Document, testHooks?: boolean, onFirstRender?: (ms: number) => void}} options
 * @returns {{explainText: (text: string) => Promise<void>, render: (text: string, result: object) => void}}
 */
export function startPage({ client, loadDemoText, doc = document, testHooks = false, onFirstRender }) {
  const $ = (id) => doc.getElementById(id);
  const root = doc.documentElement;
  const input = $('article-input');
  const explainButton = $('explain-button');
  const fileInput = $('file-input');
  const demoButton = $('demo-button');
  const status = $('status');
  const announce = $('announce');
  const progress = $('progress');
  const progressText = $('progress-text');
  const cancelButton = $('cancel-button');
  const articleText = $('article-text');
  const articleTitle = $('article-title');
  const legend = $('legend');
  const copyButton = $('copy-json');
  const downloadButton = $('download-md');
  const shortcutsToggle = $('shortcuts-toggle');
  const panelRoot = $('panel-root');
  const explanation = $('explanation');
  const panel = createPanel(panelRoot, { headingLevel: 2, idPrefix: 'panel' });

  let current = null;      // {text, result, model, view}
  let selectedRef = null;
  let firstRender = true;
  let requestNo = 0;
  let timer = null;
  const highlights = globalThis.CSS && CSS.highlights && typeof Highlight === 'function' ? CSS.highlights : null;

  const reducedMotion = () => doc.defaultView.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

  function setStatus(message, { error = false } = {}) {
    status.textContent = message;
    status.classList.toggle('is-error', error);
  }

  function say(message) {
    // Re-set so the same sentence is announced again.
    announce.textContent = '';
    doc.defaultView.setTimeout(() => { announce.textContent = message; }, 50);
  }

  function showProgress(on, size) {
    doc.defaultView.clearInterval(timer);
    progress.hidden = !on;
    if (!on) return;
    const started = performance.now();
    let stage = 'Starting';
    const tick = () => {
      progressText.textContent = `${stage} ${formatSize(size)}… ${((performance.now() - started) / 1000).toFixed(1)} s`;
    };
    progress.setStage = (s) => {
      stage = s === 'loading' ? 'Loading the explainer for' : s === 'explaining' ? 'Explaining' : 'Rendering';
      tick();
    };
    tick();
    timer = doc.defaultView.setInterval(tick, 250);
  }

  // --- selection: panel ⇄ article ---------------------------------------
  function clearSelection() {
    selectedRef = null;
    for (const m of articleText.querySelectorAll('mark.is-selected')) m.classList.remove('is-selected');
    highlights?.delete('ae-selection');
    panel.select(null);
  }

  function selectInArticle(ref, { scroll = false, flash = false } = {}) {
    if (!current) return;
    for (const m of articleText.querySelectorAll('mark.is-selected')) m.classList.remove('is-selected');
    selectedRef = ref;
    const item = current.model.items.get(ref);
    const marks = current.view.marksFor(ref);
    for (const m of marks) {
      m.classList.add('is-selected');
      if (flash) {
        m.classList.remove('is-flash');
        void m.offsetWidth;  // restart the animation
        m.classList.add('is-flash');
      }
    }
    const ranges = (item?.spans ?? []).map((s) => current.view.rangeFor(s.start, s.end)).filter(Boolean);
    if (highlights) {
      if (ranges.length) highlights.set('ae-selection', new Highlight(...ranges));
      else highlights.delete('ae-selection');
    }
    if (scroll) {
      const target = marks[0] ?? null;
      const behavior = reducedMotion() ? 'auto' : 'smooth';
      if (target) target.scrollIntoView({ block: 'center', behavior });
      else if (ranges[0]) {
        const r = ranges[0].getBoundingClientRect();
        doc.defaultView.scrollBy({ top: r.top - doc.defaultView.innerHeight / 3, behavior });
      }
    }
  }

  panelRoot.addEventListener('explainer-select', (event) => {
    selectInArticle(event.detail.ref, { scroll: true, flash: true });
  });
  panelRoot.addEventListener('explainer-clear', () => clearSelection());

  articleText.addEventListener('click', (event) => {
    const inner = event.target.closest?.('mark[data-ref]');
    if (!inner || !articleText.contains(inner)) return;
    // Nested highlights: a click picks the innermost one; clicking the same
    // place again walks outwards (entity → claim → quote → contrast).
    const chain = [];
    for (let m = inner; m && m !== articleText; m = m.parentElement) {
      if (m.matches('mark[data-ref]') && !chain.includes(m.dataset.ref)) chain.push(m.dataset.ref);
    }
    const at = chain.indexOf(selectedRef);
    const ref = chain[at >= 0 ? (at + 1) % chain.length : 0];
    selectInArticle(ref, { flash: true });
    // Beside the article the panel scrolls on its own: bring the item into
    // view. Below the article (narrow screens) jumping there would lose the
    // reader's place, so the item is only marked, and the choice announced.
    const panelScrolls = doc.defaultView.getComputedStyle(explanation).overflowY !== 'visible';
    panel.select(ref, { scroll: panelScrolls });
    const mark = current?.view.marksFor(ref)[0];
    if (mark?.title) say(mark.title);
  });

  // --- keyboard shortcuts -----------------------------------------------
  let shortcutsOn = true;
  try {
    shortcutsOn = doc.defaultView.localStorage.getItem(SHORTCUTS_KEY) !== 'off';
  } catch { /* storage unavailable (file://, privacy mode): default on */ }
  shortcutsToggle.checked = shortcutsOn;
  shortcutsToggle.addEventListener('change', () => {
    shortcutsOn = shortcutsToggle.checked;
    try {
      doc.defaultView.localStorage.setItem(SHORTCUTS_KEY, shortcutsOn ? 'on' : 'off');
    } catch { /* not persisted */ }
  });
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.target === input) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target === input) {
      event.preventDefault();
      explainText(input.value);
      return;
    }
    if (!shortcutsOn || isEditable(event.target)) return;
    if (event.key === 'Escape' && !panel.selected() && selectedRef) {
      clearSelection();
      return;
    }
    panel.handleKey(event);
  });

  // --- explaining ---------------------------------------------------------
  // Marks and measures of the first render, for the bench's cold-start breakdown.
  const mark = (name) => { if (firstRender) performance.mark?.(name); };
  const measure = (name, from) => { if (firstRender) performance.measure?.(name, from); };

  function render(text, result, { ms } = {}) {
    const t0 = performance.now();
    mark('ae-render-start');
    const model = buildModel(result, text);
    mark('ae-render-model');
    measure('ae-render:model', 'ae-render-start');
    selectedRef = null;
    highlights?.delete('ae-selection');
    const view = renderHighlightedText(articleText, text, model.marks);
    current = { text, result, model, view };
    mark('ae-render-article');
    measure('ae-render:article', 'ae-render-model');
    panel.render(model);
    renderLegend(legend, model);
    measure('ae-render:panel', 'ae-render-article');
    articleTitle.textContent = text.trim()
      ? `Annotated article · ${CHAR_COUNT.format(text.length)} characters` : 'No article yet';
    copyButton.disabled = false;
    downloadButton.disabled = false;
    root.dataset.state = 'ready';
    articleText.removeAttribute('aria-busy');
    const summary = describeCounts(model);
    const timing = typeof ms === 'number' ? ` Explained in ${Math.round(ms)} ms.` : '';
    setStatus(`${summary}${timing}`);
    say(`Explanation ready. ${summary}`);
    if (firstRender) {
      firstRender = false;
      const total = performance.now();
      root.dataset.firstRenderMs = String(Math.round(total));
      performance.mark?.('ae-first-render');
      // After the frame that lays out and paints it (for the bench's breakdown).
      doc.defaultView.requestAnimationFrame(() => doc.defaultView.setTimeout(() => performance.mark?.('ae-first-paint'), 0));
      onFirstRender?.(total);
    }
    root.dataset.renderMs = String(Math.round(performance.now() - t0));
  }

  async function explainText(text) {
    const mine = ++requestNo;
    const large = text.length >= LARGE_ARTICLE;
    root.dataset.state = 'explaining';
    articleText.setAttribute('aria-busy', 'true');
    // Nothing shown yet (the first article): show its text while it is explained.
    if (!current && text.length < LARGE_ARTICLE) renderHighlightedText(articleText, text, []);
    setStatus(`Explaining ${formatSize(text.length)}…`);
    showProgress(large, text.length);
    try {
      const { result, ms } = await client.explain(text, undefined, {
        onProgress: (stage) => {
          if (mine !== requestNo) return;
          if (large) progress.setStage(stage);
          if (stage === 'loading') setStatus('Loading the explainer…');
        },
      });
      if (mine !== requestNo) return;
      mark('ae-result');
      if (large) {
        // Let the progress bar show "Rendering" before the long synchronous render.
        progress.setStage('rendering');
        await new Promise((ok) => doc.defaultView.requestAnimationFrame(() => ok()));
      }
      render(text, result, { ms });
    } catch (err) {
      if (mine !== requestNo) return;
      articleText.removeAttribute('aria-busy');
      if (err && err.code === 'cancelled') {
        root.dataset.state = current ? 'ready' : 'cancelled';
        setStatus('Cancelled. The previous explanation is still shown.');
        say('Explanation cancelled.');
      } else {
        root.dataset.state = 'error';
        const message = err && err.message ? err.message : String(err);
        setStatus(`Could not explain this text: ${message}`, { error: true });
        say(`Could not explain this text: ${message}`);
      }
    } finally {
      if (mine === requestNo) showProgress(false);
    }
  }

  explainButton.addEventListener('click', () => explainText(input.value));
  cancelButton.addEventListener('click', () => {
    client.cancel();
  });
  input.addEventListener('paste', () => {
    // The pasted text is in the box once the paste event has been handled.
    doc.defaultView.setTimeout(() => explainText(input.value), 0);
  });

  async function loadFile(file) {
    if (!file) return;
    setStatus(`Reading ${file.name}…`);
    try {
      const raw = await file.text();
      const isHtml = /\.x?html?$/i.test(file.name) || /html/.test(file.type);
      const text = isHtml ? htmlToText(raw).text : raw;
      input.value = text;
      await explainText(text);
    } catch (err) {
      setStatus(`Could not read ${file.name}: ${err && err.message ? err.message : err}`, { error: true });
    }
  }
  fileInput.addEventListener('change', () => {
    loadFile(fileInput.files?.[0]);
    fileInput.value = '';
  });
  // A file dropped anywhere on the page is loaded, not opened by the browser.
  doc.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types?.includes('Files')) event.preventDefault();
  });
  doc.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    loadFile(file);
  });

  demoButton.addEventListener('click', async () => {
    const text = await loadDemoText();
    input.value = text;
    explainText(text);
  });

  // --- export ---------------------------------------------------------------
  copyButton.addEventListener('click', async () => {
    if (!current) return;
    const json = JSON.stringify(current.result, null, 2);
    let ok = false;
    try {
      await navigator.clipboard.writeText(json);
      ok = true;
    } catch {
      // No clipboard API here (file://, permissions): the old way.
      const area = doc.createElement('textarea');
      area.value = json;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      doc.body.append(area);
      area.select();
      try {
        ok = doc.execCommand('copy');
      } catch { /* not allowed */ }
      area.remove();
    }
    setStatus(ok ? 'Copied the explanation as JSON.' : 'Copying was refused by the browser.', { error: !ok });
    say(ok ? 'Copied.' : 'Copying failed.');
  });
  downloadButton.addEventListener('click', () => {
    if (!current) return;
    const md = toMarkdown(current.model);
    const url = URL.createObjectURL(new Blob([md], { type: 'text/markdown;charset=utf-8' }));
    const a = doc.createElement('a');
    a.href = url;
    a.download = 'explanation.md';
    doc.body.append(a);
    a.click();
    a.remove();
    doc.defaultView.setTimeout(() => URL.revokeObjectURL(url), 1000);
    setStatus('Downloaded the summary as explanation.md.');
  });

  // --- start ----------------------------------------------------------------
  mark('ae-page-start');
  const api = { explainText, render, panel, current: () => current, mode: () => client.mode?.() };
  if (testHooks) doc.defaultView.__articleExplainer = api;
  loadDemoText().then((text) => {
    if (input.value === '') input.value = text;
    return explainText(input.value);
  }).catch((err) => {
    setStatus(`Could not load the sample article: ${err && err.message ? err.message : err}`, { error: true });
  });
  return api;
}
