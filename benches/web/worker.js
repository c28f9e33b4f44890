// Bench worker: loads the page's wasm package the way www/worker.js does, then runs the
// shared benchmark on the data the page hands over.
import init, * as briefly from '../../www/pkg/briefly.js';
import { run } from './bench-core.mjs';

self.onmessage = async ({ data }) => {
  try {
    const wasm = await init();
    self.postMessage({ ok: true, result: run(briefly, wasm.memory, data) });
  } catch (err) {
    self.postMessage({ ok: false, error: String(err?.stack ?? err) });
  }
};
