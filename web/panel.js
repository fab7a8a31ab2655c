/**
 * The explanation panel: Contrasts, Who's quoted, Key claims, People &
 * organisations, Timeline and Sources, rendered into any root element (a page
 * <aside> or a widget's shadow root). It keeps no page globals and knows
 * nothing about the article's DOM: it tells its host what was chosen through
 * DOM events on `root`, and the host highlights the text.
 *
 *   const panel = createPanel(root);
 *   panel.render(buildModel(result, text));
 *   root.addEventListener('explainer-select', (e) => jumpTo(e.detail.spans));
 *
 * Events (bubbling, composed, on `root`):
 * - `explainer-select` detail `{ref, kind, spans}`: an item was activated
 *   (click, Enter or Space on it).
 * - `explainer-clear`: the selection was cleared (Esc).
 * Every item is an <li data-ref data-kind> holding one <button>; its "why is
 * this here" line is shown on hover and keyboard focus and is the button's
 * accessible description.
 */
import { describeCounts, excerpt, formatConfidence } from './explanation-model.js';

const ENTITY_TYPE_LABEL = {
  person: 'Person', organization: 'Organisation', place: 'Place', other: 'Other', date: 'Date',
};
const CONTRAST_KIND_LABEL = { explicit: 'Explicit', stance: 'Opposing stances', expectation: 'Unmet expectation' };
const QUOTE_KIND_LABEL = { direct: 'direct', partial: 'partial', nested: 'nested', indirect: 'reported' };

let panelCount = 0;

// Wraps article words in quotation marks, without doubling the text's own.
function quoted(text, max) {
  return `“${excerpt(String(text).replace(/^[\s“”"‘’']+|[\s“”"]+$/g, ''), max)}”`;
}

function el(doc, tag, props = {}, ...children) {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'id' ||
      k === 'type' || k === 'hidden' || k === 'tabindex') node.setAttribute(k, v === true ? '' : String(v));
    else node[k] = v;
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
  return node;
}

/**
 * Creates a panel inside `root`.
 * @param {HTMLElement|ShadowRoot} root the container to render into (its content is replaced)
 * @param {{headingLevel?: number, idPrefix?: string}} [options] `headingLevel`: level of
 *   the section headings (2 by default); `idPrefix`: prefix for element ids, unique per panel
 * @returns {{render: (model: object) => void, select: (ref: string|null, opts?: {scroll?: boolean, focus?: boolean}) => boolean,
 *   clear: () => void, move: (delta: number) => string|null, handleKey: (event: KeyboardEvent) => boolean,
 *   selected: () => string|null, itemFor: (ref: string) => HTMLElement|null, destroy: () => void}}
 */
