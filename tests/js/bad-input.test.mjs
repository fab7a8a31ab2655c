// Hostile input through the JS API: each case gives a result that keeps the
// contract, or a typed ExplainerError, and the shared wasm instance stays
// usable afterwards (the next normal explain() gives the same result as
// before). tests/core/bad_input_test.cc covers the same shapes natively.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { createExplainer, ExplainerError } from 'article-explainer';
import { checkResult } from './helpers/invariants.mjs';

const explainer = await createExplainer();
const article = readFileSync(new URL('../../web/demo-article.txt', import.meta.url), 'utf8');
const baseline = JSON.stringify(explainer.explain(article));

const nested = (depth) => {
  let s = 'The minister said ';
  for (let i = 0; i < depth; i++) s += i % 2 ? '‘Aide ' : '“Official ';
  s += 'it is over';
  for (let i = depth; i-- > 0;) s += i % 2 ? '’ ' : '” ';
  return `${s}in Paris.`;
};

// [name, input, expected error code or null]
const cases = [
  ['empty', '', null],
  ['whitespace only', ' \n\t\r\n\u00a0\u3000 ', null],
  ['lone high surrogate', 'A \uD800 "quote," said Bob.', null],
  ['lone low surrogate at the end', 'Text ends badly \uDC00', null],
  ['reversed pair', '\uDC00\uD800 "Yes," she said.', null],
  ['surrogates only', '\uD800'.repeat(1000) + '\uDFFF'.repeat(1000), null],
  ['valid pair next to lone', '😀\uD83D "X," said 😀 Y.', null],
  ['NUL characters', 'The \0minister "said\0" no.\0', null],
  // The core replaces invalid bytes as TextDecoder does (one U+FFFD per
  // maximal subpart), so offsets index the caller's own decoded string.
  ['invalid UTF-8 bytes', new Uint8Array([0x22, 0xff, 0x22, 0x20, 0xc3, 0x20, 0x80, 0x41, 0xe2, 0x2e]), null],
  ['runs of invalid UTF-8', new Uint8Array([0x22, 0xff, 0xfe, 0x22, 0x20, 0x41, 0xe2, 0x80, 0x41, 0xed, 0xa0, 0x80,
    0x20, 0xf0, 0x9f, 0x98, 0x20, 0xc0, 0xaf, 0xf4, 0x90, 0x80, 0x80, 0x2e, 0xe0, 0x80, 0xf0, 0x9f]), null],
  ['100,000 unbalanced quote marks', '"'.repeat(100000), null],
  ['100,000 curly quotes between words', 'a“ '.repeat(100000), null],
  ['quotes nested 1,000 deep', nested(1000), null],
  ['1 MB line without punctuation', 'word '.repeat(200000), null],
  ['HTML and script', '<script>alert("x")</script><p>"We will win," said <b>Jane Doe</b>.</p><img src=x onerror=alert(1)>', null],
  ['Arabic', 'قال المتحدث باسم الكرملين ديمتري بيسكوف «إن الرئيس سيلتقي ترامب». وأضاف أن الاجتماع سيعقد يوم 15 أغسطس.', null],
  ['Hebrew', 'ראש הממשלה אמר: "לא נסכים להצעה". שר החוץ הגיב ביום שני.', null],
  ['CJK', '外交部发言人表示：“我们将继续合作。”首相は「反対だ」と述べた。대통령은 "좋다"고 말했다.', null],
  ['limit + 1 characters', 'a'.repeat(8 * 1024 * 1024 + 1), 'input_too_large'],
  ['limit + 1 UTF-8 bytes from 2-byte characters', 'é'.repeat(4 * 1024 * 1024) + 'a', 'input_too_large'],
];

for (const [name, input, code] of cases) {
  test(`${name}: ${code ?? 'a valid result'}, and the module stays usable`, () => {
    const started = performance.now();
    if (code) {
      assert.throws(() => explainer.explain(input), (err) => err instanceof ExplainerError && err.code === code);
    } else {
      const r = explainer.explain(input);
      const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
      assert.deepEqual(checkResult(text, r), []);
      if (typeof input === 'string' && /[\uD800-\uDFFF]/.test(input.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) {
        assert.ok(r.warnings.some((w) => w.code === 'lone_surrogate'), 'lone surrogates are reported');
      }
    }
    const ms = performance.now() - started;
    assert.ok(ms < 10000, `took ${ms.toFixed(0)} ms`);
    assert.equal(JSON.stringify(explainer.explain(article)), baseline);
  });
}
