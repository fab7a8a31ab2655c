// dom-ranges.js in a real browser: the text the widget gives the core for an
// article with markup, and the exact map from its UTF-16 offsets back to DOM
// Ranges (and from DOM points back to offsets).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { openPage, start } from './widget-harness.mjs';

let env;
let page;
let problems;

before(async () => {
  env = await start();
  ({ page, problems } = await openPage(env.browser));
  // Any page from the same origin will do; this one has a site's CSS reset.
  await page.goto(`${env.url}demo/rtl.html`);
  await page.evaluate(async () => { window.domRanges = await import('/dom-ranges.js'); });
});

after(async () => {
  await env?.close();
});

/** Reads `html` (test markup, built by the test) and returns what the map says. */
function read(html, ignore) {
  return page.evaluate(({ html, ignore }) => {
    const box = document.createElement('div');
    box.id = 'case';
    box.innerHTML = html;  // test markup only; the product never does this
    document.body.append(box);
    try {
      const map = window.domRanges.readArticle(box, { ignore });
      const text = map.text;
      // Every character from the page maps back to itself, and back again.
      const bad = [];
      for (let i = 0; i < text.length; i += 1) {
        const r = map.range(i, i + 1);
        if (!r) continue;  // a synthetic break
        const got = r.toString();
        const collapsible = /[ \t\n\r\f]/.test(text[i]);
        if (collapsible ? !/^[ \t\n\r\f]$/.test(got) : got !== text[i]) bad.push([i, text[i], got]);
        if (map.offsetAt(r.startContainer, r.startOffset) !== i) bad.push([i, 'offsetAt', map.offsetAt(r.startContainer, r.startOffset)]);
      }
      return { text, bad, synthetic: [...text].filter((_, i) => !map.range(i, i + 1)).length };
    } finally {
      box.remove();
    }
  }, { html, ignore });
}

const CASES = [
  { name: 'paragraphs read as paragraph breaks', html: '<p>One.</p><p>Two.</p>', text: 'One.\n\nTwo.' },
  { name: 'inline markup keeps words together', html: '<p>A <a href="#x">link</a>, <em>emphasis</em> and <b>bold</b>.</p>',
    text: 'A link, emphasis and bold.' },
  { name: 'source indentation collapses like the rendering', html: '<p>\n    Lots   of\n\tspace\n  </p>\n  <p>  next </p>',
    text: 'Lots of space\n\nnext' },
  { name: 'a <br> is a line break', html: '<p>line one<br>line two</p>', text: 'line one\nline two' },
  { name: 'headings, quotes and lists are blocks', html: '<h2>Title</h2><blockquote><p>Q</p></blockquote><ul><li>a</li><li>b</li></ul>',
    text: 'Title\n\nQ\n\na\n\nb' },
  { name: 'scripts, styles, hidden and ignored content are left out',
    html: '<p>kept</p><script>var x = 1;</script><style>p{}</style><p hidden>gone</p><p style="display:none">gone</p>' +
      '<aside data-explainer-ignore><p>ad</p></aside><p>end</p>', text: 'kept\n\nend' },
  { name: 'the ignore option takes a selector', html: '<p>keep</p><figure><figcaption>cap</figcaption></figure><p>this</p>',
    ignore: 'figure', text: 'keep\n\nthis' },
  { name: 'astral characters keep exact UTF-16 offsets', html: '<p>Smile 😀 <em>𝒳</em> end</p>', text: 'Smile 😀 𝒳 end' },
  { name: 'preformatted text keeps its whitespace', html: '<pre>a  b\n  c</pre>', text: 'a  b\n  c' },
  { name: 'non-breaking spaces are text, not collapsible space', html: '<p>a\u00a0\u00a0b</p>', text: 'a\u00a0\u00a0b' },
  { name: 'nested widgets are not part of the article', html: '<p>text</p><article-explainer>panel</article-explainer>', text: 'text' },
];

for (const c of CASES) {
  test(`readArticle: ${c.name}`, async () => {
    const got = await read(c.html, c.ignore);
    assert.equal(got.text, c.text);
    assert.deepEqual(got.bad, []);
  });
}

test('a span across a link, emphasis and a paragraph break maps to one exact Range', async () => {
  const got = await page.evaluate(() => {
    const box = document.createElement('div');
    box.innerHTML = '<p>Peskov told <a href="#a">Argumenty i <em>Fakty</em></a>,\n  it said.</p>\n<p>Next day, more.</p>';
    document.body.append(box);
    const map = window.domRanges.readArticle(box);
    const start = map.text.indexOf('Argumenty');
    const end = map.text.indexOf('Next day') + 'Next day'.length;
    const range = map.range(start, end);
    const pieces = map.ranges(start, end).map((r) => r.toString());
    const out = { text: map.text, slice: map.text.slice(start, end), range: range.toString(), pieces,
      outside: map.range(map.text.indexOf('\n\n'), map.text.indexOf('\n\n') + 2) };
    box.remove();
    return out;
  });
  assert.equal(got.text, 'Peskov told Argumenty i Fakty, it said.\n\nNext day, more.');
  assert.equal(got.slice, 'Argumenty i Fakty, it said.\n\nNext day');
  assert.equal(got.range, 'Argumenty i Fakty,\n  it said.\nNext day');
  assert.deepEqual(got.pieces, ['Argumenty i ', 'Fakty', ',\n  it said.', 'Next day']);
  assert.equal(got.outside, null, 'a span of only the synthetic break has no range');
});

test('offsetAt hit-tests a caret position from a click point', async () => {
  const got = await page.evaluate(() => {
    const box = document.createElement('div');
    box.innerHTML = '<p>First paragraph.</p><p>Second <a href="#s">linked words</a> here.</p>';
    document.body.append(box);
    const map = window.domRanges.readArticle(box);
    const target = box.querySelector('a').firstChild;
    const r = document.createRange();
    r.setStart(target, 2); r.setEnd(target, 3);
    const rect = r.getBoundingClientRect();
    const pos = document.caretPositionFromPoint(rect.left + 1, rect.top + rect.height / 2);
    const at = map.offsetAt(pos.offsetNode, pos.offset);
    box.remove();
    return { at, ch: map.text[at], outside: map.offsetAt(document.body, 0) };
  });
  assert.equal(got.ch, 'n');
  assert.equal(got.outside, -1);
});

test('reading the article leaves no console errors or CSP violations', () => {
  assert.deepEqual(problems, []);
});
