// User settings (options page), kept in `storage.sync` so they follow the reader's profile.
import { webext } from './webext.js';
import { DEFAULT_LENGTH, normaliseLength } from './web/lengths.js';

/** Settings used until the reader changes them (`length` is a key of web/lengths.js). */
export const DEFAULTS = Object.freeze({
  length: DEFAULT_LENGTH,
  colour: '#ffe066',
  language: 'auto',
});

/** True for a `#rrggbb` colour, the only form that is ever written into a style sheet. */
export function isColour(value) {
  return typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value);
}

/** Cleans stored values: anything malformed falls back to the default. */
export function normalise(stored) {
  const out = { ...DEFAULTS };
  // Sentence counts saved by earlier versions (a bare number) still count.
  out.length = normaliseLength(stored?.length) ?? DEFAULTS.length;
  if (isColour(stored?.colour)) out.colour = stored.colour.toLowerCase();
  if (typeof stored?.language === 'string' && /^(auto|[a-z]{2,3})$/.test(stored.language)) {
    out.language = stored.language;
  }
  return out;
}

/** Reads the settings. */
export async function loadSettings() {
  try {
    return normalise(await webext.storage.sync.get(Object.keys(DEFAULTS)));
  } catch {
    // storage.sync can be disabled by policy; the defaults still work.
    return { ...DEFAULTS };
  }
}

/** Saves some settings. */
export function saveSettings(changes) {
  return webext.storage.sync.set(changes);
}
