//! Undetermined: everything Briefly knows of the language.

use super::{Apostrophe, Furniture, Lexicon, Profile, Stemming};

/// The Undetermined profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::None,
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: LEXICON,
    openers: "",
    detection: None,
    furniture: FURNITURE,
};

// Only the words that are function words nearly everywhere Latin script is used, so that unknown
// languages still lose their commonest particles.
const STOP_WORDS: &str = "a e i o y the and of to in";

/// No abbreviations; English openers, since English names and quotes turn up in every language.
pub(crate) const LEXICON: Lexicon = Lexicon {
    never_final: "",
    may_end: "",
    etc: "",
    number_prefix: "",
    starters: super::en::STARTERS,
    ordinal_next: "",
    semicolon_asks: false,
};

/// Page furniture of no one language: agencies, networks and time zones, symbols, and the
/// names of languages Briefly has no profile for in a language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture {
    widgets: "a a a|afp|afp via getty images|afp/getty images|anadolu agency|ap|\
ap photo|dpa|epa|facebook|getty images|linkedin|pinterest|reddit|reuters|shutterstock|telegram|\
twitter|whatsapp|x|xinhua",
    prefixes: "© |(c) ",
    names: "اردو",
    date_words: "ast|bst|cest|cet|edt|est|gmt|ist|jst|kst|msk|pdt|pst|utc",
    credit_marks: "getty images|/reuters|/afp|/shutterstock|istock.com|\
istockphoto|picture alliance|imago images|/ dpa",
    byline_joins: "&",
    ..Furniture::NONE
};
