// Node entry: the module is loaded synchronously from the package folder on import, so every
// function works without `await init()` (which is exported too and resolves at once).
export * from './pkg/briefly.js';
export { default } from './pkg/briefly.js';
