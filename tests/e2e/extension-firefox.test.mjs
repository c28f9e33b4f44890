// The extension's Firefox build in Firefox ESR (Debian's firefox-esr, driven by puppeteer-core
// over WebDriver BiDi). target/extension-test-firefox (written by `make build`: the Firefox
// package plus a host permission for 127.0.0.1) is installed as a temporary add-on.
//
// Automation may not navigate to moz-extension:// pages, so the test installs a copy with one
// more background module that opens panel.html for the active tab when the add-on is installed;
// from that page (an extension page, with the extension's API) it opens the panel for other tabs
// as the toolbar button would (`tabs.create`), and reads its settings and storage.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { REPO_ROOT, startServer } from './helpers.mjs';
import { firefoxManifest } from '../../scripts/firefox-manifest.mjs';

const FIREFOX_PATH = process.env.FIREFOX || '/usr/bin/firefox-esr';
const EXTENSION = path.join(REPO_ROOT, 'extension');
const TEST_COPY = path.join(REPO_ROOT, 'target', 'extension-test-firefox');
const FIXTURES = path.join(REPO_ROOT, 'tests', 'e2e', 'fixtures');

const norm = (text) => text.replace(/\s+/g, ' ').trim();
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

// Opens the panel for the tab that is active when the add-on is installed.
const HOOK = `// Test only: opens the panel, which automation cannot navigate to.
browser.runtime.onInstalled.addListener(async () => {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  await browser.tabs.create({ url: browser.runtime.getURL('panel.html') + '?tabId=' + tab.id + '&control=1' });
});
`;

describe('Firefox package', () => {
  test('the Firefox test copy is the Firefox package plus the loopback host permission, nothing else', () => {
    const shipped = readJson(path.join(EXTENSION, 'manifest.json'));
    const copy = readJson(path.join(TEST_COPY, 'manifest.json'));
    assert.deepEqual(copy, { ...firefoxManifest(shipped), host_permissions: ['http://127.0.0.1/*'] });
    assert.deepEqual(copy.background.scripts, ['background.js']);
    assert.equal(copy.sidebar_action.default_panel, 'panel.html');
    for (const file of ['pkg/briefly.js', 'pkg/briefly_bg.wasm', 'vendor/Readability.js', 'web/worker.js', 'panel.js']) {
      assert.ok(fs.existsSync(path.join(TEST_COPY, file)), `${file} is in the Firefox test copy`);
    }
  });
});

