// The summariser's Web Worker: it owns the wasm module, so the thread that shows the interface
// never blocks, even on a 5 MB paste. The page, the extension's panel and the npm package start
// it through summariser.js (the client), which also restarts it after a trap.
//
// The wasm-bindgen package is expected at ../pkg/ (briefly.js and briefly_bg.wasm), where the
// build puts it next to this folder.
//
// Messages in:  { id, type: 'summarise', text, options }  analyse `text`, keep the analysis, summarise
//               { id, type: 'select', options }           re-select from the kept analysis (no re-scoring)
//               { id, type: 'languages' }                 the languages the core knows
// Messages out: { type: 'ready' }                         the module is loaded
//               { id, type: 'progress', stage }           'analysing' | 'selecting'
//               { id, type: 'result', summary, sentenceCount }
//               { id, type: 'result', languages: [{ code, name }] }
//               { id, type: 'error', message, fatal }     fatal: the module trapped or failed to load;
//                                                          this worker must be replaced
import init, { Analysis, languages } from '../pkg/briefly.js';

let ready = null;
/** Loads the module once; later calls share the same promise. */
function load() {
  ready ??= init({ module_or_path: new URL('../pkg/briefly_bg.wasm', import.meta.url) });
  return ready;
}

/** The current text's analysis, kept so that a new length re-selects without re-scoring. */
let analysis = null;

// A trap (unreachable, out of bounds, stack overflow inside wasm) leaves the module's memory in an
// unknown state: everything after it must run in a fresh instance.
function isTrap(err) {
  return err instanceof WebAssembly.RuntimeError || (err instanceof RangeError && /call stack/i.test(err.message));
}

function select(id, options) {
  self.postMessage({ id, type: 'progress', stage: 'selecting' });
  const summary = analysis.summary(options);
  return { summary, sentenceCount: analysis.sentenceCount };
}

self.onmessage = async ({ data }) => {
  const { id, type } = data ?? {};
  try {
    await load();
    let out;
    if (type === 'summarise') {
      analysis?.free();
      analysis = null;
      self.postMessage({ id, type: 'progress', stage: 'analysing' });
      analysis = new Analysis(String(data.text ?? ''), data.options ?? {});
      out = select(id, data.options ?? {});
    } else if (type === 'select') {
      if (!analysis) throw new Error('There is nothing to re-select from yet.');
      out = select(id, data.options ?? {});
    } else if (type === 'languages') {
      out = { languages: languages() };
    } else {
      throw new Error(`unknown request ${String(type)}`);
    }
    self.postMessage({ id, type: 'result', ...out });
  } catch (err) {
    const fatal = isTrap(err);
    if (fatal) analysis = null;
    const message = err instanceof Error ? err.message : String(err);
    self.postMessage({ id, type: 'error', message, fatal });
  }
};

// Failing to load the module at all (missing pkg/, no WebAssembly) is reported as soon as
// possible, not at the first request.
load().then(
  () => self.postMessage({ type: 'ready' }),
  (err) => {
    ready = null;
    self.postMessage({ type: 'error', message: `Could not load the summariser: ${err?.message ?? err}`, fatal: true });
  },
);
