//! Hungarian (`hu`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The Hungarian profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::Hungarian)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: "",
    detection: Some(Detection {
        script: Script::Latin,
        letters: "áéíóöőúüű",
        signs: "ő ű gy sz zs cs",
        neighbours: "",
    }),
    furniture: Furniture::NONE,
};

const STOP_WORDS: &str =
    "a abban ahhoz ahogy ahol aki akik akkor alatt amely amelyek amelyet amelynek ami amíg \
amikor amit annak arra arról az azok azon azonban azt aztán azzal azért bár be belül benne csak de e \
eddig egy egyes egyik egyre ekkor el ellen előtt eme én ennek erre ez ezek ezen ezt ezzel ezért és fel \
felé hanem hiszen hogy hogyan igen így illetve ilyen is ismét itt kell kellett keresztül ki kívül \
között közül le legalább lehet lenne lesz lett maga majd már más másik meg mellett mert mely melyek mi \
mikor milyen minden mindig mint mintha mit mivel miért most még ne nekem neki nem nincs néhány nélkül \
olyan ott pedig persze rá s saját sem semmi sok szerint talán tehát továbbá több úgy ugyanis után \
utána vagy vagyis valami van vannak vele viszont vissza volna volt voltak ő ők őket össze";
