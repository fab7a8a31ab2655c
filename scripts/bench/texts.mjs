// The bench's inputs: the seed article, and 300 KB / 3 MB texts made of real
// news articles (every text of ../shared/corpus/*/*.jsonl, then the seed,
// repeated to size), written to build/bench/ so the native command reads the
// same bytes as the JS contenders.
//
//   const texts = writeBenchTexts(dir);   // [{label, file, bytes}]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
export const SEED = join(ROOT, 'web', 'demo-article.txt');  // the repo copy of shared/fixtures/seed-article.txt

/** Sizes of the large texts, in UTF-8 bytes (MB/s below is 10^6 bytes a second). */
export const SIZES = [['300 KB', 300_000], ['3 MB', 3_000_000]];

function corpusTexts() {
  if (!existsSync(CORPUS)) throw new Error(`bench: no corpus at ${CORPUS} (the shared folder beside the repository)`);
  const texts = [];
  for (const dir of readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).sort()) {
    for (const f of readdirSync(join(CORPUS, dir.name)).filter((n) => n.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(CORPUS, dir.name, f), 'utf8').split('\n')) {
        if (line.trim()) texts.push(JSON.parse(line).text);
      }
    }
  }
  return texts;
}

// The first `bytes` bytes of `source` repeated, cut back to a whole character.
function repeatTo(source, bytes) {
  const unit = Buffer.from(source);
  const buf = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at += unit.length) unit.copy(buf, at, 0, Math.min(unit.length, bytes - at));
  let end = bytes;
  while (end > 0 && (buf[end] & 0xc0) === 0x80) end -= 1;  // not inside a UTF-8 sequence
  return buf.subarray(0, end);
}

/**
 * Writes the texts into `dir` and lists them, smallest first.
 * @param {string} dir e.g. build/bench
 * @returns {{label: string, file: string, bytes: number, articles?: number}[]}
 */
export function writeBenchTexts(dir) {
  mkdirSync(dir, { recursive: true });
  const seed = readFileSync(SEED, 'utf8');
  const articles = [...corpusTexts(), seed];
  const joined = `${articles.join('\n\n')}\n\n`;
  const out = [{ label: 'seed article', file: SEED, bytes: Buffer.byteLength(seed) }];
  for (const [label, bytes] of SIZES) {
    const file = join(dir, `news-${bytes}.txt`);
    const data = repeatTo(joined, bytes);
    writeFileSync(file, data);
    out.push({ label, file, bytes: data.length, articles: articles.length });
  }
  return out;
}
