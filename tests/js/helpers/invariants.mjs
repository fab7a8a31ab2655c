// The contract's invariants as JS callers see them (tests/core/invariants.cc
// checks the same on the C++ side): every span inside the caller's string and
// never inside a surrogate pair, `text` fields equal to their slice, unique
// ids, and every reference resolving.

const ARRAYS = ['sentences', 'entities', 'quotes', 'claims', 'contrasts', 'timeline', 'sources', 'warnings'];
const isHigh = (c) => c >= 0xd800 && c < 0xdc00;
const isLow = (c) => c >= 0xdc00 && c < 0xe000;

/**
 * @param {string} text what was passed to explain()
 * @param {object} r its result
 * @returns {string[]} one line per violated invariant; empty when all hold
 */
export function checkResult(text, r) {
  const problems = [];
  const fail = (m) => { if (problems.length < 20) problems.push(m); };
  if (r.version !== 1) fail('version is not 1');
  if (r.length !== text.length) fail(`length ${r.length} is not the text's ${text.length}`);
  for (const a of ARRAYS) if (!Array.isArray(r[a])) return [...problems, `${a} is not an array`];

  const span = (s, where) => {
    if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end)) return fail(`${where}: no integer start/end`);
    if (s.start < 0 || s.start > s.end || s.end > text.length) return fail(`${where}: [${s.start}, ${s.end}) outside the text`);
    for (const at of [s.start, s.end]) {
      if (at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))) {
        fail(`${where}: offset ${at} splits a surrogate pair`);
      }
    }
    if ('text' in s && s.text !== text.slice(s.start, s.end)) fail(`${where}.text is not its slice`);
  };
  const ids = {};
  for (const [key, prefix] of [['entities', 'E'], ['quotes', 'Q'], ['claims', 'C'], ['contrasts', 'X'], ['timeline', 'T'], ['sources', 'S']]) {
    ids[key] = new Set();
    r[key].forEach((x, i) => {
      if (typeof x.id !== 'string' || !x.id.startsWith(prefix)) fail(`${key}[${i}].id ${x.id} lacks prefix ${prefix}`);
      if (ids[key].has(x.id)) fail(`${key}[${i}].id ${x.id} is not unique`);
      ids[key].add(x.id);
    });
  }
  const ref = (v, set, where) => { if (v !== null && !set.has(v)) fail(`${where} ${v} refers to nothing`); };

  r.sentences.forEach((s, i) => span(s, `sentences[${i}]`));
  r.entities.forEach((x, i) => x.mentions.forEach((m, k) => span(m, `entities[${i}].mentions[${k}]`)));
  r.quotes.forEach((x, i) => {
    span(x, `quotes[${i}]`);
    span(x.content, `quotes[${i}].content`);
    ref(x.speaker, ids.entities, `quotes[${i}].speaker`);
    if (x.cue !== null) span(x.cue, `quotes[${i}].cue`);
  });
  r.claims.forEach((x, i) => {
    span(x, `claims[${i}]`);
    ref(x.source, ids.entities, `claims[${i}].source`);
    ref(x.target, ids.entities, `claims[${i}].target`);
    ref(x.quote, ids.quotes, `claims[${i}].quote`);
  });
  r.contrasts.forEach((x, i) => {
    if (x.marker !== null) span(x.marker, `contrasts[${i}].marker`);
    for (const side of ['a', 'b']) {
      span(x[side], `contrasts[${i}].${side}`);
      ref(x[side].claim, ids.claims, `contrasts[${i}].${side}.claim`);
    }
  });
  r.timeline.forEach((x, i) => { span(x, `timeline[${i}]`); span(x.when, `timeline[${i}].when`); });
  r.sources.forEach((x, i) => {
    span(x, `sources[${i}]`);
    ref(x.entity, ids.entities, `sources[${i}].entity`);
    ref(x.via, ids.sources, `sources[${i}].via`);
  });
  r.warnings.forEach((x, i) => span(x, `warnings[${i}]`));
  return problems;
}
