// The extension's reading of a page, headless, for `make eval-pages` (scripts/eval_pages.py).
//
//   node scripts/eval_pages_extension.mjs PKG_DIR FOLDER...
//
// Each FOLDER's source.html is opened in one headless Chromium (Debian's, through puppeteer-core)
// as the reader's tab: page scripts off, every request but the page itself aborted, 1280x800 as
// innertext.txt was taken. Then it does what the panel does (extension/panel.js): injects
// Readability into an isolated world, runs web/extract.js's `readDocument(null, {})` there, and
// hands the text it returns to the wasm core (PKG_DIR/briefly.js and briefly_bg.wasm, the build's
// own package) as the panel's worker does (web/worker.js): `new Analysis(text, options)`, then
// `summary(options)` at the default length, 3 sentences. The wasm runs here in Node rather than
// in the browser: the same module, the same calls, and one process for the whole run.
//
// Writes one JSON line per folder, in the order given:
//   { folder, source, text, title, wordsIn, sentences, error? }
// `source` is readDocument's ('article' | 'page'), `text` what it returned (what the core was
// given), `title` what the panel shows (the extracted title, else the core's), `sentences` the
// 3-sentence summary, `wordsIn` the words it took as the article (what the core keeps of `text`
// as the article is the native tool's `--article` of it: the core answers the same in both).
// Exit status 3 with one line on stderr when Chromium, puppeteer-core or PKG_DIR is missing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The same Chromium and flags as the end-to-end tests: headless, as root, no network.
const helpers = await import(pathToFileURL(path.join(ROOT, 'tests/e2e/helpers.mjs')).href).catch(() => null);
if (!helpers) unavailable('the test helpers need the npm packages (npm ci)');
const { CHROMIUM_PATH: CHROMIUM, CHROMIUM_ARGS: ARGS } = helpers;
// Two tabs keep both cores busy: one page lays out while the other's text is summarised.
const TABS = Math.max(1, Number.parseInt(process.env.EVAL_TABS ?? '2', 10) || 2);
const LOAD_TIMEOUT_MS = 30_000;
// The panel's default length (web/lengths.js DEFAULT_LENGTH).
const OPTIONS = { sentences: 3 };
// A host that cannot resolve: nothing is fetched from it, every request is answered here.
const ORIGIN = 'http://pages.invalid';

function unavailable(why) {
  process.stderr.write(`${why}\n`);
  process.exit(3);
}

const [pkgDir, ...folders] = process.argv.slice(2);
if (!pkgDir) unavailable('usage: eval_pages_extension.mjs PKG_DIR FOLDER...');
const pkgJs = path.resolve(pkgDir, 'briefly.js');
const pkgWasm = path.resolve(pkgDir, 'briefly_bg.wasm');
if (!fs.existsSync(pkgJs) || !fs.existsSync(pkgWasm)) unavailable(`no wasm build in ${pkgDir} (make build)`);
if (!fs.existsSync(CHROMIUM)) unavailable(`no Chromium at ${CHROMIUM} (make setup, or set CHROMIUM)`);
let puppeteer;
try {
  puppeteer = (await import('puppeteer-core')).default;
} catch {
  unavailable('puppeteer-core is not installed (npm ci)');
}
const readabilityFile = path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js');
if (!fs.existsSync(readabilityFile)) unavailable('@mozilla/readability is not installed (npm ci)');
const READABILITY = fs.readFileSync(readabilityFile, 'utf8');
const { readDocument, readsWhole } = await import(pathToFileURL(path.join(ROOT, 'web/extract.js')).href);
const { initSync, Analysis } = await import(pathToFileURL(pkgJs).href);
initSync({ module: fs.readFileSync(pkgWasm) });

