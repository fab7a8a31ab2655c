/**
 * The Markdown summary offered for download: who said what, contrasts, key
 * claims, timeline and sources, in plain Markdown any editor shows.
 *
 *   const md = toMarkdown(buildModel(result, text), { title: 'Kremlin says …' });
 *
 * Text from the article is escaped, so an article containing Markdown or HTML
 * syntax comes out as literal text in a Markdown renderer.
 */
import { describeCounts, excerpt, formatConfidence } from './explanation-model.js';

/**
 * Escapes Markdown and HTML syntax in a piece of article text, on one line.
 * @param {string} text
 * @returns {string}
 */
export function escapeMarkdown(text) {
  return String(text).replace(/\s+/g, ' ').trim().replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&')
    .replace(/&/g, '&amp;');
}

/**
 * A guess at the article's title: its first line, shortened.
 * @param {string} text
 * @returns {string}
 */
export function guessTitle(text) {
  const first = String(text).trim().split('\n')[0] ?? '';
  return excerpt(first, 90) || 'Untitled article';
}

/**
 * Builds the Markdown summary of one explanation.
 * @param {object} model from buildModel()
 * @param {{title?: string}} [options] heading for the document (default: the text's first line)
 * @returns {string} Markdown, ending with a newline
 */
export function toMarkdown(model, options = {}) {
  const e = escapeMarkdown;
  const lines = [`# Explained: ${e(options.title ?? guessTitle(model.text))}`, '', describeCounts(model), ''];
  const section = (key) => model.sections.find((s) => s.key === key);
  const conf = (it) => (formatConfidence(it.confidence) ? ` _(confidence ${formatConfidence(it.confidence)})_` : '');

  const contrasts = section('contrasts');
  if (contrasts?.items.length) {
    lines.push('## Contrasts', '');
    for (const it of contrasts.items) {
      lines.push(`- **${e(it.summary || 'Contrast')}**${conf(it)}`);
      for (const s of it.sides) {
        lines.push(`  - ${s.side.toUpperCase()}: ${s.who ? `${e(s.who)}: ` : ''}“${e(s.text)}”`);
      }
    }
    lines.push('');
  }

  const quotes = section('quotes');
  if (quotes?.items.length) {
    lines.push('## Who said what', '');
    for (const g of quotes.groups) {
      lines.push(`### ${e(g.speaker.name)}${g.speaker.role ? `, ${e(g.speaker.role)}` : ''}`, '');
      for (const it of g.items) {
        lines.push(`- “${e(it.text)}” _(${it.quoteKind}${it.why.includes('attributed by') ? `; ${e(it.why.split(' · ')[0])}` : ''})_`);
      }
      lines.push('');
    }
  }

  const claims = section('claims');
  if (claims?.items.length) {
    lines.push('## Key claims', '');
    for (const it of claims.items) {
      const who = it.sourceName ? e(it.sourceName) : 'The article';
      lines.push(`- **${it.claimType}** — ${who}${it.targetName ? ` → ${e(it.targetName)}` : ''}: ` +
        `${e(it.text)}${it.hedged ? ' _(hedged)_' : ''}`);
    }
    lines.push('');
  }

  const timeline = section('timeline');
  if (timeline?.items.length) {
    lines.push('## Timeline', '');
    for (const it of timeline.items) {
      lines.push(`- **${e(it.when || 'Undated')}**${it.iso ? ` (${it.iso})` : ''}: ${e(it.event)}`);
    }
    lines.push('');
  }

  const sources = section('sources');
  if (sources?.items.length) {
    lines.push('## Sources', '');
    for (const it of sources.items) {
      lines.push(`- ${e(it.name)}${it.sourceKind ? ` (${e(it.sourceKind)})` : ''}` +
        `${it.via.length ? `, citing ${it.via.map(e).join(' → ')}` : ''}`);
    }
    lines.push('');
  }

  const people = section('entities');
  if (people?.items.length) {
    lines.push('## People & organisations', '');
    for (const it of people.items) {
      lines.push(`- ${e(it.name)}${it.role ? `, ${e(it.role)}` : ''} — ${it.entityType}, ` +
        `${it.mentions} mention${it.mentions === 1 ? '' : 's'}`);
    }
    lines.push('');
  }
  lines.push('_Made with article-explainer, entirely in the browser._', '');
  return lines.join('\n');
}
