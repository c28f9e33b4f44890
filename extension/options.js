// Options: default length, highlight colour, language override. Saved on change to
// storage.sync; the panel picks changes up at once.
import { loadSettings, saveSettings, isColour } from './settings.js';
import { Summariser } from './web/summariser.js';
import { fillLengthSelect } from './web/lengths.js';

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
  const settings = await loadSettings();
  fillLengthSelect(length, settings.length);
  const summariser = new Summariser({ workerUrl: new URL('./web/worker.js', import.meta.url) });
  try {
    for (const { code, name } of await summariser.languages()) {
      const option = document.createElement('option');
      option.value = code;
      option.textContent = `${name} (${code})`;
      language.append(option);
    }
  } catch {
    // Without the list only automatic detection is offered.
  }
  summariser.terminate();

  colour.value = settings.colour;
  language.value = [...language.options].some((o) => o.value === settings.language) ? settings.language : 'auto';
  showSample();

  form.addEventListener('change', async () => {
    showSample();
    const changes = { length: length.value, language: language.value };
    if (isColour(colour.value)) changes.colour = colour.value.toLowerCase();
    await saveSettings(changes);
    saved.textContent = 'Saved.';
  });
}

start();
