// The package's Web Worker: it owns the wasm module, so the thread that started it never blocks,
// even on a 5 MB text. Started by summariser.js, which restarts it after a trap.
//
// Messages in:  { id, type: 'summarise', text, options }  analyse `text`, keep the analysis, summarise
//               { id, type: 'select', options }           re-select from the kept analysis
//               { id, type: 'languages' }                 the languages the core knows
// Messages out: { type: 'ready' }                         the module is loaded
//               { id, type: 'progress', stage }           'analysing' | 'selecting'
//               { id, type: 'result', summary, sentenceCount } or { id, type: 'result', languages }
//               { id, type: 'error', message, fatal }     fatal: the module trapped or did not load
import init, { Analysis, languages } from '../pkg/briefly.js';

let loading = null;
const load = () => (loading ??= init({ module_or_path: new URL('../pkg/briefly_bg.wasm', import.meta.url) }));

/** The last text's analysis, kept so that a new length re-selects without analysing again. */
let analysis = null;

// After a trap (unreachable, out of bounds, stack overflow in wasm) the module's memory is in an
// unknown state: nothing more may run in this instance.
const isTrap = (err) =>
  err instanceof WebAssembly.RuntimeError || (err instanceof RangeError && /call stack/i.test(err.message));

function select(id, options) {
  self.postMessage({ id, type: 'progress', stage: 'selecting' });
  return { summary: analysis.summary(options), sentenceCount: analysis.sentenceCount };
}

self.onmessage = async ({ data }) => {
  const { id, type, options = {} } = data ?? {};
  try {
    await load();
    let out;
    if (type === 'summarise') {
      analysis?.free();
      analysis = null;
      self.postMessage({ id, type: 'progress', stage: 'analysing' });
      analysis = new Analysis(String(data.text ?? ''), options);
      out = select(id, options);
    } else if (type === 'select') {
      if (!analysis) throw new Error('There is nothing to re-select from yet.');
      out = select(id, options);
    } else if (type === 'languages') {
      out = { languages: languages() };
    } else {
      throw new Error(`unknown request ${String(type)}`);
    }
    self.postMessage({ id, type: 'result', ...out });
  } catch (err) {
    const fatal = isTrap(err);
    if (fatal) analysis = null;
    self.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err), fatal });
  }
};

load().then(
  () => self.postMessage({ type: 'ready' }),
  (err) => {
    loading = null;
    self.postMessage({ type: 'error', message: `Could not load the summariser: ${err?.message ?? err}`, fatal: true });
  },
);
