// Briefly's page: paste or drop an article, read its summary. The summariser runs in a worker
// (worker.js) so this thread only handles the interface.
import { extractArticle } from './paste.js';
import { Summariser } from './web/summariser.js';
import { copyText } from './web/clipboard.js';
import { plainText, markdown, languageName, formatNumber, plural, partialNote } from './web/format.js';
import { DEFAULT_LENGTH, fillLengthSelect, labelLengths, lengthOptions, normaliseLength } from './web/lengths.js';

const $ = (id) => document.getElementById(id);
const ui = {
  article: $('article'),
  language: $('language'),
  update: $('update'),
  partial: $('partial'),
  partialText: $('partial-text'),
  summariseAll: $('summarise-all'),
  reload: $('reload'),
  highlights: $('highlights'),
  dropZone: $('drop-zone'),
  dropOverlay: $('drop-overlay'),
  size: $('article-size'),
  largeNote: $('large-note'),
  largeText: $('large-text'),
  showAll: $('show-all'),
  summarise: $('summarise'),
  length: $('length'),
  openFile: $('open-file'),
  fileInput: $('file-input'),
  clear: $('clear'),
  status: $('status'),
  announce: $('announce'),
  back: $('back'),
  showText: $('show-text'),
  showHighlights: $('show-highlights'),
  region: $('summary'),
  heading: $('summary-heading'),
  error: $('error'),
  busy: $('busy'),
  busyText: $('busy-text'),
  empty: $('empty'),
  result: $('result'),
  title: $('summary-title'),
  sentences: $('sentences'),
  stale: $('stale'),
  details: $('details'),
  stats: $('stats'),
  keywords: $('keywords'),
  others: $('others'),
  articles: $('articles'),
  copyText: $('copy-text'),
  copyMarkdown: $('copy-markdown'),
  download: $('download'),
};

/** Inputs at least this long show the busy state at once rather than after a short delay. */
const LONG_INPUT = 200_000;
/** Reading speed used for "reading time saved", in words per minute. */
const WORDS_PER_MINUTE = 230;
/** Files larger than this are refused rather than risk exhausting the tab's memory. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const LENGTH_KEY = 'briefly.length';
/**
 * Texts longer than this (UTF-16 units) are not laid out whole in the article box: Chromium spends
 * about two seconds on a 5 MB textarea, frozen. The box shows the beginning; the whole is summarised.
 */
const LARGE_TEXT = 300_000;
const PREVIEW = 100_000;

// What is on screen: the input that was summarised (spans refer to it) and its summary.
let current = null;
// The text before "Show its summary" narrowed the article box to one article.
let previousText = null;
// A text too long for the article box: { text } while the box shows only its beginning.
let large = null;
// The text last sent to be summarised; a paste over it replaces it rather than adding to it.
let lastSubmitted = null;
// The last PDF opened: its text and the range of each page in it, so sentences can say their page.
let pdf = null;
// The article last extracted from HTML, as it went into the box. While the box holds it unedited
// it is summarised whole: the extraction already left the page's furniture out, and searching
// it again for an article would only cut what it kept (an intro above a list, short lines).
let extractedArticle = null;

/** The article as the reader gave it (the box's value, unless the text is too large for the box). */
const articleText = () => (large ? large.text : ui.article.value);

// ---------------------------------------------------------------------------------------------
// The summariser (a Web Worker behind the shared client: cancellation, restart after a trap,
// a watchdog for a worker that dies silently)

const summariser = new Summariser({
  workerUrl: new URL('./web/worker.js', import.meta.url),
  onFailure: (err) => showError(err),
});

// ---------------------------------------------------------------------------------------------
// Summarising

let job = 0; // the latest summarise request; older ones are ignored when they finish
let busyTimer = 0;

function setBusy(on, bytes = 0) {
  clearTimeout(busyTimer);
  ui.region.setAttribute('aria-busy', String(on));
  ui.empty.hidden = on || current !== null;
  if (!on) {
    ui.busy.hidden = true;
    return;
  }
  ui.busyText.textContent = `Summarising ${formatBytes(bytes)}…`;
  if (bytes >= LONG_INPUT) ui.busy.hidden = false;
  else busyTimer = setTimeout(() => (ui.busy.hidden = false), 250);
}

