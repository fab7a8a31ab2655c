// boot.js lists the page's modules to preload them in parallel (a list,
// because the browser would otherwise discover them one import level at a
// time). This keeps the list equal to what main.js really loads: main.js and
// page.js (its top-level dynamic import) with their static imports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const web = new URL('../../web/', import.meta.url);
const source = (file) => readFileSync(new URL(file, web), 'utf8');

function staticGraph(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const [, dep] of source(entry).matchAll(/^import\s[^;]*?from\s+'\.\/([\w-]+\.js)';/gms)) staticGraph(dep, seen);
  return seen;
}

test('boot.js preloads exactly the modules of main.js and page.js', () => {
  const listed = source('boot.js').match(/var modules = \[([^\]]*)\]/)[1].match(/'[^']+'/g).map((s) => s.slice(1, -1));
  assert.match(source('main.js'), /await import\('\.\/page\.js'\)/);
  const graph = new Set([...staticGraph('main.js'), ...staticGraph('page.js')]);
  assert.deepEqual([...listed].sort(), [...graph].sort());
});
