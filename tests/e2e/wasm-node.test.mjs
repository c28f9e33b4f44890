// The wasm package exactly as the page and the extension load it (www/pkg, built by `make build`),
// run in Node: it must give the same summaries as the native tool, spans that slice the caller's
// string, and errors (not traps) for bad options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkgJs = path.join(root, 'www/pkg/briefly.js');
const pkgWasm = path.join(root, 'www/pkg/briefly_bg.wasm');
const nativeTool = path.join(root, 'target/release/briefly');
const goldenDir = path.join(root, 'tests/golden');

assert.ok(existsSync(pkgJs) && existsSync(pkgWasm), 'www/pkg is missing: run `make build` first');
const { initSync, summarise, extract, Analysis, languages } = await import(pathToFileURL(pkgJs).href);
initSync({ module: readFileSync(pkgWasm) });

const ARTICLE =
  'The city council approved the new budget on Tuesday after a long debate. ' +
  'The budget raises spending on schools by ten percent and hires forty teachers. ' +
  'Critics said the plan ignores road repairs across the northern districts. ' +
  'The mayor will sign the budget next week, and the school spending starts in March. ' +
  'Residents can comment on the plan at the library until Friday. ' +
  'The council meets again in April to review the road programme.';

// Plain-text inputs whose sentences are written exactly as the summary shows them (single
// spaces), so `input.slice(start, end)` must equal the sentence text.
const PLAIN = {
  emoji:
    '🎉🎉 The festival opened on Friday with fireworks over the harbour 🎆. ' +
    'Families 👨 👩 queued for hours to see the parade of boats. ' +
    'Organisers said forty thousand people came on the first night 🙌. ' +
    'The festival closes on Sunday with a concert in the park 🎵. ' +
    'Next year the organisers hope to add a second stage by the water.',
  chinese:
    '北京市政府周二批准了新的预算方案。新预算将教育支出提高了百分之十。' +
    '批评者认为该计划忽视了道路维修。市长将于下周签署预算。居民可以在图书馆对计划发表意见。',
  japanese:
    '東京都は火曜日に新しい予算を承認した。学校への支出は一割増える。' +
    '批判する人は道路の修理が無視されていると言う。知事は来週予算に署名する。住民は金曜日まで意見を出せる。',
  arabic:
    'وافق مجلس المدينة على الميزانية الجديدة يوم الثلاثاء بعد نقاش طويل. ' +
    'ترفع الميزانية الإنفاق على المدارس بنسبة عشرة في المئة. ' +
    'قال المنتقدون إن الخطة تتجاهل إصلاح الطرق في الأحياء الشمالية. ' +
    'سيوقع رئيس البلدية على الميزانية الأسبوع المقبل. ' +
    'يمكن للسكان التعليق على الخطة في المكتبة حتى يوم الجمعة.',
  mixed:
    'Zoë Ünal met the 𝕏 team in Zürich 🇨🇭 on Monday. ' +
    'They discussed 東京 and القاهرة over coffee ☕ for two hours. ' +
    'The résumé of the meeting was sent to Ærø and Łódź the same evening. ' +
    'Nobody expected the 𝒻𝒶𝓃𝒸𝓎 letters to survive the trip through every system.',
  english: ARTICLE,
};

function oneSentenceSources(input, summary) {
  return summary.sentences.map((s) => input.slice(s.start, s.end));
}

test('spans slice the caller\'s string for emoji, CJK, Arabic and mixed scripts', () => {
  for (const [name, input] of Object.entries(PLAIN)) {
    const summary = summarise(input, { ratio: 1 });
    assert.ok(summary.sentences.length >= 3, `${name}: ${summary.sentences.length} sentences`);
    assert.deepEqual(oneSentenceSources(input, summary), summary.sentences.map((s) => s.text), name);
    let lastEnd = 0;
    for (const s of summary.sentences) {
      assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), name);
      assert.ok(lastEnd <= s.start && s.start < s.end && s.end <= input.length, `${name}: ${s.start}..${s.end}`);
      lastEnd = s.end;
    }
  }
});

test('emoji sequences joined by U+200D keep their joiners in the sentence text', () => {
  const input = 'Families 👨‍👩‍👧‍👦 queued for hours. The parade of boats 🏳️‍🌈 was late. Everyone stayed anyway.';
  const summary = summarise(input, { ratio: 1 });
  assert.deepEqual(oneSentenceSources(input, summary), summary.sentences.map((s) => s.text));
});

