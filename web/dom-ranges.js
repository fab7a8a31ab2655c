/**
 * Reads the text of a live article element the way a reader sees it, and maps
 * UTF-16 offsets in that text back to DOM Ranges (and DOM points back to
 * offsets), exactly, across paragraphs and inline markup.
 *
 *   const map = readArticle(document.querySelector('#story'));
 *   const range = map.range(result.quotes[0].start, result.quotes[0].end);
 *
 * The text given to the core is not `textContent`: block boundaries (</p><p>,
 * headings, list items) read as a paragraph break "\n\n", <br> as "\n", runs of
 * collapsible whitespace as one space (as the browser renders them), and
 * script/style/hidden content is left out. Every character that comes from a
 * text node keeps its node and offset, so a span of the text maps to a Range
 * that covers exactly the same characters on the page; the synthetic breaks
 * map to no node and are skipped at a range's edges. Nothing in the DOM is
 * changed.
 */

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT',
  'IFRAME', 'OBJECT', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'ARTICLE-EXPLAINER']);
// Used when an element has no computed style (detached, or display:contents).
const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
const INLINE_DISPLAYS = new Set(['inline', 'contents', 'ruby', 'ruby-text']);
const COLLAPSIBLE = /[ \t\n\r\f]/;

/**
 * Elements a site can mark to keep out of the explained text (captions, ads,
 * share bars): `data-explainer-ignore` on the element or an ancestor.
 */
export const IGNORE_ATTRIBUTE = 'data-explainer-ignore';

function styleOf(el) {
  const view = el.ownerDocument.defaultView;
  return view && el.isConnected ? view.getComputedStyle(el) : null;
}

/**
 * The text of an article and its exact map back to the DOM.
 */
export class ArticleMap {
  /**
   * @param {string} text the text as given to the core
   * @param {Node[]} nodes the text nodes, in document order
   * @param {Int32Array} nodeIndex per character: index into `nodes`, or -1 for a synthetic break
   * @param {Int32Array} nodeOffset per character: offset in its node's data
   */
  constructor(text, nodes, nodeIndex, nodeOffset) {
    /** The article's text, as explained. */
    this.text = text;
    this._nodes = nodes;
    this._index = nodeIndex;
    this._offset = nodeOffset;
    this._order = new Map(nodes.map((n, i) => [n, i]));
  }

  /**
   * A Range covering text.slice(start, end) on the page, or null when the span
   * holds no character from the page (only synthetic breaks) or is out of bounds.
   * @param {number} start UTF-16 offset, inclusive
   * @param {number} end UTF-16 offset, exclusive
   * @returns {Range|null}
   */
  range(start, end) {
    const n = this.text.length;
    if (!(start >= 0 && end <= n && start < end)) return null;
    let s = start;
    while (s < end && this._index[s] < 0) s += 1;
    let e = end - 1;
    while (e >= s && this._index[e] < 0) e -= 1;
    if (s > e) return null;
    const first = this._nodes[this._index[s]];
    const range = first.ownerDocument.createRange();
    range.setStart(first, this._offset[s]);
    range.setEnd(this._nodes[this._index[e]], this._offset[e] + 1);
    return range;
  }

  /**
   * Ranges for a span, one per text node it touches; a highlight built from
   * these never paints the gaps between blocks.
   * @param {number} start
   * @param {number} end
   * @returns {Range[]}
   */
  ranges(start, end) {
    const out = [];
    const n = this.text.length;
    if (!(start >= 0 && end <= n && start < end)) return out;
    let i = start;
    while (i < end) {
      if (this._index[i] < 0) { i += 1; continue; }
      const node = this._index[i];
      let j = i;
      while (j + 1 < end && this._index[j + 1] === node) j += 1;
      const r = this._nodes[node].ownerDocument.createRange();
      r.setStart(this._nodes[node], this._offset[i]);
      r.setEnd(this._nodes[node], this._offset[j] + 1);
      out.push(r);
      i = j + 1;
    }
    return out;
  }

