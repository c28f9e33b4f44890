//! Swedish (`sv`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The Swedish profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::Swedish)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: "",
    detection: Some(Detection {
        script: Script::Latin, letters: "åäöé", signs: "å ä ö", neighbours: ""
    }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str =
    "alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig \
din dina ditt du där då efter ej eller en enligt er era ert ett från för ha hade han hans har henne \
hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt \
mot mycket ni nu när någon något några och om oss också på samma sedan sig sin sina sitta själv skulle \
som så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart vem vi vid \
vilka vilken vilket vår våra vårt än är åt över";

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "svenska", ..Furniture::NONE };
