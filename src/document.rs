//! An analysed article: cleaned, segmented, tokenised and scored once, then summarised at any
//! length without scoring again (the page's length control relies on this).

use std::hash::Hasher;

use crate::clean::{self, BlockKind};
use crate::dateline;
use crate::display;
use crate::hash;
use crate::keywords;
use crate::lang::{self, Language};
use crate::options::{Budget, Options};
use crate::score::{self, Candidate, Pool};
use crate::segment;
use crate::select;
use crate::summary::{Article, Keyword, Sentence, Stats, Summary};
use crate::tokenise::Tokeniser;

/// How much text language detection reads: enough to be sure, cheap on a 5 MB paste.
const DETECT_SAMPLE: usize = 16 * 1024;

/// An article analysed once and ready to be summarised at any length.
///
/// ```
/// use briefly::{Budget, Document, Options};
/// let text = "Rain fell on Monday. The river rose fast. Towns flooded. Crews worked all night.";
/// let doc = Document::analyse(text, &Options::new());
/// assert_eq!(doc.summary(Budget::Sentences(1)).sentences.len(), 1);
/// assert_eq!(doc.summary(Budget::Ratio(1.0)).sentences.len(), 4);
/// ```
#[derive(Debug, Clone)]
pub struct Document {
    language: Language,
    title: Option<String>,
    candidates: Vec<Candidate>,
    /// The candidates' texts and vectors.
    pool: Pool,
    keywords: Vec<Keyword>,
    articles: Vec<Article>,
    stats: Stats,
}

impl Document {
    /// Analyses `text` (plain text or HTML source) with the language and keyword settings of
    /// `options`. Never fails: degenerate input gives a document with no sentences.
    pub fn analyse(text: &str, options: &Options) -> Document {
        hash::begin_document(text);
        let mut cleaned =
            clean::clean(text, clean::Settings { whole: options.whole(), language: options.language() });
        let language = options.language().unwrap_or_else(|| {
            let sample = cleaned
                .blocks
                .iter()
                .scan(0usize, |taken, b| {
                    (*taken < DETECT_SAMPLE).then(|| {
                        *taken += b.span.len();
                        &cleaned.text[b.span.clone()]
                    })
                })
                .collect::<Vec<_>>()
                .join("\n");
            lang::detect(&sample)
        });
        let tokeniser = Tokeniser::new(language);

        let mut candidates = Vec::new();
        // Sentences are pieces of the cleaned text: it bounds their total length.
        let mut pool = Pool { texts: String::with_capacity(cleaned.text.len()), vectors: Vec::new() };
        let mut seen: hash::Set<u64> = hash::Set::default();
        let mut folded = Vec::new();
        let mut duplicates = 0;
        let mut folded_words = 0;
        for (block_no, block) in cleaned.blocks.iter().enumerate() {
            let para = &cleaned.text[block.span.clone()];
            if block.kind == BlockKind::Heading {
                continue;
            }
            for (pos, mut range) in segment::sentences(para, language).into_iter().enumerate() {
                if pos == 0 {
                    let skip = dateline::dateline_len(&para[range.clone()]);
                    if skip < range.len() {
                        range.start += skip;
                    }
                }
                let sentence = &para[range.clone()];
                // A sentence that announces a list or a quote reads as a promise alone; a row of
                // labels is a menu pasted inline.
                if display::introduces(sentence) || display::is_label_row(sentence) {
                    folded_words += crate::tokenise::count_words(sentence);
                    continue;
                }
                if !seen.insert(fold_key(sentence, &mut folded)) {
                    duplicates += 1;
                    folded_words += crate::tokenise::count_words(sentence);
                    continue;
                }
                let start = block.span.start + range.start;
                let source = cleaned.original_span(start..start + range.len());
                candidates.push(Candidate {
                    text: pool.push_text(sentence),
                    start: source.start,
                    end: source.end,
                    block: block_no as u32,
                    position_in_block: pos as u32,
                    list_item: block.kind == BlockKind::ListItem,
                    ..Candidate::default()
                });
            }
        }
        drop(seen);
        let articles = cleaned
            .others
            .iter()
            .map(|(title, span)| {
                let source = cleaned.original_span(span.clone());
                Article { title: title.clone(), start: source.start, end: source.end }
            })
            .collect::<Vec<_>>();
        let title = cleaned.title.take();
        let (folded_words, words_total) = (folded_words + cleaned.folded_words, cleaned.words_total);
        let (boilerplate_removed, cleaned_duplicates) =
            (cleaned.boilerplate_removed, cleaned.duplicates_folded);
        // The sentences are copied out: the cleaned text and its map are not needed while
        // scoring, whose term tables are the peak of memory.
        drop(cleaned);
        // Scoring counts each sentence's words as it tokenises it.
        let (weights, occurrences) =
            score::score(&mut candidates, &mut pool, title.as_deref(), &tokeniser, language);
        let words_in = candidates.iter().map(|c| c.words).sum::<usize>() + folded_words;
        let keywords = keywords::top(&weights, &occurrences, &candidates, &pool, options.keywords());
        drop((weights, occurrences));

        let stats = Stats {
            words_in,
            words_total: words_total.max(words_in),
            sentences_in: candidates.len(),
            boilerplate_removed,
            duplicates_folded: cleaned_duplicates + duplicates,
            articles_found: usize::from(!candidates.is_empty()) + articles.len(),
            ..Stats::default()
        };
        Document { language, title, candidates, pool, keywords, articles, stats }
    }

