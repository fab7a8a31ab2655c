// Builds the native tree (build/native), the wasm tree (build/wasm) and the
// static site (dist/). Repeat runs are incremental: CMake rebuilds only what
// changed, and RE2/GoogleTest for wasm stay cached in build/wasm.
//
//   node scripts/build.mjs          everything (what `npm run build` does)
//   node scripts/build.mjs --site   only the shipped module and dist/
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildClassicBundle } from './classic-bundle.mjs';
import { minifyDist } from './minify.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = join(root, 'build');
const siteOnly = process.argv.includes('--site');
const jobs = String(Math.max(2, (await import('node:os')).availableParallelism?.() ?? 2));

function run(cmd, args) {
  // Build chatter goes to stderr so `npm run --silent explain` keeps stdout clean.
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
}

function configure(dir, args) {
  if (existsSync(join(dir, 'CMakeCache.txt'))) return;
  run('cmake', ['-S', root, '-B', dir, ...args]);
}

const wasm = join(build, 'wasm');
configure(wasm, ['-DCMAKE_TOOLCHAIN_FILE=/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake',
  '-DCMAKE_BUILD_TYPE=Release']);
run('cmake', ['--build', wasm, '-j', jobs, ...(siteOnly ? ['--target', 'core', 'core_single'] : [])]);

if (!siteOnly) {
  const native = join(build, 'native');
  configure(native, ['-DCMAKE_BUILD_TYPE=Debug', '-DEXPLAINER_SANITIZE=ON']);
  run('cmake', ['--build', native, '-j', jobs]);
}

// dist/: the page, everything in web/, and the built modules. Copied fresh so
// a file deleted from web/ does not linger in the site.
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(join(root, 'web'), dist, { recursive: true });
cpSync(join(root, 'index.html'), join(dist, 'index.html'));
for (const f of ['core.mjs', 'core.wasm', 'core-single.js']) {
  cpSync(join(wasm, 'module', f), join(dist, f));
}
writeFileSync(join(dist, 'page-classic.js'), buildClassicBundle());
await minifyDist(dist);
process.stderr.write(`build: dist/ ready (${siteOnly ? 'site' : 'native + wasm + site'})\n`);