  /**
   * The text offset of a DOM point (a text node and an offset in it), e.g. from
   * caretPositionFromPoint(); -1 when the point is not in the article's text.
   * @param {Node} node
   * @param {number} offset
   * @returns {number}
   */
  offsetAt(node, offset) {
    const which = this._order.get(node);
    if (which === undefined) return -1;
    // Characters from text nodes are in (node, offset) order: binary search.
    let lo = 0;
    let hi = this.text.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      let m = mid;
      while (m <= hi && this._index[m] < 0) m += 1;
      if (m > hi) { hi = mid - 1; continue; }
      const k = this._index[m];
      const o = this._offset[m];
      if (k < which || (k === which && o < offset)) {
        best = m;
        lo = m + 1;
      } else if (k === which && o === offset) {
        return m;
      } else {
        hi = mid - 1;
      }
    }
    // A collapsed whitespace run maps to its first character: a point inside
    // the run belongs to that space.
    if (best >= 0 && this._index[best] === which) return best;
    return -1;
  }

  /** The text nodes the text comes from (for tests and tools). */
  get nodes() {
    return this._nodes.slice();
  }
}

/**
 * Reads an element's rendered text with a map back to its text nodes.
 * @param {Element} root the article element
 * @param {{ignore?: string}} [options] `ignore`: a CSS selector for more
 *   elements to leave out (besides [data-explainer-ignore])
 * @returns {ArticleMap}
 */
export function readArticle(root, options = {}) {
  const chars = [];
  const nodeIndex = [];
  const nodeOffset = [];
  const nodes = [];
  let pendingBreak = 0;      // number of "\n" owed before the next character
  let pendingSpace = null;   // [nodeIdx, offset] of a collapsed whitespace run
  const ignore = options.ignore || null;

  const emit = (ch, k, o) => {
    if (chars.length > 0) {
      if (pendingBreak > 0) {
        for (let i = 0; i < pendingBreak; i += 1) {
          chars.push('\n'); nodeIndex.push(-1); nodeOffset.push(0);
        }
      } else if (pendingSpace) {
        chars.push(' '); nodeIndex.push(pendingSpace[0]); nodeOffset.push(pendingSpace[1]);
      }
    }
    pendingBreak = 0;
    pendingSpace = null;
    chars.push(ch); nodeIndex.push(k); nodeOffset.push(o);
  };
  const requestBreak = (n) => {
    if (chars.length > 0) pendingBreak = Math.max(pendingBreak, n);
    pendingSpace = null;
  };

  const walk = (el, preserve) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = child.data;
        if (!data) continue;
        const k = nodes.length;
        nodes.push(child);
        for (let i = 0; i < data.length; i += 1) {
          const ch = data[i];
          if (!preserve && COLLAPSIBLE.test(ch)) {
            if (!pendingSpace && pendingBreak === 0 && chars.length > 0) pendingSpace = [k, i];
          } else {
            emit(ch, k, i);
          }
        }
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || child.hasAttribute(IGNORE_ATTRIBUTE) || child.hidden) continue;
      if (ignore && child.matches(ignore)) continue;
      if (tag === 'BR') { requestBreak(1); continue; }
      const style = styleOf(child);
      if (style && style.display === 'none') continue;
      const block = style && style.display !== 'contents'
        ? !INLINE_DISPLAYS.has(style.display) && !style.display.startsWith('inline')
        : BLOCK_TAGS.has(tag);
      const pre = style ? /^(pre|pre-wrap|break-spaces)$/.test(style.whiteSpace) ||
        style.whiteSpaceCollapse === 'preserve' || style.whiteSpaceCollapse === 'break-spaces' : tag === 'PRE';
      if (block) requestBreak(2);
      walk(child, pre);
      if (block) requestBreak(2);
    }
  };
  const rootStyle = styleOf(root);
  walk(root, rootStyle ? /^(pre|pre-wrap|break-spaces)$/.test(rootStyle.whiteSpace) : root.tagName === 'PRE');

  return new ArticleMap(chars.join(''), nodes, Int32Array.from(nodeIndex), Int32Array.from(nodeOffset));
}
