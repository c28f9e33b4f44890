//! Romanian (`ro`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The Romanian profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::Romanian)),
    fold: Some(fold),
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: "",
    detection: Some(Detection {
        script: Script::Latin,
        letters: "ăâîșțşţ",
        signs: "ă ș ț ş ţ î",
        neighbours: "",
    }),
    furniture: Furniture::NONE,
};

const STOP_WORDS: &str = "a acea aceasta această aceea acei acel acela acele acest acesta aceste acestea \
acestei acestor acestui aceşti acum ai aici al ale alt alte altă am apoi ar are au avea avut aţi azi aşa \
ba care ce cel cea cei cele ceva chiar cine cu cum când că da dacă dar de deci decât deja deşi din dintre \
doar după ea ei el ele era este eu fi fie fiecare fost foarte fără iar ii il in la le li lor lui mai \
mult multe mulţi ne nici nimic nu o or ori orice pe pentru peste poate pot prea prin sa sau se spre sub sunt \
să său şi ta tot toate toţi tu un una unei unor unui unul va vom vor vă îi îl în între într încă însă \
îşi";

/// Romanian is written with comma-below ș ț or, in older text, cedilla ş ţ; both fold to the
/// cedilla forms the Snowball stemmer expects.
fn fold(c: char, buf: &mut String) -> bool {
    match c {
        'ș' | 'Ș' | 'Ş' => buf.push('ş'),
        'ț' | 'Ț' | 'Ţ' => buf.push('ţ'),
        _ => return false,
    }
    true
}
