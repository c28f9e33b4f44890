// Native measurements for scripts/bench.sh, written to target/bench/native.json, and the data
// files the other benches read (target/bench/*.docs, web-data.json, big.txt).
//   throughput: target/release/briefly --jsonl (k=3) over the dev sets; the tool's own
//               per-document `micros`, median of 5 runs; Lead-3 (--lead) beside it
//   jobs:       wall time of a whole batch with --jobs 1 and --jobs 2, 5 runs each, interleaved,
//               and whether the rows (less their micros) are identical in every run
//   stages:     target/bench/stages stages|scaling (benches/stages.rs)
//   memory:     peak RSS of the tool summarising the 5 MB document (/usr/bin/time -v)
// Usage: node benches/native.mjs EVAL_DIR
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const out = join(root, 'target/bench');
const evalDir = resolve(process.argv[2] ?? join(root, '../shared/eval/dev'));
const SETS = { cnndm: 'cnndm-val-500.jsonl', bbc: 'bbc-dev.jsonl', 'lcsts-zh': 'lcsts-zh-dev.jsonl' };
const BIG = 5_000_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const result = { throughput: {}, jobs: null, stages: {}, scaling: [], memory: null };

const texts = {};
for (const [name, file] of Object.entries(SETS)) {
  const path = join(evalDir, file);
  if (!existsSync(path)) {
    console.error(`native.mjs: ${path} missing; skipping ${name}`);
    continue;
  }
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  texts[name] = lines.map((l) => JSON.parse(l).text);
  // NUL-separated texts for the Rust bench; id/text lines for the tool.
  writeFileSync(join(out, `${name}.docs`), texts[name].join('\0'));
  writeFileSync(join(out, `${name}.jsonl`), texts[name].map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n');
}
// One long English document of different articles; cycles once the sets run out.
const pool = [...(texts.cnndm ?? []), ...(texts.bbc ?? [])];
writeFileSync(join(out, 'pool.docs'), pool.join('\0'));
let big = '';
for (let i = 0; pool.length && big.length < BIG; i++) big += pool[i % pool.length] + '\n\n';
big = big.slice(0, BIG);
writeFileSync(join(out, 'big.txt'), big);
const article5k = (texts.cnndm ?? []).find((t) => t.length >= 4800 && t.length <= 5300) ?? big.slice(0, 5000);
writeFileSync(join(out, 'web-data.json'), JSON.stringify({ sets: texts, article5k, big }));
result.uniqueBytes = Buffer.byteLength(pool.join('\n\n'));

const tool = join(root, 'target/release/briefly');
function runTool(args, input) {
  const r = spawnSync(tool, args, { input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`briefly ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.toString().split('\n').filter(Boolean).map((l) => JSON.parse(l));
}
for (const name of Object.keys(texts)) {
  const input = readFileSync(join(out, `${name}.jsonl`));
  const bytes = texts[name].reduce((n, t) => n + Buffer.byteLength(t), 0);
  const row = { docs: texts[name].length, bytes };
  // One job: the per-document micros are then not shared with a second thread's work.
  for (const [key, args] of [['summarise', ['--jsonl', '--jobs', '1']], ['lead', ['--jsonl', '--jobs', '1', '--lead']]]) {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(runTool(args, input).reduce((n, d) => n + d.micros, 0));
    row[key] = { micros: median(runs), runs };
  }
  result.throughput[name] = row;
  console.error(`native.mjs: ${name} done`);
}

// The batch on one and on two threads: wall time of the whole run, and the same rows.
const batch = Object.keys(texts).map((name) => readFileSync(join(out, `${name}.jsonl`), 'utf8')).join('');
if (batch) {
  const rows = (jobs) => {
    const t0 = process.hrtime.bigint();
    const docs = runTool(['--jsonl', '--jobs', String(jobs)], batch);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    return { seconds, text: docs.map(({ id, sentences }) => JSON.stringify({ id, sentences })).join('\n') };
  };
  // Interleaved, so that both see the same neighbours on a shared machine.
  const byJobs = { 1: [], 2: [] };
  for (let i = 0; i < 5; i++) for (const jobs of [1, 2]) byJobs[jobs].push(rows(jobs));
  const summary = (runs) => ({ seconds: median(runs.map((r) => r.seconds)), best: Math.min(...runs.map((r) => r.seconds)), runs: runs.map((r) => r.seconds) });
  result.jobs = {
    docs: batch.split('\n').filter(Boolean).length,
    bytes: Object.values(texts).flat().reduce((n, t) => n + Buffer.byteLength(t), 0),
    one: summary(byJobs[1]),
    two: summary(byJobs[2]),
    identical: [...byJobs[1], ...byJobs[2]].every((r) => r.text === byJobs[1][0].text),
  };
  console.error('native.mjs: --jobs done');
}

const stages = join(out, 'stages');
const lines = (args) => {
  const r = spawnSync(stages, args, { maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`stages ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.toString().split('\n').filter(Boolean).map((l) => JSON.parse(l));
};
for (const name of Object.keys(texts)) {
  result.stages[name] = lines(['stages', join(out, `${name}.docs`)]);
}
result.scaling = lines(['scaling', join(out, 'pool.docs')]);
console.error('native.mjs: stages and scaling done');

if (existsSync('/usr/bin/time')) {
  const r = spawnSync('/usr/bin/time', ['-v', tool, join(out, 'big.txt')], { maxBuffer: 1 << 26 });
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr.toString());
  const e = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr.toString());
  // The tool's footprint without the document: the same run on an empty file.
  writeFileSync(join(out, 'empty.txt'), '');
  const r0 = spawnSync('/usr/bin/time', ['-v', tool, join(out, 'empty.txt')]);
  const m0 = /Maximum resident set size \(kbytes\): (\d+)/.exec(r0.stderr.toString());
  result.memory = {
    inputBytes: Buffer.byteLength(big),
    maxRssKb: m ? Number(m[1]) : null,
    baselineKb: m0 ? Number(m0[1]) : null,
    wallSeconds: e ? Number(e[1] ?? 0) * 3600 + Number(e[2]) * 60 + Number(e[3]) : null,
  };
}
writeFileSync(join(out, 'native.json'), JSON.stringify(result, null, 1));
console.error('native.mjs: wrote target/bench/native.json');
