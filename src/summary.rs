//! What a summary holds: the chosen sentences with their spans, keywords, language and stats.

use serde::Serialize;

use crate::lang::Language;

/// A summary of one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// The chosen sentences, in document order.
    pub sentences: Vec<Sentence>,
    /// The article's key terms, most important first, in the form they appear in the text.
    pub keywords: Vec<Keyword>,
    /// The language the article was summarised as (detected unless forced).
    pub language: Language,
    /// The article's title line, when the text starts with (or carries) one.
    pub title: Option<String>,
    /// Further articles found in the text after the main one, which was summarised.
    pub articles: Vec<Article>,
    /// Counts describing the input and the summary.
    pub stats: Stats,
}

/// One sentence of the summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    /// Position of the sentence among the article's sentences (0 for the first).
    pub index: usize,
    /// The sentence as shown: whitespace folded, HTML entities decoded.
    pub text: String,
    /// Its salience; higher is more central. Comparable within one article only.
    pub score: f64,
    /// Start of the sentence's source in the input, a byte offset (half-open span).
    pub start: usize,
    /// End of the sentence's source in the input, a byte offset (exclusive).
    pub end: usize,
}

/// A key term of the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyword {
    /// The term as it most often appears in the text.
    pub term: String,
    /// Its weight, relative to the top keyword's 1.0.
    pub score: f64,
}

/// Another article found in the same text (a pasted page often carries a second story).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// Its first line, usually its headline.
    pub title: String,
    /// Start of the article in the input, a byte offset.
    pub start: usize,
    /// End of the article in the input, a byte offset (exclusive).
    pub end: usize,
}

/// Counts describing the input and the summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Words in the summarised article (CJK characters count as words), repeated paragraphs
    /// included: what was read as the article.
    pub words_in: usize,
    /// Words in the whole input, page furniture and other stories included: with
    /// [`Stats::words_in`], how much of the input was read as the article.
    pub words_total: usize,
    /// Words in the summary.
    pub words_out: usize,
    /// Sentences in the summarised article.
    pub sentences_in: usize,
    /// Sentences in the summary.
    pub sentences_out: usize,
    /// Boilerplate lines and blocks dropped (navigation, disclaimers, share links, ...).
    pub boilerplate_removed: usize,
    /// Repeated paragraphs and sentences folded into their first occurrence.
    pub duplicates_folded: usize,
    /// Articles found in the text, the summarised one included.
    pub articles_found: usize,
}

impl Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}