/** The language the reader chose (null: detect it). */
const chosenLanguage = () => (ui.language.value === 'auto' ? null : ui.language.value);

/**
 * Summarises `text` from scratch; a newer call supersedes (and cancels) an older one.
 * `about` names a story picked out of a longer text (it is said while it is shown);
 * `whole` summarises the entire input as one text (no furniture removed, no stories split off).
 */
async function summarise(text, { about = '', whole = false } = {}) {
  clearStatus('job');
  if (text.trim() === '') {
    showStatus('Paste or type an article first.', { kind: 'job' });
    ui.article.focus();
    return;
  }
  const mine = ++job;
  lastSubmitted = text;
  const length = ui.length.value;
  const options = { ...lengthOptions(length) };
  const language = chosenLanguage();
  if (language) options.language = language;
  if (whole || text === extractedArticle) options.whole = true;
  if (about) showStatus(`Summarising “${about}”…`, { kind: 'job', sticky: true });
  setBusy(true, byteLength(text));
  hideError();
  try {
    const reply = await summariser.summarise(text, options);
    if (mine !== job) return;
    render(text, reply, { whole });
    if (about) showStatus(`Showing the summary of “${about}”, one of the stories in the text.`, { kind: 'job', sticky: true });
    revealSummary();
    // The length may have changed while the worker was busy.
    if (ui.length.value !== length) await reselect();
  } catch (err) {
    if (mine === job && err.kind !== 'cancelled') {
      if (about) clearStatus('job');
      showError(err);
    }
  } finally {
    if (mine === job) setBusy(false);
  }
}

/** Re-selects the current summary at the chosen length, without re-analysing. */
async function reselect() {
  if (!current) return;
  if (!summariser.hasAnalysis) {
    await summarise(current.input, { whole: current.whole });
    return;
  }
  const mine = job;
  try {
    const reply = await summariser.select(lengthOptions(ui.length.value));
    if (mine === job) render(current.input, reply, { keepView: true, whole: current.whole });
  } catch (err) {
    if (mine === job && err.kind !== 'cancelled') showError(err);
  }
}

/**
 * Brings a new summary into view when it landed below the fold, as it does on a phone, where
 * the summary sits under the article box. A summary already in view stays where it is.
 */
function revealSummary() {
  const top = ui.region.getBoundingClientRect().top;
  if (top < window.innerHeight - 48) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  ui.region.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
}

function summariseArticleBox() {
  clearBack();
  summarise(articleText());
}

// ---------------------------------------------------------------------------------------------
// Rendering (text only ever enters the page through textContent and text nodes)

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

let highlightsFor = null; // the `current` whose highlights are built

function render(input, reply, { keepView = false, whole = false } = {}) {
  const { summary, sentenceCount } = reply;
  current = { input, summary, whole, forced: chosenLanguage() !== null };
  highlightsFor = null;
  labelLengths(ui.length, sentenceCount);
  showDetected(summary.language);

  ui.empty.hidden = true;
  ui.result.hidden = false;
  ui.details.hidden = false;
  ui.stale.hidden = true;

  ui.title.hidden = !summary.title;
  ui.title.textContent = summary.title ?? '';

  // Page numbers, when the text is a PDF's as it was read (an edit would shift the pages).
  const pages = pdf && pdf.text === input ? pdf : null;
  const items = summary.sentences.map((sentence, k) => {
    const link = el('a', { href: `#hl-${k}`, className: 'sentence', dir: 'auto', textContent: sentence.text });
    link.dataset.k = String(k);
    const page = pages?.pageAt(pages.pages, sentence.start);
    if (!page) return el('li', {}, link);
    return el('li', {}, link, ' ', el('span', { className: 'page-number', textContent: `p. ${page}` }));
  });
  ui.sentences.replaceChildren(...items);
  if (items.length === 0) {
    ui.sentences.hidden = true;
    showStatus('No sentences worth summarising were found in this text.', { kind: 'job' });
  } else {
    ui.sentences.hidden = false;
  }

  renderStats(summary);
  renderPartial(summary.stats, whole, input === extractedArticle);
  ui.keywords.replaceChildren(
    ...summary.keywords.map((k) => el('span', { className: 'chip', textContent: k.term })),
  );
  ui.keywords.previousElementSibling.hidden = ui.keywords.hidden = summary.keywords.length === 0;

  const others = summary.articles ?? [];
  ui.others.hidden = others.length === 0;
  ui.articles.replaceChildren(
    ...others.map((article, i) => {
      const id = `other-${i}`;
      const title = el('span', { className: 'article-title', id, textContent: article.title || 'Untitled' });
      const button = el('button', { type: 'button', className: 'quiet small', textContent: 'Show its summary' });
      button.setAttribute('aria-describedby', id);
      button.addEventListener('click', () => summariseOther(article));
      return el('li', {}, title, button);
    }),
  );

  for (const b of [ui.copyText, ui.copyMarkdown, ui.download]) b.disabled = items.length === 0;
  // Screen readers hear that the summary is ready without losing their place.
  ui.announce.textContent = items.length === 1 ? 'Summary ready: 1 sentence.' : `Summary ready: ${items.length} sentences.`;
  ui.showHighlights.disabled = false;
  if (!keepView) showView('text');
  else if (!ui.highlights.hidden) buildHighlights();
}

