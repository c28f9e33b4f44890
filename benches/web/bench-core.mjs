// The wasm benchmark itself, shared by Node (benches/wasm.mjs) and the browser worker
// (benches/web/worker.js) so that both time exactly the same calls.
//
// `briefly` is the initialised module (www/pkg/briefly.js), `memory` its WebAssembly.Memory,
// `data` = { sets: { name: [text] }, article5k: text, big: text }.

const encoder = new TextEncoder();

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median over `runs` of the milliseconds `f` takes (after one warm-up call). */
function time(runs, f) {
  f();
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    out.push(performance.now() - t);
  }
  return median(out);
}

/** Runs every wasm measurement; returns plain JSON. */
export function run(briefly, memory, data) {
  const result = { throughput: {}, memory: null };
  const options = { sentences: 3 };

  // Memory first, while the heap is still small: wasm memory never shrinks, so its size after
  // summarising the big input is the peak that input needed.
  if (data.big) {
    const before = memory.buffer.byteLength;
    const t = performance.now();
    const s = briefly.summarise(data.big, options);
    const ms = performance.now() - t;
    result.memory = {
      inputBytes: encoder.encode(data.big).length,
      before,
      after: memory.buffer.byteLength,
      sentences: s.sentences.length,
      firstMs: ms,
    };
    result.big = { bytes: result.memory.inputBytes, ms: time(3, () => briefly.summarise(data.big, options)) };
  }

  for (const [name, texts] of Object.entries(data.sets)) {
    const bytes = texts.reduce((n, t) => n + encoder.encode(t).length, 0);
    const ms = time(5, () => {
      for (const t of texts) briefly.summarise(t, options);
    });
    result.throughput[name] = { docs: texts.length, bytes, ms };
  }

  // The page's path for one article: analyse, summarise, free. Timed in batches of 20 so that
  // a coarse clock still resolves it.
  if (data.article5k) {
    const text = data.article5k;
    const batch = 20;
    const ms = time(9, () => {
      for (let i = 0; i < batch; i++) {
        const a = new briefly.Analysis(text, options);
        a.summary(options);
        a.free();
      }
    });
    result.article5k = { chars: text.length, ms: ms / batch };
  }
  return result;
}
