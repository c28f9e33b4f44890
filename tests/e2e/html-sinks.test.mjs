// No front-end code may hand a string to an HTML parser or to eval: article text would become
// markup or code. The page and the extension build every node with textContent and DOM calls;
// this check keeps it so. Generated and vendored code (pkg/, vendor/) is not ours to scan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './helpers.mjs';

/** Sinks that parse or run a string. */
const SINKS = [
  /\.innerHTML\b/,
  /\.outerHTML\s*=/,
  /\binsertAdjacentHTML\b/,
  /\bdocument\.write(ln)?\s*\(/,
  /\bsrcdoc\b/,
  /\bcreateContextualFragment\b/,
  /(^|[^.\w])eval\s*\(/,
  /\bnew\s+Function\s*\(/,
  /\bsetTimeout\s*\(\s*['"`]/,
  /\bsetInterval\s*\(\s*['"`]/,
];

/** Reviewed exceptions, as "path:line text" (none today). */
const ALLOWED = new Set();

// web/ is the shared code; www/web and extension/web are the build's copies of it.
const ROOTS = ['www', 'extension', 'web'];
const SKIP = new Set(['pkg', 'vendor', 'node_modules', 'web']);

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return SKIP.has(name) ? [] : sourceFiles(path);
    return /\.(m?js|html)$/.test(name) ? [path] : [];
  });
}

function findSinks(source) {
  return source
    .split('\n')
    .map((line, i) => ({ line: i + 1, text: line.trim() }))
    .filter(({ text }) => !text.startsWith('//') && !text.startsWith('*') && SINKS.some((re) => re.test(text)));
}

test('the scanner recognises every kind of sink', () => {
  const planted = [
    'el.innerHTML = article;',
    'node.outerHTML = x;',
    "p.insertAdjacentHTML('beforeend', s);",
    'document.write(s);',
    'frame.srcdoc = s;',
    'range.createContextualFragment(s);',
    'eval(s);',
    "new Function('return ' + s);",
    "setTimeout('run()', 10);",
  ];
  for (const line of planted) assert.equal(findSinks(line).length, 1, line);
  assert.equal(findSinks('el.textContent = article; // not innerHTML').length, 0);
});

test('front-end code of the page and the extension uses no HTML or code sinks', () => {
  const files = ROOTS.flatMap((root) => sourceFiles(join(REPO_ROOT, root)));
  for (const name of ['app.js', 'panel.js', 'summariser.js', 'extract.js']) {
    assert.ok(files.some((f) => f.endsWith(name)), `${name} is scanned`);
  }
  const found = files.flatMap((file) =>
    findSinks(readFileSync(file, 'utf8'))
      .map(({ line, text }) => `${relative(REPO_ROOT, file)}:${line} ${text}`)
      .filter((hit) => !ALLOWED.has(hit)),
  );
  assert.deepEqual(found, []);
});
