/**
 * Turns one explanation (SCHEMA.md version 1) and its article text into what
 * the page, the panel and the Markdown export show: the highlight layers, the
 * panel items in reading order, speaker colours and a "why is this here" line
 * for every item. Pure functions, no DOM, so node tests can run them too.
 *
 *   const model = buildModel(result, text);
 *   model.marks;           // [{start, end, kind, ref, ...}] for the highlighter
 *   model.sections;        // [{key, title, items: [{ref, kind, spans, why, ...}]}]
 */

/** The `data-kind` values highlights use, outermost first when spans nest. */
export const MARK_KINDS = Object.freeze(['contrast', 'quote', 'claim', 'entity', 'date']);

/** How many distinct speaker colours the stylesheets define. */
export const SPEAKER_COLORS = 8;

// Built when the module loads, not at the first sort: creating a collator
// costs tens of milliseconds (ICU set-up), and at load time the page is
// still waiting for the worker's first result.
const NAME_ORDER = new Intl.Collator();

const CONTRAST_KIND_WHY = {
  explicit: 'a contrast marker in the text',
  stance: 'opposite positions toward the same target',
  expectation: 'something expected or agreed that did not happen',
};

/**
 * Formats a confidence in [0, 1] as a percentage, or '' when absent.
 * @param {number|null|undefined} confidence
 * @returns {string}
 */
