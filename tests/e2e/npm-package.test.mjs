// The npm package as a developer gets it: `make npm`'s tarball installed with npm into a scratch
// project, then used four ways (Node, a page bundled with esbuild, the worker entry, TypeScript
// under --strict). Each must choose the same sentences as the native tool.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { REPO_ROOT, launchBrowser, startServer } from './helpers.mjs';

const nativeTool = path.join(REPO_ROOT, 'target/release/briefly');
const seedPath = path.join(REPO_ROOT, 'tests/golden/seed-menafn-korea/input.txt');
const seed = fs.readFileSync(seedPath, 'utf8');
const devRequire = createRequire(path.join(REPO_ROOT, 'package.json'));

/** The native tool's sentences for the seed with `args` (its --json output). */
function native(...args) {
  const out = execFileSync(nativeTool, ['--json', ...args, seedPath], { encoding: 'utf8' });
  return JSON.parse(out).sentences.map((s) => s.text);
}

let scratch;
let browser;
let expected;

before(() => {
  assert.ok(fs.existsSync(nativeTool), 'target/release/briefly is missing: run `make build` first');
  execFileSync('bash', [path.join(REPO_ROOT, 'scripts/npm.sh')], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const version = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'npm/package.json'), 'utf8')).version;
  const tarball = path.join(REPO_ROOT, 'target/npm', `briefly-${version}.tgz`);
  assert.ok(fs.existsSync(tarball), `${tarball} was not written`);

  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'briefly-npm-'));
  fs.writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  // The package has no dependencies, so this needs no network at all.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
    cwd: scratch,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Node's type definitions for the TypeScript example, from the repository's dev tools.
  fs.symlinkSync(path.join(REPO_ROOT, 'node_modules/@types'), path.join(scratch, 'node_modules/@types'));
  expected = native();
  assert.ok(expected.length === 3, 'the seed gives three sentences natively');
});

after(async () => {
  await (await browser)?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

function getBrowser() {
  browser ??= launchBrowser();
  return browser;
}

/** Opens `url` in a fresh page, failing on any page error or request to another origin. */
async function open(url) {
  const page = await (await getBrowser()).newPage();
  const problems = [];
  const origin = new URL(url).origin;
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('request', (req) => {
    if (!req.url().startsWith(origin)) problems.push(`request to ${req.url()}`);
  });
  await page.goto(url);
  return { page, problems };
}

test('the tarball holds what package.json promises and nothing else', () => {
  const installed = path.join(scratch, 'node_modules/briefly');
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  const cargoVersion = /^version = "([^"]+)"/m.exec(fs.readFileSync(path.join(REPO_ROOT, 'Cargo.toml'), 'utf8'))[1];
  assert.equal(manifest.version, cargoVersion);
  assert.equal(manifest.license, 'MIT OR Apache-2.0');
  assert.equal(manifest.type, 'module');
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(path.relative(installed, full));
    }
  };
  walk(installed);
  assert.deepEqual(files.sort(), [...manifest.files, 'package.json'].sort());
  // Every path the exports map names exists, and every entry has types.
  for (const [entry, target] of Object.entries(manifest.exports)) {
    const targets = JSON.stringify(target).match(/"\.\/[^"]+"/g).map((t) => JSON.parse(t));
    for (const t of targets) assert.ok(fs.existsSync(path.join(installed, t)), `${entry}: ${t} is missing`);
    if (entry === '.' || entry === './worker') assert.match(JSON.stringify(target), /"types"/, `${entry} has no types`);
  }
  const readme = fs.readFileSync(path.join(installed, 'README.md'), 'utf8');
  for (const topic of ['npm install', 'summarise', 'Analysis', 'languages', 'UTF-16', 'briefly/worker']) {
    assert.ok(readme.includes(topic), `the README does not mention ${topic}`);
  }
});

