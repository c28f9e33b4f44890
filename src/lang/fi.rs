//! Finnish (`fi`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The Finnish profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::Finnish)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: "",
    detection: Some(Detection {
        script: Script::Latin,
        letters: "äöåšž",
        signs: "ä ö ää yy uu ii",
        // Estonian.
        neighbours: "aga ka kes kuid mis nagu nad ning seda see sest ta veel või",
    }),
    furniture: Furniture::NONE,
};

const STOP_WORDS: &str = "ei eivät emme en et ette että he heidän heidät heitä hän häneen hänelle häneltä \
hänen hänessä hänestä hänet häntä itse ja johon joiden joihin joka jolla jolle jolta jonka jos jossa \
josta jota jotka kanssa keiden keihin keillä keille keiltä keinä keistä keitä keneen kenellä kenelle \
keneltä kenen kenessä kenestä kenet ketkä ketä koska kuin kuka kun kertoi me meidän meidät meihin \
meillä meille meiltä meissä meistä meitä mihin mikä miksi millä mille miltä minkä minua minulla minulle \
minulta minun minussa minusta minut minuun minä missä mistä mitkä mitä mukaan mutta myös ne niiden \
niihin niillä niille niiltä niin niissä niistä niitä noin nyt nämä näiden näihin näillä näille \
näiltä näissä näistä näitä ole olemme olen olet olette oli olimme olin olisi olisimme olisin olisit \
olisitte olisivat olit olitte olivat olla olleet ollut on ovat se sekä sen siihen siinä siitä sille \
siltä sinua sinulla sinulle sinulta sinun sinussa sinusta sinut sinuun sinä sitten sitä tai te teidän \
teidät teihin teillä teille teiltä teissä teistä teitä tuo tuolla tuon tuota tähän tällä tälle tältä \
tämä tämän tänä tässä tästä tätä vaan vai vaikka vain vielä yli jo";
