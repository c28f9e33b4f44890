//! Danish (`da`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The Danish profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::Danish)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: "",
    detection: Some(Detection {
        script: Script::Latin, letters: "æøåé", signs: "æ ø å", neighbours: ""
    }),
    furniture: Furniture::NONE,
};

const STOP_WORDS: &str =
    "ad af alle alt anden at blev blive bliver da de dem den denne der deres det dette dig din \
disse dog du efter eller en end er et for fra før ham han hans har havde have hende hendes her hos hun hver hvad \
hvis hvor i ifølge ikke ind jeg jer jo kan kunne man mange med meget men mig min mine mit mod ned noget \
nogle nu når og også om op os over på sagde selv sig sin sine sit skal skulle som så sådan thi til ud \
under var vi vil ville vor være været";
