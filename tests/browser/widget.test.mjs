// The <article-explainer> element on the demo news site, served with a strict
// Content-Security-Policy, in Debian's chromium: highlights in the host's own
// article, the panel in the shadow root, events, keyboard, placement, two
// widgets, RTL, and that removing the element leaves no trace.
//
// The core's extraction lands progressively, so checks against the real core
// are tolerant; behaviours that need items use widget-sample.json (a
// hand-made result with real offsets into the demo article) set through the
// element's public `result` property.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';

import { DIST, SCREENSHOTS, openPage, start, waitForWidgets } from './widget-harness.mjs';

const sample = JSON.parse(readFileSync(new URL('./fixtures/widget-sample.json', import.meta.url), 'utf8'));

let env;
let shared = null;  // one demo page with the sample shown, for tests that only read and select
before(async () => { env = await start(); });
after(async () => {
  await shared?.context.close();
  await env?.close();
});

/** Opens a demo page and waits for its widgets; returns {page, problems, requests, widgets}. */
async function demo(path = 'demo/index.html', contextOptions = {}) {
  const opened = await openPage(env.browser, contextOptions);
  const requests = [];
  opened.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await opened.page.goto(`${env.url}${path}`);
  const widgets = await waitForWidgets(opened.page);
  return { ...opened, requests, widgets };
}

/** Shows the sample result in the main story's widget. */
async function showSample(page) {
  const ok = await page.evaluate(({ text, result }) => {
    const w = document.querySelector('#story-explainer');
    if (w.text !== text) return `the demo article reads differently now: ${JSON.stringify(w.text.slice(0, 80))}`;
    w.result = result;
    return true;
  }, sample);
  assert.equal(ok, true, 'regenerate the fixture: node tests/browser/fixtures/make-widget-sample.mjs');
}

/**
 * The shared demo page, reset between tests: nothing selected, panel open,
 * scrolled to the top. `original` holds the article's facts from before the
 * sample was shown.
 */
async function sharedDemo() {
  if (!shared) {
    shared = await demo();
    shared.original = await articleFacts(shared.page);
    await showSample(shared.page);
  }
  await shared.page.evaluate(() => {
    const w = document.querySelector('#story-explainer');
    w.select(null);
    w.removeAttribute('collapsed');
    w.setAttribute('placement', 'right');
    window.scrollTo(0, 0);
  });
  return { ...shared, context: { close: async () => {} } };
}

/** The article's DOM facts that must never change. */
function articleFacts(page, selector = '#story') {
  return page.evaluate((sel) => {
    const a = document.querySelector(sel);
    return {
      html: a.outerHTML,
      text: a.textContent,
      links: [...a.querySelectorAll('a')].map((x) => x.getAttribute('href')),
      height: Math.round(a.getBoundingClientRect().height),
      marks: a.querySelectorAll('mark').length,
    };
  }, selector);
}

/** Sizes of highlights this package registered, by name. */
function highlightSizes(page) {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights.keys()]
    .filter((k) => k.startsWith('ae-')).map((k) => [k, CSS.highlights.get(k).size])));
}

