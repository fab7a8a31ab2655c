// The npm package as users get it: `npm pack` the built repository, install
// the tarball into a fresh temporary project (a local file, so no registry is
// contacted), then use it from node (the JS API and the widget entry) and from
// a browser page served with a strict CSP (the widget and the JS API).
//
// Needs dist/ built first: node scripts/build.mjs --site
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = (args, cwd) => execFileSync('npm', args, {
  cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' },
});

let work;
let packed;     // npm pack --json output for the tarball
let project;    // the consumer project
let installed;  // node_modules/article-explainer in it

before(() => {
  work = mkdtempSync(join(tmpdir(), 'ae-package-'));
  packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root))[0];
  project = join(work, 'consumer');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // A local tarball with no dependencies: --offline proves nothing is fetched.
  npm(['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], project);
  installed = join(project, 'node_modules', 'article-explainer');
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarball holds the built files users need and nothing else', () => {
  const files = packed.files.map((f) => f.path).sort();
  for (const f of pkg.files) assert.ok(files.includes(f), `${f} is packed (build dist/ first)`);
  const allowed = new Set([...pkg.files, 'package.json', 'README.md', 'LICENSE']);
  assert.deepEqual(files.filter((f) => !allowed.has(f)), [], 'no sources, tests or build trees');
  const size = packed.size;
  assert.ok(size < 400 * 1024, `tarball ${size} bytes`);
});

test('every module and stylesheet the package loads is inside it', () => {
  const missing = [];
  for (const f of pkg.files.filter((x) => x.endsWith('.js'))) {
    const src = readFileSync(join(installed, f), 'utf8');
    const refs = [...src.matchAll(/(?:^|[\s;])(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]/gm)].map((m) => m[1]);
    refs.push(...[...src.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => m[1]));
    refs.push(...[...src.matchAll(/new URL\(\s*['"`]\.\/([\w.-]+)['"`]/g)].map((m) => `./${m[1]}`));
    if (f.endsWith('widget.js')) {
      // The shipped file is minified: read the stylesheet names, not the
      // variable that lists them.
      const sheets = [...src.matchAll(/['"`]([\w.-]+\.css)['"`]/g)].map((m) => `./${m[1]}`);
      assert.ok(sheets.length >= 2, 'widget.js names its stylesheets');
      refs.push(...sheets);
    }
    for (const ref of refs) {
      if (ref.includes('${')) continue;
      const target = posix.normalize(posix.join(posix.dirname(f), ref));
      if (!existsSync(join(installed, target))) missing.push(`${f} → ${ref}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('package.json exports the API, the widget and their type declarations', () => {
  const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(installedPkg.name, 'article-explainer');
  for (const entry of ['.', './widget']) {
    const e = installedPkg.exports[entry];
    assert.ok(existsSync(join(installed, e.default)), `${entry} → ${e.default}`);
    assert.ok(existsSync(join(installed, e.types)), `${entry} types → ${e.types}`);
  }
  assert.ok(existsSync(join(installed, installedPkg.types)));
  const dts = readFileSync(join(installed, 'dist/explainer.d.ts'), 'utf8');
  for (const name of ['createExplainer', 'interface Explanation', 'class ExplainerError', 'ErrorCodes',
    'interface Quote', 'interface Claim', 'interface Contrast', 'interface TimelineEvent', 'interface Source', 'interface Entity']) {
    assert.ok(dts.includes(name), name);
  }
});

test('node: import "article-explainer" explains a text', () => {
  const script = `
    import { createExplainer, ExplainerError, ErrorCodes } from 'article-explainer';
    const ex = await createExplainer();
    const text = 'The mayor said the plan works. “It will,” she said.';
    const r = ex.explain(text, { date: '2025-08-20' });
    let code = null;
    try { ex.explain(null); } catch (e) { code = e instanceof ExplainerError ? e.code : 'wrong'; }
    console.log(JSON.stringify({ version: r.version, length: r.length, textLength: text.length, sentences: r.sentences.length,
      keys: Object.keys(r), code, codes: Object.values(ErrorCodes) }));`;
  writeFileSync(join(project, 'use-api.mjs'), script);
  const out = JSON.parse(execFileSync(process.execPath, ['use-api.mjs'], { cwd: project, encoding: 'utf8' }));
  assert.equal(out.version, 1);
  assert.equal(out.length, out.textLength);
  assert.ok(out.sentences >= 1);
  for (const k of ['sentences', 'entities', 'quotes', 'claims', 'contrasts', 'timeline', 'sources', 'warnings']) {
    assert.ok(out.keys.includes(k), k);
  }
  assert.equal(out.code, 'invalid_input');
  assert.ok(out.codes.includes('input_too_large'));
});

test('node: import "article-explainer/widget" is safe outside a browser', () => {
  writeFileSync(join(project, 'use-widget.mjs'), `
    import { createExplainer, TAG_NAME, ArticleExplainerElement } from 'article-explainer/widget';
    const r = (await createExplainer()).explain('One. Two.');
    console.log(JSON.stringify({ tag: TAG_NAME, cls: typeof ArticleExplainerElement, length: r.length }));`);
  const out = JSON.parse(execFileSync(process.execPath, ['use-widget.mjs'], { cwd: project, encoding: 'utf8' }));
  assert.deepEqual(out, { tag: 'article-explainer', cls: 'function', length: 9 });
});

test('browser: the installed package works on a page with a strict CSP', async () => {
  const { openPage, start } = await import('../browser/widget-harness.mjs');
  const base = './node_modules/article-explainer/dist';
  writeFileSync(join(project, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>consumer</title>
<link rel="icon" href="favicon.svg">
<script type="module" src="${base}/article-explainer.js"></script>
<script type="module" src="app.js"></script></head>
<body>
<article id="story"><h1>Council approves harbour plan</h1>
<p>The city council approved the plan on Tuesday, Mayor <a href="#ruiz">Ana Ruiz</a> said.</p>
<p>“This is the most important vote of the decade,” she told reporters.</p></article>
<article-explainer for="#story" placement="below"></article-explainer>
<output id="api"></output>
</body></html>`);
  writeFileSync(join(project, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(project, 'app.js'), `import { createExplainer } from '${base}/explainer.js';
const r = (await createExplainer()).explain('Plain API use. In a page.');
document.getElementById('api').textContent = JSON.stringify({ version: r.version, length: r.length });`);
  const env = await start({ root: project });
  try {
    const { page, problems } = await openPage(env.browser);
    await page.goto(`${env.url}index.html`);
    await page.waitForFunction(() => document.querySelector('article-explainer').result &&
      document.getElementById('api').textContent, null, { timeout: 20000 });
    const got = await page.evaluate(() => {
      const w = document.querySelector('article-explainer');
      return {
        api: JSON.parse(document.getElementById('api').textContent),
        length: w.result.length, text: w.text,
        styled: w.shadowRoot.querySelector('.ae-shell').classList.contains('is-styled'),
        panel: !!w.shadowRoot.querySelector('.ae-panel-summary'),
      };
    });
    assert.deepEqual(got.api, { version: 1, length: 25 });
    assert.equal(got.length, got.text.length);
    assert.match(got.text, /^Council approves harbour plan\n\nThe city council/);
    assert.ok(got.styled && got.panel, 'the panel and its stylesheets load from the package');
    assert.deepEqual(problems, []);
  } finally {
    await env.close();
  }
});