function renderStats(summary) {
  const s = summary.stats;
  const saved = Math.max(0, s.wordsIn - s.wordsOut) / WORDS_PER_MINUTE;
  const language = languageName(summary.language, languageNames);
  const rows = [
    ['Words', `${fmt(s.wordsIn)} → ${fmt(s.wordsOut)}`],
    ['Reading time saved', saved < 1 ? 'under a minute' : `about ${fmt(Math.round(saved))} min`],
    ['Sentences', `${fmt(s.sentencesOut)} of ${fmt(s.sentencesIn)}`],
    ['Language', current.forced ? `${language} (chosen)` : `${language} (detected)`],
    ['Boilerplate removed', plural(s.boilerplateRemoved, 'block')],
    ['Duplicates folded', plural(s.duplicatesFolded, 'repeat')],
  ];
  // One article is the usual case and says nothing; several are worth pointing out.
  if (s.articlesFound > 1) rows.push(['Articles found', fmt(s.articlesFound)]);
  ui.stats.replaceChildren(
    ...rows.map(([term, value]) => el('div', { className: 'stat' }, el('dt', { textContent: term }), el('dd', { textContent: value }))),
  );
}

/**
 * Says plainly when the core read only part of the input (page furniture left out, other
 * stories split off), with a way to summarise all of it as one text unless it was (`whole`, or
 * an article `extracted` from HTML).
 */
function renderPartial(stats, whole, extracted) {
  const text = partialNote(stats, whole);
  ui.partial.hidden = !text;
  ui.partialText.textContent = text;
  // An extracted article is read whole already.
  ui.summariseAll.hidden = whole || extracted;
}

// The language menu: "Detect automatically" names what was detected; any other entry forces a
// language (the text is analysed again, since stop words and stemming depend on it).
const languageNames = new Map();

async function fillLanguages() {
  let list = [];
  try {
    list = await summariser.languages();
  } catch {
    return; // the module failed to load; that error is shown already
  }
  const options = list.map(({ code, name }) => {
    languageNames.set(code, name);
    return new Option(name, code);
  });
  ui.language.append(...options);
}

function showDetected(code) {
  const auto = ui.language.options[0];
  auto.textContent = chosenLanguage() === null ? `Detected: ${languageName(code, languageNames)}` : 'Detect automatically';
}

// The highlight view: the summarised text with each chosen sentence in a <mark>. Long texts are
// cut into chunks at line breaks so the browser lays out only what is on screen.
const CHUNK = 6000;

