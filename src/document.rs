//! An analysed article: cleaned, segmented, tokenised and scored once, then summarised at any
//! length without scoring again (the page's length control relies on this).

use std::hash::Hasher;
use std::ops::Range;

use crate::classify;
use crate::clean::{self, BlockKind, Cleaned, DETECT_SAMPLE};
use crate::dateline;
use crate::display;
use crate::hash;
use crate::keywords;
use crate::lang::{self, Language};
use crate::options::{Budget, Options};
use crate::score::{self, Scored, Vectors};
use crate::segment::{self, PassageFacts, Passages};
use crate::select;
use crate::summary::{Article, Keyword, Sentence, Stats, Summary};
use crate::tokenise::Tokeniser;

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
    /// The sentences on offer, as segmentation found them.
    passages: Passages,
    /// What scoring learned of each of them (same indices).
    scored: Vec<Scored>,
    /// Their term vectors (same indices).
    vectors: Vectors,
    keywords: Vec<Keyword>,
    articles: Vec<Article>,
    stats: Stats,
}

impl Document {
    /// Analyses `text` (plain text or HTML source) with the language and keyword settings of
    /// `options`. Never fails: degenerate input gives a document with no sentences.
    pub fn analyse(text: &str, options: &Options) -> Document {
        let (mut cleaned, language) = read(text, options);
        let tokeniser = Tokeniser::new(language);
        let segmented = segment_article(&mut cleaned, language);
        let passages = segmented.passages;
        let articles = cleaned.other_articles();
        let title = cleaned.title.take();
        let folded_words = segmented.folded_words + cleaned.folded_words;
        let (words_total, boilerplate_removed) = (cleaned.words_total, cleaned.boilerplate_removed);
        let duplicates_folded = cleaned.duplicates_folded + segmented.duplicates;
        // The passages' text is the cleaned text's buffer; its map and blocks are not needed
        // while scoring, whose term tables are the peak of memory.
        drop(cleaned);
        let want_keywords = options.keywords() > 0;
        let mut scoring = score::score(&passages, title.as_deref(), &tokeniser, language, want_keywords);
        let (scored, vectors) =
            (std::mem::take(&mut scoring.sentences), std::mem::take(&mut scoring.vectors));
        let words_in = scored.iter().map(|c| c.words).sum::<usize>() + folded_words;
        let keywords = if want_keywords {
            keywords::top(
                &scoring.term_weights(),
                scoring.recurring,
                &scoring.occurrences,
                &passages,
                options.keywords(),
                language,
            )
        } else {
            Vec::new()
        };
        drop(scoring);

        let stats = Stats {
            words_in,
            words_total: words_total.max(words_in),
            sentences_in: passages.len(),
            boilerplate_removed,
            duplicates_folded,
            articles_found: usize::from(!passages.is_empty()) + articles.len(),
            ..Stats::default()
        };
        Document { language, title, passages, scored, vectors, keywords, articles, stats }
    }

    /// The language the document is analysed as.
    pub fn language(&self) -> Language {
        self.language
    }

    /// How many sentences the article offers to a summary.
    pub fn sentence_count(&self) -> usize {
        self.passages.len()
    }

    /// Summarises the document within `budget`.
    pub fn summary(&self, budget: Budget) -> Summary {
        self.summary_of(select::select(&self.passages, &self.scored, &self.vectors, budget))
    }

    /// The Lead baseline: the article's first sentences within `budget`, unscored choice.
    /// Every news summariser is measured against it.
    pub fn lead(&self, budget: Budget) -> Summary {
        self.summary_of(select::lead(&self.scored, budget))
    }

