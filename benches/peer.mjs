// Briefly against the lede crate (crates.io 0.5.1, built in benches/peer) in the same run, and
// the hostile shapes of benches/shapes.rs from 0.5 to 8 MB; written to target/bench/peer.json.
//   workloads: news (CNN/DailyMail dev articles), short Chinese posts (LCSTS, ~100 characters),
//              tiny notes (the first two sentences of each news article); each tool's own
//              per-document `micros` summed (one worker each), median of 5 runs, runs of the
//              two interleaved
//   hostile:   time per MB and peak RSS of `briefly FILE` at 0.5, 1, 2, 4 and 8 MB per shape,
//              and wasm memory in Node for the same input (benches/wasm-hostile.mjs)
// Usage: node benches/peer.mjs EVAL_DIR [BRIEFLY_BINARY]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'target/bench');
const evalDir = resolve(process.argv[2] ?? join(root, '../shared/eval/dev'));
const tool = resolve(process.argv[3] ?? join(root, 'target/release/briefly'));
const peer = join(root, 'benches/peer/target/release/briefly-bench-peer');
const stages = join(out, 'stages');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const result = { workloads: {}, hostile: [] };

const read = (file) => {
  const path = join(evalDir, file);
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
};
const news = read('cnndm-val-500.jsonl');
const zh = read('lcsts-zh-dev.jsonl');
// Two-sentence notes: what a reader pastes from a chat or a to-do list.
const notes = news?.map((t) => (t.match(/[^.!?]+[.!?]+/g) ?? [t]).slice(0, 2).join('').trim());
// Small documents repeat so that each run lasts long enough to time.
const workloads = { news: news && [...news, ...news], 'short-zh': zh && Array(8).fill(zh).flat(), notes: notes && Array(8).fill(notes).flat() };

function micros(bin, args, input) {
  const r = spawnSync(bin, args, { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.toString().split('\n').filter(Boolean).reduce((n, l) => n + JSON.parse(l).micros, 0);
}

if (!existsSync(peer)) console.error('peer.mjs: benches/peer not built; skipping lede');
for (const [name, docs] of Object.entries(workloads)) {
  if (!docs) continue;
  const input = docs.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n';
  const bytes = docs.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const b = [], l = [];
  for (let i = 0; i < 5; i++) {
    // One worker, as the peer's front end has: with one per core, each document's time would
    // include waiting for the core its sibling holds.
    b.push(micros(tool, ['--jsonl', '--jobs', '1'], input));
    if (existsSync(peer)) l.push(micros(peer, [], input));
  }
  result.workloads[name] = { docs: docs.length, bytes, briefly: median(b), lede: l.length ? median(l) : null };
  console.error(`peer.mjs: ${name} done`);
}

for (const shape of (process.env.SHAPES ?? 'collision-words,random-words,distinct-tokens,datelines').split(',').filter(Boolean)) {
  for (const mb of [0.5, 1, 2, 4, 8]) {
    const file = join(out, `${shape}-${mb}.txt`);
    spawnSync(stages, ['shape', shape, String(mb * 1e6), file]);
    // CPU time (user + system), not wall time: the machine is shared. Median of 3.
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', tool, file], { maxBuffer: 1 << 26 });
      runs.push(r.stderr.toString().trim().split('\n').pop().split(' ').map(Number));
    }
    const cpu = median(runs.map(([, u, s]) => u + s));
    const row = { shape, mb, bytes: Math.round(mb * 1e6), wall: median(runs.map((r) => r[0])), user: cpu, rssKb: Math.max(...runs.map((r) => r[3])) };
    if (existsSync(join(root, 'www/pkg/briefly_bg.wasm'))) {
      const w = spawnSync(process.execPath, [join(root, 'benches/wasm-hostile.mjs'), file], { maxBuffer: 1 << 20 });
      if (w.status === 0) row.wasm = JSON.parse(w.stdout.toString());
    }
    result.hostile.push(row);
    console.error(`peer.mjs: ${shape} ${mb} MB: ${row.user.toFixed(2)} s CPU, ${row.rssKb} kB${row.wasm ? `; wasm ${Math.round(row.wasm.ms)} ms, ${row.wasm.after} B` : ''}`);
  }
}
writeFileSync(join(out, 'peer.json'), JSON.stringify(result, null, 1));
console.error('peer.mjs: wrote target/bench/peer.json');