function buildHighlights() {
  if (!current || highlightsFor === current) return;
  highlightsFor = current;
  const text = current.input;
  const spans = [];
  let last = 0;
  current.summary.sentences.forEach((s, k) => {
    const start = Math.max(0, Math.min(s.start, text.length));
    const end = Math.max(0, Math.min(s.end, text.length));
    if (start >= last && end > start) {
      spans.push({ k, start, end });
      last = end;
    }
  });
  const chunks = [];
  let pos = 0;
  let si = 0;
  while (pos < text.length) {
    let cut = text.length;
    let from = pos + CHUNK;
    while (from < text.length) {
      const nl = text.indexOf('\n', from);
      if (nl === -1) break;
      cut = nl + 1;
      while (si < spans.length && spans[si].end <= cut) si++;
      const inside = si < spans.length && spans[si].start < cut;
      if (!inside) break;
      from = spans[si].end; // never cut a mark in two
      cut = text.length;
    }
    chunks.push([pos, cut]);
    pos = cut;
  }
  let sj = 0;
  const nodes = chunks.map(([a, b]) => {
    const div = el('div', { className: 'chunk' });
    let at = a;
    while (sj < spans.length && spans[sj].start < b) {
      const { k, start, end } = spans[sj];
      if (start > at) div.append(text.slice(at, start));
      const mark = el('mark', { id: `hl-${k}`, tabIndex: -1, textContent: text.slice(start, end) });
      mark.dataset.k = String(k);
      div.append(mark);
      at = end;
      sj++;
    }
    if (b > at) div.append(text.slice(at, b));
    return div;
  });
  ui.highlights.replaceChildren(...nodes);
}

function showView(view) {
  const highlights = view === 'highlights' && current !== null;
  if (highlights) buildHighlights();
  ui.article.hidden = highlights;
  ui.highlights.hidden = !highlights;
  ui.showText.setAttribute('aria-pressed', String(!highlights));
  ui.showHighlights.setAttribute('aria-pressed', String(highlights));
}

function jumpTo(k) {
  showView('highlights');
  const mark = document.getElementById(`hl-${k}`);
  if (!mark) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  mark.focus({ preventScroll: true });
  mark.classList.remove('flash');
  void mark.offsetWidth; // restart the animation when the same sentence is chosen twice
  mark.classList.add('flash');
}

// ---------------------------------------------------------------------------------------------
// Messages

let statusTimer = 0;
/**
 * Shows a status line. `kind` 'job' marks a line about the text being summarised ("Paste or
 * type an article first.", the story being shown): the next summary or "Back" clears it.
 */
function showStatus(message, { sticky = false, kind = '' } = {}) {
  clearTimeout(statusTimer);
  ui.status.textContent = message;
  ui.status.dataset.kind = kind;
  if (!sticky && message) statusTimer = setTimeout(() => (ui.status.textContent = ''), 8000);
}

/** Clears the status line if it is of `kind` (any kind when not given). */
function clearStatus(kind) {
  if (kind === undefined || ui.status.dataset.kind === kind) showStatus('');
}

function showError(err) {
  const message = err instanceof Error ? err.message : String(err);
  ui.error.replaceChildren(
    el('strong', { textContent: 'Could not summarise this text. ' }),
    el('span', { textContent: `${message.replace(/\.?$/, '.')} ` }),
    el('span', { textContent: 'You can try again; the page is still working.' }),
  );
  ui.error.hidden = false;
}

function hideError() {
  ui.error.hidden = true;
  ui.error.replaceChildren();
}

// ---------------------------------------------------------------------------------------------
// Getting text in: typing, pasting, dropping, opening files

/** Puts `text` into the article box: at the selection when `atSelection`, else replacing it. */
function putText(text, { atSelection = false, selection = null, keepLanguage = false } = {}) {
  showView('text');
  // A language chosen for one article is no guess about the next.
  if (!keepLanguage && !atSelection) ui.language.value = 'auto';
  const box = ui.article;
  if (atSelection && !large) {
    const [start, end] = selection ?? [box.selectionStart, box.selectionEnd];
    if (box.value.length - (end - start) + text.length <= LARGE_TEXT) {
      box.setRangeText(text, start, end, 'end');
      onArticleChanged();
      updateSize();
      return;
    }
    text = box.value.slice(0, start) + text + box.value.slice(end);
  }
  if (text.length > LARGE_TEXT) {
    large = { text };
    // Cut the preview at a line break (or a space) so it does not end mid-word.
    let cut = text.lastIndexOf('\n', PREVIEW);
    if (cut < PREVIEW / 2) cut = text.lastIndexOf(' ', PREVIEW);
    if (cut < PREVIEW / 2) cut = PREVIEW;
    box.value = text.slice(0, cut);
    box.readOnly = true;
    ui.largeText.textContent =
      `This text is ${formatBytes(byteLength(text))}: the box shows its first ${fmt(cut)} characters, ` +
      'and the whole text is summarised.';
    ui.largeNote.hidden = false;
  } else {
    leaveLarge();
    box.value = text;
  }
  box.setSelectionRange(0, 0);
  box.scrollTop = 0;
  onArticleChanged();
  updateSize();
}