    /// The language the document is analysed as.
    pub fn language(&self) -> Language {
        self.language
    }

    /// How many sentences the article offers to a summary.
    pub fn sentence_count(&self) -> usize {
        self.candidates.len()
    }

    /// Summarises the document within `budget`.
    pub fn summary(&self, budget: Budget) -> Summary {
        self.summary_of(select::select(&self.candidates, &self.pool, budget))
    }

    /// The Lead baseline: the article's first sentences within `budget`, unscored choice.
    /// Every news summariser is measured against it.
    pub fn lead(&self, budget: Budget) -> Summary {
        self.summary_of(select::lead(&self.candidates, budget))
    }

    fn summary_of(&self, chosen: Vec<usize>) -> Summary {
        let sentences: Vec<Sentence> = chosen
            .into_iter()
            .map(|i| {
                let c = &self.candidates[i];
                Sentence {
                    index: i,
                    text: display::shown(self.pool.text(c)).into_owned(),
                    score: c.score,
                    start: c.start,
                    end: c.end,
                }
            })
            .collect();
        let stats = Stats {
            words_out: sentences.iter().map(|s| self.candidates[s.index].words).sum(),
            sentences_out: sentences.len(),
            ..self.stats
        };
        Summary {
            sentences,
            keywords: self.keywords.clone(),
            language: self.language,
            title: self.title.clone(),
            articles: self.articles.clone(),
            stats,
        }
    }
}

/// The key under which sentences count as the same: a 64-bit hash of the sentence with case
/// and spacing ignored, under the document's key (a collision among an article's sentences is
/// vanishingly unlikely, and cannot be crafted). `buf` is scratch space for the folded text.
fn fold_key(sentence: &str, buf: &mut Vec<u8>) -> u64 {
    buf.clear();
    if sentence.is_ascii() {
        // By bytes, without decoding characters (most sentences are ASCII): ASCII white space as
        // `split_whitespace` has it, and ASCII lowercasing, which is what the general case
        // below does to ASCII text.
        let words = sentence.as_bytes().split(|b| matches!(b, b'\t'..=b'\r' | b' '));
        for word in words.filter(|w| !w.is_empty()) {
            buf.extend(word.iter().map(u8::to_ascii_lowercase));
            buf.push(b' ');
        }
    } else {
        let mut utf8 = [0u8; 4];
        for word in sentence.split_whitespace() {
            for c in word.chars().flat_map(char::to_lowercase) {
                buf.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
            }
            buf.push(b' ');
        }
    }
    let mut h = hash::fingerprint();
    h.write(buf);
    h.finish()
}
