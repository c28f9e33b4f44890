//! Korean (`ko`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};

/// The Korean profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Particles(strip_particle),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: "",
    detection: Some(Detection { script: Script::Hangul, letters: "", signs: "", neighbours: "" }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str =
    "것 그 그녀 그는 그리고 그러나 그런 그런데 그래서 나 너 다시 당신 대한 더 등 따라서 \
또 또는 또한 때문에 및 모든 무엇 수 어떤 우리 위해 위한 이 이는 이런 이번 있는 있다 저 저희 \
즉 지난 통해 하지만 한 했다 하는 할 말했다 밝혔다 있었다 없다 있고 하고 했고 것은 것이 것을 \
경우 가장 매우 함께 대해";

/// A Korean word without a trailing case particle ("정부는" -> "정부"), when at least two
/// syllables remain: Korean attaches particles to nouns, so without this every noun would make
/// as many terms as it has cases. `이` is left alone: too many nouns end in it.
fn strip_particle(word: &str) -> &str {
    const PARTICLES: [&str; 20] = [
        "에서는",
        "에게서",
        "으로는",
        "에서",
        "에게",
        "으로",
        "까지",
        "부터",
        "에는",
        "에도",
        "은",
        "는",
        "을",
        "를",
        "가",
        "의",
        "에",
        "와",
        "과",
        "도",
    ];
    if !word.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)) {
        return word;
    }
    for p in PARTICLES {
        if let Some(stem) = word.strip_suffix(p) {
            if stem.chars().count() >= 2 {
                return stem;
            }
        }
    }
    word
}

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "한국어", ..Furniture::NONE };
