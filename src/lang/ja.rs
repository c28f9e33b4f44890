//! Japanese (`ja`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};

/// The Japanese profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::None,
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: "",
    detection: Some(Detection { script: Script::Han, letters: "", signs: "", neighbours: "" }),
    furniture: FURNITURE,
};

// Characters that split a run of Han or kana into terms: particles and pronouns that almost never
// belong to a content word. Every hiragana character does too (see `tokenise`).
const STOP_WORDS: &str =
    "の に は を が で と も へ や か た て だ す る な い し れ さ ら う ま こ そ 等 氏";

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "日本語", ..Furniture::NONE };
