// The page as a reader uses it: paste or drop an article, read the summary, change its length,
// see the sentences in place, keep working offline, and never send anything anywhere.
//
// Needs `make build` first (www/pkg/ and www/vendor/). Run: node --test tests/e2e/page.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { launchBrowser, startServer, readSeed, REPO_ROOT } from './helpers.mjs';

const WWW = path.join(REPO_ROOT, 'www');
const MENAFN = readSeed('seed-menafn-korea');
const ARABNEWS = readSeed('seed-arabnews-two-articles');

let browser;
let server;

before(async () => {
  for (const file of ['pkg/briefly.js', 'pkg/briefly_bg.wasm', 'vendor/readability.mjs']) {
    if (!fs.existsSync(path.join(WWW, file))) throw new Error(`www/${file} is missing: run \`make build\` first`);
  }
  server = await startServer(WWW);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page on the app; fails the test on any uncaught page error. */
async function openApp(t, { serviceWorkers = 'block', ...contextOptions } = {}) {
  const context = await browser.newContext({ serviceWorkers, ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  // Anything the page's Content Security Policy had to block is a defect too, except the event
  // handler attributes of pasted HTML: Chromium reports those even while parsing them into an
  // inert document (paste.js), where they could never run.
  await page.exposeBinding('__reportViolation', (_source, { directive, file, text }) => {
    if (directive === 'script-src-attr' && file.endsWith('/paste.js')) return;
    errors.push(`CSP: ${text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportViolation({
        directive: e.violatedDirective,
        file: e.sourceFile,
        text: `${e.violatedDirective} blocked ${e.blockedURI || 'inline code'} at ${e.sourceFile}:${e.lineNumber}`,
      }),
    );
  });
  t.after(async () => {
    await context.close();
    assert.deepEqual(errors, [], 'uncaught errors or CSP violations in the page');
  });
  await page.goto(server.url);
  return { context, page };
}

const region = (page) => page.getByRole('region', { name: 'Summary' });
const items = (page) => region(page).getByRole('listitem');
const fold = (s) => s.replace(/\s+/g, ' ').trim();

/** Dispatches a paste of `text` (and `html`, when given) onto the Article box, as a browser would. */
async function paste(page, { text = '', html = '' }) {
  await page.getByRole('textbox', { name: 'Article' }).evaluate(
    (box, { text, html }) => {
      const data = new DataTransfer();
      if (text) data.setData('text/plain', text);
      if (html) data.setData('text/html', html);
      box.focus();
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { text, html },
  );
}

/** Waits until the summary is idle and shows `count` items (any number > 0 when absent). */
async function summaryShown(page, count, timeout = 30_000) {
  await page.waitForFunction(
    (count) => {
      const section = document.getElementById('summary-heading')?.closest('section');
      const n = section?.querySelectorAll('li').length ?? 0;
      return section?.getAttribute('aria-busy') === 'false' && (count === null ? n > 0 : n === count);
    },
    count ?? null,
    { timeout },
  );
  return items(page).allTextContents();
}

/** Checks what a reader of any seed summary must never see. */
function assertCleanSummary(sentences, input) {
  assert.ok(sentences.length > 0, 'no summary sentences');
  for (const s of sentences) {
    assert.doesNotMatch(s, /Legal Disclaimer|Short Url|https?:\/\/|www\.|©|MENAFN\d/i, `boilerplate in: ${s}`);
    assert.doesNotMatch(s, /\b(U\.S|N)\.$/, `sentence cut after an abbreviation: ${s}`);
    assert.doesNotMatch(s, /^(Military|Korea)\b/, `sentence starts mid-phrase: ${s}`);
  }
  assert.equal(new Set(sentences.map(fold)).size, sentences.length, 'the same sentence twice');
  // Document order: each sentence's source comes after the previous one's.
  const text = fold(input);
  let at = -1;
  for (const s of sentences) {
    const found = text.indexOf(fold(s), at + 1);
    assert.ok(found > at, `not in document order (or not in the input): ${s}`);
    at = found;
  }
}

test('the page starts with an empty state and asks for text before summarising', async (t) => {
  const { page } = await openApp(t);
  await page.getByText('Your summary will appear here').waitFor();
  assert.equal(await items(page).count(), 0);
  await page.getByRole('button', { name: 'Summarise', exact: true }).click();
  await page.getByRole('status').getByText('Paste or type an article first.').waitFor();
  assert.equal(await items(page).count(), 0);
  // The empty state offers an example to try.
  await page.getByRole('button', { name: 'Try an example article' }).click();
  const sentences = await summaryShown(page, 3);
  const example = await page.getByRole('textbox', { name: 'Article' }).inputValue();
  assert.match(example, /^Night trains return to the Alps/);
  assert.ok(sentences.every((s) => example.includes(s)));
  assert.equal(await page.getByText('Your summary will appear here').isHidden(), true);
});

test('pasting the MENAFN seed shows a clean three-sentence summary with the title intact', async (t) => {
  const { page } = await openApp(t);
  await paste(page, { text: MENAFN });
  const sentences = await summaryShown(page, 3);
  assertCleanSummary(sentences, MENAFN);
  assert.equal(await page.getByRole('textbox', { name: 'Article' }).inputValue(), MENAFN);
  const stats = await page.locator('#stats').textContent();
  assert.match(stats, /Language\s*English/);
  assert.match(stats, /Reading time saved/);
});

test('pasting the Arab News seed summarises the first article and offers the second', async (t) => {
  const { page } = await openApp(t);
  await paste(page, { text: ARABNEWS });
  const first = await summaryShown(page, 3);
  assertCleanSummary(first, ARABNEWS);
  assert.ok(first.every((s) => !/Burkina|Mali|travel ban/.test(s)), `second story leaked in: ${first}`);

  // The summary and the list of other articles are shown together.
  const others = page.getByRole('list', { name: 'Also in this text' }).getByRole('listitem');
  assert.ok((await others.count()) > 0, 'the second article is not offered');
  await others.first().getByRole('button', { name: 'Show its summary' }).click();
  const box = page.getByRole('textbox', { name: 'Article' });
  await page.waitForFunction(() => document.getElementById('article').value.length < 7000);
  const part = await box.inputValue();
  assert.ok(ARABNEWS.includes(part) && part.length < ARABNEWS.length, 'the box holds a slice of the paste');
  assert.match(part, /Burkina|Mali/);
  await page.waitForFunction(
    (before) => [...document.querySelectorAll('#sentences li')].map((li) => li.textContent).join('\n') !== before,
    first.join('\n'),
  );
  const second = await summaryShown(page);
  assertCleanSummary(second, part);

  await page.getByRole('button', { name: 'Back to the whole text' }).click();
  await page.waitForFunction((n) => document.getElementById('article').value.length === n, ARABNEWS.length);
  assert.deepEqual(await summaryShown(page, 3), first);
});

test('the Length control re-selects the summary at once', async (t) => {
  const { page } = await openApp(t);
  await paste(page, { text: ARABNEWS });
  await summaryShown(page, 3);
  const length = page.getByLabel('Length');
  for (const [label, count] of [['1 sentence', 1], ['5 sentences', 5], ['10 sentences', 10], ['2 sentences', 2]]) {
    await length.selectOption({ label });
    const sentences = await summaryShown(page, count);
    assertCleanSummary(sentences, ARABNEWS);
  }
  // A share of the article: 30% gives more sentences than 10%.
  await length.selectOption('ratio:0.1');
  const tenth = (await summaryShown(page)).length;
  await length.selectOption('ratio:0.3');
  await page.waitForFunction((n) => document.querySelectorAll('#sentences li').length > n, tenth);
  // The choice is remembered for the next visit.
  await page.reload();
  assert.equal(await page.getByLabel('Length').inputValue(), 'ratio:0.3');
});

test('the highlight view marks exactly the summary sentences, and a click jumps to one', async (t) => {
  const { page } = await openApp(t);
  await paste(page, { text: MENAFN });
  await page.getByLabel('Length').selectOption({ label: '5 sentences' });
  const sentences = await summaryShown(page, 5);
  await page.getByRole('button', { name: 'Highlights' }).click();
  const view = page.getByRole('document', { name: 'Highlighted text' });
  await view.waitFor();
  assert.equal(fold(await view.textContent()), fold(MENAFN), 'the view shows the whole article');
  const marks = await view.locator('mark').allTextContents();
  assert.deepEqual(marks.map(fold), sentences.map(fold));

  // Clicking the third summary sentence brings its mark into view, focused and flashing.
  await items(page).nth(2).getByRole('link').click();
  const third = view.locator('mark').nth(2);
  await page.waitForFunction(() => document.activeElement?.tagName === 'MARK');
  assert.equal(await third.evaluate((m) => m === document.activeElement && m.classList.contains('flash')), true);

  // Back to the text; the Article box is editable again.
  await page.getByRole('button', { name: 'Text', exact: true }).click();
  assert.equal(await page.getByRole('textbox', { name: 'Article' }).isEditable(), true);
});

test('dropping a .txt file, or an .html page, onto the article box summarises it', async (t) => {
  const { page } = await openApp(t);
  const drop = (name, type, content) =>
    page.getByRole('textbox', { name: 'Article' }).evaluate(
      (box, { name, type, content }) => {
        const data = new DataTransfer();
        data.items.add(new File([content], name, { type }));
        box.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
        box.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { name, type, content },
    );
  await drop('korea.txt', 'text/plain', MENAFN);
  assertCleanSummary(await summaryShown(page, 3), MENAFN);
  assert.equal(await page.getByRole('textbox', { name: 'Article' }).inputValue(), MENAFN);
  assert.equal(await page.locator('#drop-overlay').isHidden(), true, 'the drop hint goes away');

  await drop('story.html', 'text/html', NEWS_PAGE);
  await page.getByRole('status').getByText('Extracted the article from story.html').waitFor();
  const text = await page.getByRole('textbox', { name: 'Article' }).inputValue();
  assert.match(text, /harbour/);
  assert.doesNotMatch(text, /Subscribe to our newsletter|Most read/);
});

// A news page: navigation, an article, a sidebar and a footer, plus things that must stay inert.
const NEWS_PAGE = `<!doctype html><html><head><title>Harbour reopens | Example News</title>
<link rel="stylesheet" href="http://example.invalid/site.css"><script>window.__xss = 4</script></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
<a href="/subscribe">Subscribe to our newsletter</a></nav></header>
<main><article><h1>City harbour reopens after two-year rebuild</h1>
<img src="http://example.invalid/pixel.gif" onerror="window.__xss = 3" alt="">
<p>The city's harbour reopened on Monday after a two-year rebuild that deepened the channel and replaced the old timber quays with concrete berths able to take larger ferries.</p>
<p>The harbour master said the first ferry docked shortly after dawn and that traffic would return to its old timetable by the end of the month, once pilots had trained on the new approach.</p>
<p>The rebuild cost 84 million euros, most of it from a regional fund, and ran four months late after storms in the first winter washed away part of the temporary breakwater.</p>
<p>Fishing crews, who moved to a neighbouring port during the works, welcomed the reopening but said the new mooring fees were higher than those they had paid before the rebuild.</p>
<p>The council plans a second phase next year that would add a covered fish market and a cycle path along the quay, subject to a vote in the spring.</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Local team wins cup</a></li><li><a href="/b">Weather warning</a></li></ul></aside>
<footer>© 2025 Example News. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>`;

test('pasting a copied web page extracts its article and runs nothing from it', async (t) => {
  const { page } = await openApp(t);
  await paste(page, { html: NEWS_PAGE, text: 'Home World Sport Subscribe to our newsletter City harbour reopens' });
  await page.getByRole('status').getByText('Extracted the article from pasted HTML').waitFor();
  const text = await page.getByRole('textbox', { name: 'Article' }).inputValue();
  assert.match(text, /^City harbour reopens after two-year rebuild/);
  assert.match(text, /The rebuild cost 84 million euros/);
  assert.doesNotMatch(text, /Subscribe to our newsletter|Most read|All rights reserved|Weather warning/);
  const sentences = await summaryShown(page, 3);
  assert.ok(sentences.every((s) => text.includes(s)), 'summary sentences come from the extracted text');
  assert.equal(await page.evaluate(() => window.__xss), undefined);
});

test('an article extracted from pasted HTML is read whole: its intro above a list is not lost', async (t) => {
  const { page } = await openApp(t);
  const html = fs.readFileSync(path.join(REPO_ROOT, 'tests', 'e2e', 'fixtures', 'recipe.html'), 'utf8');
  await paste(page, { html, text: 'The Coastal Kitchen Recipes Baking Drinks Subscribe Harbour fish stew for a cold evening' });
  await page.getByRole('status').getByText('Extracted the article from pasted HTML').waitFor();
  await summaryShown(page, 3);
  const sentences = async () => (await page.locator('.stat', { hasText: 'Sentences' }).locator('dd').innerText()).match(/of (\d+)/)[1];
  // Two paragraphs of intro and four steps, two sentences each.
  assert.ok(Number(await sentences()) >= 12, `the whole recipe was read (${await sentences()} sentences)`);
  assert.equal(await page.getByRole('button', { name: 'Summarise everything' }).isHidden(), true);
});

test('pasting a copied selection of paragraphs keeps its text as copied', async (t) => {
  const { page } = await openApp(t);
  const paragraphs = MENAFN.split('\n').filter((l) => l.length > 120).slice(0, 4);
  const html = `<meta charset="utf-8"><div class="x"><p>${paragraphs.join('</p><p>')}</p></div>`;
  await paste(page, { html, text: paragraphs.join('\n\n') });
  await summaryShown(page, 3);
  assert.equal(await page.getByRole('textbox', { name: 'Article' }).inputValue(), paragraphs.join('\n\n'));
  assert.equal(await page.getByRole('status').textContent(), '', 'nothing was extracted, so nothing is claimed');
});

test('markup in an article is shown as text and never run', async (t) => {
  const { page } = await openApp(t);
  const article = [
    'Security researchers found that the forum displayed <img src=x onerror=window.__xss=1> as a raw tag in its comment previews.',
    'The same preview also showed <script>window.__xss=2</script> exactly as it was typed by the commenter.',
    'The forum said it now treats every comment as plain text before it reaches the page.',
    'Researchers praised the quick fix and said other forums should check their own previews.',
  ].join('\n\n');
  await paste(page, { text: article });
  await page.getByLabel('Length').selectOption({ label: '5 sentences' });
  await summaryShown(page);
  await page.getByRole('button', { name: 'Highlights' }).click();
  const view = page.getByRole('document', { name: 'Highlighted text' });
  const shown = await view.textContent();
  assert.ok(shown.includes('<img src=x onerror=window.__xss=1>'), 'the img tag is visible as text');
  assert.ok(shown.includes('<script>window.__xss=2</script>'), 'the script tag is visible as text');
  assert.equal(await page.locator('main img, main script').count(), 0, 'no element was created from the text');
  assert.equal(await page.evaluate(() => window.__xss), undefined);
});

test('nothing the page does sends a request beyond its own origin', async (t) => {
  const { context, page } = await openApp(t, { serviceWorkers: 'allow' });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  await page.reload();
  await paste(page, { text: MENAFN });
  await summaryShown(page, 3);
  await paste(page, { html: NEWS_PAGE });
  await page.getByRole('status').getByText('Extracted the article from pasted HTML').waitFor();
  await summaryShown(page);
  await page.getByRole('button', { name: 'Highlights' }).click();
  await items(page).first().getByRole('link').click();
  await page.getByLabel('Length').selectOption({ label: '7 sentences' });
  await summaryShown(page);
  assert.ok(requests.length > 0, 'requests were recorded');
  const origin = new URL(server.url).origin;
  const outside = requests.filter((url) => !url.startsWith(origin + '/') && !/^(data|blob):/.test(url));
  assert.deepEqual(outside, []);
});

test('after a first visit the page summarises offline', async (t) => {
  const { context, page } = await openApp(t, { serviceWorkers: 'allow' });
  // The service worker takes control once it has cached the app (it claims the open page).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await context.setOffline(true);
  await page.reload();
  await paste(page, { text: ARABNEWS });
  assertCleanSummary(await summaryShown(page, 3), ARABNEWS);
  // Readability comes from the cache too.
  await paste(page, { html: NEWS_PAGE });
  await page.getByRole('status').getByText('Extracted the article from pasted HTML').waitFor();
  await context.setOffline(false);
});

test('a 5 MB paste keeps the page responsive and ends with a summary', async (t) => {
  const { page } = await openApp(t);
  await page.evaluate((seed) => {
    const lines = seed.split('\n').filter((l) => l.trim());
    const out = [];
    let size = 0;
    // Distinct paragraphs (numbered), so nothing folds away and the summariser does the full work.
    for (let i = 0; size < 5_000_000; i++) {
      const line = `${lines[i % lines.length]} Report ${i} adds detail number ${i * 7}.`;
      out.push(line);
      size += line.length + 2;
    }
    window.__big = out.join('\n\n');
    window.__ticks = 0;
    const section = document.getElementById('summary-heading').closest('section');
    const beat = () => {
      if (section.getAttribute('aria-busy') === 'true') window.__ticks++;
      setTimeout(beat, 0);
    };
    beat();
  }, ARABNEWS);
  await page.getByRole('textbox', { name: 'Article' }).evaluate((box) => {
    const data = new DataTransfer();
    data.setData('text/plain', window.__big);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  assert.equal(await region(page).getAttribute('aria-busy'), 'true');
  assert.match(await page.getByText(/^Summarising .*…$/).textContent(), /^Summarising 5\.\d MB…$/);
  const sentences = await summaryShown(page, 3, 120_000);
  assert.equal(sentences.length, 3);
  const ticks = await page.evaluate(() => window.__ticks);
  // Were the wasm run on this thread, the heartbeat could not tick while it worked.
  assert.ok(ticks >= 25, `the page froze while summarising: only ${ticks} heartbeat ticks`);
  // The whole text was summarised, though the box shows only its beginning (laying out 5 MB
  // in a textarea would freeze the page for seconds).
  const wordsIn = Number((await page.locator('#stats').textContent()).match(/Words\s*([\d,]+)/)[1].replace(/,/g, ''));
  assert.ok(wordsIn > 100_000, `only ${wordsIn} words were summarised`);
  const shown = await page.getByRole('textbox', { name: 'Article' }).inputValue();
  assert.ok(shown.length > 10_000 && (await page.evaluate((s) => window.__big.startsWith(s), shown)));
  await page.getByText(/the whole text is summarised/).waitFor();
  // Ctrl+Enter summarises the whole text again, not the part on show.
  await page.getByRole('textbox', { name: 'Article' }).press('Control+Enter');
  await summaryShown(page, 3, 120_000);
  assert.match(await page.locator('#stats').textContent(), new RegExp(`Words\\s*${wordsIn.toLocaleString('en')}`));
});

test('Ctrl+Enter in the article box summarises what was typed', async (t) => {
  const { page } = await openApp(t);
  const box = page.getByRole('textbox', { name: 'Article' });
  await box.fill(MENAFN);
  await page.waitForTimeout(50);
  assert.equal(await items(page).count(), 0, 'typing alone does not summarise');
  await box.press('Control+Enter');
  assertCleanSummary(await summaryShown(page, 3), MENAFN);
});

test('from the article box, Tab reaches Summarise, and Enter on it summarises', async (t) => {
  const { page } = await openApp(t);
  const box = page.getByRole('textbox', { name: 'Article' });
  await box.fill(MENAFN);
  await box.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
  assert.equal(focused, 'Summarise');
  await page.keyboard.press('Enter');
  assertCleanSummary(await summaryShown(page, 3), MENAFN);
  // The summary sentences are links a keyboard can follow into the highlight view.
  await items(page).first().getByRole('link').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.tagName === 'MARK');
});

test('the summary can be copied as text and Markdown and downloaded', async (t) => {
  const { context, page } = await openApp(t);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await paste(page, { text: MENAFN });
  const sentences = await summaryShown(page, 3);
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await page.getByRole('status').getByText('Copied the summary').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), sentences.join('\n'));
  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await page.getByRole('status').getByText('Copied the summary as Markdown').waitFor();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(markdown, /^# /);
  assert.equal(markdown.split('\n').filter((l) => l.startsWith('- ')).length, 3);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .md' }).click()]);
  assert.match(download.suggestedFilename(), /\.md$/);
  const saved = fs.readFileSync(await download.path(), 'utf8');
  assert.equal(saved, markdown);
});

test('a trap in the wasm module is reported and the page keeps working', async (t) => {
  const { context, page } = await openApp(t);
  // Serve a package whose Analysis traps on a marker word, as a module bug would.
  await context.route('**/pkg/briefly.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `export * from './briefly.js?real';
export { default } from './briefly.js?real';
import { Analysis as Real } from './briefly.js?real';
export class Analysis extends Real {
  constructor(text, options) {
    if (text.includes('TRAP-NOW')) throw new WebAssembly.RuntimeError('unreachable');
    super(text, options);
  }
}`,
    }),
  );
  await page.reload();
  await paste(page, { text: `TRAP-NOW ${MENAFN}` });
  const alert = page.getByRole('alert');
  await alert.getByText(/Could not summarise this text/).waitFor();
  assert.match(await alert.textContent(), /unreachable/);
  await paste(page, { text: ARABNEWS });
  assertCleanSummary(await summaryShown(page, 3), ARABNEWS);
  assert.equal(await alert.isHidden(), true, 'the error goes away once a summary succeeds');
  // The fresh worker keeps the new analysis: Length still re-selects.
  await page.getByLabel('Length').selectOption({ label: '1 sentence' });
  await summaryShown(page, 1);
});

test('summarising moves nothing the reader is using', async (t) => {
  const { page } = await openApp(t, { viewport: { width: 1280, height: 800 } });
  const controls = [
    page.getByRole('textbox', { name: 'Article' }),
    page.getByRole('button', { name: 'Summarise', exact: true }),
    page.getByLabel('Length'),
    page.getByRole('heading', { name: 'Summary' }),
  ];
  const boxes = () => Promise.all(controls.map((c) => c.boundingBox()));
  const before = await boxes();
  await paste(page, { text: MENAFN });
  await summaryShown(page, 3);
  assert.deepEqual(await boxes(), before);
});

test('two columns when wide, one when narrow, and dark when the system is', async (t) => {
  for (const [width, colorScheme] of [[1280, 'light'], [390, 'dark']]) {
    const { page } = await openApp(t, { viewport: { width, height: 800 }, colorScheme });
    const article = await page.getByRole('textbox', { name: 'Article' }).boundingBox();
    const summary = await region(page).boundingBox();
    if (width > 900) assert.ok(summary.x > article.x + article.width, 'the summary sits beside the article');
    else assert.ok(summary.y > article.y + article.height, 'the summary sits below the article');
    assert.ok(summary.x + summary.width <= width, 'nothing overflows the viewport');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g).map(Number);
    const light = (r + g + b) / 3 > 128;
    assert.equal(light, colorScheme === 'light', `background ${background} in ${colorScheme} mode`);
  }
});

test('the page declares a strict Content Security Policy and has no inline code', () => {
  const html = fs.readFileSync(path.join(WWW, 'index.html'), 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1];
  assert.equal(
    csp,
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
      "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
  );
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'an inline script');
  assert.doesNotMatch(html, /<style|\sstyle=|\son[a-z]+=/i, 'an inline style or event handler');
  assert.doesNotMatch(html, /https?:\/\/(?!www\.w3\.org)/, 'a reference to another site');
});

test('the static server sends the right types and stays inside its root', async () => {
  const get = (p) =>
    new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: server.port, path: p }, (res) => {
        res.resume();
        resolve({ status: res.statusCode, type: res.headers['content-type'] });
      });
      req.on('error', reject);
    });
  assert.equal((await get('/pkg/briefly_bg.wasm')).type, 'application/wasm');
  assert.match((await get('/app.js')).type, /^text\/javascript/);
  assert.match((await get('/manifest.webmanifest')).type, /^application\/manifest\+json/);
  assert.match((await get('/icon.svg')).type, /^image\/svg\+xml/);
  assert.match((await get('/')).type, /^text\/html/);
  for (const escape of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/Cargo.toml', '/pkg/..%5c..%5cpackage.json']) {
    assert.notEqual((await get(escape)).status, 200, `${escape} escaped the root`);
  }
});

// ---------------------------------------------------------------------------------------------
// Rough edges readers hit

const ARABIC = [
  'صوّت مجلس بلدية الميناء مساء الثلاثاء بالإجماع على إعادة تشغيل خط العبارة الليلي الذي توقف قبل عشرين عاماً.',
  'وقال رئيس البلدية إن العبارة ستعمل ثلاث ليالٍ في الأسبوع خلال الصيف، على أن تزيد الرحلات إذا أقبل السكان عليها.',
  'وتبلغ كلفة المشروع نحو مليوني دينار في السنة الأولى، تتحمل الحكومة نصفها ضمن برنامج لدعم النقل البحري.',
  'ورحّب أصحاب المطاعم والمقاهي في الميناء بالقرار، وقالوا إن العبارة ستجلب زبائن جدداً من الجزر القريبة.',
  'أما المعارضون فقد حذّروا من أن الضجيج في ساعات الليل قد يزعج سكان الحي القديم.',
].join(' ');

test('Arabic reads right to left in the article box, the highlights and the summary', async (t) => {
  const { page } = await openApp(t);
  await paste(page, { text: ARABIC });
  await summaryShown(page);
  const direction = (locator) => locator.evaluate((el) => getComputedStyle(el).direction);
  assert.equal(await direction(page.getByRole('textbox', { name: 'Article' })), 'rtl');
  assert.equal(await direction(items(page).first().getByRole('link')), 'rtl');
  await page.getByRole('button', { name: 'Highlights' }).click();
  assert.equal(await direction(page.locator('#highlights')), 'rtl');
  // The page's own words stay left to right.
  assert.equal(await direction(page.getByRole('heading', { name: 'Summary' })), 'ltr');
});

test('status lines do not outlive what they were about', async (t) => {
  const { page } = await openApp(t);
  const status = page.getByRole('status').first();
  await page.getByRole('button', { name: 'Summarise', exact: true }).click();
  await status.getByText('Paste or type an article first.').waitFor();
  await paste(page, { text: ARABNEWS });
  await summaryShown(page, 3);
  assert.equal(await page.locator('#status').textContent(), '', 'the prompt goes once there is a summary');

  const others = page.getByRole('list', { name: 'Also in this text' }).getByRole('listitem');
  await others.first().getByRole('button', { name: 'Show its summary' }).click();
  await page.locator('#status').getByText(/^Showing the summary of “/).waitFor();
  await page.getByRole('button', { name: 'Back to the whole text' }).click();
  await page.waitForFunction((n) => document.getElementById('article').value.length === n, ARABNEWS.length);
  await summaryShown(page, 3);
  assert.doesNotMatch(await page.locator('#status').textContent(), /Summarising|Showing/);
});

test('on a phone the summary is brought into view after a paste', async (t) => {
  const { page } = await openApp(t, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const heading = page.getByRole('heading', { name: 'Summary' });
  const inView = () =>
    heading.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
  assert.equal(await inView(), false, 'the summary starts below the fold');
  await paste(page, { text: MENAFN });
  await summaryShown(page, 3);
  await page.waitForFunction(() => {
    const r = document.getElementById('summary-heading').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
});

test('the Length menu offers word budgets and says what a share of a short text comes to', async (t) => {
  const { page } = await openApp(t);
  const length = page.getByLabel('Length');
  const labels = await length.locator('option').allTextContents();
  assert.ok(labels.includes('Up to 100 words'), `a word budget is offered: ${labels}`);
  const short = 'The harbour office is closed on Monday. Ferry tickets are sold on board. The office opens again on Tuesday. Repairs to the quay take a day.';
  await paste(page, { text: short });
  await summaryShown(page);
  assert.equal(await length.locator('option[value="ratio:0.1"]').textContent(), '10% of the article (1 sentence)');
  assert.equal(await length.locator('option[value="ratio:0.3"]').textContent(), '30% of the article (2 sentences)');
  await length.selectOption({ label: 'Up to 100 words' });
  await summaryShown(page);
  const words = (await items(page).allTextContents()).join(' ').split(/\s+/).length;
  assert.ok(words <= 100, `${words} words`);
});

test('the detected language is shown and can be changed', async (t) => {
  const { page } = await openApp(t);
  await paste(page, { text: MENAFN });
  await summaryShown(page, 3);
  const language = page.getByLabel('Language');
  assert.equal(await language.locator('option').first().textContent(), 'Detected: English');
  assert.match(await page.locator('#stats').textContent(), /English \(detected\)/);
  await language.selectOption({ label: 'French' });
  await page.locator('#stats').getByText('French (chosen)').waitFor();
  await summaryShown(page, 3);
  // A new article is detected afresh.
  await paste(page, { text: ARABNEWS });
  await page.locator('#stats').getByText(/\(detected\)/).waitFor();
  assert.equal(await language.inputValue(), 'auto');
});

test('a worker that dies silently is caught by a watchdog, said so, and replaced', async (t) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  t.after(() => context.close());
  const page = await context.newPage();
  // A worker that never answers, as one killed for memory never does.
  let silent = true;
  await context.route('**/web/worker.js', (route) =>
    silent ? route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }) : route.continue(),
  );
  await page.clock.install();
  await page.goto(server.url);
  await paste(page, { text: MENAFN });
  await page.locator('#busy').getByText(/Summarising/).waitFor();
  // The silent worker is running; the one the watchdog starts in its place is the real one.
  silent = false;
  await page.clock.fastForward(5 * 60_000);
  const alert = page.getByRole('alert');
  await alert.getByText(/stopped responding/).waitFor();
  assert.match(await alert.textContent(), /restarted/);
  assert.equal(await page.locator('#busy').isHidden(), true, 'the busy state ends');
  await page.getByRole('button', { name: 'Summarise', exact: true }).click();
  assertCleanSummary(await summaryShown(page, 3), MENAFN);
});

test('the service worker precaches every file, prunes old caches and says when a new version is ready', async (t) => {
  const { writePrecache } = await import('../../scripts/precache.mjs');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefly-www-'));
  fs.cpSync(WWW, root, { recursive: true });
  const first = writePrecache(root);
  const copy = await startServer(root);
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  t.after(async () => {
    await context.close();
    await copy.close();
    fs.rmSync(root, { recursive: true, force: true });
  });
  const page = await context.newPage();
  await page.goto(copy.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  const cached = () =>
    page.evaluate(async () => {
      const keys = await caches.keys();
      const urls = keys.length ? (await (await caches.open(keys[0])).keys()).map((r) => new URL(r.url).pathname) : [];
      return { keys, urls };
    });
  const before = await cached();
  assert.deepEqual(before.keys, [first]);
  // Files the page fetches only when needed are cached up front, with the worker and the module.
  for (const file of ['/vendor/readability.mjs', '/example.txt', '/web/worker.js', '/web/summariser.js', '/pkg/briefly_bg.wasm']) {
    assert.ok(before.urls.includes(file), `${file} is precached`);
  }

  // A deploy: one file changes, the build writes a new precache list.
  fs.appendFileSync(path.join(root, 'example.txt'), '\nA new paragraph added in the new version.\n');
  const second = writePrecache(root);
  assert.notEqual(second, first);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const notice = page.getByRole('status').filter({ hasText: 'A new version of Briefly is ready.' });
  await notice.waitFor();
  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload to use it' }).click()]);
  await page.waitForFunction((v) => caches.keys().then((k) => k.length === 1 && k[0] === v), second);
  const example = await page.evaluate(() => fetch('./example.txt').then((r) => r.text()));
  assert.match(example, /A new paragraph added in the new version/);
  assert.equal(await page.locator('#update').isHidden(), true);
});

/**
 * A small PDF with one page per entry of `pages` (each a list of paragraphs, each a list of
 * lines), set in Helvetica, written by hand so the test needs no PDF library of its own.
 */
function makePdf(pages) {
  const escape = (s) => s.replace(/[\\()]/g, '\\$&');
  const objects = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  pages.forEach((paragraphs, i) => {
    const ops = ['BT', '/F1 11 Tf', '14 TL', '72 720 Td'];
    paragraphs.forEach((lines, p) => {
      if (p > 0) ops.push('T*');
      for (const line of lines) ops.push(`(${escape(line)}) Tj`, 'T*');
    });
    ops.push('ET');
    const stream = ops.join('\n');
    objects[pageIds[i]] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
    objects[pageIds[i] + 1] = `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`;
  });
  let out = '%PDF-1.4\n';
  const offsets = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out);
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const PDF_PAGES = [
  [
    ['The harbour council voted on Tuesday to bring back the night ferry to the islands,', 'twenty years after the last crossing was cancelled for lack of passengers.'],
    ['The ferry will sail three nights a week from June, and more often if the', 'islanders and visitors use it, the mayor said after the vote.'],
    ['The service will cost about two million a year, half of it paid by the state', 'under a programme for small coastal towns.'],
  ],
  [
    ['Restaurant owners on the quay welcomed the decision, saying the night ferry', 'would bring guests from the islands after the sunset lull.'],
    ['Residents of the old quarter warned that engines at night could keep them awake,', 'and asked for a study of the noise before the first sailing.'],
    ['The first crossings are planned for the second week of June, after repairs', 'to the old ferry and the training of a new crew.'],
  ],
];

test('a PDF dropped or opened is read on the device, summarised, and each sentence names its page', async (t) => {
  const { context, page } = await openApp(t);
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  await paste(page, { text: MENAFN });
  await summaryShown(page, 3);
  assert.ok(!requests.some((url) => url.includes('/vendor/pdfjs/')), 'pdf.js is not loaded before a PDF arrives');

  await page.locator('#file-input').setInputFiles({ name: 'ferry.pdf', mimeType: 'application/pdf', buffer: makePdf(PDF_PAGES) });
  await page.getByRole('status').getByText('Opened ferry.pdf (2 pages with text)').waitFor();
  await page.waitForFunction(() => document.getElementById('article').value.startsWith('The harbour council'));
  const sentences = await summaryShown(page, 3);
  const pageText = PDF_PAGES.map((paragraphs) => fold(paragraphs.flat().join(' ')));
  const labels = await items(page).locator('.page-number').allTextContents();
  assert.equal(labels.length, sentences.length, 'every sentence has a page number');
  for (const [i, item] of (await items(page).getByRole('link').allTextContents()).entries()) {
    const n = Number(labels[i].replace('p. ', ''));
    assert.ok(pageText[n - 1].includes(fold(item)), `"${item}" is on page ${n}`);
  }
  assert.ok(labels.includes('p. 2'), `sentences from the second page are named so: ${labels}`);
  const origin = new URL(server.url).origin;
  assert.deepEqual(
    requests.filter((url) => !url.startsWith(origin + '/') && !/^(data|blob):/.test(url)),
    [],
    'nothing but the page itself was asked for',
  );
});

test("the page's first load stays within 250 kB gzip", async (t) => {
  const zlib = await import('node:zlib');
  const { page } = await openApp(t);
  await paste(page, { text: MENAFN });
  await summaryShown(page, 3);
  const loaded = await page.evaluate(() => [
    location.pathname,
    ...performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
  ]);
  // The worker's own loads (the wasm module) are not in the page's entries: count them by name.
  const files = new Set([...loaded.map((p) => (p.endsWith('/') ? `${p}index.html` : p)), '/web/worker.js', '/pkg/briefly.js', '/pkg/briefly_bg.wasm']);
  let total = 0;
  for (const file of files) {
    const full = path.join(WWW, file);
    if (fs.existsSync(full)) total += zlib.gzipSync(fs.readFileSync(full), { level: 9 }).length;
  }
  assert.ok(![...files].some((f) => f.includes('pdfjs')), 'pdf.js is not part of the first load');
  assert.ok(total <= 250_000, `first load is ${total} bytes gzip`);
});

test('the wasm module, every language inside, stays within 200 kB gzip', async () => {
  const { execFileSync } = await import('node:child_process');
  // The download a first visit waits for, measured as scripts/build.sh
  // reports it: `gzip -9` (Node's zlib comes out about 2% larger on this module).
  const gz = execFileSync('gzip', ['-9c', path.join(WWW, 'pkg/briefly_bg.wasm')], { maxBuffer: 1 << 24 }).length;
  // (180 kB until the article finder learnt code, tables of contents, headlines in plain text
  // and many more kinds of furniture: 189 kB; 195 kB until it learnt formulas, table rows,
  // teaser columns and author bios, and one-sentence summaries their own score: 198 kB.)
  assert.ok(gz <= 200_000, `briefly_bg.wasm is ${gz} bytes gzip`);
});

test('when only part of a paste was read the page says so, and can summarise everything', async (t) => {
  const { page } = await openApp(t);
  await paste(page, { text: ARABNEWS });
  await summaryShown(page, 3);
  const wordsRead = async () => Number((await page.locator('#stats').textContent()).match(/Words\s*([\d,]+)/)[1].replace(/,/g, ''));
  const before = await wordsRead();
  const note = page.locator('#partial');
  assert.match(await note.textContent(), /^\s*Read [\d,]+ of [\d,]+ words; 1 other story found\./);
  await note.getByRole('button', { name: 'Summarise everything' }).click();
  await note.getByText(/^Summarised the whole text as one/).waitFor();
  assert.equal(await note.getByRole('button', { name: 'Summarise everything' }).isHidden(), true);
  await summaryShown(page, 3);
  assert.ok((await wordsRead()) > before, 'the whole paste was read');
  assert.equal(await page.locator('#others').isHidden(), true, 'no stories are split off');
  // A new paste is read as usual again.
  await paste(page, { text: MENAFN });
  await page.waitForFunction(() => /^Read \d+ of/.test(document.getElementById('partial-text').textContent));
});