test('spans of text with extra whitespace cover the source, whitespace folded in the text', () => {
  const input = 'First   sentence\nruns over  two lines. 😀 Second\tsentence here.\n\nThird one, new paragraph.';
  const summary = summarise(input, { ratio: 1 });
  assert.equal(summary.sentences.length, 3);
  for (const s of summary.sentences) {
    assert.equal(input.slice(s.start, s.end).replace(/\s+/g, ' '), s.text);
  }
});

test('the result is plain data: camelCase stats, null title, language code', () => {
  const summary = summarise(ARTICLE);
  assert.deepEqual(Object.keys(summary).sort(), ['articles', 'keywords', 'language', 'sentences', 'stats', 'title']);
  assert.deepEqual(Object.keys(summary.stats).sort(), [
    'articlesFound', 'boilerplateRemoved', 'duplicatesFolded', 'sentencesIn', 'sentencesOut', 'wordsIn', 'wordsOut',
    'wordsTotal',
  ]);
  assert.equal(summary.title, null);
  assert.equal(summary.language, 'en');
  assert.equal(summary.sentences.length, 3);
  assert.equal(summary.stats.sentencesOut, 3);
  assert.ok(Array.isArray(summary.keywords) && summary.keywords.length > 0);
  // Plain objects survive a JSON round trip unchanged (what the page's worker posts).
  assert.deepEqual(JSON.parse(JSON.stringify(summary)), summary);
});

// --- native == wasm --------------------------------------------------------------------------

function byteToUtf16(input) {
  const bytes = Buffer.from(input, 'utf8');
  return (b) => bytes.subarray(0, b).toString('utf8').length;
}

const camel = (k) => k.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

/** The native tool's JSON in the binding's shape: camelCase keys, UTF-16 spans. */
function nativeSummary(input, args = []) {
  assert.ok(existsSync(nativeTool), 'target/release/briefly is missing: run `make build` first');
  const out = JSON.parse(execFileSync(nativeTool, ['--json', ...args], { input, maxBuffer: 1 << 26 }).toString());
  const u = byteToUtf16(input);
  return {
    ...out,
    sentences: out.sentences.map((s) => ({ ...s, start: u(s.start), end: u(s.end) })),
    articles: out.articles.map((a) => ({ ...a, start: u(a.start), end: u(a.end) })),
    stats: Object.fromEntries(Object.entries(out.stats).map(([k, v]) => [camel(k), v])),
  };
}

/** The native tool's `--article --json` in the binding's shape: UTF-16 spans. */
function nativeExtract(input) {
  const out = JSON.parse(execFileSync(nativeTool, ['--article', '--json'], { input, maxBuffer: 1 << 26 }).toString());
  const u = byteToUtf16(input);
  const spans = (xs) => xs.map((x) => ({ ...x, start: u(x.start), end: u(x.end) }));
  return { ...out, blocks: spans(out.blocks), articles: spans(out.articles) };
}

function goldenCases() {
  if (!existsSync(goldenDir)) return [];
  return readdirSync(goldenDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = path.join(goldenDir, d.name);
      const file = ['input.txt', 'input.html'].map((f) => path.join(dir, f)).find(existsSync);
      const expected = path.join(dir, 'expected.txt');
      return file && existsSync(expected)
        ? { slug: d.name, input: readFileSync(file, 'utf8'), expected: readFileSync(expected, 'utf8') }
        : null;
    })
    .filter(Boolean)
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * Scores rounded to 12 significant digits: `f64::ln`/`powf` come from the platform's libm
 * natively and from Rust's own port in wasm, which may differ in the last bit. Everything
 * else, including which sentences are chosen, must be identical.
 */
function roundScores(summary) {
  const r = (x) => Number(x.toPrecision(12));
  return {
    ...summary,
    sentences: summary.sentences.map((s) => ({ ...s, score: r(s.score) })),
    keywords: summary.keywords.map((k) => ({ ...k, score: r(k.score) })),
  };
}