export function formatConfidence(confidence) {
  if (typeof confidence !== 'number' || !Number.isFinite(confidence)) return '';
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`;
}

/**
 * Shortens text for one-line display, cutting at a word boundary.
 * @param {string} text
 * @param {number} [max] characters kept
 * @returns {string}
 */
export function excerpt(text, max = 160) {
  const flat = String(text).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function validSpan(span, length) {
  return span && Number.isInteger(span.start) && Number.isInteger(span.end) &&
    span.start >= 0 && span.end <= length && span.start < span.end;
}

function arr(value) {
  return Array.isArray(value) ? value : [];
}

/**
 * Builds the view model for one explanation.
 * @param {object} result the explanation (SCHEMA.md); missing arrays are treated as empty
 * @param {string} text the article text the offsets index
 * @returns {{
 *   text: string,
 *   entities: Map<string, object>,
 *   speakers: Array<{id: string|null, name: string, role: string|null, color: number|null, quotes: object[]}>,
 *   marks: Array<{start: number, end: number, kind: string, ref: string, title: string, attrs: object}>,
 *   sections: Array<{key: string, title: string, items: object[]}>,
 *   items: Map<string, object>,
 *   counts: object,
 * }}
 */
export function buildModel(result, text) {
  const length = text.length;
  const slice = (span) => text.slice(span.start, span.end);
  const entities = new Map(arr(result.entities).map((e) => [e.id, e]));
  const claimsById = new Map(arr(result.claims).map((c) => [c.id, c]));
  const quotesById = new Map(arr(result.quotes).map((q) => [q.id, q]));
  const sourcesById = new Map(arr(result.sources).map((s) => [s.id, s]));
  const nameOf = (id) => (id && entities.has(id) ? entities.get(id).name : null);

  // Speakers, in order of their first quote; each gets a colour slot.
  const speakerMap = new Map();
  const quotesInOrder = arr(result.quotes).filter((q) => validSpan(q, length))
    .sort((a, b) => a.start - b.start);
  for (const q of quotesInOrder) {
    const key = q.speaker && entities.has(q.speaker) ? q.speaker : null;
    if (!speakerMap.has(key)) {
      const e = key ? entities.get(key) : null;
      speakerMap.set(key, {
        id: key, name: e ? e.name : 'Unattributed', role: e ? e.role ?? null : null,
        color: null, quotes: [],
      });
    }
    speakerMap.get(key).quotes.push(q);
  }
  let nextColor = 0;
  for (const s of speakerMap.values()) {
    if (s.id !== null) s.color = nextColor++ % SPEAKER_COLORS;
  }
  const speakers = [...speakerMap.values()].sort((a, b) =>
    (a.id === null) - (b.id === null) || b.quotes.length - a.quotes.length);
  const colorOf = (speakerId) => {
    const s = speakerMap.get(speakerId && entities.has(speakerId) ? speakerId : null);
    return s && s.color !== null ? s.color : null;
  };

  const marks = [];
  const items = new Map();
  const sections = [];
  const add = (section, item) => {
    items.set(item.ref, item);
    section.items.push(item);
  };

  // Contrasts: the headline feature, first.
  const contrasts = { key: 'contrasts', title: 'Contrasts', items: [] };
  for (const x of arr(result.contrasts)) {
    const sides = [['a', x.a], ['b', x.b]].filter(([, s]) => validSpan(s, length));
    if (!sides.length) continue;
    const sideInfo = sides.map(([side, s]) => {
      const claim = s.claim ? claimsById.get(s.claim) : null;
      return { side, start: s.start, end: s.end, text: slice(s), who: claim ? nameOf(claim.source) : null };
    });
    const why = [x.marker && x.marker.text ? `marker: “${x.marker.text}”`
      : `${x.kind ?? 'contrast'}: ${CONTRAST_KIND_WHY[x.kind] ?? 'two positions that collide'}`];
    const conf = formatConfidence(x.confidence);
    if (conf) why.push(`confidence ${conf}`);
    const title = `Contrast ${x.id}${x.summary ? `: ${x.summary}` : ''} (${why.join(', ')})`;
    for (const s of sideInfo) {
      marks.push({ start: s.start, end: s.end, kind: 'contrast', ref: x.id, title,
        attrs: { side: s.side } });
    }
    add(contrasts, {
      ref: x.id, kind: 'contrast', contrastKind: x.kind ?? null, summary: x.summary ?? '',
      sides: sideInfo, spans: sideInfo.map(({ start, end }) => ({ start, end })),
      why: why.join(' · '), confidence: x.confidence ?? null,
    });
  }
  sections.push(contrasts);

  // Quotes, grouped by speaker.
  const quotes = { key: 'quotes', title: 'Who’s quoted', items: [], groups: [] };
  for (const s of speakers) {
    const group = { speaker: s, items: [] };
    for (const q of s.quotes) {
      const why = [q.cue && q.cue.text ? `attributed by: “${q.cue.text}”` : 'no attribution phrase found'];
      why.push(`${q.kind ?? 'direct'} quote`);
      const conf = formatConfidence(q.confidence);
      if (conf) why.push(`confidence ${conf}`);
      const content = validSpan(q.content, length) ? q.content : q;
      const item = {
        ref: q.id, kind: 'quote', quoteKind: q.kind ?? 'direct', speaker: s.id, speakerName: s.name,
        color: s.color, text: slice(content), spans: [{ start: q.start, end: q.end }],
        why: why.join(' · '), confidence: q.confidence ?? null,
      };
      marks.push({ start: q.start, end: q.end, kind: 'quote', ref: q.id,
        title: `Quote by ${s.name} (${item.why})`,
        attrs: { speaker: s.color === null ? 'none' : String(s.color), quoteKind: item.quoteKind } });
      group.items.push(item);
      add(quotes, item);
    }
    quotes.groups.push(group);
  }
  sections.push(quotes);

  // Claims, in reading order.
  const claims = { key: 'claims', title: 'Key claims', items: [] };
  for (const c of arr(result.claims).filter((c) => validSpan(c, length)).sort((a, b) => a.start - b.start)) {
    const who = nameOf(c.source);
    const quote = c.quote ? quotesById.get(c.quote) : null;
    const why = [who ? `claimed by ${who}` : 'the article’s own statement'];
    if (quote && quote.cue && quote.cue.text) why.push(`attributed by: “${quote.cue.text}”`);
    if (c.hedged) why.push('hedged');
    const conf = formatConfidence(c.confidence);
    if (conf) why.push(`confidence ${conf}`);
    const item = {
      ref: c.id, kind: 'claim', claimType: c.type ?? 'other', source: c.source ?? null, sourceName: who,
      target: c.target ?? null, targetName: nameOf(c.target), polarity: c.polarity ?? 0,
      hedged: !!c.hedged, text: c.text || slice(c), spans: [{ start: c.start, end: c.end }],
      why: why.join(' · '), confidence: c.confidence ?? null,
    };
    marks.push({ start: c.start, end: c.end, kind: 'claim', ref: c.id,
      title: `Claim (${item.claimType}): ${item.why}`, attrs: { type: item.claimType } });
    add(claims, item);
  }
  sections.push(claims);

  // Timeline first, so dates it covers are marked once, as its items.
  const timeline = { key: 'timeline', title: 'Timeline', items: [] };
  const dateMarked = [];
  for (const t of arr(result.timeline)) {
    if (!validSpan(t, length)) continue;
    const when = t.when && typeof t.when.text === 'string' ? t.when : { text: '', iso: null };
    const spans = [{ start: t.start, end: t.end }];
    // The schema gives the event's span; find the date words inside it to mark.
    let at = when.text ? text.indexOf(when.text, t.start) : -1;
    if (at < 0 || at + when.text.length > t.end) {
      at = when.text ? text.lastIndexOf(when.text, t.start) : -1;
      if (at >= 0 && t.start - at > 200) at = -1;
    }
    const why = [when.text ? `date expression: “${when.text}”` : 'an event in the text'];
    if (when.iso) why.push(`read as ${when.iso}`);
    else if (when.text) why.push('relative date');
    const item = {
      ref: t.id, kind: 'date', when: when.text, iso: when.iso ?? null, event: t.event || slice(t),
      spans, why: why.join(' · '), confidence: null,
    };
    if (at >= 0) {
      const span = { start: at, end: at + when.text.length };
      dateMarked.push(span);
      marks.push({ ...span, kind: 'date', ref: t.id, title: `Date: ${item.why}`, attrs: {} });
    }
    add(timeline, item);
  }

  // People & organisations (date entities are marked as dates instead).
  const people = { key: 'entities', title: 'People & organisations', items: [] };
  const typeOrder = { person: 0, organization: 1, place: 2, other: 3 };
  const entityList = [...entities.values()]
    .map((e) => ({ e, mentions: arr(e.mentions).filter((m) => validSpan(m, length)) }))
    .filter(({ e, mentions }) => mentions.length || e.type !== 'date');
  for (const { e, mentions } of entityList) {
    if (e.type === 'date') {
      for (const m of mentions) {
        if (dateMarked.some((d) => d.start < m.end && m.start < d.end)) continue;
        marks.push({ start: m.start, end: m.end, kind: 'date', ref: e.id,
          title: `Date: ${e.name}`, attrs: {} });
      }
      continue;
    }
    const item = {
      ref: e.id, kind: 'entity', entityType: e.type ?? 'other', name: e.name, role: e.role ?? null,
      mentions: mentions.length, spans: mentions.map(({ start, end }) => ({ start, end })),
      why: `${e.type ?? 'other'} · ${mentions.length} mention${mentions.length === 1 ? '' : 's'}` +
        `${e.role ? ` · role: “${e.role}”` : ''}`,
      confidence: null,
    };
    for (const m of mentions) {
      marks.push({ start: m.start, end: m.end, kind: 'entity', ref: e.id,
        title: `${e.name}${e.role ? `, ${e.role}` : ''} (${item.why})`, attrs: { type: item.entityType } });
    }
    people.items.push(item);
  }
  people.items.sort((a, b) => (typeOrder[a.entityType] ?? 4) - (typeOrder[b.entityType] ?? 4) ||
    b.mentions - a.mentions || NAME_ORDER.compare(a.name, b.name));
  for (const item of people.items) items.set(item.ref, item);
  sections.push(people);
  sections.push(timeline);

  // Sources, with their "via" chain spelled out.
  const sources = { key: 'sources', title: 'Sources', items: [] };
  for (const s of arr(result.sources)) {
    const chain = [];
    const seen = new Set([s.id]);
    for (let via = s.via; via && sourcesById.has(via) && !seen.has(via); via = sourcesById.get(via).via) {
      seen.add(via);
      chain.push(sourcesById.get(via).name);
    }
    const spans = validSpan(s, length) ? [{ start: s.start, end: s.end }] : [];
    const why = [spans.length ? `named in: “${excerpt(slice(s), 80)}”` : 'named in the text'];
    if (s.kind) why.push(s.kind);
    add(sources, {
      ref: s.id, kind: 'source', name: s.name, sourceKind: s.kind ?? null, via: chain,
      spans, why: why.join(' · '), confidence: null,
    });
  }
  sections.push(sources);

  const counts = {
    quotes: quotes.items.length,
    speakers: speakers.filter((s) => s.id !== null).length,
    claims: claims.items.length,
    contrasts: contrasts.items.length,
    entities: people.items.length,
    timeline: timeline.items.length,
    sources: sources.items.length,
  };
  return { text, result, entities, speakers, marks, sections, items, counts };
}

/**
 * One sentence describing what an explanation found, for status lines and
 * screen-reader announcements.
 * @param {{counts: object}} model
 * @returns {string}
 */
export function describeCounts(model) {
  const c = model.counts;
  const part = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const parts = [];
  if (c.contrasts) parts.push(part(c.contrasts, 'contrast', 'contrasts'));
  if (c.quotes) parts.push(`${part(c.quotes, 'quote', 'quotes')} from ${part(c.speakers, 'speaker', 'speakers')}`);
  if (c.claims) parts.push(part(c.claims, 'claim', 'claims'));
  if (c.entities) parts.push(part(c.entities, 'person or organisation', 'people and organisations'));
  if (c.timeline) parts.push(part(c.timeline, 'dated event', 'dated events'));
  if (c.sources) parts.push(part(c.sources, 'source', 'sources'));
  return parts.length ? `Found ${parts.join(', ')}.` : 'Nothing to highlight was found in this text.';
}
