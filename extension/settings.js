// User settings (options page), kept in `storage.sync` so they follow the reader's profile.
import { webext } from './webext.js';

/** Lengths offered by the Length control, in sentences. */
export const LENGTHS = [1, 2, 3, 4, 5, 7, 10, 15];

/** Settings used until the reader changes them. */
export const DEFAULTS = Object.freeze({
  length: 3,
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
  const length = Number(stored?.length);
  if (LENGTHS.includes(length)) out.length = length;
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
