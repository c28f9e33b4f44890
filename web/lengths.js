// The summary lengths offered on the page and in the extension, and what each means to the core.
// A length is kept as a key, "sentences:3", "ratio:0.1" or "words:100".

/** The Length menu, in groups. */
export const LENGTH_GROUPS = Object.freeze([
  { label: 'Sentences', key: 'sentences', values: [1, 2, 3, 5, 7, 10] },
  { label: 'Share of the article', key: 'ratio', values: [0.1, 0.2, 0.3] },
  { label: 'Words', key: 'words', values: [50, 100, 200] },
]);

/** The length used until the reader picks another. */
export const DEFAULT_LENGTH = 'sentences:3';

/** Every length key offered. */
export const LENGTH_KEYS = Object.freeze(LENGTH_GROUPS.flatMap((g) => g.values.map((v) => `${g.key}:${v}`)));

/** The core's options for a length key (`{ sentences: 3 }`); unknown keys give the default. */
export function lengthOptions(key) {
  const [name, value] = (LENGTH_KEYS.includes(key) ? key : DEFAULT_LENGTH).split(':');
  return { [name]: Number(value) };
}

/**
 * A length key from anything stored before (a bare number was a sentence count); null when it
 * is not one of the lengths offered.
 */
export function normaliseLength(stored) {
  const key = typeof stored === 'number' || /^\d+$/.test(String(stored)) ? `sentences:${stored}` : String(stored);
  return LENGTH_KEYS.includes(key) ? key : null;
}

/**
 * How many sentences a share of the article selects from `sentenceCount` sentences: the core
 * rounds up and never goes below one (src/select.rs, `Budget::Ratio`).
 */
export function sentencesForRatio(ratio, sentenceCount) {
  if (!(sentenceCount > 0)) return 0;
  return Math.min(sentenceCount, Math.max(1, Math.ceil(ratio * sentenceCount)));
}

/**
 * The label of a length. With `sentenceCount` (the article's), a share also says how many
 * sentences it comes to, so "10% of the article" on a short text reads "(1 sentence)".
 */
export function lengthLabel(key, sentenceCount = 0) {
  const [name, raw] = key.split(':');
  const value = Number(raw);
  if (name === 'sentences') return value === 1 ? '1 sentence' : `${value} sentences`;
  if (name === 'words') return `Up to ${value} words`;
  const share = `${Math.round(value * 100)}% of the article`;
  const n = sentencesForRatio(value, sentenceCount);
  return n > 0 ? `${share} (${n === 1 ? '1 sentence' : `${n} sentences`})` : share;
}

/** Fills a <select> with the Length menu (option groups, values as keys) and selects `selected`. */
export function fillLengthSelect(select, selected = DEFAULT_LENGTH) {
  const groups = LENGTH_GROUPS.map((group) => {
    const optgroup = document.createElement('optgroup');
    optgroup.label = group.label;
    for (const value of group.values) {
      const key = `${group.key}:${value}`;
      optgroup.append(new Option(lengthLabel(key), key));
    }
    return optgroup;
  });
  select.replaceChildren(...groups);
  select.value = LENGTH_KEYS.includes(selected) ? selected : DEFAULT_LENGTH;
}

/** Rewrites the share labels of a filled Length menu for an article of `sentenceCount` sentences. */
export function labelLengths(select, sentenceCount) {
  for (const option of select.options) option.textContent = lengthLabel(option.value, sentenceCount);
}