test('wasm gives the native tool\'s summary', () => {
  const inputs = [
    ...Object.entries(PLAIN),
    ['html', `<html><head><title>Budget vote</title></head><body><nav>Home | News | Sport</nav>
      <article><h1>Budget vote</h1><p>${ARTICLE.replace('percent', '&amp; percent')}</p></article>
      <footer>© 2026 Example News. All rights reserved.</footer></body></html>`],
    ...goldenCases().map((c) => [c.slug, c.input]),
  ];
  for (const [name, input] of inputs) {
    assert.deepEqual(roundScores(summarise(input)), roundScores(nativeSummary(input)), name);
    assert.deepEqual(
      roundScores(summarise(input, { sentences: 5, keywords: 3 })),
      roundScores(nativeSummary(input, ['--sentences', '5', '--keywords', '3'])),
      `${name} (5 sentences)`,
    );
  }
});

test('extract gives the native tool\'s article, blocks slicing the caller\'s string', () => {
  const page = `<html><head><title>Budget vote | News</title></head><body><nav><a href=/>Home</a> <a href=/n>News</a></nav>
    <article><h1>Budget vote 🗳️</h1><p>${ARTICLE}</p><h2>What comes next</h2>
    <p>The council meets again in April 🌷 to review the road programme and the school budget.</p></article>
    <footer>© 2026 Example News. All rights reserved.</footer></body></html>`;
  const inputs = [['html', page], ...Object.entries(PLAIN), ...goldenCases().map((c) => [c.slug, c.input])];
  for (const [name, input] of inputs) {
    assert.deepEqual(extract(input), nativeExtract(input), name);
  }
  const article = extract(page);
  assert.deepEqual(article.blocks.map((b) => b.kind), ['heading', 'paragraph', 'heading', 'paragraph']);
  assert.equal(article.title, 'Budget vote 🗳️');
  for (const b of article.blocks) assert.ok(page.slice(b.start, b.end).includes(b.text), b.text);
  assert.ok(!article.blocks.some((b) => /Home|reserved/.test(b.text)));
  assert.throws(() => extract(page, { language: 'xx' }), /language/);
});

test('golden cases: the wasm summary is expected.txt', (t) => {
  const cases = goldenCases();
  if (!existsSync(goldenDir)) {
    t.skip('tests/golden does not exist yet');
    return;
  }
  assert.ok(cases.length > 0, 'tests/golden holds no complete case (input + expected.txt)');
  for (const c of cases) {
    const got = summarise(c.input).sentences.map((s) => s.text).join('\n');
    assert.equal(got, c.expected.replace(/\r?\n$/, ''), c.slug);
  }
});

test('the same input gives the same output every time', () => {
  for (const input of Object.values(PLAIN)) {
    const first = JSON.stringify(summarise(input, { ratio: 0.5 }));
    for (let i = 0; i < 3; i++) assert.equal(JSON.stringify(summarise(input, { ratio: 0.5 })), first);
  }
});

// --- options ---------------------------------------------------------------------------------

const BAD_OPTIONS = [
  ['sentences', { sentences: -1 }],
  ['sentences', { sentences: 0 }],
  ['sentences', { sentences: 2.5 }],
  ['sentences', { sentences: NaN }],
  ['sentences', { sentences: Infinity }],
  ['sentences', { sentences: 1e12 }],
  ['sentences', { sentences: '3' }],
  ['sentences', { sentences: [3] }],
  ['sentences', { sentences: { n: 3 } }],
  ['words', { words: -10 }],
  ['words', { words: 0.5 }],
  ['words', { words: Number.MAX_SAFE_INTEGER }],
  ['ratio', { ratio: 0 }],
  ['ratio', { ratio: 1.5 }],
  ['ratio', { ratio: -0.2 }],
  ['ratio', { ratio: NaN }],
  ['ratio', { ratio: '0.5' }],
  ['keywords', { keywords: -1 }],
  ['keywords', { keywords: true }],
  ['language', { language: 'xx' }],
  ['language', { language: 42 }],
  ['sentance', { sentance: 3 }],
  ['ratio', { sentences: 2, ratio: 0.5 }],
  ['sentences', { words: 50, sentences: 2 }],
  ['options', 'sentences=3'],
  ['options', 5],
  ['options', [1, 2]],
  ['text', undefined, 42],
];

test('every bad option throws an Error naming it, and the module keeps working', () => {
  const baseline = JSON.stringify(summarise(ARTICLE));
  for (const [name, options, text = ARTICLE] of BAD_OPTIONS) {
    assert.throws(
      () => summarise(text, options),
      (e) => e instanceof Error && e.message.includes(`"${name}"`),
      `${JSON.stringify(options) ?? String(options)} should throw an Error naming "${name}"`,
    );
    assert.throws(() => new Analysis(text, options), Error);
    assert.equal(JSON.stringify(summarise(ARTICLE)), baseline, 'the module still works after the error');
  }
});

