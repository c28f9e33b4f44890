// Wasm memory and time on one hostile input, in Node: a fresh process and instance per input
// (wasm memory never shrinks, so its size after one call is the peak that call needed).
//   node benches/wasm-hostile.mjs FILE   prints one JSON line
import { readFileSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const briefly = await import(pathToFileURL(join(root, 'www/pkg/briefly.js')).href);
const wasm = briefly.initSync({ module: readFileSync(join(root, 'www/pkg/briefly_bg.wasm')) });
const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const before = wasm.memory.buffer.byteLength;
const t = performance.now();
briefly.summarise(text, { sentences: 3 });
const ms = performance.now() - t;
const bytes = Buffer.byteLength(text);
console.log(JSON.stringify({ file: basename(file), bytes, ms, before, after: wasm.memory.buffer.byteLength }));
