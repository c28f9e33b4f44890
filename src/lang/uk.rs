//! Ukrainian (`uk`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};

/// The Ukrainian profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Light(light_stem),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Cyrillic,
        letters: "іїєґ",
        signs: "є і ї ґ",
        neighbours: "",
    }),
    furniture: FURNITURE,
};

// The commonest function words of news text, in the stopwords-iso style, with the reporting verbs.
const STOP_WORDS: &str =
    "а аби але б без би був була були було бути в вже ви від він вона вони воно все всі де для до же \
з за зі і із інших її їх й його коли котрий лише між мене мені ми на над нам нас не неї ні ніж \
них о об однак по під після при про раз років року саме свої свій себе собі та так також там те \
тим тих то того тоді тому ту у усі хоча це цей ці цього цієї цих через чи що щоб як який яка які \
якого якої яких я каже сказав заявив";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "акад вул ген див напр проф ім",
    may_end: "грн млн млрд рр тис",
    etc: "д п ін",
    number_prefix: "рис ст",
    starters: "І А Але В Вона Вони Він Для За Коли На При Після Та Також У Це Я Як",
    ordinal_next: "",
    semicolon_asks: false,
};

/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str = "він вона вони воно але однак проте це цей ця ці його її їх також тому";

/// One inflectional ending off, longest first, leaving at least 3 letters: a light stemmer
/// in the manner of Savoy's for the Slavic languages (case endings only, no derivation).
fn light_stem(word: &str) -> &str {
    const ENDINGS: [&str; 33] = [
        "ами", "ями", "ого", "ому", "ими", "іми", "ові", "еві", "их", "іх", "ів", "ам", "ям", "ах", "ях",
        "ою", "ею", "ий", "ій", "ої", "ом", "ем", "а", "я", "у", "ю", "і", "и", "о", "е", "є", "ї", "ь",
    ];
    ENDINGS.iter().find_map(|e| word.strip_suffix(e).filter(|rest| rest.chars().count() >= 3)).unwrap_or(word)
}

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "українська", ..Furniture::NONE };
