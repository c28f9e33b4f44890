// The summary view (Chrome's side panel, Firefox's sidebar, or a tab opened as
// `panel.html?tabId=N[&source=selection]`). It reads the tab through an injected script,
// summarises on this device with the wasm core, and highlights the chosen sentences in place.
import { webext, sessionArea, runInTab, insertCss, removeCss } from './webext.js';
import { DEFAULTS, loadSettings, normalise, isColour } from './settings.js';
import { Summariser } from './web/summariser.js';
import { readDocument, readsWhole } from './web/extract.js';
import { copyText } from './web/clipboard.js';
import { plainText, markdown, languageName, formatNumber, plural, partialNote } from './web/format.js';
import { fillLengthSelect, labelLengths, lengthOptions } from './web/lengths.js';

const $ = (id) => document.getElementById(id);
const ui = {
  status: $('status'),
  result: $('result'),
  source: $('source'),
  title: $('title'),
  length: $('length'),
  highlights: $('highlights'),
  sentences: $('sentences'),
  meta: $('meta'),
  note: $('note'),
  copy: $('copy'),
  copyMarkdown: $('copy-markdown'),
  language: $('language'),
  warning: $('warning'),
  partial: $('partial'),
  partialText: $('partial-text'),
  summariseAll: $('summarise-all'),
  again: $('again'),
  keywords: $('keywords'),
  options: $('options'),
};

const SOURCE_LABELS = {
  article: 'Summarised the article on this page.',
  selection: 'Summarised your selection.',
  page: "This page doesn't look like an article, so Briefly summarised all of its visible text.",
};

const params = new URLSearchParams(location.search);
const pinnedTab = Number.parseInt(params.get('tabId') ?? '', 10);
// Opened for one tab (`?tabId=N`, as the tests do): never follow the active tab.
const pinned = Number.isInteger(pinnedTab) && pinnedTab >= 0;

const state = {
  settings: { ...DEFAULTS },
  languageNames: new Map(),
  run: 0,
  tabId: null,
  windowId: null,
  extracted: null,
  summary: null,
  sentenceCount: 0,
  whole: false,
  css: null,
  names: null,
};

/** Below this many words read, the panel warns that the summary may miss most of the page. */
const FEW_WORDS = 150;

// The core runs in a Web Worker, as on the page: a hostile page cannot freeze the panel.
const summariser = new Summariser({
  workerUrl: new URL('./web/worker.js', import.meta.url),
  onFailure: (error) => setStatus(`The summariser failed to load (${error.message}).`, 'error'),
});

/** Fills the Language menu from the core's list; codes are named from it elsewhere too. */
async function fillLanguages() {
  try {
    for (const { code, name } of await summariser.languages()) {
      state.languageNames.set(code, name);
      ui.language.append(new Option(name, code));
    }
  } catch {
    // The module failed to load; the status says so.
  }
  ui.language.value = state.settings.language;
  if (ui.language.value !== state.settings.language) ui.language.value = 'auto';
}

function setStatus(text, kind = 'info') {
  ui.status.textContent = text;
  ui.status.dataset.kind = kind;
  ui.status.hidden = !text;
}

function setNote(text) {
  ui.note.textContent = text;
  ui.note.hidden = !text;
}

function highlightCss(colour, names) {
  const safe = isColour(colour) ? colour : DEFAULTS.colour;
  // Dark text keeps highlighted words readable on light and dark pages alike. The names are
  // random per page (highlight.js), so the page cannot find or restyle them by name.
  return (
    `::highlight(${names.main}){background-color:${safe};color:#111}` +
    `::highlight(${names.focus}){background-color:color-mix(in srgb,${safe} 55%,#ff8c00);color:#000;text-decoration:underline 2px}`
  );
}

/** Puts the highlight style sheet into the tab, replacing one with another colour. */
async function ensureCss(tabId) {
  if (!state.names) return;
  const css = highlightCss(state.settings.colour, state.names);
  if (state.css?.tabId === tabId && state.css.css === css) return;
  if (state.css) await removeCss(state.css.tabId, state.css.css).catch(() => {});
  await insertCss(tabId, css);
  state.css = { tabId, css };
}

/** The text the summariser saw for `sentence`: its source span if valid, else its text. */
function sourceOf(sentence) {
  const text = state.extracted?.text ?? '';
  const { start, end } = sentence;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length) {
    return text.slice(start, end);
  }
  return sentence.text;
}

