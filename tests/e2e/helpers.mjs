// Shared helpers for the browser tests (`node --test tests/e2e/`).
//
// Exports (kept stable; other test files import them):
// - `REPO_ROOT`: absolute path of the repository.
// - `CHROMIUM_PATH`: the system Chromium the tests drive (override with $CHROMIUM).
// - `CHROMIUM_ARGS`: launch flags that work headless, as root, on a closed network.
// - `launchBrowser(options?)`: a headless Chromium (playwright-core `Browser`); options are
//   passed to `chromium.launch` (extra `args` are appended to `CHROMIUM_ARGS`).
// - `startServer(root, port = 0)`: serves `root` on 127.0.0.1; resolves to `{ url, port, close }`.
// - `readSeed(slug)`: the text of a seed article by golden-case slug
//   (`seed-menafn-korea`, `seed-arabnews-two-articles`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer as serve } from '../../scripts/serve.mjs';

/** Absolute path of the repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Chromium binary the tests drive. */
export const CHROMIUM_PATH = process.env.CHROMIUM || '/usr/bin/chromium';

/** Flags for headless Chromium as root with no network beyond loopback. */
export const CHROMIUM_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-dev-shm-usage',
]);

/** Launches headless Chromium; `options.args` are added after `CHROMIUM_ARGS`. */
export function launchBrowser(options = {}) {
  const { args = [], ...rest } = options;
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...rest,
    args: [...CHROMIUM_ARGS, ...args],
  });
}

/** Serves `root` (absolute, or relative to the repository) on 127.0.0.1; port 0 = a free port. */
export function startServer(root, port = 0) {
  return serve(path.resolve(REPO_ROOT, root), port);
}

// Seed articles: the golden cases hold copies; the shared fixtures folder is the fallback.
const SEEDS = {
  'seed-menafn-korea': '000_a2fdc9f1916196a0.txt',
  'seed-arabnews-two-articles': '003_cb6fdeb01acbeff9.txt',
};

/** The text of a seed article, by its golden-case slug. Throws if it cannot be found. */
export function readSeed(slug) {
  const candidates = [path.join(REPO_ROOT, 'tests', 'golden', slug, 'input.txt')];
  const file = SEEDS[slug];
  if (file) {
    candidates.push(path.join(REPO_ROOT, '..', 'shared', 'fixtures', 'seeds', file));
  }
  for (const candidate of candidates) {
    if (fs.existsSync(candidate)) return fs.readFileSync(candidate, 'utf8');
  }
  throw new Error(`seed ${slug} not found (looked in ${candidates.join(', ')})`);
}