test('null, undefined, {} and undefined values all mean the defaults', () => {
  const defaults = summarise(ARTICLE, {});
  assert.equal(defaults.sentences.length, 3);
  assert.deepEqual(summarise(ARTICLE), defaults);
  assert.deepEqual(summarise(ARTICLE, undefined), defaults);
  assert.deepEqual(summarise(ARTICLE, null), defaults);
  assert.deepEqual(summarise(ARTICLE, { sentences: undefined, ratio: null, language: 'auto' }), defaults);
});

test('valid options change the summary', () => {
  assert.equal(summarise(ARTICLE, { sentences: 1 }).sentences.length, 1);
  assert.equal(summarise(ARTICLE, { ratio: 1 }).sentences.length, 6);
  assert.equal(summarise(ARTICLE, { keywords: 0 }).keywords.length, 0);
  assert.equal(summarise(ARTICLE, { language: 'fr' }).language, 'fr');
  const words = summarise(ARTICLE, { words: 30 });
  assert.ok(words.stats.wordsOut <= 30 || words.sentences.length === 1, JSON.stringify(words.stats));
});

// --- Analysis --------------------------------------------------------------------------------

test('Analysis re-selects exactly what summarise gives at each length', () => {
  for (const input of [ARTICLE, PLAIN.emoji, PLAIN.japanese]) {
    const analysis = new Analysis(input);
    const count = analysis.sentenceCount;
    assert.equal(count, summarise(input, { ratio: 1 }).sentences.length);
    assert.equal(analysis.language, summarise(input).language);
    for (let n = 1; n <= count; n++) {
      assert.deepEqual(analysis.summary({ sentences: n }), summarise(input, { sentences: n }), `${n} sentences`);
    }
    for (const options of [{ ratio: 0.3 }, { ratio: 1 }, { words: 25 }, undefined, null]) {
      assert.deepEqual(analysis.summary(options), summarise(input, options), JSON.stringify(options));
    }
    analysis.free();
  }
});

test('Analysis keeps its constructor options', () => {
  const analysis = new Analysis(ARTICLE, { sentences: 2, language: 'de', keywords: 2 });
  assert.equal(analysis.language, 'de');
  assert.deepEqual(analysis.summary(), summarise(ARTICLE, { sentences: 2, language: 'de', keywords: 2 }));
  assert.deepEqual(analysis.summary({ ratio: 1 }), summarise(ARTICLE, { ratio: 1, language: 'de', keywords: 2 }));
  assert.throws(() => analysis.summary({ ratio: 2 }), /"ratio"/);
  assert.equal(analysis.summary({ sentences: 4 }).sentences.length, 4);
});

// --- odd input -------------------------------------------------------------------------------

test('lone surrogates do not throw and later spans stay aligned', () => {
  const input = 'Broken \uD800 here. A \uDC00 second sentence follows. And a third sentence ends it.';
  const summary = summarise(input, { ratio: 1 });
  const last = summary.sentences.at(-1);
  assert.equal(input.slice(last.start, last.end), 'And a third sentence ends it.');
  assert.doesNotThrow(() => new Analysis('\uDFFF'.repeat(100)).summary());
});

test('empty and degenerate input give an empty summary, not an error', () => {
  for (const input of ['', '   \n\t ', '\u0000\u0001', '....', '🎉'.repeat(1000)]) {
    const summary = summarise(input);
    assert.ok(Array.isArray(summary.sentences), JSON.stringify(input.slice(0, 10)));
  }
  assert.equal(summarise('').sentences.length, 0);
});

test('a large paste is summarised with correct spans', () => {
  const input = Array.from({ length: 4000 }, (_, i) => `Sentence ${i} talks about 東京 and 🎉 item ${i % 97}.`).join(' ');
  const summary = summarise(input, { sentences: 5 });
  assert.equal(summary.sentences.length, 5);
  assert.deepEqual(oneSentenceSources(input, summary), summary.sentences.map((s) => s.text));
});

test('languages() lists codes the language option accepts', () => {
  const list = languages();
  assert.ok(list.some((l) => l.code === 'en' && l.name === 'English'));
  for (const { code, name } of list) {
    assert.ok(typeof name === 'string' && name.length > 0);
    assert.equal(summarise(ARTICLE, { language: code }).language, code);
  }
});
