//! English (`en`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Lexicon, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The English profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::English)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Possessive,
    lexicon: LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Latin,
        letters: "àáâäçèéêëíîïñóôöúûü",
        signs: &[],
        neighbours: &[],
    }),
};

const STOP_WORDS: &str = "a about above according after again against all also although am an and any are \
aren't as at be because been before being below between both but by can can't cannot could couldn't \
did didn't do does doesn't doing don don't down during each even few for from further had hadn't has \
hasn't have haven't having he he'd he'll he's her here hers herself him himself his how however i i'd \
i'll i'm i've if in into is isn't it it's its itself just may me might more most mr mrs ms must my \
myself no nor not now of off on once only or other ought our ours ourselves out over own s said same \
says she she'd she'll she's should shouldn't so some still such t than that that's the their theirs \
them themselves then there there's these they they'd they'll they're they've this those though through \
to told too under until up us very was wasn't we we'd we'll we're we've were weren't what what's when \
where which while who who's whom why will with won't would wouldn't yet you you'd you'll you're you've \
your yours yourself yourselves";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: &[
        "Adm", "Apr", "Aug", "Capt", "Cmdr", "Col", "Cpl", "Dec", "Det", "Feb", "Fr", "Ft", "Gen", "Gov",
        "Hon", "Insp", "Jan", "Jul", "Jun", "Lt", "Maj", "Messrs", "Mmes", "Msgr", "Mt", "Nov", "Oct", "Pvt",
        "Rep", "Reps", "Rev", "Rt", "Sen", "Sens", "Sept", "Sgt", "Supt", "approx", "ca", "viz",
    ],
    may_end: &["Ave", "Blvd", "Bros", "Dept", "Mass", "Mts", "Rd", "Sr", "St", "Univ", "a.m", "al", "p.m"],
    etc: &[],
    number_prefix: &["Art", "Ch", "Fig", "Nos", "Sec", "Vol", "pp", "vol"],
    starters: STARTERS,
    ordinal_next: &[],
    semicolon_asks: false,
};
/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "this",
    "that",
    "these",
    "those",
    "but",
    "however",
    "also",
    "his",
    "her",
    "their",
    "its",
    "there",
    "then",
    "meanwhile",
    "still",
    "yet",
    "and",
    "so",
    "such",
    "both",
    "instead",
    "moreover",
    "furthermore",
    "nevertheless",
    "thus",
];

/// Capitalised words that typically open an English sentence; other languages without a list
/// of their own use them too.
pub(crate) const STARTERS: &[&str] = &[
    "A",
    "According",
    "After",
    "Also",
    "An",
    "And",
    "As",
    "At",
    "But",
    "During",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Meanwhile",
    "Now",
    "On",
    "One",
    "Our",
    "She",
    "So",
    "Some",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "Yet",
    "You",
];

/// Common words that are not stop words but never make a keyword on their own: generic verbs,
/// adverbs, adjectives and nouns of measure ("share", "first", "years"), sorted, lowercase.
pub(crate) const GENERIC_WORDS: &str =
    "activities activity ago already also always another around away back bad began begin best better \
big called case cases come comes continue continued day days different early end expected fact \
find first found get gets give given goes going good got great group help high include included \
includes including issue issues keep kind known large last later left long look lot lots low \
made major make makes making many month months move much need needed needs never new next number \
often old one part people percent place point recent recently remain run second see seen set several \
share shared shares show showed side sides small start started take taken takes thing things \
think third time times today took turn two use used uses using various want wants way ways week \
weeks well went whole year years";