function explainAccessError(error) {
  const message = String(error?.message ?? error);
  if (/cannot access|cannot be scripted|missing host permission|permission/i.test(message)) {
    return 'Briefly can only read a tab after you ask it to: click the Briefly button (or press Alt+Shift+S) on the page. Browser pages and extension stores cannot be read.';
  }
  if (/no tab with id/i.test(message)) return 'That tab is closed.';
  return `Briefly could not read this tab (${message}).`;
}

/** Reads the tab and summarises it. `source` 'selection' prefers the selected text. */
async function summariseTab(tabId, source = 'auto') {
  const run = ++state.run;
  const stale = () => run !== state.run;
  ui.result.hidden = true;
  setNote('');
  setStatus(source === 'selection' ? 'Reading the selection…' : 'Reading the page…');

  if (state.tabId !== null && state.tabId !== tabId) await clearHighlights(state.tabId);
  state.tabId = tabId;
  state.extracted = null;
  state.summary = null;
  state.whole = false;
  // A language chosen for one page is no guess about the next.
  ui.language.value = state.settings.language;
  if (ui.language.value !== state.settings.language) ui.language.value = 'auto';

  let extracted;
  try {
    // Readability first (a global in the extension's isolated world), then the shared rules.
    await runInTab(tabId, { files: ['vendor/Readability.js'] });
    extracted = await runInTab(tabId, { func: readDocument, args: [null, { preferSelection: source === 'selection' }] });
  } catch (error) {
    if (!stale()) setStatus(explainAccessError(error), 'error');
    return;
  }
  if (stale()) return;
  if (!extracted || typeof extracted.text !== 'string' || !extracted.text.trim()) {
    setStatus('There is no text on this page to summarise.', 'error');
    return;
  }
  state.extracted = extracted;
  if (source === 'selection' && extracted.source !== 'selection') {
    setNote('No text was selected in the page, so Briefly read the page instead.');
  }
  await analyse();
}

/** The language the reader chose in the panel (null: detect it). */
const chosenLanguage = () => (ui.language.value === 'auto' ? null : ui.language.value);

/** (Re-)analyses the extracted text in the worker with the chosen language, then shows it. */
async function analyse() {
  const run = state.run;
  const options = lengthOptions(ui.length.value);
  const language = chosenLanguage();
  if (language) options.language = language;
  if (state.whole || readsWhole(state.extracted)) options.whole = true;
  setStatus('Summarising…');
  let reply;
  try {
    reply = await summariser.summarise(state.extracted.text, options);
  } catch (error) {
    if (run === state.run && error.kind !== 'cancelled') {
      setStatus(`Briefly could not summarise this text (${error.message}).`, 'error');
    }
    return;
  }
  if (run !== state.run) return;
  await show(reply);
}

/** Selects sentences at the chosen length and shows them; no re-reading, no re-scoring. */
async function render() {
  if (!state.extracted) return;
  if (!summariser.hasAnalysis) {
    await analyse();
    return;
  }
  const run = state.run;
  let reply;
  try {
    reply = await summariser.select(lengthOptions(ui.length.value));
  } catch (error) {
    if (run === state.run && error.kind !== 'cancelled') {
      setStatus(`Briefly could not summarise this text (${error.message}).`, 'error');
    }
    return;
  }
  if (run !== state.run) return;
  await show(reply);
}

async function show({ summary, sentenceCount }) {
  const { extracted } = state;
  state.summary = summary;
  state.sentenceCount = sentenceCount;
  labelLengths(ui.length, sentenceCount);

  ui.source.textContent = SOURCE_LABELS[extracted.source] ?? SOURCE_LABELS.page;
  ui.source.dataset.source = extracted.source;
  ui.title.textContent = extracted.title || summary.title || 'Untitled page';

  ui.sentences.replaceChildren();
  ui.sentences.dataset.length = ui.length.value;
  summary.sentences.forEach((sentence, i) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sentence';
    button.dir = 'auto';
    button.title = 'Show in the page';
    button.textContent = sentence.text;
    button.addEventListener('click', () => scrollToSentence(i));
    item.append(button);
    ui.sentences.append(item);
  });

  ui.keywords.replaceChildren();
  for (const keyword of summary.keywords ?? []) {
    const item = document.createElement('li');
    item.textContent = keyword.term;
    ui.keywords.append(item);
  }

  const stats = summary.stats ?? {};
  const language = languageName(summary.language, state.languageNames);
  ui.language.options[0].textContent = chosenLanguage() === null ? `Detected: ${language}` : 'Detect automatically';
  const parts = [];
  if (Number.isFinite(stats.wordsOut) && Number.isFinite(stats.wordsIn)) {
    parts.push(`${formatNumber(stats.wordsOut)} of ${formatNumber(stats.wordsIn)} words`);
  }
  if (Number.isFinite(stats.sentencesIn)) parts.push(`${formatNumber(stats.sentencesIn)} sentences read`);
  parts.push(language);
  ui.meta.textContent = parts.join(' · ');
  showWarning(stats);
  showPartial(stats);

  ui.result.hidden = false;
  if (summary.sentences.length === 0) {
    setStatus('There is not enough running text here to summarise.', 'error');
    await clearHighlights(state.tabId);
    return;
  }
  setStatus('');
  await highlight();
}