function leaveLarge() {
  large = null;
  ui.article.readOnly = false;
  ui.largeNote.hidden = true;
}

async function onPaste(event) {
  const target = event.target;
  const inArticle = target === ui.article;
  // Leave other fields (none today) and the highlight view's own copy-paste alone.
  if (!inArticle && target instanceof Element && target.closest('input, textarea, select, [contenteditable]')) return;
  const data = event.clipboardData;
  if (!data) return;
  const file = data.files?.[0];
  const html = data.getData('text/html');
  const plain = data.getData('text/plain');
  if (!html && !plain && !file) return;
  event.preventDefault();
  const box = ui.article;
  const [start, end] = [box.selectionStart, box.selectionEnd];
  const partial = start !== end && !(start === 0 && end === box.value.length);
  // Pasting over the article just summarised starts a new one; pasting while editing inserts.
  const atSelection = inArticle && !large && (box.value !== lastSubmitted || partial);
  const selection = [start, end];
  clearBack();
  if (!html && !plain) {
    await openFile(file);
    return;
  }
  let text = plain;
  if (html) {
    const extracted = await extractArticle(html, plain);
    text = extracted.text;
    if (extracted.extracted) {
      showStatus('Extracted the article from pasted HTML');
      extractedArticle = text;
    }
  }
  putText(text, { atSelection, selection });
  summarise(articleText());
}

const TEXT_FILE = /\.(txt|text|md|markdown)$/i;
const HTML_FILE = /\.(html?|xhtml)$/i;
const PDF_FILE = /\.pdf$/i;

async function openFile(file) {
  if (!file) return;
  const isHtml = HTML_FILE.test(file.name) || file.type === 'text/html' || file.type === 'application/xhtml+xml';
  const isText = TEXT_FILE.test(file.name) || file.type.startsWith('text/');
  const isPdf = PDF_FILE.test(file.name) || file.type === 'application/pdf';
  if (!isHtml && !isText && !isPdf) {
    showError(new Error(`${file.name || 'That file'} is not a text file; Briefly reads .txt, .md, .html and .pdf files`));
    return;
  }
  if (file.size > MAX_FILE_BYTES) {
    showError(new Error(`${file.name} is ${formatBytes(file.size)}; the limit is ${formatBytes(MAX_FILE_BYTES)}`));
    return;
  }
  clearBack();
  if (isPdf) {
    await openPdf(file);
    return;
  }
  let text;
  try {
    text = await file.text();
  } catch (err) {
    showError(new Error(`Could not read ${file.name}: ${err.message}`));
    return;
  }
  if (isHtml) {
    const extracted = await extractArticle(text);
    text = extracted.text;
    showStatus(extracted.extracted ? `Extracted the article from ${file.name}` : `Opened the text of ${file.name}`);
    if (extracted.extracted) extractedArticle = text;
  } else {
    showStatus(`Opened ${file.name}`);
  }
  putText(text);
  summarise(text);
}

/** Reads a PDF's text on this device (pdf.js, loaded now for the first time) and summarises it. */
async function openPdf(file) {
  showStatus(`Reading ${file.name}…`, { sticky: true });
  let read;
  try {
    const { readPdf } = await import('./pdf.js');
    read = await readPdf(await file.arrayBuffer());
  } catch (err) {
    showStatus('');
    showError(new Error(`Could not read ${file.name} as a PDF (${err?.message ?? err})`));
    return;
  }
  if (!read.text.trim()) {
    showStatus('');
    showError(new Error(`${file.name} has no text to read (a scanned PDF holds only pictures of pages)`));
    return;
  }
  const { pageAt } = await import('./pdf.js');
  pdf = { text: read.text, pages: read.pages, pageAt };
  showStatus(`Opened ${file.name} (${plural(read.pages.length, 'page')} with text)`);
  putText(read.text);
  summarise(read.text);
}

