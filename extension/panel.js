// The summary view (Chrome's side panel, Firefox's sidebar, or a tab opened as
// `panel.html?tabId=N[&source=selection]`). It reads the tab through an injected script,
// summarises on this device with the wasm core, and highlights the chosen sentences in place.
import init, { Analysis, languages } from './pkg/briefly.js';
import { webext, sessionArea, runInTab, insertCss, removeCss } from './webext.js';
import { LENGTHS, DEFAULTS, loadSettings, normalise, isColour } from './settings.js';

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
  analysis: null,
  summary: null,
  css: null,
};

let wasm = null;
/** Loads the wasm core once; the file sits next to this page, nothing is fetched from elsewhere. */
function loadWasm() {
  wasm ??= init({ module_or_path: new URL('pkg/briefly_bg.wasm', import.meta.url) }).then(() => {
    try {
      for (const { code, name } of languages()) state.languageNames.set(code, name);
    } catch {
      // Names are cosmetic; codes still show.
    }
  });
  return wasm;
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

function highlightCss(colour) {
  const safe = isColour(colour) ? colour : DEFAULTS.colour;
  // Dark text keeps highlighted words readable on light and dark pages alike.
  return (
    `::highlight(briefly){background-color:${safe};color:#111}` +
    `::highlight(briefly-focus){background-color:color-mix(in srgb,${safe} 55%,#ff8c00);color:#000;text-decoration:underline 2px}`
  );
}

/** Puts the highlight style sheet into the tab, replacing one with another colour. */
async function ensureCss(tabId) {
  const css = highlightCss(state.settings.colour);
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

function fillLengths(selected) {
  ui.length.replaceChildren();
  for (const n of LENGTHS) {
    const option = document.createElement('option');
    option.value = String(n);
    option.textContent = n === 1 ? '1 sentence' : `${n} sentences`;
    ui.length.append(option);
  }
  ui.length.value = String(LENGTHS.includes(selected) ? selected : DEFAULTS.length);
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

  let extracted;
  try {
    if (source === 'selection') {
      await runInTab(tabId, {
        func: () => {
          globalThis.brieflyExtractMode = 'selection';
        },
      });
    }
    extracted = await runInTab(tabId, { files: ['vendor/Readability.js', 'extract.js'] });
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

  setStatus('Summarising…');
  try {
    await loadWasm();
  } catch (error) {
    if (!stale()) setStatus(`The summariser failed to load (${error?.message ?? error}).`, 'error');
    return;
  }
  if (stale()) return;
  if (!analyse()) return;
  if (source === 'selection' && extracted.source !== 'selection') {
    setNote('No text was selected in the page, so Briefly read the page instead.');
  }
  await render();
}

/** (Re-)analyses the extracted text with the current language setting. */
function analyse() {
  state.analysis?.free?.();
  state.analysis = null;
  const options = state.settings.language === 'auto' ? {} : { language: state.settings.language };
  try {
    state.analysis = new Analysis(state.extracted.text, options);
    return true;
  } catch (error) {
    setStatus(`Briefly could not summarise this text (${error?.message ?? error}).`, 'error');
    return false;
  }
}

/** Selects sentences at the chosen length and shows them; no re-reading, no re-scoring. */
async function render() {
  const { extracted, analysis } = state;
  if (!extracted || !analysis) return;
  let summary;
  try {
    summary = analysis.summary({ sentences: Number(ui.length.value) });
  } catch (error) {
    setStatus(`Briefly could not summarise this text (${error?.message ?? error}).`, 'error');
    return;
  }
  state.summary = summary;

  ui.source.textContent = SOURCE_LABELS[extracted.source] ?? SOURCE_LABELS.page;
  ui.source.dataset.source = extracted.source;
  ui.title.textContent = extracted.title || summary.title || 'Untitled page';

  ui.sentences.replaceChildren();
  summary.sentences.forEach((sentence, i) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sentence';
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
  const language = state.languageNames.get(summary.language) ?? summary.language ?? '';
  const parts = [];
  if (Number.isFinite(stats.wordsOut) && Number.isFinite(stats.wordsIn)) {
    parts.push(`${stats.wordsOut} of ${stats.wordsIn} words`);
  }
  if (Number.isFinite(stats.sentencesIn)) parts.push(`${stats.sentencesIn} sentences read`);
  if (language) parts.push(language);
  ui.meta.textContent = parts.join(' · ');

  ui.result.hidden = false;
  if (summary.sentences.length === 0) {
    setStatus('There is not enough running text here to summarise.', 'error');
    await clearHighlights(state.tabId);
    return;
  }
  setStatus('');
  await highlight();
}

async function highlight() {
  const tabId = state.tabId;
  const texts = (state.summary?.sentences ?? []).map(sourceOf);
  const show = ui.highlights.checked;
  try {
    if (show) await ensureCss(tabId);
    await runInTab(tabId, { files: ['highlight.js'] });
    const outcome = await runInTab(tabId, {
      func: (sentences, on) => globalThis.brieflyHighlighter?.set(sentences, on) ?? null,
      args: [texts, show],
    });
    if (tabId !== state.tabId) return;
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
  await runInTab(tabId, { func: () => globalThis.brieflyHighlighter?.clear() }).catch(() => {});
  if (state.css?.tabId === tabId) {
    await removeCss(tabId, state.css.css).catch(() => {});
    state.css = null;
  }
}

async function scrollToSentence(i) {
  if (state.tabId === null) return;
  try {
    const moved = await runInTab(state.tabId, {
      func: (index, mark) => globalThis.brieflyHighlighter?.scrollTo(index, mark) ?? false,
      args: [i, ui.highlights.checked],
    });
    if (!moved) setNote('That sentence is no longer in the page (it changed since it was read). Summarise again.');
  } catch (error) {
    setNote(explainAccessError(error));
  }
}

async function copySummary() {
  const sentences = (state.summary?.sentences ?? []).map((s) => s.text);
  if (!sentences.length) return;
  const title = ui.title.textContent;
  const url = state.extracted?.url ?? '';
  const text = [title, '', ...sentences.map((s) => `- ${s}`), '', url].join('\n').trim() + '\n';
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // The async clipboard can be refused when the panel lacks focus; the old way still works.
    const area = document.createElement('textarea');
    area.value = text;
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
  ui.copy.textContent = 'Copied';
  setTimeout(() => {
    ui.copy.textContent = 'Copy summary';
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
  fillLengths(state.settings.length);

  ui.length.addEventListener('change', () => render());
  ui.highlights.addEventListener('change', async () => {
    if (state.tabId === null) return;
    const on = ui.highlights.checked;
    try {
      if (on) await ensureCss(state.tabId);
      await runInTab(state.tabId, { func: (show) => globalThis.brieflyHighlighter?.show(show), args: [on] });
    } catch (error) {
      setNote(explainAccessError(error));
    }
  });
  ui.copy.addEventListener('click', copySummary);
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
      if (state.settings.language !== before.language && state.extracted) {
        if (analyse()) await render();
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
  webext.scripting.executeScript({ target, func: () => globalThis.brieflyHighlighter?.clear() })?.catch?.(() => {});
  if (state.css) webext.scripting.removeCSS({ target: { tabId: state.css.tabId }, css: state.css.css })?.catch?.(() => {});
});

start().catch((error) => setStatus(`Briefly failed to start (${error?.message ?? error}).`, 'error'));
