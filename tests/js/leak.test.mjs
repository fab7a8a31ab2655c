// 10,000 explanations in one wasm instance keep its heap flat: whatever a call
// allocates (the input copy, the pipeline's state, the JSON string handed to
// JS) is freed by the time it returns. Natively LeakSanitizer checks the core.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createExplainer } from 'article-explainer';

const ARTICLE = 'Kremlin spokesman Dmitry Peskov said on Monday that the talks in Geneva were "constructive". ' +
  '"We are ready to continue," he told reporters, according to the TASS news agency.\n\n' +
  'However, European officials accused Moscow of delaying a settlement. Ukraine\'s foreign minister, ' +
  'Andrii Sybiha, said the next round could take place on 15 August 2025 in Istanbul.';

test('10,000 explanations leave the wasm heap where it was after the first 100', async () => {
  const explainer = await createExplainer();
  const core = explainer._loaded.core;  // the instance explain() uses
  const expected = JSON.stringify(explainer.explain(ARTICLE));
  for (let i = 0; i < 100; i++) explainer.explain(ARTICLE);
  const heapAfter100 = core.heapBytes();
  const memoryAfter100 = core.memoryBytes();
  for (let i = 100; i < 10000; i++) {
    const r = explainer.explain(ARTICLE);
    // Spot checks: a leak that corrupts state would show as a different answer.
    if (i % 1000 === 0) assert.equal(JSON.stringify(r), expected);
  }
  const heapAfter10000 = core.heapBytes();
  console.log(`leak: heap in use ${heapAfter100} B after 100 calls, ${heapAfter10000} B after 10,000; ` +
    `memory ${memoryAfter100} -> ${core.memoryBytes()} B`);
  assert.ok(heapAfter100 > 0, 'heapBytes() reports the heap');
  // A few KB of slack: allocator bookkeeping may differ slightly; a leak of
  // even 1 byte per call would be 9,900 bytes.
  assert.ok(Math.abs(heapAfter10000 - heapAfter100) <= 4096,
    `heap in use went from ${heapAfter100} to ${heapAfter10000} bytes`);
  assert.equal(core.memoryBytes(), memoryAfter100, 'the wasm memory did not grow');
});
