//! Hebrew (`he`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};

/// The Hebrew profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Light(light_stem),
    fold: Some(fold),
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: OPENERS,
    detection: Some(Detection { script: Script::Hebrew, letters: "", signs: "", neighbours: "" }),
    furniture: FURNITURE,
};

// The commonest function words of news text, in the stopwords-iso style, with the reporting verbs.
const STOP_WORDS: &str =
    "של את על עם זה זו זאת הוא היא הם הן אני אתה אנחנו לא כי אם גם או אבל כל כך רק עוד יותר מאוד אשר \
שלא אין יש היה הייתה היו להיות בין אחרי לפני עד אל מן כמו כדי לכן אז כאן שם מה מי איך למה כאשר \
בו בה בהם להם לו לה לי לנו שלו שלה שלהם אותו אותה אותם עכשיו כבר אחד אחת שני שתי ידי אמר אמרה פי \
כן לאחר בעוד אף";

/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str = "הוא היא הם הן אבל אולם זה זאת גם לכן";

/// Points (niqqud and cantillation) are dropped: most text has none, and a pointed word must
/// meet its unpointed spelling.
fn fold(c: char, _buf: &mut String) -> bool {
    matches!(c, '\u{591}'..='\u{5C7}')
}

/// The plural endings ים and ות and the prefix וה ("and the") come off, leaving at least three
/// letters. Single-letter prefixes stay: without a lexicon they cannot be told from the root.
fn light_stem(word: &str) -> &str {
    let long_enough = |rest: &&str| rest.chars().count() >= 3;
    let w = word.strip_prefix("וה").filter(long_enough).unwrap_or(word);
    ["ים", "ות"].iter().find_map(|s| w.strip_suffix(s).filter(long_enough)).unwrap_or(w)
}

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "עברית", ..Furniture::NONE };
