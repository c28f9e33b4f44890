//! Russian (`ru`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The Russian profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::Russian)),
    fold: Some(fold),
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Cyrillic,
        letters: "ёъыэ",
        signs: "ы э",
        neighbours: "са че ще това тази които който която във със като беше през си трябва има \
бъде бъдат няма",
    }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str =
    "а без более бы был была были было быть в вам вас весь во вот все всего всех вы где \
года году да даже для до его ее если есть еще же за здесь и из или им их к как какой когда который \
которая которые которых кто ли либо между меня мне много может можно мы на над надо наш не него нее \
нет ни них но ну о об однако он она они оно от очень по под после при про раз с сам свои свой себе \
себя сейчас сказал со так также такой там тем то того тоже только том тот у уже хотя чего чем что \
чтобы эта эти это этого этой этом этот я";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "акад ген гл им напр проф см т ул",
    may_end: "гг др млн млрд руб тыс",
    etc: "д п",
    number_prefix: "рис стр",
    starters: "А В Для И Как Мы На Но Однако Он Она Они Оно По После При Так Также Это Я",
    ordinal_next: "",
    semicolon_asks: false,
};
/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str = "он она они оно но однако это этот эта эти также его её их поэтому";

/// ё is mostly written е: both spellings meet.
fn fold(c: char, buf: &mut String) -> bool {
    if matches!(c, 'ё' | 'Ё') {
        buf.push('е');
        return true;
    }
    false
}

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "русский", ..Furniture::NONE };