/** Client rect centre of the first occurrence of `phrase` in the main article. */
function pointOf(page, phrase, charOffset = 0) {
  return page.evaluate(async ({ phrase, charOffset }) => {
    const { readArticle } = await import('/dom-ranges.js');
    const map = readArticle(document.querySelector('#story'));
    const at = map.text.indexOf(phrase) + charOffset;
    const r = map.range(at, at + 1);
    r.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const rect = r.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, { phrase, charOffset });
}

test('the demo site under a strict CSP explains both articles with no console errors', async () => {
  const { page, problems, widgets, requests, context } = await demo();
  assert.deepEqual(widgets.map((w) => w.state), ['ready', 'ready']);
  for (const w of widgets) assert.equal(w.length, w.textLength, `${w.id}: result.length is the text's length`);
  const real = await page.evaluate(() => {
    const w = document.querySelector('#story-explainer');
    return { sentences: w.result.sentences.length, version: w.result.version,
      panelInShadow: !!w.shadowRoot.querySelector('.ae-panel'),
      panelInDocument: document.querySelectorAll('.ae-panel, .ae-item').length,
      summary: w.shadowRoot.querySelector('.ae-panel-summary')?.textContent };
  });
  assert.equal(real.version, 1);
  assert.ok(real.sentences >= 15, `the real core finds the article's sentences (${real.sentences})`);
  assert.ok(real.panelInShadow, 'the panel is in the shadow root');
  assert.equal(real.panelInDocument, 0, 'nothing of the panel is in the host document');
  assert.ok(real.summary);
  assert.equal(requests.filter((p) => p.endsWith('/core.wasm')).length, 1, 'two widgets, one wasm download');
  assert.deepEqual(problems, []);
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-demo-real-core.png') });
  await context.close();
});

test('highlights appear in the host article without changing its text, links, marks or layout', async () => {
  const { page, problems, context, original: before } = await sharedDemo();
  const sizes = await highlightSizes(page);
  assert.ok(sizes['ae-quote-0'] > 0 && sizes['ae-quote-1'] > 0, 'quotes by two speakers');
  assert.ok(sizes['ae-contrast'] > 0 && sizes['ae-entity'] > 0 && sizes['ae-date'] > 0);
  assert.ok(sizes['ae-claim-threat'] > 0 && sizes['ae-claim-praise'] > 0);
  // The registered ranges are exactly the spans' characters on the page.
  const ranges = await page.evaluate(async () => {
    const { readArticle } = await import('/dom-ranges.js');
    const w = document.querySelector('#story-explainer');
    const map = readArticle(document.querySelector('#story'));
    const expected = w.result.contrasts.flatMap((x) => [x.a, x.b])
      .flatMap((s) => map.ranges(s.start, s.end)).map((r) => r.toString());
    const story = document.querySelector('#story');
    const registered = [...CSS.highlights.get('ae-contrast')]
      .filter((r) => story.contains(r.startContainer)).map((r) => r.toString());
    const q3 = w.result.quotes.find((q) => q.id === 'Q3');
    return { expected: expected.sort(), registered: registered.sort(), sameText: map.text === w.text,
      q3: map.ranges(q3.start, q3.end).map((r) => r.toString()) };
  });
  assert.ok(ranges.sameText);
  assert.deepEqual(ranges.registered, ranges.expected);
  assert.equal(ranges.q3.length, 2, 'a quote across a <br> is two ranges');
  assert.match(ranges.q3[0], /^“I have no message/);
  assert.match(ranges.q3[1], /^“Whatever his decision.*happen\.”$/);
  const afterShow = await articleFacts(page);
  assert.deepEqual(afterShow, before, 'the article DOM, textContent, links, <mark>s and height are unchanged');
  const hostMark = await page.evaluate(() => getComputedStyle(document.querySelector('#story mark')).backgroundColor);
  assert.equal(hostMark, 'rgb(255, 224, 102)', 'the site’s own mark style is untouched');
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-demo.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('clicking a highlight in the article selects its panel item and fires select', async () => {
  const { page, problems, context } = await sharedDemo();
  await page.evaluate(() => {
    window.clickSelected = [];
    document.querySelector('#story-explainer').addEventListener('select', (e) => window.clickSelected.push(e.detail && e.detail.id));
  });
  // Inside Q2 but outside its contrast side, claims and entity mentions.
  const p = await pointOf(page, 'in the good sense of the word', 5);
  await page.mouse.click(p.x, p.y);
  const got = await page.evaluate(() => ({
    selected: window.clickSelected,
    item: document.querySelector('#story-explainer').shadowRoot.querySelector('.ae-item.is-selected')?.dataset.ref,
    selectedRanges: CSS.highlights.get('ae-selected').size,
  }));
  assert.deepEqual(got.selected, ['Q2']);
  assert.equal(got.item, 'Q2');
  assert.ok(got.selectedRanges > 0);
  // The innermost item wins: a contrast side inside the quote.
  const q = await pointOf(page, 'much more constructive', 3);
  await page.mouse.click(q.x, q.y);
  assert.equal(await page.evaluate(() => window.clickSelected.at(-1)), 'X1');
  // The margin beside a highlighted line is not the highlight.
  const margin = await page.evaluate(() => {
    const p = [...document.querySelectorAll('#story p')].find((x) => x.textContent.startsWith('“I have no doubt'));
    p.scrollIntoView({ block: 'center' });
    const r = p.getBoundingClientRect();
    return { x: r.right + 40, y: r.top + 8 };
  });
  await page.mouse.click(margin.x, margin.y);
  assert.equal(await page.evaluate(() => window.clickSelected.length), 2);
  // Text outside every highlight selects nothing.
  const none = await pointOf(page, 'ongoing Russia-Ukraine war', 3);
  await page.mouse.click(none.x, none.y);
  assert.equal(await page.evaluate(() => window.clickSelected.length), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('hovering a highlight shows what it is, without touching the article', async () => {
  const { page, problems } = await sharedDemo();
  const before = await page.evaluate(() => document.querySelector('#story').outerHTML);
  const p = await pointOf(page, 'in the good sense of the word', 5);
  await page.mouse.move(p.x - 3, p.y);
  await page.mouse.move(p.x, p.y);
  await page.waitForFunction(() => !document.querySelector('#story-explainer').shadowRoot.querySelector('.ae-tip').hidden);
  const tip = await page.evaluate(() => document.querySelector('#story-explainer').shadowRoot.querySelector('.ae-tip').textContent);
  assert.match(tip, /^Quote by Dmitry Peskov/);
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-hover.png') });
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => document.querySelector('#story-explainer').shadowRoot.querySelector('.ae-tip').hidden);
  assert.equal(await page.evaluate(() => document.querySelector('#story').outerHTML), before);
  assert.deepEqual(problems, []);
});

test('choosing a contrast in the panel highlights both sides in the article', async () => {
  const { page, problems, context } = await sharedDemo();
  await page.evaluate(() => {
    window.contrastSelected = [];
    document.querySelector('#story-explainer').addEventListener('select', (e) => window.contrastSelected.push(e.detail));
  });
  await page.locator('#story-explainer .ae-item[data-ref="X1"] > button').click();
  const got = await page.evaluate(() => ({
    detail: window.contrastSelected[0],
    texts: [...CSS.highlights.get('ae-selected')].map((r) => r.toString()),
  }));
  assert.equal(got.detail.id, 'X1');
  assert.equal(got.detail.kind, 'stance', 'detail is the item as the result has it');
  assert.deepEqual(got.texts, ['Trump is much more constructive', 'imposing fresh Russia sanctions if it fails to end its Ukraine war']);
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-selected.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard shortcuts act only while the widget has focus', async () => {
  const { page, problems, context } = await sharedDemo();
  const focusRef = () => page.evaluate(() => {
    const a = document.querySelector('#story-explainer').shadowRoot.activeElement;
    return a ? a.closest('.ae-item')?.dataset.ref ?? a.className : null;
  });
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('j');
  assert.equal(await focusRef(), null, 'j on the page does nothing');
  await page.locator('#story-explainer .ae-item[data-ref="X1"] > button').focus();
  await page.keyboard.press('j');
  assert.equal(await focusRef(), 'X2');
  await page.keyboard.press('j');
  assert.equal(await focusRef(), 'Q1');
  await page.keyboard.press('k');
  assert.equal(await focusRef(), 'X2');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => CSS.highlights.get('ae-selected').size > 0), true);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => CSS.highlights.get('ae-selected').size), 0, 'Esc clears the selection');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.querySelector('#story-explainer').hasAttribute('collapsed')), true,
    'a second Esc collapses the panel');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the panel collapses to a small tab and opens again', async () => {
  const { page, problems, context } = await sharedDemo();
  await page.locator('#story-explainer .ae-close').click();
  const collapsed = await page.evaluate(() => {
    const w = document.querySelector('#story-explainer');
    const tab = w.shadowRoot.querySelector('.ae-tab').getBoundingClientRect();
    return { attr: w.hasAttribute('collapsed'), body: w.shadowRoot.querySelector('.ae-body').hidden,
      tab: { w: tab.width, h: tab.height, right: innerWidth - tab.right } };
  });
  assert.equal(collapsed.attr, true);
  assert.equal(collapsed.body, true);
  assert.ok(collapsed.tab.w < 160 && collapsed.tab.h < 60, `a small tab (${collapsed.tab.w}×${collapsed.tab.h})`);
  assert.ok(collapsed.tab.right < 40, 'at the right edge');
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-collapsed.png') });
  await page.locator('#story-explainer .ae-tab').click();
  assert.equal(await page.evaluate(() => document.querySelector('#story-explainer').hasAttribute('collapsed')), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('placement puts the panel right, left or below', async () => {
  const { page, problems, context } = await sharedDemo();
  const box = () => page.evaluate(() => {
    const w = document.querySelector('#story-explainer');
    const r = w.shadowRoot.querySelector('.ae-body').getBoundingClientRect();
    return { left: r.left, right: innerWidth - r.right, top: r.top + scrollY,
      position: getComputedStyle(w.shadowRoot.querySelector('.ae-shell')).position,
      storyBottom: document.querySelector('#story').getBoundingClientRect().bottom + scrollY };
  });
  const right = await box();
  assert.equal(right.position, 'fixed');
  assert.ok(right.right < 40 && right.left > 600);
  await page.evaluate(() => document.querySelector('#story-explainer').setAttribute('placement', 'left'));
  const left = await box();
  assert.ok(left.left < 40 && left.right > 600);
  await page.evaluate(() => document.querySelector('#story-explainer').setAttribute('placement', 'below'));
  const below = await box();
  assert.notEqual(below.position, 'fixed');
  assert.ok(below.top >= below.storyBottom, 'in the flow, after the article');
  assert.deepEqual(problems, []);
  await context.close();
});

test('host CSS does not leak into the widget, and the widget’s CSS does not leak out', async () => {
  const { page, problems, context } = await sharedDemo();
  const got = await page.evaluate(() => {
    const w = document.querySelector('#story-explainer');
    const button = w.shadowRoot.querySelector('.ae-item > button');
    const cs = getComputedStyle(button);
    const title = getComputedStyle(w.shadowRoot.querySelector('.ae-title'), '::before');
    return {
      transform: cs.textTransform, font: cs.fontFamily, letterSpacing: getComputedStyle(w.shadowRoot.querySelector('.ae-section-title')).letterSpacing,
      accent: title.color,
      hostButtons: getComputedStyle(document.createElement('button')).textTransform,
      docClasses: document.querySelectorAll('[class^="ae-"]').length,
      bodyFont: getComputedStyle(document.body).fontFamily,
      panelFontSize: parseFloat(cs.fontSize),
    };
  });
  assert.equal(got.transform, 'none', 'the site’s uppercase buttons do not reach the panel');
  assert.ok(!/comic/i.test(got.font), `the site’s button font does not reach the panel (${got.font})`);
  assert.ok(/system-ui/.test(got.font), 'the --ae-font custom property themes it');
  assert.equal(got.accent, 'rgb(138, 28, 28)', '--ae-accent set by the site');
  assert.equal(got.docClasses, 0);
  assert.ok(/Georgia/.test(got.bodyFont), 'the site keeps its own fonts');
  assert.ok(got.panelFontSize >= 13 && got.panelFontSize <= 16);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two widgets on one page each explain their own article and share one core', async () => {
  const { page, problems, context } = await sharedDemo();
  const got = await page.evaluate(() => {
    const [a, b] = document.querySelectorAll('article-explainer');
    return {
      texts: [a.text.slice(0, 30), b.text.slice(0, 30)],
      hosts: [a.hostElement.id, b.hostElement.id],
      placement: b.shadowRoot.querySelector('.ae-shell').dataset.placement,
      bSummary: b.shadowRoot.querySelector('.ae-panel-summary').textContent,
    };
  });
  assert.deepEqual(got.hosts, ['story', 'brief']);
  assert.match(got.texts[1], /^In brief: council approves/);
  assert.equal(got.placement, 'below');
  // Selecting in one widget leaves the other's highlights alone.
  await page.evaluate(() => document.querySelector('#brief').scrollIntoView());
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-two-widgets.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('removing the widgets removes every trace and restores the original DOM', async () => {
  const { page, problems, context } = await demo();
  const before = await page.evaluate(() => ({
    story: document.querySelector('#story').outerHTML,
    brief: document.querySelector('#brief').outerHTML,
    head: document.head.outerHTML,
  }));
  await showSample(page);
  await page.locator('#story-explainer .ae-item[data-ref="Q1"] > button').click();
  // Removing one keeps the other's highlights.
  await page.evaluate(() => {
    const b = document.querySelector('#brief-explainer');
    const brief = document.querySelector('#brief');
    b.result = { ...b.result, quotes: [{ id: 'Q1', kind: 'direct', start: 0, end: 8, content: { start: 0, end: 8 }, speaker: null, cue: null, confidence: 1 }] };
    window.briefRanges = () => [...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => brief.contains(r.startContainer)).length;
  });
  assert.ok(await page.evaluate(() => window.briefRanges()) > 0);
  await page.evaluate(() => document.querySelector('#story-explainer').remove());
  const mid = await page.evaluate(() => ({
    story: [...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => document.querySelector('#story').contains(r.startContainer)).length,
    brief: window.briefRanges(),
  }));
  assert.equal(mid.story, 0);
  assert.ok(mid.brief > 0);
  await page.evaluate(() => document.querySelector('#brief-explainer').remove());
  const after = await page.evaluate(() => ({
    story: document.querySelector('#story').outerHTML,
    brief: document.querySelector('#brief').outerHTML,
    head: document.head.outerHTML,
    sheets: document.adoptedStyleSheets.length,
    names: [...CSS.highlights.keys()],
    styleEl: !!document.getElementById('article-explainer-highlights'),
  }));
  assert.equal(after.story, before.story);
  assert.equal(after.brief, before.brief);
  assert.equal(after.head, before.head);
  assert.equal(after.sheets, 0, 'the shared highlight stylesheet is gone');
  assert.deepEqual(after.names, []);
  assert.equal(after.styleEl, false);
  await page.waitForTimeout(100);
  assert.equal(page.workers().length, 0, 'the shared worker stopped with the last widget');
  // Its listeners are gone: clicking the article selects nothing, errors nothing.
  await page.evaluate(() => { window.events = 0; document.addEventListener('select', () => { window.events += 1; }); });
  const p = await pointOf(page, 'in the good sense of the word', 5);
  await page.mouse.click(p.x, p.y);
  await page.waitForTimeout(500);  // past the mutation debounce
  assert.equal(await page.evaluate(() => window.events), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an article that changes on the page is explained again', async () => {
  const { page, problems, context } = await demo();
  const got = await page.evaluate(async () => {
    const w = document.querySelector('#brief-explainer');
    const again = new Promise((ok) => w.addEventListener('explained', (e) => ok(e.detail), { once: true }));
    const p = document.createElement('p');
    p.textContent = 'Update: the vote was unanimous, officials said.';
    document.querySelector('#brief').append(p);
    const r = await again;
    return { length: r.length, tail: w.text.slice(-49) };
  });
  assert.equal(got.tail, '\n\nUpdate: the vote was unanimous, officials said.');
  assert.equal(got.length, await page.evaluate(() => document.querySelector('#brief-explainer').text.length));
  assert.deepEqual(problems, []);
  await context.close();
});

test('without for, the element explains its own text, or a text property', async () => {
  const { page, problems, context } = await demo();
  const got = await page.evaluate(async () => {
    const wait = (el) => new Promise((ok) => el.addEventListener('explained', (e) => ok(e.detail), { once: true }));
    const own = document.createElement('article-explainer');
    own.setAttribute('placement', 'below');
    const p = document.createElement('p');
    p.textContent = 'The mayor said the plan works. Critics disagreed.';
    own.append(p);
    const ownDone = wait(own);
    document.querySelector('main').append(own);
    const r1 = await ownDone;
    const prop = document.createElement('article-explainer');
    prop.setAttribute('placement', 'below');
    prop.text = 'First line.\n\nSecond “quoted” line, with 😀 astral text.';
    const propDone = wait(prop);
    document.querySelector('main').append(prop);
    const r2 = await propDone;
    return { l1: r1.length, t1: own.text, l2: r2.length, t2: prop.text,
      shown: prop.shadowRoot.querySelector('.ae-own-text').textContent };
  });
  assert.equal(got.t1, 'The mayor said the plan works. Critics disagreed.');
  assert.equal(got.l1, got.t1.length);
  assert.equal(got.t2, 'First line.\n\nSecond “quoted” line, with 😀 astral text.');
  assert.equal(got.l2, got.t2.length);
  assert.equal(got.shown, got.t2, 'the text is shown as text');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a bad for= selector or a mismatched result fires explainer-error, never throws', async () => {
  const { page, problems, context } = await demo();
  const got = await page.evaluate(async () => {
    const errors = [];
    const w = document.createElement('article-explainer');
    w.setAttribute('for', '#does-not-exist');
    w.addEventListener('explainer-error', (e) => errors.push(e.detail.code));
    document.body.append(w);
    await new Promise((ok) => setTimeout(ok, 50));
    const s = document.querySelector('#story-explainer');
    s.addEventListener('explainer-error', (e) => errors.push(e.detail.code));
    s.result = { version: 1, length: 3 };
    return errors;
  });
  assert.deepEqual(got, ['host_not_found', 'invalid_result']);
  // An article rendered later (a client-side app) is explained when it appears.
  const late = await page.evaluate(async () => {
    const w = document.querySelector('article-explainer[for="#does-not-exist"]');
    const done = new Promise((ok) => w.addEventListener('explained', (e) => ok(e.detail.length), { once: true }));
    const article = document.createElement('article');
    article.id = 'does-not-exist';
    article.append(Object.assign(document.createElement('p'), { textContent: 'Late news, the editor said.' }));
    document.body.append(article);
    return { length: await done, text: w.text };
  });
  assert.deepEqual(late, { length: 27, text: 'Late news, the editor said.' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the right-to-left edition renders with the panel on the left', async () => {
  const { page, problems, widgets, context } = await demo('demo/rtl.html');
  assert.equal(widgets[0].state, 'ready');
  const got = await page.evaluate(() => {
    const w = document.querySelector('article-explainer');
    const body = w.shadowRoot.querySelector('.ae-body');
    const r = body.getBoundingClientRect();
    return { placement: w.shadowRoot.querySelector('.ae-shell').dataset.placement,
      direction: getComputedStyle(body).direction, left: r.left,
      article: document.querySelector('#story').getBoundingClientRect() };
  });
  assert.equal(got.placement, 'left');
  assert.equal(got.direction, 'ltr', 'the panel’s English words stay left-to-right');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#story')).direction), 'rtl');
  assert.ok(got.left < 40);
  assert.ok(got.article.left > got.left + 300, 'the panel does not cover the article');
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-rtl.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the panel starts as a tab and opens as a bottom sheet', async () => {
  const { page, problems, context } = await demo('demo/index.html', { viewport: { width: 375, height: 740 } });
  await showSample(page);
  assert.equal(await page.evaluate(() => document.querySelector('#story-explainer').hasAttribute('collapsed')), true);
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-narrow-collapsed.png') });
  await page.locator('#story-explainer .ae-tab').click();
  const box = await page.evaluate(() => {
    const r = document.querySelector('#story-explainer').shadowRoot.querySelector('.ae-body').getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, width: r.width };
  });
  assert.ok(box.top > 740 * 0.4, `the top of the article stays visible (sheet top ${box.top})`);
  assert.ok(box.bottom <= 740 && box.width > 300);
  await page.screenshot({ path: join(SCREENSHOTS, 'widget-narrow.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a stricter policy without unsafe-inline styles works too', async () => {
  const strict = await start({ csp: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'" });
  try {
    const { page, problems } = await openPage(strict.browser);
    await page.goto(`${strict.url}demo/index.html`);
    const widgets = await waitForWidgets(page);
    assert.deepEqual(widgets.map((w) => w.state), ['ready', 'ready']);
    await page.evaluate((r) => { document.querySelector('#story-explainer').result = r; }, sample.result);
    assert.ok(await page.evaluate(() => CSS.highlights.get('ae-quote-0').size > 0));
    assert.deepEqual(problems, []);
  } finally {
    await strict.close();
  }
});

test('without wasm-unsafe-eval the widget says why instead of breaking the page', async () => {
  const noWasm = await start({ csp: "default-src 'self'; script-src 'self'; style-src 'self'" });
  try {
    const { page, problems } = await openPage(noWasm.browser);
    await page.goto(`${noWasm.url}demo/index.html`);
    const widgets = await waitForWidgets(page);
    assert.deepEqual(widgets.map((w) => w.state), ['error', 'error']);
    const status = await page.evaluate(() =>
      document.querySelector('#story-explainer').shadowRoot.querySelector('.ae-status').textContent);
    assert.match(status, /WebAssembly/);
    assert.ok(problems.every((p) => /wasm|WebAssembly|csp: script-src/i.test(p)), problems.join('\n'));
    assert.ok(!problems.some((p) => p.startsWith('pageerror')), 'no uncaught errors');
  } finally {
    await noWasm.close();
  }
});

test('what an embedding page downloads (wasm + JS + CSS, gzip) is at most 200 KB', async (t) => {
  const { requests, context } = await demo();
  const own = new Set(['/demo/demo.js', '/demo/demo.css']);
  const files = [...new Set(requests)].filter((p) => /\.(m?js|css|wasm)$/.test(p) && !own.has(p));
  let raw = 0;
  let gz = 0;
  const rows = [];
  for (const p of files) {
    const bytes = readFileSync(join(DIST, p));
    const g = gzipSync(bytes, { level: 9 }).length;
    raw += statSync(join(DIST, p)).size;
    gz += g;
    rows.push(`${p} ${bytes.length} → ${g}`);
  }
  t.diagnostic(`embed download: ${files.length} files, ${raw} bytes raw, ${gz} bytes gzip (${(gz / 1024).toFixed(1)} KiB)`);
  for (const r of rows) t.diagnostic(r);
  assert.ok(files.includes('/core.wasm') && files.includes('/article-explainer.js'));
  assert.ok(gz <= 200 * 1000, `${gz} bytes gzip`);  // 200 KB, read strictly
  await context.close();
});
