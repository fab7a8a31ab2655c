// The page in a real browser (Debian's chromium through playwright-core):
// the seed article explained by the real core, pasting, linking panel ⇄
// article, keyboard, "why is this here", export, XSS, large articles, axe,
// screenshots and first-render time. Counts are checked against the real
// core's result, so the suite holds as extraction improves; the hand-made
// fixture (fixtures/sample-result.json) covers what the core may not yet find.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { createRequire } from 'node:module';

import {
  DEMO_TEXT, SAMPLE_RESULT, SCREENSHOTS, openPage, pasteText, readPage, start, waitReady,
} from './helpers/page-harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What a result should put in the panel: one item per contrast, quote, claim, non-date entity, event, source. */
function expectedPanelItems(result) {
  return result.contrasts.length + result.quotes.length + result.claims.length +
    result.entities.filter((e) => e.type !== 'date').length + result.timeline.length + result.sources.length;
}

/** The mark kinds a result must produce at least once. */
function expectedKinds(result) {
  const kinds = new Set();
  if (result.quotes.length) kinds.add('quote');
  if (result.claims.length) kinds.add('claim');
  if (result.contrasts.length) kinds.add('contrast');
  if (result.entities.some((e) => e.type !== 'date' && e.mentions.length)) kinds.add('entity');
  if (result.entities.some((e) => e.type === 'date' && e.mentions.length) ||
    result.timeline.some((t) => t.when && t.when.text)) kinds.add('date');
  return kinds;
}

async function renderSample(page) {
  await page.evaluate(({ text, result }) => window.__articleExplainer.render(text, result),
    { text: DEMO_TEXT, result: SAMPLE_RESULT });
}

async function selectedMarks(page) {
  return page.$$eval('#article-text mark.is-selected', (ms) => ms.map((m) => ({ ref: m.dataset.ref, side: m.dataset.side ?? null })));
}

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

describe('the seed page', () => {
  let page;
  let problems;
  let seed;
  before(async () => {
    ({ page, problems } = await openPage(env.browser));
    await page.goto(`${env.url}?test-hooks`);
    await waitReady(page);
    seed = await readPage(page);
  });
  after(async () => { await page.context().close(); });

  test('first render time (navigation → highlighted article) is reported', async () => {
    const ms = await page.evaluate(() => Number(document.documentElement.dataset.firstRenderMs));
    const core = await page.evaluate(() => document.getElementById('status').textContent.match(/in (\d+) ms/)?.[1]);
    console.log(`# first render of the seed article: ${ms} ms after navigation (core call ${core} ms), ${seed.marks} marks`);
    assert.ok(ms > 0 && ms < 15000);
  });

  test('shows the article text exactly, as text', () => {
    assert.equal(seed.text, DEMO_TEXT);
    assert.equal(seed.result.length, DEMO_TEXT.length);
  });

  test('marks at least one span of every kind the real result contains', () => {
    for (const kind of expectedKinds(seed.result)) {
      assert.ok(seed.byKind[kind] > 0, `no <mark data-kind="${kind}"> although the result has ${kind}s`);
    }
    const ids = new Set(['entities', 'quotes', 'claims', 'contrasts', 'timeline', 'sources']
      .flatMap((k) => seed.result[k].map((x) => x.id)));
    for (const ref of seed.markRefs) assert.ok(ids.has(ref), `mark data-ref ${ref} is not an id of the result`);
  });

  test('the panel has one item per result item, each with a unique data-ref', () => {
    assert.equal(seed.panelRefs.length, expectedPanelItems(seed.result));
    assert.equal(new Set(seed.panelRefs).size, seed.panelRefs.length);
    if (seed.result.contrasts.length) assert.equal(seed.sections[0], 'contrasts', 'contrasts come first');
  });

  test('clicking a contrast in the panel marks both of its sides (real core output)', async (t) => {
    const contrast = seed.result.contrasts.find((x) => x.a && x.b);
    if (!contrast) {
      t.skip('the core found no contrast in the seed article yet');
      return;
    }
    await page.click(`#panel-root .ae-item[data-ref="${contrast.id}"] > button`);
    const marks = await selectedMarks(page);
    assert.ok(marks.length >= 2);
    assert.ok(marks.every((m) => m.ref === contrast.id));
    assert.deepEqual([...new Set(marks.map((m) => m.side))].sort(), ['a', 'b']);
  });

  test('announces the explanation in a live region and has no console errors', async () => {
    const live = await page.$eval('#announce', (n) => ({ live: n.getAttribute('aria-live'), text: n.textContent }));
    assert.equal(live.live, 'polite');
    assert.match(live.text, /Explanation ready/);
    assert.deepEqual(problems, []);
  });
});

