// The package's Node entry (Node 20 and later): the same module as the browser's, loaded from the
// package's own folder when this file is imported, so `summarise` works at once and nothing is
// fetched. `init()` is still exported, so code shared with the browser can `await init()` in
// both; here it resolves immediately.
import { readFileSync } from 'node:fs';
import { initSync } from './pkg/briefly.js';

initSync({ module: readFileSync(new URL('./pkg/briefly_bg.wasm', import.meta.url)) });

export { default, initSync, summarise, Analysis, languages } from './pkg/briefly.js';