/**
 * Says plainly when the core read only part of the text it was given (furniture left out,
 * other stories split off), with a way to summarise all of it as one text.
 */
function showPartial(stats) {
  const text = partialNote(stats, state.whole);
  ui.partial.hidden = !text;
  ui.partialText.textContent = text;
  ui.summariseAll.hidden = state.whole || readsWhole(state.extracted);
}

/** Says so plainly when Briefly read little of the page: the summary may miss what matters. */
function showWarning(stats) {
  const few = Number.isFinite(stats.wordsIn) && stats.wordsIn < FEW_WORDS && state.extracted.source !== 'selection';
  ui.warning.hidden = !few;
  ui.warning.textContent = few
    ? `Briefly found only ${plural(stats.wordsIn, 'word')} of running text on this page, so the summary may miss most of it. ` +
      'Select the part you want and choose “Summarise selection” from the right-click menu.'
    : '';
}

/**
 * Calls `method` of the highlighter that highlight.js keeps in the tab's isolated world, under
 * a symbol (a string-named global could be shadowed by an element id in the page). Resolves to
 * null when it is not there.
 */
function callHighlighter(tabId, method, ...args) {
  return runInTab(tabId, {
    func: (name, list) => {
      const highlighter = globalThis[Symbol.for('briefly.highlighter')];
      return highlighter ? (highlighter[name](...list) ?? null) : null;
    },
    args: [method, args],
  });
}

async function highlight() {
  const tabId = state.tabId;
  const texts = (state.summary?.sentences ?? []).map(sourceOf);
  const show = ui.highlights.checked;
  try {
    await runInTab(tabId, { files: ['highlight.js'] });
    const outcome = await callHighlighter(tabId, 'set', texts, show);
    if (tabId !== state.tabId) return;
    if (outcome?.names) {
      state.names = outcome.names;
      if (show) await ensureCss(tabId);
    }
    if (!outcome) {
      setNote('Briefly could not mark the sentences in this page.');
    } else if (!outcome.supported) {
      setNote("This browser can't highlight text in pages (no CSS Custom Highlight API), so sentences are not marked.");
      ui.highlights.disabled = true;
    } else if (outcome.missing.length) {
      setNote(`${outcome.found} of ${texts.length} sentences are highlighted; the others were not found as visible text.`);
    }
  } catch (error) {
    if (tabId === state.tabId) setNote(`Sentences are not highlighted: ${explainAccessError(error)}`);
  }
}

async function clearHighlights(tabId) {
  if (tabId === null) return;
  await callHighlighter(tabId, 'clear').catch(() => {});
  if (state.css?.tabId === tabId) {
    await removeCss(tabId, state.css.css).catch(() => {});
    state.css = null;
  }
}

async function scrollToSentence(i) {
  if (state.tabId === null) return;
  try {
    const moved = await callHighlighter(state.tabId, 'scrollTo', i, ui.highlights.checked);
    if (!moved) setNote('That sentence is no longer in the page (it changed since it was read). Summarise again.');
  } catch (error) {
    setNote(explainAccessError(error));
  }
}

/** Copies the summary (plain text or Markdown) with the page's title and address. */
async function copySummary(button, format) {
  const summary = state.summary;
  if (!summary?.sentences.length) return;
  const about = { title: ui.title.textContent, url: state.extracted?.url ?? '' };
  const text = format === 'markdown' ? markdown(summary, about) : plainText(summary, about);
  const label = button.textContent;
  button.textContent = (await copyText(text)) ? 'Copied' : 'Copy failed';
  setTimeout(() => {
    button.textContent = label;
  }, 1500);
}