let dragDepth = 0;
const carriesFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');

function onDragEnter(event) {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  dragDepth++;
  ui.dropOverlay.hidden = false;
}

function onDragOver(event) {
  if (!carriesFiles(event)) return;
  event.preventDefault(); // otherwise the browser navigates away to the dropped file
  event.dataTransfer.dropEffect = 'copy';
}

function onDragLeave(event) {
  if (!carriesFiles(event)) return;
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) ui.dropOverlay.hidden = true;
}

async function onDrop(event) {
  dragDepth = 0;
  ui.dropOverlay.hidden = true;
  const data = event.dataTransfer;
  if (!data) return;
  const file = data.files?.[0];
  if (file) {
    event.preventDefault();
    await openFile(file);
    return;
  }
  // Text dragged within (or into) the box is the browser's to move; elsewhere it is a new article.
  if (event.target === ui.article) return;
  const html = data.getData('text/html');
  const plain = data.getData('text/plain');
  if (!html && !plain) return;
  event.preventDefault();
  clearBack();
  let text = plain;
  if (html) {
    const extracted = await extractArticle(html, plain);
    text = extracted.text;
    if (extracted.extracted) {
      showStatus('Extracted the article from the dropped page');
      extractedArticle = text;
    }
  }
  putText(text);
  summarise(text);
}

let sizeTimer = 0;
function onArticleChanged() {
  if (current) ui.stale.hidden = articleText() === current.input;
  // Counting is cheap but not free on a 5 MB text: once typing pauses is soon enough.
  clearTimeout(sizeTimer);
  if (articleText().length < LONG_INPUT) updateSize();
  else sizeTimer = setTimeout(updateSize, 200);
}

function updateSize() {
  const n = articleText().length;
  ui.size.textContent = n === 0 ? 'Empty' : `${fmt(n)} characters`;
}

function summariseOther(article) {
  if (!current) return;
  const whole = current.input;
  const part = whole.slice(article.start, article.end);
  previousText = whole;
  putText(part, { keepLanguage: true });
  ui.back.hidden = false;
  summarise(part, { about: article.title || 'the other article' });
}

function clearBack() {
  previousText = null;
  ui.back.hidden = true;
  clearStatus('job');
}

// ---------------------------------------------------------------------------------------------
// Copy and download

const about = () => ({ title: current.summary.title ?? '' });

async function copy(text, what) {
  if (await copyText(text)) showStatus(`Copied the summary${what}`);
  else showError(new Error('The browser did not allow copying; select the sentences and copy them yourself'));
}

