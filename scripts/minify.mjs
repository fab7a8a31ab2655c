// Minifies the site's own JS and CSS in dist/ (the wasm glue is already
// minified by closure). Size is a feature: the page and the widget are
// downloaded on every article page that embeds them.
//
//   await minifyDist(distDir);
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { minify } from 'terser';

const SKIP = new Set(['core.mjs', 'core-single.js']);

// Comments and indentation only: no CSS rewriting, so nothing can change
// what a rule means.
function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)).map((f) => join(e.name, f)) : [e.name]);
}

export async function minifyDist(dist) {
  for (const name of files(dist)) {
    const path = join(dist, name);
    if (name.endsWith('.css')) {
      writeFileSync(path, minifyCss(readFileSync(path, 'utf8')));
    } else if (name.endsWith('.js') && !SKIP.has(name)) {
      const code = readFileSync(path, 'utf8');
      // ES modules (import/export at the top level) may mangle top-level
      // names; classic scripts (sw.js, page-classic.js) keep theirs.
      const isModule = /^\s*(import|export)\s/m.test(code);
      const out = await minify(code, {
        module: isModule,
        ecma: 2020,
        compress: { passes: 2 },
        format: { comments: false },
      });
      writeFileSync(path, out.code);
    }
  }
}