test('Node imports the installed package and summarises like the native tool, without fetch', () => {
  const script = path.join(scratch, 'node-check.mjs');
  fs.writeFileSync(
    script,
    `globalThis.fetch = () => { throw new Error('the Node entry fetched'); };
import { readFileSync } from 'node:fs';
const { default: init, summarise, Analysis, languages } = await import('briefly');
const text = readFileSync(process.argv[2], 'utf8');
const first = summarise(text).sentences.map((s) => s.text);
await init();
const analysis = new Analysis(text);
let error = '';
try { summarise(text, { ratio: 2 }); } catch (e) { error = e.message; }
console.log(JSON.stringify({
  first,
  ratio: analysis.summary({ ratio: 0.2 }).sentences.map((s) => s.text),
  codes: languages().map((l) => l.code),
  error,
}));
`,
  );
  const run = spawnSync(process.execPath, [script, seedPath], { cwd: scratch, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout);
  assert.deepEqual(out.first, expected);
  assert.deepEqual(out.ratio, native('-r', '0.2'));
  assert.ok(out.codes.includes('en') && out.codes.includes('zh'), out.codes.join(' '));
  assert.match(out.error, /"ratio"/);
});

test('a page bundled with esbuild runs the package in Chromium', async () => {
  const esbuild = devRequire('esbuild');
  const dir = path.join(scratch, 'bundled');
  fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'main.js'),
    `import init, { summarise } from 'briefly';
window.briefly = init().then(() => (text) => summarise(text, { sentences: 3 }).sentences.map((s) => s.text));
`,
  );
  await esbuild.build({
    entryPoints: [path.join(dir, 'main.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile: path.join(dir, 'dist/main.js'),
    absWorkingDir: dir,
    logLevel: 'error',
  });
  const bundle = fs.readFileSync(path.join(dir, 'dist/main.js'), 'utf8');
  assert.ok(!bundle.includes('node:fs'), 'the browser bundle took the Node entry');
  // The wasm is an asset next to the module; esbuild leaves `new URL(..., import.meta.url)` alone.
  fs.copyFileSync(path.join(scratch, 'node_modules/briefly/pkg/briefly_bg.wasm'), path.join(dir, 'dist/briefly_bg.wasm'));
  fs.writeFileSync(path.join(dir, 'dist/index.html'), '<!doctype html><title>bundled</title><link rel="icon" href="data:,"><script type="module" src="./main.js"></script>');

  const server = await startServer(path.join(dir, 'dist'));
  try {
    const { page, problems } = await open(new URL("index.html", server.url).href);
    await page.waitForFunction(() => window.briefly !== undefined);
    const sentences = await page.evaluate(async (text) => (await window.briefly)(text), seed);
    assert.deepEqual(sentences, expected);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('the worker entry summarises off the main thread in Chromium, with progress and cancellation', async () => {
  const dir = path.join(scratch, 'worker-page');
  fs.mkdirSync(dir, { recursive: true });
  // No bundler: the browser resolves the bare specifier through an import map.
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><title>worker</title><link rel="icon" href="data:,">
<script type="importmap">{ "imports": { "briefly/worker": "/node_modules/briefly/web/summariser.js" } }</script>
<script type="module">
import { Summariser, SummariserError } from 'briefly/worker';
window.run = async (text) => {
  const summariser = new Summariser();
  const stages = [];
  const long = text.repeat(200);
  const superseded = summariser.summarise(long).then(() => 'finished', (e) => e instanceof SummariserError ? e.kind : String(e));
  const { summary, sentenceCount } = await summariser.summarise(text, { sentences: 3 }, { onProgress: (s) => stages.push(s) });
  const shorter = await summariser.select({ sentences: 1 });
  let invalid = '';
  try { await summariser.summarise(text, { sentences: -1 }); } catch (e) { invalid = e.kind + ': ' + e.message; }
  const languages = (await summariser.languages()).map((l) => l.code);
  summariser.terminate();
  return {
    sentences: summary.sentences.map((s) => s.text),
    spansSliceTheInput: summary.sentences.every((s) => s.end > s.start && s.end <= text.length),
    shorter: shorter.summary.sentences.map((s) => s.text),
    sentenceCount, stages, superseded: await superseded, invalid, languages,
  };
};
</script>`,
  );
  const server = await startServer(scratch);
  try {
    const { page, problems } = await open(new URL("worker-page/index.html", server.url).href);
    await page.waitForFunction(() => typeof window.run === 'function');
    const out = await page.evaluate((text) => window.run(text), seed);
    assert.deepEqual(out.sentences, expected);
    assert.ok(out.spansSliceTheInput);
    assert.equal(out.shorter.length, 1);
    assert.ok(expected.includes(out.shorter[0]), 'one sentence is one of the three');
    assert.ok(out.sentenceCount > 3);
    assert.deepEqual(out.stages, ['analysing', 'selecting']);
    assert.equal(out.superseded, 'cancelled');
    assert.match(out.invalid, /^invalid: .*"sentences"/);
    assert.ok(out.languages.includes('fr'));
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await server.close();
  }
});

test('the TypeScript example compiles under tsc --strict and gives the same sentences', () => {
  const dir = path.join(scratch, 'ts');
  fs.mkdirSync(dir);
  for (const f of fs.readdirSync(path.join(REPO_ROOT, 'npm/example'))) {
    fs.copyFileSync(path.join(REPO_ROOT, 'npm/example', f), path.join(dir, f));
  }
  const tsc = path.join(path.dirname(devRequire.resolve('typescript/package.json')), 'bin/tsc');
  const compile = spawnSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
  assert.equal(compile.status, 0, compile.stdout + compile.stderr);

  const run = spawnSync(process.execPath, [path.join(dir, 'dist/summarise-file.js'), seedPath], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout);
  assert.deepEqual(report.sentences, expected);
  assert.deepEqual(report.ratio, native('-r', '0.2'));
  assert.deepEqual(report.words, native('-w', '40'));
  assert.deepEqual(report.whole.sentences, native('--whole'));
  assert.ok(report.stats.wordsTotal >= report.stats.wordsIn);
  assert.equal(report.language, 'en');
  assert.equal(report.languageName, 'English');
  assert.equal(report.stats.sentencesOut, 3);
  assert.match(report.refused, /"sentences"/);

  // The types are real: a misspelt option and a missing field do not compile.
  fs.writeFileSync(
    path.join(dir, 'wrong.ts'),
    `import { summarise } from 'briefly';
const s = summarise('Text.', { sentence: 3 });
const n: number = s.stats.wordCount;
export { n };
`,
  );
  const wrong = spawnSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
  assert.notEqual(wrong.status, 0);
  assert.match(wrong.stdout, /wrong\.ts.*'sentence'/);
  assert.match(wrong.stdout, /wrong\.ts.*'wordCount'/);
});
