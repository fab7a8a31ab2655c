// A static file server for dist/ on 127.0.0.1, with the MIME types the page
// needs (.mjs as JavaScript, .wasm as application/wasm). Used by `npm start`
// and by the browser tests, which may add headers (a strict CSP).
//
//   node scripts/serve.mjs [--port 8080]
//   const { url, close } = await serve({ root, port: 0, headers, onResponse });
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` until close() is called.
 * @param {{root: string, port?: number, headers?: Record<string,string>,
 *   onResponse?: (r: {path: string, file: string, bytes: number}) => void}} options
 *   `onResponse` hears every file served (the bench sums what a page downloads)
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export function serve({ root, port = 0, headers = {}, onResponse }) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let size;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
      'cache-control': 'no-cache',
      ...headers,
    });
    if (req.method === 'HEAD') {
      res.end();
    } else {
      createReadStream(file).pipe(res);
      onResponse?.({ path, file, bytes: size });
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      ok({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--port');
  const wanted = Number(at > 0 ? process.argv[at + 1] : process.env.PORT || 8080);
  const root = fileURLToPath(new URL('../dist', import.meta.url));
  let server;
  try {
    server = await serve({ root, port: wanted });
  } catch (err) {
    if (err.code !== 'EADDRINUSE') throw err;
    server = await serve({ root, port: 0 });  // the wanted port is taken: any free one
  }
  console.log(`article-explainer is running at ${server.url}  (Ctrl+C to stop)`);
}
