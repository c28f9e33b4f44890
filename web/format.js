// Turning a summary into text for the clipboard or a file, and naming its language: the same
// words on the page and in the extension's panel.

const mdEscape = (s) => String(s).replace(/[\\`*_[\]<>#|]/g, '\\$&');

/**
 * The summary as plain text: one sentence per line, after the title and a blank line when a
 * title is given, and with the page's address at the end when there is one.
 * @param {{ sentences: { text: string }[] }} summary
 * @param {{ title?: string, url?: string }} [about]
 */
export function plainText(summary, { title = '', url = '' } = {}) {
  const lines = [];
  if (title) lines.push(title, '');
  for (const s of summary.sentences) lines.push(s.text);
  if (url) lines.push('', url);
  return lines.join('\n');
}

/**
 * The summary as Markdown: a heading, a bullet per sentence, the keywords and the source.
 * Characters Markdown would read as markup are escaped, so the text stays text.
 * @param {{ sentences: { text: string }[], keywords?: { term: string }[], title?: string }} summary
 * @param {{ title?: string, url?: string }} [about]
 */
export function markdown(summary, { title = '', url = '' } = {}) {
  const lines = [`# ${mdEscape(title || summary.title || 'Summary')}`, ''];
  for (const s of summary.sentences) lines.push(`- ${mdEscape(s.text)}`);
  const keywords = summary.keywords ?? [];
  if (keywords.length) lines.push('', `**Keywords:** ${keywords.map((k) => mdEscape(k.term)).join(', ')}`);
  // An address is kept as one (angle brackets make it a link and keep its characters literal).
  if (/^https?:\/\/[^\s<>]+$/.test(url)) lines.push('', `Source: <${url}>`);
  return lines.join('\n') + '\n';
}

/**
 * The English name of a language code: from the core's own list when it has one, else from
 * the browser, else the code itself ('und' reads as "not detected").
 * @param {string} code
 * @param {Map<string, string>} [names] code -> name, from the core's `languages()`
 */
export function languageName(code, names) {
  if (!code || code === 'und') return 'not detected';
  const known = names?.get(code);
  if (known) return known;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return String(code);
  }
}

const numberFormat = new Intl.NumberFormat('en');
/** A count with thousands separators ("1,240"). */
export const formatNumber = (n) => numberFormat.format(n);

/** "1 word", "2,600 words". */
export const plural = (n, word, words = `${word}s`) => `${formatNumber(n)} ${n === 1 ? word : words}`;

/**
 * What a reader should know when the core read only part of the text ("Read 1,240 of 2,600
 * words; 1 other story found."), or '' when it read all of it. `whole`: the text was read as
 * one on request.
 * @param {{ wordsIn: number, wordsTotal?: number, boilerplateRemoved?: number, articlesFound?: number }} stats
 */
export function partialNote(stats, whole = false) {
  if (whole) {
    // Even read whole, repeated paragraphs and boilerplate lines stay out.
    return stats.wordsTotal > stats.wordsIn
      ? `Summarised the whole text as one (${formatNumber(stats.wordsIn)} of ${formatNumber(stats.wordsTotal)} words; repeats and boilerplate lines left out).`
      : 'Summarised the whole text as one.';
  }
  const parts = [];
  const others = Math.max(0, (stats.articlesFound ?? 1) - 1);
  if (stats.wordsTotal > stats.wordsIn) {
    parts.push(`Read ${formatNumber(stats.wordsIn)} of ${formatNumber(stats.wordsTotal)} words`);
  } else if (stats.boilerplateRemoved > 0) {
    parts.push(`Left out ${plural(stats.boilerplateRemoved, 'block')} of page furniture`);
  }
  if (others > 0) parts.push(`${plural(others, 'other story', 'other stories')} found`);
  return parts.length ? `${parts.join('; ')}.` : '';
}
