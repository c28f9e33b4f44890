// Wasm measurements for scripts/bench.sh, written as JSON to target/bench/wasm.json:
//   node:     the package in Node (initSync), same calls as the page worker
//   chromium: the package in a module worker in headless Chromium (benches/web/)
//   size:     wasm raw and gzipped, JS glue, the page's first-load transfer, where the bytes go
// Usage: node benches/wasm.mjs [--no-browser]
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { join, resolve, extname, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'target/bench');
const data = JSON.parse(readFileSync(join(out, 'web-data.json'), 'utf8'));
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const result = {};

// --- Node ---------------------------------------------------------------------------------
{
  const briefly = await import(pathToFileURL(join(root, 'www/pkg/briefly.js')).href);
  const wasm = briefly.initSync({ module: readFileSync(join(root, 'www/pkg/briefly_bg.wasm')) });
  const { run } = await import('./web/bench-core.mjs');
  result.node = run(briefly, wasm.memory, data);
  console.error('wasm.mjs: node done');
}

// --- Chromium -----------------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Serves the repository read-only on 127.0.0.1; cross-origin isolated for a fine clock. */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = resolve(root, '.' + path);
    if (req.method !== 'GET' || !file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

if (!process.argv.includes('--no-browser') && existsSync('/usr/bin/chromium')) {
  const { chromium } = await import('playwright-core');
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-domain-reliability', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/benches/web/index.html`);
    await page.waitForFunction(() => window.benchResult !== undefined, null, { timeout: 300_000 });
    const r = await page.evaluate(() => window.benchResult);
    if (!r.ok) throw new Error(r.error);
    result.chromium = r.result;
    console.error('wasm.mjs: chromium done');

    // The page's first load as the browser makes it in a fresh profile: what the page and its
    // worker ask for, and apart from it what the service worker then fetches in the background
    // for the offline copy.
    const context = await browser.newContext();
    const seen = new Set();
    const precached = new Set();
    context.on('request', (req) => (req.serviceWorker() ? precached : seen).add(new URL(req.url()).pathname));
    const p2 = await context.newPage();
    await p2.goto(`${base}/www/index.html`, { waitUntil: 'networkidle' });
    await p2.waitForTimeout(1500);
    result.firstLoadRequests = [...seen].sort();
    result.precacheRequests = [...precached].sort();
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
}

// --- Sizes --------------------------------------------------------------------------------
const wasmBytes = readFileSync(join(root, 'www/pkg/briefly_bg.wasm'));
const glue = readFileSync(join(root, 'www/pkg/briefly.js'));
const size = {
  wasm: { raw: wasmBytes.length, gzip: gz(wasmBytes) },
  glue: { raw: glue.length, gzip: gz(glue) },
};
// The first-load set: what the browser fetched, or (without a browser) the page's own files.
const wwwFiles = (paths) => (paths ?? []).filter((p) => p.startsWith('/www/')).map((p) => p.slice(5));
const pageFiles = wwwFiles(result.firstLoadRequests);
const fallback = ['index.html', 'style.css', 'app.js', 'extract.js', 'worker.js', 'sw.js', 'manifest.webmanifest',
  'icon.svg', 'pkg/briefly.js', 'pkg/briefly_bg.wasm'];
size.firstLoad = (pageFiles.length ? pageFiles : fallback)
  .filter((f) => existsSync(join(root, 'www', f)) && statSync(join(root, 'www', f)).isFile())
  .map((f) => {
    const bytes = readFileSync(join(root, 'www', f));
    return { file: f, raw: bytes.length, gzip: gz(bytes) };
  });
size.firstLoadObserved = pageFiles.length > 0;
// The offline copy: the service worker's precache, less what the page itself already loaded.
size.precacheOnly = wwwFiles(result.precacheRequests)
  .filter((f) => !pageFiles.includes(f) && existsSync(join(root, 'www', f)) && statSync(join(root, 'www', f)).isFile())
  .map((f) => ({ file: f, gzip: gz(readFileSync(join(root, 'www', f))) }));
result.size = size;

/** The crate a (possibly mangled, possibly half-demangled) function name belongs to. */
function crateOf(name) {
  if (!name) return 'unnamed';
  if (name.startsWith('__wbindgen_describe')) return 'wasm-bindgen descriptors (removed by wasm-bindgen)';
  let n = name;
  const v0 = /^_R.*?C(?:s[0-9A-Za-z]*_)?(\d+)/.exec(n); // v0 mangling (the precompiled std)
  if (v0) {
    const crate = n.substr(v0.index + v0[0].length, Number(v0[1]));
    return crate === '___rustc' ? 'runtime (allocator, mem*)' : crate;
  }
  const m = /^_ZN(\d+)/.exec(n);
  if (m) n = n.slice(3 + m[1].length, 3 + m[1].length + Number(m[1]));
  n = n.replace(/^(_\$LT\$|<)+/, '').replace(/\.\./g, '::');
  if (n.includes('::')) return n.split('::')[0];
  if (/^(dlmalloc|malloc|free|realloc|calloc|mem(cpy|set|move|cmp)|__rust|__rdl|__rg)/.test(n)) return 'runtime (allocator, mem*)';
  return m ? n : 'exports and other';
}

// Where the wasm bytes go: function body sizes from the code section, named by the name
// section of the unoptimised-for-size build if it has one, grouped by crate.
function breakdown(bytes) {
  let pos = 8;
  const leb = () => {
    let n = 0, shift = 0, b;
    do { b = bytes[pos++]; n += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return n;
  };
  let importedFns = 0, bodies = [], names = new Map();
  const sections = {};
  while (pos < bytes.length) {
    const id = bytes[pos++];
    const len = leb();
    const start = pos, end = pos + len;
    if (id === 2) {
      const n = leb();
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < 2; k++) pos += leb(); // module, field names
        const kind = bytes[pos++];
        if (kind === 0) { leb(); importedFns++; }
        else if (kind === 1) { pos++; const f = bytes[pos++]; leb(); if (f & 1) leb(); }
        else if (kind === 2) { const f = bytes[pos++]; leb(); if (f & 1) leb(); }
        else if (kind === 3) { pos += 2; }
        else break;
      }
    } else if (id === 10) {
      const n = leb();
      for (let i = 0; i < n; i++) { const sz = leb(); bodies.push(sz); pos += sz; }
    } else if (id === 0) {
      const nlen = leb();
      const name = Buffer.from(bytes.subarray(pos, pos + nlen)).toString();
      pos += nlen;
      if (name === 'name') {
        while (pos < end) {
          const sub = bytes[pos++]; const slen = leb(); const send = pos + slen;
          if (sub === 1) {
            const n = leb();
            for (let i = 0; i < n; i++) {
              const idx = leb(); const l = leb();
              names.set(idx, Buffer.from(bytes.subarray(pos, pos + l)).toString()); pos += l;
            }
          }
          pos = send;
        }
      }
    }
    sections[id] = (sections[id] ?? 0) + len;
    pos = end;
  }
  const crates = new Map();
  bodies.forEach((sz, i) => {
    const name = names.get(importedFns + i) ?? '';
    const crate = crateOf(name);
    crates.set(crate, (crates.get(crate) ?? 0) + sz);
  });
  const SECTION = { 0: 'custom', 1: 'type', 2: 'import', 3: 'function', 5: 'memory', 6: 'global', 7: 'export', 10: 'code', 11: 'data' };
  return {
    named: names.size > 0,
    functions: bodies.length,
    sections: Object.fromEntries(Object.entries(sections).map(([k, v]) => [SECTION[k] ?? k, v])),
    crates: [...crates].sort((a, b) => b[1] - a[1]).slice(0, 12),
  };
}
size.breakdown = breakdown(wasmBytes);
const named = join(root, 'target/wasm32-unknown-unknown/wasm/briefly.wasm');
if (!size.breakdown.named && existsSync(named)) {
  size.breakdownNamed = breakdown(readFileSync(named));
}

writeFileSync(join(out, 'wasm.json'), JSON.stringify(result, null, 1));
console.error('wasm.mjs: wrote target/bench/wasm.json');