describe('interaction', () => {
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openPage(env.browser));
    await page.goto(`${env.url}?test-hooks`);
    await waitReady(page);
  });
  after(async () => { await page.context().close(); });

  test('pasting another article explains it and replaces highlights and panel', async () => {
    const other = 'Mayor Jane Doe of Springfield said the bridge would reopen in May.\n' +
      '“We will finish on time,” Doe told reporters on Monday. Critics disagreed.';
    await pasteText(page, other);
    await page.waitForFunction((t) => document.getElementById('article-text').textContent === t &&
      document.documentElement.dataset.state === 'ready', other, { timeout: 20000 });
    const now = await readPage(page);
    assert.equal(now.result.length, other.length);
    assert.equal(now.panelRefs.length, expectedPanelItems(now.result));
    assert.ok(!now.text.includes('Peskov'));
  });

  test('clicking a contrast highlights both sides (sample fixture)', async () => {
    await renderSample(page);
    await page.click('#panel-root .ae-item[data-ref="X1"] > button');
    const marks = await selectedMarks(page);
    assert.deepEqual([...new Set(marks.map((m) => m.side))].sort(), ['a', 'b']);
    assert.ok(marks.every((m) => m.ref === 'X1'));
    assert.ok(await page.$eval('#panel-root .ae-item[data-ref="X1"]', (li) => li.classList.contains('is-selected')));
    assert.ok(await page.$$eval('#article-text mark[data-ref="X1"]', (ms) => ms.some((m) => m.classList.contains('is-flash'))));
  });

  test('clicking a highlight selects its panel item', async () => {
    await renderSample(page);
    await page.locator('#article-text mark[data-ref="Q5"]').first().dispatchEvent('click');
    const selected = await page.$$eval('#panel-root .ae-item.is-selected', (ls) => ls.map((l) => l.dataset.ref));
    assert.deepEqual(selected, ['Q5']);
    // Nested highlights: the innermost first, then clicking the same place
    // again walks outwards to the enclosing one.
    await renderSample(page);
    const selected2 = () => page.$$eval('#panel-root .ae-item.is-selected', (ls) => ls.map((l) => l.dataset.ref));
    await page.locator('#article-text mark[data-ref="Q6"]').first().dispatchEvent('click');
    assert.deepEqual(await selected2(), ['Q6']);
    await page.locator('#article-text mark[data-ref="Q6"]').first().dispatchEvent('click');
    const outer = await selected2();
    assert.equal(outer.length, 1);
    assert.notEqual(outer[0], 'Q6');
  });

  test('overlapping highlights keep the text intact', async () => {
    await renderSample(page);
    const check = await page.evaluate(() => {
      const article = document.getElementById('article-text');
      const pieces = {};
      for (const m of article.querySelectorAll('mark')) (pieces[m.dataset.ref] ??= []).push(m.textContent);
      return { text: article.textContent, q5: pieces.Q5.join(''), x1: pieces.X1.length };
    });
    assert.equal(check.text, DEMO_TEXT);
    const q5 = SAMPLE_RESULT.quotes.find((q) => q.id === 'Q5');
    assert.equal(check.q5, DEMO_TEXT.slice(q5.start, q5.end));
    assert.ok(check.x1 >= 2);
  });

  test('keyboard: j/k move between items, Enter jumps, Esc clears, shortcuts can be switched off', async () => {
    await renderSample(page);
    await page.evaluate(() => document.activeElement?.blur());
    const focused = () => page.evaluate(() => document.activeElement?.closest('.ae-item')?.dataset.ref ?? null);
    await page.keyboard.press('j');
    const first = await focused();
    assert.equal(first, 'X1');
    await page.keyboard.press('j');
    assert.equal(await focused(), 'X2');
    await page.keyboard.press('k');
    assert.equal(await focused(), 'X1');
    await page.keyboard.press('Enter');
    assert.ok((await selectedMarks(page)).length >= 2);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'focused item has a visible focus ring');
    await page.keyboard.press('Escape');
    assert.equal((await selectedMarks(page)).length, 0);
    assert.equal(await page.$('#panel-root .ae-item.is-selected'), null);

    await page.uncheck('#shortcuts-toggle');
    await page.evaluate(() => document.activeElement?.blur());
    await page.keyboard.press('j');
    assert.equal(await focused(), null, 'j does nothing with shortcuts off');
    await page.check('#shortcuts-toggle');
    // Typing j in the article box never moves the selection.
    await page.focus('#article-input');
    await page.keyboard.press('End');
    await page.keyboard.type('j');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'article-input');
  });

  test('Tab reaches every control', async () => {
    await page.focus('.skip-link');
    const seen = new Set();
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      seen.add(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
    }
    for (const id of ['shortcuts-toggle', 'article-input', 'explain-button', 'file-input', 'demo-button',
      'copy-json', 'download-md', 'ae-item-button']) {
      assert.ok(seen.has(id), `Tab never reached ${id}: ${[...seen].join(', ')}`);
    }
  });

  test('"why is this here" shows on keyboard focus and on hover', async () => {
    await renderSample(page);
    // Reach the item with the keyboard (Shift+Tab, Tab), as a keyboard user does.
    await page.mouse.move(0, 0);
    await page.focus('#panel-root .ae-item[data-ref="Q5"] > button');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const why = page.locator('#panel-root .ae-item[data-ref="Q5"] .ae-why');
    assert.ok(await why.isVisible());
    assert.match(await why.textContent(), /attributed by: “Peskov said”.*confidence 95%/);
    const desc = await page.$eval('#panel-root .ae-item[data-ref="Q5"] > button', (b) => document.getElementById(b.getAttribute('aria-describedby')).textContent);
    assert.match(desc, /Peskov said/);
    await page.evaluate(() => document.activeElement?.blur());
    await page.hover('#panel-root .ae-item[data-ref="X1"] > button');
    const whyX = page.locator('#panel-root .ae-item[data-ref="X1"] .ae-why');
    assert.ok(await whyX.isVisible());
    assert.match(await whyX.textContent(), /marker: “In contrast”/);
  });

  test('export: copy JSON and download a Markdown summary', async () => {
    await renderSample(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('#copy-json');
    await page.waitForFunction(() => /Copied/.test(document.getElementById('status').textContent));
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    assert.deepEqual(copied, SAMPLE_RESULT);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-md')]);
    assert.equal(download.suggestedFilename(), 'explanation.md');
    const md = readFileSync(await download.path(), 'utf8');
    for (const heading of ['## Contrasts', '## Who said what', '### Dmitry Peskov', '## Key claims', '## Timeline', '## Sources']) {
      assert.ok(md.includes(heading), `summary lacks ${heading}`);
    }
  });

  test('a .html file is reduced to its text, without running it', async () => {
    const html = '<!doctype html><html><head><title>T</title><script>window.__xss = "head"</script></head><body>' +
      '<nav>Home | World</nav><article><h1>Mayor speaks</h1><p>“We will <b>win</b>,” said Mayor Jane Doe.</p>' +
      '<img src="x" onerror="window.__xss = \'img\'"><script>window.__xss = "body"</script><p>Second paragraph.</p></article></body></html>';
    await page.setInputFiles('#file-input', { name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await page.waitForFunction(() => document.getElementById('article-text').textContent.startsWith('Mayor speaks') &&
      document.documentElement.dataset.state === 'ready', null, { timeout: 20000 });
    const text = await page.$eval('#article-text', (n) => n.textContent);
    assert.equal(text, 'Mayor speaks\n“We will win,” said Mayor Jane Doe.\nSecond paragraph.');
    assert.equal(await page.evaluate(() => window.__xss), undefined);
  });

  test('pasted HTML and script payloads stay inert and are shown literally', async () => {
    const payload = 'Breaking: <img src=x onerror="window.__xss=1"> and <script>window.__xss=2</script> ' +
      '<svg onload="window.__xss=3"></svg> “<b>bold</b> claim,” said <a href="javascript:alert(1)">Eve</a>.';
    await pasteText(page, payload);
    await page.waitForFunction((t) => document.getElementById('article-text').textContent === t &&
      document.documentElement.dataset.state === 'ready', payload, { timeout: 20000 });
    const inert = await page.evaluate(() => ({
      xss: window.__xss,
      elements: document.querySelectorAll('#article-text img, #article-text script, #article-text svg, #article-text a, #article-text b, #panel-root img, #panel-root script, #panel-root a').length,
    }));
    assert.deepEqual(inert, { xss: undefined, elements: 0 });
    assert.deepEqual(problems, []);
  });
});

describe('the highlighter', () => {
  test('random overlapping spans: text intact, every span covered exactly, ranges exact', async () => {
    const { page } = await openPage(env.browser);
    try {
      await page.goto(`${env.url}?test-hooks`);
      const report = await page.evaluate(async () => {
        const { renderHighlightedText } = await import('./highlight.js');
        let seed = 12345;
        const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
        const words = ['Peskov', 'said', '“we', 'will', 'win,”', '😀', 'Zürich', 'a\r\n', '\n\n', '  ', '<b>x</b>', 'и', '\t'];
        const failures = [];
        for (let round = 0; round < 40; round++) {
          let text = '';
          const n = 5 + rand(60);
          for (let i = 0; i < n; i++) text += `${words[rand(words.length)]}${rand(3) ? ' ' : ''}`;
          const kinds = ['quote', 'claim', 'contrast', 'entity', 'date'];
          const spans = [];
          for (let i = 0; i < rand(25); i++) {
            let a = rand(text.length + 1);
            let b = rand(text.length + 1);
            if (a > b) [a, b] = [b, a];
            spans.push({ start: a, end: b, kind: kinds[rand(5)], ref: `R${i}`, attrs: { side: rand(2) ? 'a' : 'b' } });
          }
          const box = document.createElement('div');
          const view = renderHighlightedText(box, text, spans);
          if (box.textContent !== text) failures.push(`round ${round}: textContent differs`);
          // Paragraph breaks (a newline and the whitespace around it) sit between <p>s, outside marks.
          const inBreak = new Uint8Array(text.length);
          for (const m of text.matchAll(/[^\S\n]*\n\s*/g)) inBreak.fill(1, m.index, m.index + m[0].length);
          for (const s of spans) {
            if (s.start >= s.end) continue;
            const slice = text.slice(s.start, s.end);
            const range = view.rangeFor(s.start, s.end);
            if (range.toString() !== slice) failures.push(`round ${round}: range ${s.ref} ${JSON.stringify(range.toString())} != ${JSON.stringify(slice)}`);
            // The span's pieces cover exactly its text, minus the line breaks between paragraphs.
            const pieces = view.marksFor(s.ref).map((m) => m.textContent).join('');
            let visible = '';
            for (let i = s.start; i < s.end; i++) if (!inBreak[i]) visible += text[i];
            if (pieces !== visible) {
              failures.push(`round ${round}: ${s.ref} pieces ${JSON.stringify(pieces)} != ${JSON.stringify(visible)}`);
            }
          }
        }
        return failures;
      });
      assert.deepEqual(report.slice(0, 5), []);
    } finally {
      await page.context().close();
    }
  });
});

describe('large articles', () => {
  test('over 100 KB: progress is shown, Cancel stops it, and typing stays responsive', async () => {
    const { page, problems } = await openPage(env.browser);
    try {
      await page.goto(`${env.url}?test-hooks`);
      await waitReady(page);
      // ≈ 2.7 MB: seconds of work, so it is still running when Cancel is
      // pressed, even on a busy machine (at ~400 KB it once finished first).
      const big = `${DEMO_TEXT}\n\n`.repeat(900);
      assert.ok(big.length > 100 * 1024);
      await pasteText(page, big);
      await page.waitForSelector('#progress:not([hidden])', { timeout: 5000 });
      assert.match(await page.textContent('#progress-text'), /[KM]B/);
      // The page keeps answering while the worker explains.
      const started = Date.now();
      await page.keyboard.type('ok');
      assert.ok(Date.now() - started < 2000, 'typing was blocked');
      assert.ok(await page.isVisible('#cancel-button'),
        `the explanation was over before Cancel could be pressed: ${await page.textContent('#status')}`);
      // (The screenshot comes after the click: taking it first gave the
      // faster core time to finish, and the click then waited 30 s.)
      await page.screenshot({ path: `${SCREENSHOTS}page-progress.png`, clip: { x: 0, y: 0, width: 1280, height: 420 } });
      await page.click('#cancel-button', { timeout: 5000 });
      await page.waitForSelector('#progress', { state: 'hidden' });
      assert.match(await page.textContent('#status'), /Cancelled/);
      assert.equal(await page.$eval('#article-text', (n) => n.textContent), DEMO_TEXT, 'the previous article stays');
      // A fresh worker explains the next article.
      await page.fill('#article-input', 'The minister said “we are ready” on Tuesday.');
      await page.click('#explain-button');
      await page.waitForFunction(() => document.getElementById('article-text').textContent.startsWith('The minister') &&
        document.documentElement.dataset.state === 'ready', null, { timeout: 20000 });
      assert.deepEqual(problems, []);
    } finally {
      await page.context().close();
    }
  });
});

describe('accessibility and looks', () => {
  // One page, re-laid-out: wide, dark, narrow (375 px) and 200 % zoom (a
  // 1280 px window at zoom 2 lays out like a 640 px one).
  let page;
  let problems;
  before(async () => {
    ({ page, problems } = await openPage(env.browser));
    await page.goto(`${env.url}?test-hooks`);
    await waitReady(page);
  });
  after(async () => { await page.context().close(); });

  async function axe() {
    if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: AXE_SOURCE });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }

  async function layout() {
    return page.evaluate(() => {
      const article = document.getElementById('article').getBoundingClientRect();
      const panel = document.getElementById('explanation').getBoundingClientRect();
      return { articleBottom: article.bottom, panelTop: panel.top,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth };
    });
  }

  test('wide, light: axe finds no serious or critical violations (real result and sample)', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(await axe(), []);
    await page.screenshot({ path: `${SCREENSHOTS}page-wide.png` });
    await renderSample(page);
    assert.deepEqual(await axe(), [], 'with the sample fixture');
    await page.click('#panel-root .ae-item[data-ref="X1"] > button');
    await page.mouse.move(0, 0);
    await page.waitForTimeout(1000);  // the smooth scroll to the span
    await page.screenshot({ path: `${SCREENSHOTS}page-wide-sample.png` });
  });

  test('dark: axe finds no serious or critical violations', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => window.scrollTo(0, 0));
    assert.deepEqual(await axe(), [], 'with the sample fixture');
    await page.screenshot({ path: `${SCREENSHOTS}page-dark-sample.png` });
    await page.click('#explain-button');
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready' &&
      !document.getElementById('article-text').hasAttribute('aria-busy'));
    await page.screenshot({ path: `${SCREENSHOTS}page-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('narrow (375 px): the panel is below the article, nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    const l = await layout();
    assert.ok(l.panelTop >= l.articleBottom - 1, 'the panel is below the article, not over it');
    assert.ok(l.overflow <= 0, `the page scrolls sideways by ${l.overflow}px`);
    await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
    await page.screenshot({ path: `${SCREENSHOTS}page-narrow.png` });
    await page.screenshot({ path: `${SCREENSHOTS}page-narrow-full.png`, fullPage: true });
    // Tapping a highlight marks its panel item without jumping away from the text.
    const mark = page.locator('#article-text mark[data-kind="quote"]').first();
    await mark.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await mark.dispatchEvent('click');
    assert.equal(await page.evaluate(() => window.scrollY), before);
    assert.equal(await page.$$eval('#panel-root .ae-item.is-selected', (l) => l.length), 1);
    await page.keyboard.press('Escape');
  });

  test('200 % zoom: one column, nothing cut off', async () => {
    await page.setViewportSize({ width: 640, height: 450 });
    const l = await layout();
    assert.ok(l.panelTop >= l.articleBottom - 1);
    assert.ok(l.overflow <= 0, `the page scrolls sideways by ${l.overflow}px`);
    await page.screenshot({ path: `${SCREENSHOTS}page-zoom-200.png` });
    assert.deepEqual(problems, []);
  });
});