/**
 * A request left by the context menu or the shortcut (background.js) for this panel's window,
 * removed once read. Panels open in other windows leave it alone.
 */
async function takeRequest() {
  let request;
  try {
    ({ request } = await sessionArea.get('request'));
    if (!request) return null;
    const ours = request.windowId === undefined || state.windowId === null || request.windowId === state.windowId;
    if (!ours) return null;
    await sessionArea.remove('request');
  } catch {
    return null;
  }
  // Requests older than a minute belong to a panel that never opened.
  if (!request || !Number.isInteger(request.tabId) || Date.now() - (request.at ?? 0) > 60_000) return null;
  return request;
}

async function activeTab() {
  const [tab] = await webext.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function start() {
  state.settings = await loadSettings();
  fillLengthSelect(ui.length, state.settings.length);
  summariser.warm();
  await fillLanguages();

  ui.length.addEventListener('change', () => render());
  ui.highlights.addEventListener('change', async () => {
    if (state.tabId === null) return;
    const on = ui.highlights.checked;
    try {
      if (on) await ensureCss(state.tabId);
      await callHighlighter(state.tabId, 'show', on);
    } catch (error) {
      setNote(explainAccessError(error));
    }
  });
  ui.copy.addEventListener('click', () => copySummary(ui.copy, 'text'));
  ui.copyMarkdown.addEventListener('click', () => copySummary(ui.copyMarkdown, 'markdown'));
  ui.language.addEventListener('change', () => {
    if (state.extracted) analyse();
  });
  ui.summariseAll.addEventListener('click', () => {
    if (!state.extracted) return;
    state.whole = true;
    analyse();
  });
  ui.again.addEventListener('click', () => {
    if (state.tabId !== null) summariseTab(state.tabId, state.extracted?.source === 'selection' ? 'selection' : 'auto');
  });
  ui.options.addEventListener('click', () => webext.runtime.openOptionsPage());

  webext.storage.onChanged.addListener(async (changes, area) => {
    if (area === 'sync') {
      const before = state.settings;
      const stored = {};
      for (const [key, change] of Object.entries(changes)) stored[key] = change.newValue;
      state.settings = normalise({ ...before, ...stored });
      if (state.settings.language !== before.language) {
        ui.language.value = state.settings.language;
        if (ui.language.value !== state.settings.language) ui.language.value = 'auto';
        if (state.extracted) await analyse();
      } else if (state.settings.colour !== before.colour && state.tabId !== null && ui.highlights.checked) {
        await ensureCss(state.tabId).catch(() => {});
      }
    } else if (!pinned && changes.request?.newValue) {
      const request = await takeRequest();
      if (request) summariseTab(request.tabId, request.source);
    }
  });

  if (pinned) {
    summariseTab(pinnedTab, params.get('source') === 'selection' ? 'selection' : 'auto');
    return;
  }

  try {
    state.windowId = (await webext.windows.getCurrent())?.id ?? null;
  } catch {
    state.windowId = null;
  }
  // The side panel follows the reader from tab to tab within its window, and to the next page
  // in the same tab (access may have ended with the old page: the status then says so).
  webext.tabs.onActivated.addListener(({ tabId, windowId }) => {
    if (windowId === state.windowId) summariseTab(tabId);
  });
  webext.tabs.onUpdated.addListener((tabId, change) => {
    if (tabId === state.tabId && change.status === 'complete') summariseTab(tabId);
  });

  const request = await takeRequest();
  if (request) {
    summariseTab(request.tabId, request.source);
    return;
  }
  const tab = await activeTab();
  if (!tab || tab.id === undefined) {
    setStatus('There is no tab to summarise.', 'error');
    return;
  }
  summariseTab(tab.id);
}

// Closing the panel takes its marks out of the page. The calls are sent as the page goes away;
// their answers are not awaited.
window.addEventListener('pagehide', () => {
  if (state.tabId === null) return;
  const target = { tabId: state.tabId };
  webext.scripting
    .executeScript({ target, func: () => globalThis[Symbol.for('briefly.highlighter')]?.clear() })
    ?.catch?.(() => {});
  if (state.css) webext.scripting.removeCSS({ target: { tabId: state.css.tabId }, css: state.css.css })?.catch?.(() => {});
});

start().catch((error) => setStatus(`Briefly failed to start (${error?.message ?? error}).`, 'error'));
