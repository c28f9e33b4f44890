// Summarises a file with the Node entry and prints a JSON report. It touches every option and
// every result field, so `tsc --strict` checks the package's types against real use.
//   tsc -p . && node dist/summarise-file.js article.txt
import { readFileSync } from 'node:fs';
import init, { Analysis, languages, summarise } from 'briefly';
import type { LanguageInfo, Summary, SummaryArticle, SummaryKeyword, SummaryOptions, SummarySentence } from 'briefly';

await init(); // In Node the module is already loaded from disk; this resolves at once.

const path = process.argv[2];
if (!path) throw new Error('usage: node summarise-file.js FILE');
const text: string = readFileSync(path, 'utf8');

const known: LanguageInfo[] = languages();
const names = new Map(known.map(({ code, name }) => [code, name]));

// The defaults spelled out: three sentences, detected language, eight keywords, and the article
// looked for among page furniture and other stories.
const options: SummaryOptions = { sentences: 3, language: 'auto', keywords: 8, whole: false };
const summary: Summary = summarise(text, options);

// Spans are UTF-16 offsets: slicing the input gives each sentence's source.
const sentence = (s: SummarySentence) => ({
  index: s.index,
  text: s.text,
  score: s.score,
  source: text.slice(s.start, s.end),
});
const keyword = (k: SummaryKeyword) => `${k.term} (${k.score.toFixed(2)})`;
const article = (a: SummaryArticle) => ({ title: a.title, length: a.end - a.start });

const { wordsIn, wordsTotal, wordsOut, sentencesIn, sentencesOut, boilerplateRemoved, duplicatesFolded, articlesFound } =
  summary.stats;

// Analyse once, then summarise at other lengths without analysing again.
const analysis = new Analysis(text, { language: summary.language, keywords: 0 });
const byRatio: Summary = analysis.summary({ ratio: 0.2 });
const byWords: Summary = analysis.summary({ words: 40 });
const longest: number = analysis.sentenceCount;
const analysedAs: string = analysis.language;
analysis.free();

// The whole input as one text: no search for the article, no split into stories.
const wholeInput: Summary = summarise(text, { whole: true, sentences: 3 });

// Invalid options throw an Error that names the option; the module keeps working.
let refused = '';
try {
  summarise(text, { sentences: 0 });
} catch (err) {
  refused = err instanceof Error ? err.message : String(err);
}

const report = {
  title: summary.title ?? null,
  language: summary.language,
  languageName: names.get(summary.language) ?? null,
  sentences: summary.sentences.map((s) => s.text),
  detail: summary.sentences.map(sentence),
  keywords: summary.keywords.map(keyword),
  articles: summary.articles.map(article),
  stats: { wordsIn, wordsTotal, wordsOut, sentencesIn, sentencesOut, boilerplateRemoved, duplicatesFolded, articlesFound },
  ratio: byRatio.sentences.map((s) => s.text),
  words: byWords.sentences.map((s) => s.text),
  whole: { sentences: wholeInput.sentences.map((s) => s.text), articles: wholeInput.articles.length },
  sentenceCount: longest,
  analysedAs,
  refused,
};
process.stdout.write(JSON.stringify(report) + '\n');
