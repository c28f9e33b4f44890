//! Sentence segmentation: UAX #29 sentence boundaries, repaired per language.
//!
//! Public so that callers (and the fuzzer) can segment text on their own.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Language;

/// Splits one paragraph into sentences: byte ranges into `paragraph`, trimmed, non-empty, in order.
pub fn sentences(paragraph: &str, _lang: Language) -> Vec<Range<usize>> {
    paragraph
        .split_sentence_bound_indices()
        .filter_map(|(i, s)| {
            let t = s.trim();
            if t.is_empty() {
                return None;
            }
            let start = i + (s.len() - s.trim_start().len());
            Some(start..start + t.len())
        })
        .collect()
}
