//! Undetermined: everything Briefly knows of the language.

use super::{Apostrophe, Lexicon, Profile, Stemming};

/// The Undetermined profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::None,
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: LEXICON,
    openers: &[],
    detection: None,
};

// Only the words that are function words nearly everywhere Latin script is used, so that unknown
// languages still lose their commonest particles.
const STOP_WORDS: &str = "a e i o y the and of to in";

/// No abbreviations; English openers, since English names and quotes turn up in every language.
pub(crate) const LEXICON: Lexicon = Lexicon {
    never_final: &[],
    may_end: &[],
    etc: &[],
    number_prefix: &[],
    starters: super::en::STARTERS,
    ordinal_next: &[],
    semicolon_asks: false,
};
