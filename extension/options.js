// Options: default length, highlight colour, language override. Saved on change to
// storage.sync; the panel picks changes up at once.
import init, { languages } from './pkg/briefly.js';
import { LENGTHS, loadSettings, saveSettings, isColour } from './settings.js';

const form = document.getElementById('form');
const length = document.getElementById('length');
const colour = document.getElementById('colour');
const language = document.getElementById('language');
const sample = document.getElementById('sample');
const saved = document.getElementById('saved');

function showSample() {
  // A CSSOM property, not a style attribute: allowed by the extension's CSP.
  sample.style.backgroundColor = colour.value;
}

async function start() {
  for (const n of LENGTHS) {
    const option = document.createElement('option');
    option.value = String(n);
    option.textContent = n === 1 ? '1 sentence' : `${n} sentences`;
    length.append(option);
  }
  try {
    await init({ module_or_path: new URL('pkg/briefly_bg.wasm', import.meta.url) });
    for (const { code, name } of languages()) {
      const option = document.createElement('option');
      option.value = code;
      option.textContent = `${name} (${code})`;
      language.append(option);
    }
  } catch {
    // Without the list only automatic detection is offered.
  }

  const settings = await loadSettings();
  length.value = String(settings.length);
  colour.value = settings.colour;
  language.value = [...language.options].some((o) => o.value === settings.language) ? settings.language : 'auto';
  showSample();

  form.addEventListener('change', async () => {
    showSample();
    const changes = { length: Number(length.value), language: language.value };
    if (isColour(colour.value)) changes.colour = colour.value.toLowerCase();
    await saveSettings(changes);
    saved.textContent = 'Saved.';
  });
}

start();