export function createPanel(root, options = {}) {
  const doc = root.ownerDocument ?? root;
  const h = Math.min(6, Math.max(1, options.headingLevel ?? 2));
  const prefix = options.idPrefix ?? `ae-panel-${++panelCount}`;
  const container = el(doc, 'div', { class: 'ae-panel' });
  root.replaceChildren(container);
  let model = null;
  let selectedRef = null;

  const emit = (type, detail) => {
    container.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  };
  const buttons = () => [...container.querySelectorAll('.ae-item > button')];
  const itemFor = (ref) => (ref ? container.querySelector(`.ae-item[data-ref="${CSS.escape(ref)}"]`) : null);

  function item(it, content) {
    const whyId = `${prefix}-why-${it.ref}`;
    const button = el(doc, 'button', { type: 'button', class: 'ae-item-button', 'aria-describedby': whyId },
      content);
    const conf = formatConfidence(it.confidence);
    const why = el(doc, 'span', { class: 'ae-why', id: whyId, role: 'note' },
      el(doc, 'span', { class: 'ae-why-label', text: 'Why this is here: ' }), it.why);
    const li = el(doc, 'li', { class: 'ae-item', 'data-ref': it.ref, 'data-kind': it.kind,
      'data-confidence': conf || null }, button, why);
    return li;
  }

  function badge(text, kind, extra = {}) {
    return el(doc, 'span', { class: `ae-badge ae-badge-${kind}`, ...extra, text });
  }

  function contrastCard(it) {
    const side = (s) => el(doc, 'span', { class: `ae-side ae-side-${s.side}` },
      el(doc, 'span', { class: 'ae-side-label', 'aria-hidden': 'true', text: s.side.toUpperCase() }),
      el(doc, 'span', { class: 'ae-side-text' },
        s.who ? el(doc, 'span', { class: 'ae-who', text: `${s.who}: ` }) : null,
        quoted(s.text, 140)));
    const [a, b] = it.sides;
    return item(it, [
      el(doc, 'span', { class: 'ae-item-head' },
        badge(CONTRAST_KIND_LABEL[it.contrastKind] ?? 'Contrast', 'contrast')),
      it.summary ? el(doc, 'span', { class: 'ae-summary-text', text: excerpt(it.summary, 200) }) : null,
      el(doc, 'span', { class: 'ae-sides' }, side(a),
        b ? el(doc, 'span', { class: 'ae-vs', text: 'vs' }) : null, b ? side(b) : null),
    ]);
  }

  function quoteItem(it) {
    return item(it, [
      el(doc, 'span', { class: 'ae-quote-text', text: quoted(it.text, 220) }),
      el(doc, 'span', { class: 'ae-meta', text: QUOTE_KIND_LABEL[it.quoteKind] ?? it.quoteKind }),
    ]);
  }

  function claimItem(it) {
    const polarity = it.polarity > 0 ? 'positive' : it.polarity < 0 ? 'negative' : null;
    return item(it, [
      el(doc, 'span', { class: 'ae-item-head' },
        badge(it.claimType, 'claim', { 'data-type': it.claimType }),
        it.hedged ? badge('hedged', 'hedged') : null,
        el(doc, 'span', { class: 'ae-meta' },
          it.sourceName ?? 'the article',
          it.targetName ? ` → ${it.targetName}` : '',
          polarity ? el(doc, 'span', { class: `ae-polarity ae-polarity-${polarity}`,
            text: polarity === 'positive' ? ' (+)' : ' (−)', title: `${polarity} toward the target` }) : null)),
      el(doc, 'span', { class: 'ae-claim-text', text: excerpt(it.text, 200) }),
    ]);
  }

  function entityItem(it) {
    return item(it, [
      el(doc, 'span', { class: 'ae-item-head' },
        el(doc, 'span', { class: 'ae-name', text: it.name }),
        badge(ENTITY_TYPE_LABEL[it.entityType] ?? it.entityType, 'entity', { 'data-type': it.entityType }),
        el(doc, 'span', { class: 'ae-count', text: `${it.mentions}×`,
          title: `${it.mentions} mention${it.mentions === 1 ? '' : 's'}` })),
      it.role ? el(doc, 'span', { class: 'ae-role', text: it.role }) : null,
    ]);
  }

  function timelineItem(it) {
    return item(it, [
      el(doc, 'span', { class: 'ae-when' }, it.when || 'undated',
        it.iso ? el(doc, 'span', { class: 'ae-iso', text: ` ${it.iso}` }) : null),
      el(doc, 'span', { class: 'ae-event', text: excerpt(it.event, 200) }),
    ]);
  }

  function sourceItem(it) {
    return item(it, [
      el(doc, 'span', { class: 'ae-item-head' },
        el(doc, 'span', { class: 'ae-name', text: it.name }),
        it.sourceKind ? badge(it.sourceKind, 'source') : null),
      it.via.length ? el(doc, 'span', { class: 'ae-meta', text: `citing ${it.via.join(' → ')}` }) : null,
    ]);
  }

  function section(sec, body) {
    const headingId = `${prefix}-${sec.key}`;
    return el(doc, 'section', { class: 'ae-section', 'data-section': sec.key, 'aria-labelledby': headingId },
      el(doc, `h${h}`, { class: 'ae-section-title', id: headingId }, sec.title,
        el(doc, 'span', { class: 'ae-section-count', text: ` ${sec.items.length}` })),
      body);
  }

  function render(next) {
    model = next;
    selectedRef = null;
    const parts = [el(doc, 'p', { class: 'ae-panel-summary', text: describeCounts(model) })];
    for (const sec of model.sections) {
      if (!sec.items.length) continue;
      if (sec.key === 'quotes') {
        parts.push(section(sec, sec.groups.map((g) => {
          const s = g.speaker;
          return el(doc, 'div', { class: 'ae-speaker', 'data-speaker': s.color === null ? 'none' : String(s.color) },
            el(doc, `h${Math.min(6, h + 1)}`, { class: 'ae-speaker-name' },
              el(doc, 'span', { class: 'ae-swatch', 'aria-hidden': 'true' }),
              s.name,
              s.role ? el(doc, 'span', { class: 'ae-role', text: `, ${s.role}` }) : null,
              el(doc, 'span', { class: 'ae-section-count', text: ` ${g.items.length}` })),
            el(doc, 'ul', { class: 'ae-list' }, g.items.map(quoteItem)));
        })));
        continue;
      }
      const make = { contrasts: contrastCard, claims: claimItem, entities: entityItem,
        timeline: timelineItem, sources: sourceItem }[sec.key];
      if (!make) continue;
      parts.push(section(sec, el(doc, 'ul', { class: 'ae-list' }, sec.items.map(make))));
    }
    container.replaceChildren(...parts);
  }

  function select(ref, opts = {}) {
    for (const li of container.querySelectorAll('.ae-item.is-selected')) {
      li.classList.remove('is-selected');
      li.querySelector('button')?.removeAttribute('aria-current');
    }
    selectedRef = null;
    const li = itemFor(ref);
    if (!li) return false;
    selectedRef = ref;
    li.classList.add('is-selected');
    const button = li.querySelector('button');
    button.setAttribute('aria-current', 'true');
    if (opts.focus) button.focus({ preventScroll: true });
    if (opts.scroll !== false) li.scrollIntoView({ block: 'nearest' });
    return true;
  }

  function activate(ref) {
    if (!model || !select(ref, { scroll: false })) return;
    const it = model.items.get(ref);
    emit('explainer-select', { ref, kind: it.kind, spans: it.spans });
  }

  function clear() {
    select(null);
    emit('explainer-clear', {});
  }

  function move(delta) {
    const list = buttons();
    if (!list.length) return null;
    const active = container.getRootNode().activeElement ?? null;
    const current = list.indexOf(active) >= 0
      ? list.indexOf(active)
      : list.findIndex((b) => b.closest('.ae-item').dataset.ref === selectedRef);
    let next = current < 0 ? (delta > 0 ? 0 : list.length - 1) : current + delta;
    next = Math.max(0, Math.min(list.length - 1, next));
    const ref = list[next].closest('.ae-item').dataset.ref;
    list[next].focus({ preventScroll: true });
    list[next].closest('.ae-item').scrollIntoView({ block: 'nearest' });
    return ref;
  }

  function handleKey(event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return false;
    if (event.key === 'j' || event.key === 'k') {
      if (!move(event.key === 'j' ? 1 : -1)) return false;
    } else if (event.key === 'Escape') {
      if (!selectedRef) return false;
      clear();
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  }

  const onClick = (event) => {
    const button = event.target.closest?.('.ae-item > button');
    if (button && container.contains(button)) activate(button.closest('.ae-item').dataset.ref);
  };
  container.addEventListener('click', onClick);

  return {
    render,
    select,
    clear,
    move,
    handleKey,
    selected: () => selectedRef,
    itemFor,
    destroy() {
      container.removeEventListener('click', onClick);
      container.remove();
    },
  };
}
