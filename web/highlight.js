/**
 * Renders article text with highlight layers as nested <mark> elements.
 *
 *   const view = renderHighlightedText(container, text, model.marks);
 *   view.marksFor('Q3');          // every <mark data-ref="Q3"> piece
 *   view.rangeFor(830, 1046);     // a DOM Range over those characters
 *
 * Text goes into the DOM only as text nodes (never parsed as HTML), and the
 * container's textContent equals `text` exactly. Spans may overlap in any
 * way: the text is split at every span boundary and a span that crosses
 * another span's end (or a paragraph break) continues as another <mark> piece
 * with the same data-ref. Each line of text is one <p>; the line breaks stay in
 * the DOM as text between the paragraphs.
 */
import { MARK_KINDS } from './explanation-model.js';

const RANK = new Map(MARK_KINDS.map((k, i) => [k, i]));
// A paragraph break: a newline with the whitespace around it, blank lines included.
const BREAK = /[^\S\n]*\n\s*/g;

function paragraphsOf(text) {
  const out = [];
  let at = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    if (m.index > at) out.push([at, m.index]);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push([at, text.length]);
  return out;
}

function camelToData(name) {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * Replaces the container's content with `text`, highlighted.
 * @param {HTMLElement} container emptied first; gets <p> children
 * @param {string} text the article
 * @param {Array<{start: number, end: number, kind: string, ref: string, title?: string, attrs?: object}>} spans
 *   highlight layers; `attrs` become data-* attributes (camelCase → kebab-case)
 * @returns {{marksFor: (ref: string) => HTMLElement[], rangeFor: (start: number, end: number) => Range|null,
 *   marks: HTMLElement[]}}
 */
export function renderHighlightedText(container, text, spans) {
  const doc = container.ownerDocument;
  container.replaceChildren();
  const valid = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) &&
    s.start >= 0 && s.end <= text.length && s.start < s.end);
  const startsAt = new Map();
  const points = new Set([0, text.length]);
  for (const s of valid) {
    if (!startsAt.has(s.start)) startsAt.set(s.start, []);
    startsAt.get(s.start).push(s);
    points.add(s.start);
    points.add(s.end);
  }
  const paragraphs = paragraphsOf(text);
  const paraStart = new Set();
  const paraEnd = new Set();
  for (const [s, e] of paragraphs) {
    paraStart.add(s);
    paraEnd.add(e);
    points.add(s);
    points.add(e);
  }
  const sorted = [...points].sort((a, b) => a - b);

  const textNodes = [];  // [{node, start}] in order, for rangeFor()
  const byRef = new Map();
  const allMarks = [];
  const seenRef = new Set();
  let stack = [];        // open marks: [{span, el}]
  let pending = [];      // spans to reopen at the next paragraph start
  let para = null;

  const top = () => (stack.length ? stack[stack.length - 1].el : para);
  const open = (spansToOpen, at) => {
    const list = spansToOpen.filter((s) => s.end > at);
    // Refs are ASCII ids ("Q3"): code-unit order, without localeCompare's
    // costly first call (ICU collator set-up) in the first render.
    list.sort((a, b) => b.end - a.end || (RANK.get(a.kind) ?? 9) - (RANK.get(b.kind) ?? 9) ||
      (String(a.ref) < String(b.ref) ? -1 : String(a.ref) > String(b.ref) ? 1 : 0));
    for (const span of list) {
      const el = doc.createElement('mark');
      el.dataset.kind = span.kind;
      el.dataset.ref = span.ref;
      for (const [k, v] of Object.entries(span.attrs ?? {})) {
        if (v !== null && v !== undefined) el.setAttribute(`data-${camelToData(k)}`, String(v));
      }
      const key = `${span.kind}\u0000${span.ref}`;
      if (!seenRef.has(key)) {
        seenRef.add(key);
        el.dataset.first = '';
      }
      if (span.title) el.title = span.title;
      if (at > span.start) el.dataset.continued = '';
      top().append(el);
      stack.push({ span, el });
      allMarks.push(el);
      if (!byRef.has(span.ref)) byRef.set(span.ref, []);
      byRef.get(span.ref).push(el);
    }
  };

  let pos = 0;
  for (const b of sorted) {
    if (b > pos) {
      const node = doc.createTextNode(text.slice(pos, b));
      (para ? top() : container).append(node);
      textNodes.push({ node, start: pos });
    }
    pos = b;
    if (paraEnd.has(b) && para) {
      pending.push(...stack.map((e) => e.span).filter((s) => s.end > b));
      stack = [];
      para = null;
    } else if (stack.length) {
      const i = stack.findIndex((e) => e.span.end <= b);
      if (i >= 0) {
        const popped = stack.splice(i);
        pending.push(...popped.map((e) => e.span).filter((s) => s.end > b));
      }
    }
    const starting = (startsAt.get(b) ?? []).filter((s) => s.end > b);
    if (paraStart.has(b) && !para && b < text.length) {
      para = doc.createElement('p');
      container.append(para);
    }
    if (para) {
      open([...pending, ...starting], b);
      pending = [];
    } else {
      pending.push(...starting);  // starts between paragraphs: open with the next one
    }
  }

  const rangeFor = (start, end) => {
    if (!textNodes.length || start < 0 || end > text.length || start > end) return null;
    const find = (offset, preferEnd) => {
      let lo = 0;
      let hi = textNodes.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        const s = textNodes[mid].start;
        if (s < offset || (!preferEnd && s === offset)) lo = mid;
        else hi = mid - 1;
      }
      const t = textNodes[lo];
      return [t.node, Math.min(offset - t.start, t.node.data.length)];
    };
    const range = doc.createRange();
    range.setStart(...find(start, false));
    range.setEnd(...find(end, true));
    return range;
  };

  return {
    marks: allMarks,
    marksFor: (ref) => byRef.get(ref) ?? [],
    rangeFor,
  };
}
