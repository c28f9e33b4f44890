//! Chinese (`zh`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Profile, Script, Stemming};

/// The Chinese profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::None,
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: &[],
    detection: Some(Detection { script: Script::Han, letters: "", signs: &[], neighbours: &[] }),
};

// Characters that split a run of Han into terms: particles and pronouns that almost never
// belong to a content word.
const STOP_WORDS: &str =
    "的 了 是 在 和 与 及 也 就 都 而 之 或 把 被 这 那 着 吗 呢 吧 啊 么 们 我 你 他 她 它 \
并 但 其";