describe('extension in Firefox', () => {
  let browser;
  let server;
  let dir;
  let control;
  const requests = [];
  const scriptErrors = [];

  /** Records what a page requests and, for extension pages, its script errors. */
  function watch(page) {
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => scriptErrors.push(`${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') scriptErrors.push(message.text());
    });
    return page;
  }

  before(async () => {
    assert.ok(fs.existsSync(path.join(TEST_COPY, 'manifest.json')), `${TEST_COPY} is missing: run make build first`);
    server = await startServer(FIXTURES);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefly-firefox-'));
    fs.cpSync(TEST_COPY, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'test-hook.js'), HOOK);
    const manifest = readJson(path.join(dir, 'manifest.json'));
    manifest.background.scripts = ['test-hook.js', ...manifest.background.scripts];
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));

    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      enableExtensions: true,
    });
    const before = new Set(await browser.pages());
    await browser.installExtension(dir);
    // The hook's tab: an extension page whose url() may read about:blank; location.href does not.
    const deadline = Date.now() + 20_000;
    while (!control && Date.now() < deadline) {
      for (const page of await browser.pages()) {
        if (before.has(page)) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith('moz-extension://') && href.includes('control=1')) control = watch(page);
      }
      if (!control) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(control, 'the test hook opened an extension page');
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a fixture page; resolves to `{ page, tabId }` (the id as the extension sees it). */
  async function openFixture(name) {
    const page = watch(await browser.newPage());
    const url = new URL(name, server.url).href;
    await page.goto(url);
    const tabId = await control.evaluate(async (u) => (await browser.tabs.query({})).find((tab) => tab.url === u)?.id, url);
    assert.ok(Number.isInteger(tabId), `found the tab of ${url}`);
    return { page, tabId };
  }

  /** Opens the panel for a tab as a tab of its own, and waits for the summary (or an error). */
  async function openPanel(query) {
    const before = new Set(await browser.pages());
    await control.evaluate((q) => browser.tabs.create({ url: browser.runtime.getURL(`panel.html?${q}`) }), query);
    let panel = null;
    const deadline = Date.now() + 20_000;
    while (!panel && Date.now() < deadline) {
      for (const page of await browser.pages()) {
        if (before.has(page)) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.includes(`panel.html?${query}`)) panel = watch(page);
      }
      if (!panel) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(panel, `the panel for ${query} opened`);
    await panel.waitForFunction(
      () =>
        document.querySelectorAll('#sentences li').length > 0 || document.querySelector('#status[data-kind="error"]'),
      { timeout: 30_000 },
    );
    return panel;
  }

  const panelSentences = (panel) =>
    panel.evaluate(() => [...document.querySelectorAll('#summary li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()));

  /** Every highlight in the page's registry: `[{ name, texts }]`. */
  const highlights = (page) =>
    page.evaluate(() => [...CSS.highlights].map(([name, h]) => ({ name, texts: [...h].map((r) => r.toString()) })));

  const waitForHighlight = (page, count) =>
    page.waitForFunction((n) => [...CSS.highlights.values()].some((h) => h.size === n), { timeout: 20_000 }, count);

  test('summarises the article body and highlights exactly its sentences in the page', async () => {
    const { page, tabId } = await openFixture('article.html');
    const html = await page.content();
    const panel = await openPanel(`tabId=${tabId}`);
    const sentences = await panelSentences(panel);
    assert.equal(sentences.length, 3, 'the default length is three sentences');
    const body = norm(await page.$eval('.story-body', (el) => el.textContent));
    for (const sentence of sentences) assert.ok(body.includes(sentence), `"${sentence}" is from the article body`);
    assert.equal(await panel.$eval('#source', (el) => el.dataset.source), 'article');
    assert.equal(
      norm(await panel.$eval('h2', (el) => el.textContent)),
      'Harbour town votes to bring back its night ferry after twenty years',
    );

    await waitForHighlight(page, 3);
    const [main] = (await highlights(page)).filter((h) => h.texts.length === 3);
    assert.deepEqual(main.texts.map(norm), sentences);
    assert.notEqual(main.name, 'briefly', 'the highlight name is not guessable');
    assert.equal(await page.content(), html, "the page's HTML is left as it was");

    // A click on the last sentence scrolls the page to it and marks it as the one in focus.
    assert.equal(await page.evaluate(() => window.scrollY), 0);
    await panel.click('#sentences li:last-child button');
    await page.waitForFunction(() => window.scrollY > 0, { timeout: 10_000 });
    await page.waitForFunction(
      (last) => [...CSS.highlights.values()].some((h) => h.size === 1 && [...h][0].toString().replace(/\s+/g, ' ').trim() === last),
      { timeout: 10_000 },
      sentences.at(-1),
    );

    // Turning highlights off takes them out; on puts them back.
    await panel.click('#highlights');
    await page.waitForFunction(() => CSS.highlights.size === 0, { timeout: 10_000 });
    await panel.click('#highlights');
    await waitForHighlight(page, 3);
    await panel.close();
    await page.close();
  });

  test('a German article is read as German, and a longer length re-selects', async () => {
    const { page, tabId } = await openFixture('artikel-de.html');
    const panel = await openPanel(`tabId=${tabId}`);
    assert.match(await panel.$eval('#meta', (el) => el.textContent), /German/);
    assert.match(await panel.$eval('#language option', (el) => el.textContent), /Detected: German/);
    await panel.select('#length', 'sentences:5');
    await panel.waitForFunction(() => document.querySelectorAll('#sentences li').length === 5, { timeout: 10_000 });
    await waitForHighlight(page, 5);
    await panel.close();
    await page.close();
  });

  test('summarises the selected text when asked to (the context menu path)', async () => {
    const { page, tabId } = await openFixture('article.html');
    const selected = await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('.story-body p');
      const range = document.createRange();
      range.setStartBefore(paragraphs[4]);
      range.setEndAfter(paragraphs[8]);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return getSelection().toString();
    });
    const panel = await openPanel(`tabId=${tabId}&source=selection`);
    const sentences = await panelSentences(panel);
    assert.ok(sentences.length > 0);
    for (const sentence of sentences) assert.ok(norm(selected).includes(sentence), `"${sentence}" is in the selection`);
    assert.equal(await panel.$eval('#source', (el) => el.dataset.source), 'selection');
    await panel.close();
    await page.close();
  });

  test('the default length and the language come from the options', async () => {
    await control.evaluate(() => browser.storage.sync.set({ length: 'sentences:2', language: 'fr' }));
    const { page, tabId } = await openFixture('article.html');
    const panel = await openPanel(`tabId=${tabId}`);
    assert.equal((await panelSentences(panel)).length, 2);
    assert.equal(await panel.$eval('#length', (el) => el.value), 'sentences:2');
    assert.match(await panel.$eval('#meta', (el) => el.textContent), /French/);
    await control.evaluate(() => browser.storage.sync.clear());
    await panel.close();
    await page.close();
  });

  test('Firefox has no side panel: the summary lives in the sidebar', async () => {
    const api = await control.evaluate(() => ({
      sidePanel: typeof browser.sidePanel,
      sidebarOpen: typeof browser.sidebarAction?.open,
      panel: browser.runtime.getManifest().sidebar_action?.default_panel?.split('/').pop(),
    }));
    assert.deepEqual(api, { sidePanel: 'undefined', sidebarOpen: 'function', panel: 'panel.html' });
  });

  test('without the Custom Highlight API the panel says so and leaves the page alone', async () => {
    const { page, tabId } = await openFixture('article.html');
    // Take the API away in the extension's isolated world, where highlight.js runs.
    await control.evaluate(
      (id) =>
        browser.scripting.executeScript({
          target: { tabId: id },
          func: () => {
            globalThis.Highlight = undefined;
          },
        }),
      tabId,
    );
    const panel = await openPanel(`tabId=${tabId}`);
    assert.equal((await panelSentences(panel)).length, 3, 'the summary still works');
    await panel.waitForFunction(() => /can't highlight/.test(document.getElementById('note').textContent), { timeout: 10_000 });
    assert.equal(await panel.$eval('#highlights', (el) => el.disabled), true);
    assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
    await panel.close();
    await page.close();
  });

  test('the extension pages ran without script errors', () => {
    assert.deepEqual(scriptErrors, []);
  });

  test('nothing is requested beyond the local test server and the extension itself', () => {
    assert.ok(requests.length > 0, 'requests were recorded');
    const origin = new URL(server.url).origin;
    // data: URLs (Firefox's own fonts for form controls) are no requests to anywhere.
    const elsewhere = requests.filter(
      (url) => !url.startsWith(`${origin}/`) && !url.startsWith('moz-extension://') && !url.startsWith('data:'),
    );
    assert.deepEqual(elsewhere, []);
  });
});
