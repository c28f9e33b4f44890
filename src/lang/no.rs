//! Norwegian (`no`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The Norwegian profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::Norwegian)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: "",
    detection: Some(Detection {
        script: Script::Latin, letters: "æøåéèóòô", signs: "æ ø å", neighbours: ""
    }),
    furniture: Furniture::NONE,
};

const STOP_WORDS: &str =
    "alle at av bare begge ble blei bli blir blitt både da de deg dem den denne der deres \
det dette di din disse ditt du eg ein eit eller en enn er et ett etter for fordi fra før ha hadde han \
hans har hennar henne hennes her hjå ho hoe hun hva hvem hver hvilke hvilken hvis hvor hvordan hvorfor \
i ifølge ikke ikkje ingen inn jeg kan kom korleis kun kunne kva kvar kven kvifor man mange me med \
medan meg meget mellom men mi min mine mitt mot mykje ned no noe noen nokon noko nokre nå når og også om \
opp oss over på sa samme seg selv si sia sidan siden sier sin sine sitt sjøl skal skulle slik so som \
somme somt så sånn til um upp ut uten var vart vere vi vil ville vore vors vort vår være vært å";