/** Summarises `extracted.text` as the panel's worker does. */
function summarise(extracted) {
  const options = readsWhole(extracted) ? { ...OPTIONS, whole: true } : OPTIONS;
  const analysis = new Analysis(extracted.text, options);
  try {
    const summary = analysis.summary(options);
    return {
      title: extracted.title || summary.title || null,
      wordsIn: summary.stats?.wordsIn ?? 0,
      sentences: summary.sentences.map((s) => s.text),
    };
  } finally {
    analysis.free();
  }
}

/** One tab, reused page after page; answers only the request for the page it is showing. */
async function openTab(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  const tab = { page, url: null, body: null, cdp: await page.createCDPSession() };
  page.on('request', (request) => {
    if (request.url() === tab.url && request.isNavigationRequest()) {
      // The saved sources are UTF-8 whatever their <meta charset> says; the header wins over it.
      request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: tab.body }).catch(() => {});
    } else if (request.isNavigationRequest()) {
      // "No content" keeps the document in place: a <meta http-equiv=refresh> (live inside
      // <noscript> with scripts off, where the reader's browser would not follow it) or a frame
      // that wants to load leaves the page as it was.
      request.respond({ status: 204, body: '' }).catch(() => {});
    } else {
      request.abort().catch(() => {});
    }
  });
  return tab;
}

/** Opens `folder`'s source.html in `tab` and reads it as the extension would. */
async function readPage(tab, folder, index) {
  tab.url = `${ORIGIN}/${index}/${encodeURIComponent(path.basename(folder))}/`;
  tab.body = fs.readFileSync(path.join(folder, 'source.html'));
  try {
    await tab.page.goto(tab.url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  } catch (error) {
    // A page still loading after the timeout is read as it stands, as a reader's click would.
    if (!/timeout/i.test(String(error?.message))) throw error;
  }
  // The extension's isolated world: the page's globals are not visible there, nor ours to it.
  const { frameTree } = await tab.cdp.send('Page.getFrameTree');
  const { executionContextId } = await tab.cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'briefly-eval',
  });
  const injected = await tab.cdp.send('Runtime.evaluate', { expression: READABILITY, contextId: executionContextId });
  if (injected.exceptionDetails) throw new Error(`Readability: ${injected.exceptionDetails.text}`);
  const read = await tab.cdp.send('Runtime.callFunctionOn', {
    functionDeclaration: readDocument.toString(),
    executionContextId,
    arguments: [{ value: null }, { value: { preferSelection: false } }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (read.exceptionDetails) {
    throw new Error(`readDocument: ${read.exceptionDetails.exception?.description ?? read.exceptionDetails.text}`);
  }
  const extracted = read.result.value;
  // Nothing may have replaced the page (the request handler above should see to that).
  if (extracted.url !== tab.url) throw new Error(`the page navigated away to ${extracted.url}`);
  return extracted;
}

const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
const results = new Array(folders.length);
let written = 0;
/** Writes finished results in input order. */
function flush() {
  while (written < results.length && results[written]) {
    process.stdout.write(`${JSON.stringify(results[written])}\n`);
    written += 1;
  }
}

let next = 0;
async function work() {
  let tab = await openTab(browser);
  while (next < folders.length) {
    const index = next++;
    const folder = folders[index];
    let result;
    try {
      const extracted = await readPage(tab, folder, index);
      const text = typeof extracted?.text === 'string' ? extracted.text : '';
      result = { folder, source: extracted.source, text, ...summarise({ ...extracted, text }) };
    } catch (error) {
      const message = String(error?.message ?? error).slice(0, 200);
      result = { folder, source: null, text: '', title: null, wordsIn: 0, sentences: [], error: message };
      // A tab in an unknown state is replaced.
      await tab.page.close().catch(() => {});
      tab = await openTab(browser);
    }
    results[index] = result;
    flush();
  }
  await tab.page.close().catch(() => {});
}

try {
  await Promise.all(Array.from({ length: Math.min(TABS, folders.length) }, work));
} finally {
  await browser.close();
}
flush();
