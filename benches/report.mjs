// Turns target/bench/native.json, wasm.json and peer.json into one readable report, printed and written
// to target/bench-report.md, with each target marked pass or miss.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const load = (f) => (existsSync(join(root, 'target/bench', f)) ? JSON.parse(readFileSync(join(root, 'target/bench', f), 'utf8')) : null);
const native = load('native.json');
const wasm = load('wasm.json');
const peer = load('peer.json');
const L = [];
const f1 = (x) => (x == null || !Number.isFinite(x) ? 'n/a' : x.toFixed(1));
const f2 = (x) => (x == null || !Number.isFinite(x) ? 'n/a' : x.toFixed(2));
const kb = (b) => (b / 1024).toFixed(1) + ' kB';
const targets = [];
const target = (name, ok, got) => targets.push(`| ${name} | ${got} | ${ok == null ? 'n/a' : ok ? 'pass' : '**miss**'} |`);

L.push('# Briefly benchmark report', '', `Generated ${new Date().toISOString()} on ${process.platform}/${process.arch}, ` +
  `${(await import('node:os')).cpus().length} CPUs (shared; expect noise). Medians throughout.`, '');

const mbps = (bytes, ms) => bytes / 1e3 / ms; // MB/s with MB = 10^6 bytes
if (native) {
  L.push('## Native throughput (k=3, `briefly --jsonl`, per-document micros, median of 5)', '',
    '| set | docs | MB | summarise MB/s | docs/s | Lead-3 via tool MB/s | segmentation only MB/s | trivial Lead-3 MB/s |', '|---|---|---|---|---|---|---|---|');
  for (const [name, r] of Object.entries(native.throughput)) {
    const st = Object.fromEntries((native.stages[name] ?? []).map((s) => [s.stage, s.seconds]));
    L.push(`| ${name} | ${r.docs} | ${f2(r.bytes / 1e6)} | ${f1(mbps(r.bytes, r.summarise.micros / 1e3))} | ` +
      `${Math.round(r.docs / (r.summarise.micros / 1e6))} | ${f1(mbps(r.bytes, r.lead.micros / 1e3))} | ` +
      `${f1(r.bytes / 1e6 / st.segment)} | ${f1(r.bytes / 1e6 / st.lead3)} |`);
  }
  L.push('', 'Lead-3 via the tool still analyses the whole document (it only skips scoring in selection); the trivial Lead-3 segments just far enough for three sentences: the floor.', '');
  if (native.jobs) {
    const j = native.jobs;
    // The best of 5 shows what two cores give; the median shows what the neighbours left of them.
    const speedup = j.one.best / j.two.best;
    L.push(`## Batch on two threads (\`briefly --jsonl --jobs N\`, ${j.docs} documents, wall time of the whole run, 5 runs interleaved)`, '',
      '| jobs | best s | median s | best MB/s | rows |', '|---|---|---|---|---|',
      `| 1 | ${f2(j.one.best)} | ${f2(j.one.seconds)} | ${f1(j.bytes / 1e6 / j.one.best)} | |`,
      `| 2 | ${f2(j.two.best)} | ${f2(j.two.seconds)} | ${f1(j.bytes / 1e6 / j.two.best)} | ${j.identical ? 'identical to 1 job' : '**differ from 1 job**'} |`, '');
    target('--jobs 2 faster than --jobs 1 (best of 5), same rows', speedup > 1 && j.identical, `${f2(speedup)}x, rows ${j.identical ? 'identical' : 'differ'}`);
  }
  L.push('## Per-stage split (benches/stages.rs, in-process, median of 5)', '',
    '| set | segment | detect (16 kB) | analyse (clean+segment+tokenise+score) | select k=3 | whole summarise |', '|---|---|---|---|---|---|');
  for (const [name, rows] of Object.entries(native.stages)) {
    const st = Object.fromEntries(rows.map((s) => [s.stage, s.seconds * 1e3]));
    const pct = (x) => `${f1(x)} ms (${Math.round((100 * x) / st.summarise)}%)`;
    L.push(`| ${name} | ${pct(st.segment)} | ${pct(st.detect)} | ${pct(st.analyse)} | ${pct(st.select)} | ${f1(st.summarise)} ms |`);
  }
  L.push('', 'Shares are of the whole pipeline; segment and detect run inside analyse.', '');
  const cnn = native.throughput.cnndm, bbc = native.throughput.bbc;
  const news = [cnn, bbc].filter(Boolean).map((r) => mbps(r.bytes, r.summarise.micros / 1e3));
  if (news.length) target('native >= 30 MB/s on news', Math.min(...news) >= 30, news.map(f1).join(' / ') + ' MB/s (cnndm / bbc)');

  L.push('## Scaling (one document grown from different dev articles; adversarial shapes)', '',
    `Unique English text available: ${f2(native.uniqueBytes / 1e6)} MB; beyond it the articles repeat (repeats fold as duplicates, so the largest sizes are slightly flattered).`, '',
    '| shape | size | time | ms per MB |', '|---|---|---|---|');
  for (const s of native.scaling) {
    L.push(`| ${s.shape} | ${kb(s.bytes)} | ${f1(s.seconds * 1e3)} ms | ${f1((s.seconds * 1e3) / (s.bytes / 1e6))} |`);
  }
  const art = native.scaling.filter((s) => s.shape === 'articles');
  const small = art.find((s) => s.bytes <= 10_000), large = art.at(-1);
  if (small && large) {
    const perMb = (s) => s.seconds / (s.bytes / 1e6);
    target('5 MB article < 1.5 s (native)', large.seconds < 1.5, `${f2(large.seconds)} s`);
    target('time/MB at 5 MB <= 1.5x that at 10 kB', perMb(large) <= 1.5 * perMb(small), `${f2(perMb(large) / perMb(small))}x`);
  }
  L.push('');
  if (native.memory) {
    const m = native.memory;
    const grow = (m.maxRssKb - (m.baselineKb ?? 0)) * 1024;
    L.push('## Peak memory, 5 MB document', '', `Native (briefly FILE, /usr/bin/time -v): max RSS ${kb(m.maxRssKb * 1024)}, ` +
      `${kb(m.baselineKb * 1024)} on an empty file; ${f1(grow / m.inputBytes)}x the input.`);
    target('peak memory < 20x input (native)', grow / m.inputBytes < 20, `${f1(grow / m.inputBytes)}x`);
  }
}
if (wasm) {
  for (const [where, r] of [['Node 20', wasm.node], ['headless Chromium (module worker)', wasm.chromium]]) {
    if (!r) continue;
    if (r.memory) {
      const m = r.memory;
      L.push(`Wasm in ${where}: memory ${kb(m.before)} -> ${kb(m.after)} for ${f2(m.inputBytes / 1e6)} MB; ` +
        `${f1((m.after - m.before) / m.inputBytes)}x the input.`);
    }
  }
  if (wasm.node?.memory) {
    const m = wasm.node.memory;
    target('peak memory < 20x input (wasm)', (m.after - m.before) / m.inputBytes < 20, `${f1((m.after - m.before) / m.inputBytes)}x`);
  }
  L.push('', '## Wasm throughput (k=3, `summarise()`, median of 5)', '', '| set | native MB/s | Node MB/s | Chromium MB/s | Chromium / native |', '|---|---|---|---|---|');
  for (const name of Object.keys(wasm.node?.throughput ?? {})) {
    const n = native?.throughput[name];
    const nat = n ? mbps(n.bytes, n.summarise.micros / 1e3) : null;
    const nd = wasm.node.throughput[name], ch = wasm.chromium?.throughput[name];
    const chm = ch ? mbps(ch.bytes, ch.ms) : null;
    L.push(`| ${name} | ${f1(nat)} | ${f1(mbps(nd.bytes, nd.ms))} | ${f1(chm)} | ${nat && chm ? f2(chm / nat) : 'n/a'} |`);
    if (name === 'cnndm' && nat && chm) target('wasm in Chromium >= 0.75x native (cnndm)', chm / nat >= 0.75, `${f2(chm / nat)}x`);
  }
  for (const [where, r] of [['Node', wasm.node], ['Chromium worker', wasm.chromium]]) {
    if (!r) continue;
    L.push('', `${where}: ${r.article5k ? `${r.article5k.chars}-char article (Analysis + summary + free) ${f2(r.article5k.ms)} ms` : ''}` +
      `${r.big ? `; ${f2(r.big.bytes / 1e6)} MB document ${f1(r.big.ms)} ms` : ''}`);
  }
  if (wasm.chromium?.article5k) target('5,000-char article < 2 ms in the page worker', wasm.chromium.article5k.ms < 2, `${f2(wasm.chromium.article5k.ms)} ms`);
  if (wasm.chromium?.big) target('5 MB < 1.5 s (wasm, Chromium worker)', wasm.chromium.big.ms < 1500, `${f2(wasm.chromium.big.ms / 1e3)} s for ${f2(wasm.chromium.big.bytes / 1e6)} MB`);

  const s = wasm.size;
  L.push('', '## Size', '', `briefly_bg.wasm ${kb(s.wasm.raw)} raw, **${kb(s.wasm.gzip)} gzip**; JS glue ${kb(s.glue.raw)} raw, ${kb(s.glue.gzip)} gzip.`, '',
    `Page first load (${s.firstLoadObserved ? 'requests the page and its worker made in Chromium for www/index.html in a fresh profile' : 'the page\'s own files; no browser run'}):`, '',
    '| file | raw | gzip |', '|---|---|---|');
  let total = 0;
  for (const f of s.firstLoad) {
    total += f.gzip;
    L.push(`| ${f.file} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
  }
  L.push(`| **total** | | **${kb(total)}** |`, '');
  if (s.precacheOnly?.length) {
    const extra = s.precacheOnly.reduce((n, f) => n + f.gzip, 0);
    L.push(`Then in the background, for the offline copy, the service worker fetches ${kb(extra)} more (${s.precacheOnly.map((f) => f.file).join(', ')}): ${kb(total + extra)} in all.`, '');
  }
  target('wasm <= 200 kB gz', s.wasm.gzip <= 200 * 1000, kb(s.wasm.gzip));
  target('page first load <= 250 kB gz', total <= 250 * 1024, kb(total));
  const b = s.breakdownNamed ?? s.breakdown;
  L.push(`Where the wasm bytes go (sections of the shipped module: ${Object.entries(s.breakdown.sections).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}).`, '');
  if (b.named) {
    L.push(`Function bodies by crate (${s.breakdownNamed ? 'the named module before wasm-bindgen and wasm-opt' : 'shipped module'}, ${b.functions} functions):`, '',
      '| crate | code |', '|---|---|', ...b.crates.map(([c, n]) => `| ${c} | ${kb(n)} |`), '');
  }
}
if (peer) {
  L.push('## Against the lede crate (crates.io 0.5.1, same JSONL front end, same run)', '',
    'Each tool\'s own per-document `micros` summed (parsing and printing excluded), median of 5 interleaved runs.', '',
    '| workload | docs | MB | Briefly µs/doc | lede µs/doc | Briefly / lede CPU | Briefly MB/s |', '|---|---|---|---|---|---|---|');
  for (const [name, w] of Object.entries(peer.workloads)) {
    const ratio = w.lede ? w.briefly / w.lede : null;
    L.push(`| ${name} | ${w.docs} | ${f2(w.bytes / 1e6)} | ${f1(w.briefly / w.docs)} | ${w.lede ? f1(w.lede / w.docs) : 'n/a'} | ${f2(ratio)} | ${f1(w.bytes / w.briefly)} |`);
    if (ratio != null) target(`<= 0.5x lede CPU (${name})`, ratio <= 0.5, `${f2(ratio)}x`);
  }
  L.push('', '## Hostile shapes (benches/shapes.rs; `briefly FILE`, and wasm in Node)', '',
    '| shape | MB | CPU s (user+sys) | ms per MB | peak RSS | RSS / input | wasm ms | wasm memory / input |', '|---|---|---|---|---|---|---|---|');
  const rows = peer.hostile;
  for (const r of rows) {
    const w = r.wasm;
    L.push(`| ${r.shape} | ${r.mb} | ${f2(r.user)} | ${f1((r.user * 1e3) / r.mb)} | ${kb(r.rssKb * 1024)} | ${f1((r.rssKb * 1024) / r.bytes)}x | ` +
      `${w ? Math.round(w.ms) : 'n/a'} | ${w ? f1((w.after - w.before) / w.bytes) + 'x' : 'n/a'} |`);
  }
  L.push('');
  const at = (shape, mb) => rows.find((r) => r.shape === shape && r.mb === mb);
  for (const shape of [...new Set(rows.map((r) => r.shape))]) {
    const a = at(shape, 0.5), b = at(shape, 2), big = at(shape, 8);
    if (a && b && a.user > 0) target(`${shape}: time/MB at 2 MB <= 1.5x that at 0.5 MB`, b.user / 2 <= 1.5 * (a.user / 0.5), `${f2(b.user / 2 / (a.user / 0.5))}x`);
    if (big) target(`${shape}: peak RSS <= 10x input at 8 MB`, big.rssKb * 1024 <= 10 * big.bytes, `${f1((big.rssKb * 1024) / big.bytes)}x`);
    if (big?.wasm) target(`${shape}: wasm memory <= 10x input at 8 MB`, big.wasm.after - big.wasm.before <= 10 * big.bytes, `${f1((big.wasm.after - big.wasm.before) / big.bytes)}x`);
  }
  const c = at('collision-words', 2), r = at('random-words', 2);
  if (c && r && r.user > 0) target('collision words <= 3x random words (2 MB)', c.user <= 3 * r.user, `${f2(c.user / r.user)}x`);
}
L.push('## Targets', '', '| target | measured | |', '|---|---|---|', ...targets, '');
const text = L.join('\n');
writeFileSync(join(root, 'target/bench-report.md'), text);
console.log(text);
