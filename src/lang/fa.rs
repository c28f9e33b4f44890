//! Persian (`fa`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};

/// The Persian profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Light(light_stem),
    fold: Some(fold),
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Arabic,
        letters: "پچژگکی",
        signs: "پ چ ژ ک گ ی",
        neighbours: "",
    }),
    furniture: FURNITURE,
};

// The commonest function words of news text, in the stopwords-iso style, with the reporting verbs.
const STOP_WORDS: &str =
    "از به با در که این ان را و برای تا یا هم اما اگر نیز هر بر چه چون همه ما من تو او شما انها خود \
یک دو بود است هست نیست بودند هستند شد شده شود می نمی خواهد کرد کرده کند کنند داد داده دارد دارند \
باید گفت گفته گفتند پس پیش بین روی زیر بعد قبل حتی هیچ دیگر چند وی اش ها های ای ولی زیرا همچنین \
طور چنین ایا کجا چرا چگونه کسی چیزی";

/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str = "او انها این ان اما ولی همچنین بنابراین";

/// Arabic-keyboard yeh and kaf are the Persian letters, short vowels and tatweel are dropped,
/// and alef with a hamza or madda is plain alef, as detection reads it.
fn fold(c: char, buf: &mut String) -> bool {
    match c {
        'ي' | 'ى' => buf.push('ی'),
        'ك' => buf.push('ک'),
        'أ' | 'إ' | 'آ' | 'ٱ' => buf.push('ا'),
        '\u{64B}'..='\u{652}' | '\u{670}' | '\u{640}' => {}
        _ => return false,
    }
    true
}

/// The plural and comparative suffixes (written with or without the zero-width non-joiner) and
/// the continuous prefix "می" come off, leaving at least two letters.
fn light_stem(word: &str) -> &str {
    const SUFFIXES: [&str; 10] = [
        "\u{200C}هایی",
        "\u{200C}های",
        "\u{200C}ها",
        "هایی",
        "های",
        "ها",
        "\u{200C}ترین",
        "ترین",
        "\u{200C}تر",
        "\u{200C}ی",
    ];
    const PREFIXES: [&str; 2] = ["نمی\u{200C}", "می\u{200C}"];
    let long_enough = |rest: &&str| rest.chars().count() >= 2;
    let w = PREFIXES.iter().find_map(|p| word.strip_prefix(p).filter(long_enough)).unwrap_or(word);
    SUFFIXES.iter().find_map(|s| w.strip_suffix(s).filter(long_enough)).unwrap_or(w)
}

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "فارسی", ..Furniture::NONE };