    fn summary_of(&self, chosen: Vec<usize>) -> Summary {
        let sentences: Vec<Sentence> = chosen
            .into_iter()
            .map(|i| {
                let source = self.passages[i].source();
                Sentence {
                    index: i,
                    text: display::shown(self.passages.text(i)).into_owned(),
                    score: self.scored[i].score,
                    start: source.start,
                    end: source.end,
                }
            })
            .collect();
        let stats = Stats {
            words_out: sentences.iter().map(|s| self.scored[s.index].words).sum(),
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

/// `text` cleaned under `options`, and the language it is read as: forced, else what the
/// article finder detected, else detected on the article now. The first stage of a summary
/// and of an extract alike.
pub(crate) fn read(text: &str, options: &Options) -> (Cleaned, Language) {
    hash::begin_document(text);
    let cleaned =
        clean::clean(text, clean::Settings { whole: options.whole(), language: options.language() });
    // The article finder's detection serves the sentences when it read the same blocks.
    debug_assert!(cleaned.language.map_or(true, |l| l == detect(&cleaned)));
    let language = options.language().or(cleaned.language).unwrap_or_else(|| detect(&cleaned));
    (cleaned, language)
}

/// The language of the cleaned text, detected on its first `DETECT_SAMPLE` bytes or so.
fn detect(cleaned: &Cleaned) -> Language {
    let parts = cleaned
        .blocks
        .iter()
        .scan(0usize, |taken, b| {
            (*taken < DETECT_SAMPLE).then(|| {
                *taken += b.span.len();
                &cleaned.text[b.span.clone()]
            })
        })
        .collect::<Vec<_>>();
    // One block (a note, or a paste of one giant paragraph) is read where it lies: a copy of
    // a 5 MB paragraph would be one more input's worth of memory.
    match parts.as_slice() {
        [one] => lang::detect(one),
        _ => lang::detect(&parts.join("\n")),
    }
}

/// Bytes reserved for a sentence's folded text: a long news sentence's.
const SENTENCE_ROOM: usize = 512;

/// The article's sentences, and what was left out of them.
struct Segmented {
    /// The sentences on offer, in document order.
    passages: Passages,
    /// Sentences left out as repeats of an earlier one.
    duplicates: usize,
    /// Words of the sentences left out (repeats, announcements of a list, rows of labels).
    folded_words: usize,
}

/// Splits the cleaned article's blocks into sentences (headings are not offered), strips a
/// dateline from each block's first, and leaves out repeats and sentences that cannot stand.
/// The sentences' text is written over the cleaned text, which is taken: each sentence moves
/// down to where the previous one ends (blocks and sentences are in order, so nothing is
/// overwritten before it is read), where a copy of it cost the input's size again.
fn segment_article(cleaned: &mut Cleaned, language: Language) -> Segmented {
    let text: usize = cleaned.blocks.iter().map(|b| b.span.len()).sum();
    // Room for a news article's sentences from the start (about one per 120 bytes), and for a
    // page of one-sentence blocks without growing the list (a doubling of a million).
    let prose =
        cleaned.blocks.iter().filter(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::ListItem));
    let room = (text / 120).max(prose.count()) + 4;
    let mut out = Segmented { passages: Passages::with_capacity(room), duplicates: 0, folded_words: 0 };
    let mut seen: hash::Set<u64> = hash::Set::with_capacity_and_hasher(room, Default::default());
    // Room for a long sentence's folded text from the start.
    let mut folded = Vec::with_capacity(SENTENCE_ROOM);
    let mut bytes = std::mem::take(&mut cleaned.text).into_bytes();
    // Blocks out of order (never made so) would be overwritten: their sentences are copied.
    let in_place = cleaned.blocks.windows(2).all(|w| w[0].span.end <= w[1].span.start);
    let mut copied = Vec::new();
    let mut written = 0;
    // The sentences of one block kept: their spans in the text and their facts.
    let mut kept: Vec<(Range<usize>, PassageFacts)> = Vec::new();
    for (block_no, block) in cleaned.blocks.iter().enumerate() {
        match block.kind {
            BlockKind::Heading => continue,
            BlockKind::Code | BlockKind::Paragraph | BlockKind::ListItem => {}
        }
        let Some(para) = bytes.get(block.span.clone()).and_then(|b| std::str::from_utf8(b).ok()) else {
            continue;
        };
        // Code is read (its words count) but offers no sentence.
        if block.kind == BlockKind::Code {
            out.folded_words += classify::count_words(para);
            continue;
        }
        kept.clear();
        for (pos, mut range) in segment::sentences(para, language).into_iter().enumerate() {
            if pos == 0 {
                range.start += dateline::skip(&para[range.clone()]);
            }
            let sentence = &para[range.clone()];
            // A sentence that announces a list or a quote reads as a promise alone; a row of
            // labels is a menu pasted inline.
            if display::introduces(sentence) || display::is_label_row(sentence) {
                out.folded_words += classify::count_words(sentence);
                continue;
            }
            if !seen.insert(sentence_key(sentence, &mut folded)) {
                out.duplicates += 1;
                out.folded_words += classify::count_words(sentence);
                continue;
            }
            let start = block.span.start + range.start;
            let source = cleaned.original_span(start..start + range.len());
            let facts = PassageFacts {
                start: source.start,
                end: source.end,
                block: block_no,
                position_in_block: pos,
                list_item: block.kind == BlockKind::ListItem,
                dangling: segment::opens_with_reference(sentence, language),
            };
            kept.push((start..start + range.len(), facts));
        }
        for (span, facts) in kept.drain(..) {
            let len = span.len();
            if !in_place {
                copied.extend_from_slice(bytes.get(span).unwrap_or_default());
            } else if span.start >= written && span.end <= bytes.len() {
                // Everything written so far lies below `written`: the sentence is intact.
                bytes.copy_within(span, written);
                written += len;
            } else {
                debug_assert!(false, "sentences out of order");
                continue;
            }
            out.passages.push_len(len, facts);
        }
    }
    let text = if in_place {
        bytes.truncate(written);
        bytes
    } else {
        copied
    };
    // Whole sentences moved, each on character boundaries: still UTF-8.
    out.passages.set_text(String::from_utf8(text).unwrap_or_default());
    out.passages.shrink_to_fit();
    out
}

/// The key under which sentences count as the same: a 64-bit hash of the sentence with case
/// and spacing ignored, under the document's key (a collision among an article's sentences is
/// vanishingly unlikely, and cannot be crafted). `buf` is scratch space for the folded text.
fn sentence_key(sentence: &str, buf: &mut Vec<u8>) -> u64 {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Asking for no keywords skips their bookkeeping in scoring: the summary must not change.
    #[test]
    fn summaries_without_keywords_are_the_same() {
        let texts = [
            "Rain fell on Monday. The river rose fast. Towns along the river flooded. Crews worked all night.",
            "市议会周二批准了新的预算。市长表示将签署预算。预算将用于修路和学校。",
            "Le conseil a approuvé le budget mardi. Le maire signera le budget. Les écoles profiteront du budget.",
        ];
        for text in texts {
            let with = Document::analyse(text, &Options::new()).summary(Budget::Sentences(2));
            let without =
                Document::analyse(text, &Options::new().with_keywords(0)).summary(Budget::Sentences(2));
            assert!(!with.keywords.is_empty(), "{text}");
            assert!(without.keywords.is_empty());
            let scores =
                |s: &Summary| s.sentences.iter().map(|s| (s.index, s.score.to_bits())).collect::<Vec<_>>();
            assert_eq!(scores(&with), scores(&without), "{text}");
            assert_eq!(with.stats, without.stats);
        }
    }
}
