// The summariser's worker: it owns the wasm module so the page never blocks, even on a 5 MB paste.
//
// Messages in:  { id, type: 'summarise', text, options }  analyse `text`, keep the analysis, summarise
//               { id, type: 'select', options }           re-select from the kept analysis (no re-scoring)
// Messages out: { id, type: 'result', summary, sentenceCount, languageName }
//               { id, type: 'error', message, fatal }      fatal: the module trapped; the page must
//                                                          terminate this worker and start a new one
import init, * as briefly from './pkg/briefly.js';

let ready = null;
/** Loads the module once; later calls share the same promise. */
function load() {
  ready ??= init().then(() => {
    const names = new Map();
    try {
      for (const { code, name } of briefly.languages?.() ?? []) names.set(code, name);
    } catch {
      // Older packages lack `languages()`; the page falls back to the browser's own names.
    }
    return names;
  });
  return ready;
}

/** The current article's analysis, kept so that a new length re-selects instantly. */
let analysis = null;

function summaryOf(options) {
  const summary = analysis.summary(options);
  return { summary, sentenceCount: analysis.sentenceCount };
}

// A trap (unreachable, out of bounds, stack overflow inside wasm) leaves the module's memory in an
// unknown state: everything after it must run in a fresh instance.
function isTrap(err) {
  return err instanceof WebAssembly.RuntimeError || (err instanceof RangeError && /call stack/i.test(err.message));
}

self.onmessage = async ({ data }) => {
  const { id, type } = data ?? {};
  try {
    const names = await load();
    let out;
    if (type === 'summarise') {
      analysis?.free?.();
      analysis = null;
      analysis = new briefly.Analysis(String(data.text ?? ''), data.options ?? {});
      out = summaryOf(data.options ?? {});
    } else if (type === 'select') {
      if (!analysis) throw new Error('There is nothing to re-select from yet.');
      out = summaryOf(data.options ?? {});
    } else {
      throw new Error(`unknown request ${String(type)}`);
    }
    const languageName = names.get(out.summary.language) ?? null;
    self.postMessage({ id, type: 'result', ...out, languageName });
  } catch (err) {
    const fatal = isTrap(err);
    if (fatal) analysis = null;
    const message = err instanceof Error ? err.message : String(err);
    self.postMessage({ id, type: 'error', message, fatal });
  }
};

// Failing to load the module at all (missing pkg/, no WebAssembly) is reported to the page
// as soon as possible, not at the first request.
load().then(
  () => self.postMessage({ type: 'ready' }),
  (err) => {
    ready = null;
    self.postMessage({ type: 'error', message: `Could not load the summariser: ${err?.message ?? err}`, fatal: true });
  },
);