function download() {
  const name = `${slug(current.summary.title || 'summary')}.md`;
  const url = URL.createObjectURL(new Blob([markdown(current.summary, about())], { type: 'text/markdown' }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  showStatus(`Saved ${name}`);
}

function slug(s) {
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return out ? `${out}-summary` : 'summary';
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const fmt = formatNumber;

function byteLength(text) {
  return text.length < 1024 ? new TextEncoder().encode(text).length : new Blob([text]).size;
}

function formatBytes(n) {
  if (n < 1000) return plural(n, 'byte');
  if (n < 1_000_000) return `${(n / 1000).toFixed(1)} KB`;
  return `${(n / 1_000_000).toFixed(1)} MB`;
}

// ---------------------------------------------------------------------------------------------
// Wiring

function restoreLength() {
  let saved = null;
  try {
    saved = normaliseLength(localStorage.getItem(LENGTH_KEY));
  } catch {
    // Storage may be disabled; the default length is fine.
  }
  fillLengthSelect(ui.length, saved ?? DEFAULT_LENGTH);
}

function init() {
  restoreLength();
  if (/Mac|iPhone|iPad/.test(navigator.userAgentData?.platform ?? navigator.platform ?? '')) {
    $('mod-key').textContent = '⌘';
  }

  ui.summarise.addEventListener('click', summariseArticleBox);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      summariseArticleBox();
    }
  });
  ui.length.addEventListener('change', () => {
    try {
      localStorage.setItem(LENGTH_KEY, ui.length.value);
    } catch {
      // Not remembering the choice is harmless.
    }
    if (job > 0 && ui.region.getAttribute('aria-busy') === 'true') return; // picked up when it finishes
    reselect();
  });
  ui.summariseAll.addEventListener('click', () => {
    if (current) summarise(current.input, { whole: true });
  });
  ui.language.addEventListener('change', () => {
    if (current) summarise(current.input, { whole: current.whole });
  });
  ui.article.addEventListener('input', onArticleChanged);
  document.addEventListener('paste', onPaste);
  document.addEventListener('dragenter', onDragEnter);
  document.addEventListener('dragover', onDragOver);
  document.addEventListener('dragleave', onDragLeave);
  document.addEventListener('drop', onDrop);

  ui.openFile.addEventListener('click', () => ui.fileInput.click());
  ui.fileInput.addEventListener('change', () => {
    const file = ui.fileInput.files?.[0];
    ui.fileInput.value = '';
    openFile(file);
  });
  ui.clear.addEventListener('click', () => {
    clearBack();
    job++;
    setBusy(false);
    current = null;
    putText('');
    ui.result.hidden = true;
    ui.details.hidden = true;
    ui.empty.hidden = false;
    ui.showHighlights.disabled = true;
    for (const b of [ui.copyText, ui.copyMarkdown, ui.download]) b.disabled = true;
    hideError();
    showStatus('');
    ui.article.focus();
  });
  $('try-example').addEventListener('click', async () => {
    try {
      const response = await fetch(new URL('./example.txt', import.meta.url));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      clearBack();
      putText(text);
      summarise(text);
    } catch (err) {
      showError(new Error(`Could not load the example (${err.message})`));
    }
  });
  ui.showAll.addEventListener('click', () => {
    const text = articleText();
    leaveLarge();
    ui.article.value = text;
    ui.article.focus();
  });
  ui.back.addEventListener('click', () => {
    const text = previousText;
    clearBack();
    if (text !== null) {
      putText(text, { keepLanguage: true });
      summarise(text);
    }
  });

  ui.showText.addEventListener('click', () => {
    showView('text');
    ui.article.focus();
  });
  ui.showHighlights.addEventListener('click', () => showView('highlights'));
  ui.sentences.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a.sentence') : null;
    if (!link) return;
    event.preventDefault();
    jumpTo(link.dataset.k);
  });

  // The plain copy is the sentences alone: the title is the reader's own (it came with the paste).
  ui.copyText.addEventListener('click', () => current && copy(plainText(current.summary), ''));
  ui.copyMarkdown.addEventListener('click', () => current && copy(markdown(current.summary, about()), ' as Markdown'));
  ui.download.addEventListener('click', () => current && download());

  updateSize();
  // Start loading the module now so the first summary does not wait for it.
  summariser.warm();
  fillLanguages();

  registerServiceWorker();
}

/**
 * Registers the service worker (offline use) and tells the reader when a new version has been
 * downloaded: it waits until they choose to reload, so nothing changes under a summary in use.
 */
function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  const offer = (registration) => {
    if (!registration.waiting || !navigator.serviceWorker.controller) return;
    ui.update.hidden = false;
    ui.reload.onclick = () => {
      ui.reload.disabled = true;
      registration.waiting?.postMessage('activate');
    };
  };
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only a reload the reader asked for: the first visit's worker takes control silently.
    if (!ui.reload.disabled || reloading) return;
    reloading = true;
    location.reload();
  });
  navigator.serviceWorker.register('./sw.js', { updateViaCache: 'none' }).then(
    (registration) => {
      // Automation that blocks service workers resolves with nothing.
      if (!registration) return;
      offer(registration);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed') offer(registration);
        });
      });
    },
    () => {
      // Without a service worker the page still works; it just will not work offline.
    },
  );
}

init();
