/**
 * Reduces an HTML document to its readable text, safely: the markup is parsed
 * by DOMParser into an inert document (scripts never run, images and styles
 * never load) and only text nodes are read back.
 *
 *   const { title, text } = htmlToText(await file.text());
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG',
  'CANVAS', 'HEAD', 'NAV', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA']);
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL', 'BODY', 'CAPTION']);

/**
 * Extracts the text of an HTML string: the <article> (or <main>, or <body>),
 * one paragraph per line, without scripts, styles, navigation or forms.
 * @param {string} html
 * @param {{DOMParser?: typeof DOMParser}} [env] for tests outside a browser
 * @returns {{title: string, text: string}}
 */
export function htmlToText(html, env = {}) {
  const Parser = env.DOMParser ?? globalThis.DOMParser;
  const doc = new Parser().parseFromString(String(html), 'text/html');
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  const out = [];
  let line = '';
  const flush = () => {
    const clean = line.replace(/[ \t\f\v\r\n\u00a0]+/g, ' ').trim();
    if (clean) out.push(clean);
    line = '';
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        line += child.data;
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag) || child.hidden) continue;
        if (tag === 'BR') {
          flush();
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  if (root) walk(root);
  flush();
  const title = (doc.querySelector('h1')?.textContent ?? doc.title ?? '').replace(/\s+/g, ' ').trim();
  return { title, text: out.join('\n') };
}
