//! Polish (`pl`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};

/// The Polish profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Light(light_stem),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Latin,
        letters: "ąćęłńóśźż",
        signs: "cz rz sz ą ć ę ł ń ś ź ż",
        neighbours: "",
    }),
    furniture: FURNITURE,
};

// The commonest function words of news text, in the stopwords-iso style, with the reporting verbs.
const STOP_WORDS: &str =
    "a aby ale ani aż bardzo bez bo by być był była było były będzie będą co czy dla do gdy gdzie go \
i ich ile im innych jak jako jakie jednak jego jej jest jeszcze jeśli już kiedy kto która które \
którego której który których ku lub ma mają mi mnie może można mu na nad nam nas nawet nic nie \
niż o od on ona one oni ono oraz po pod podczas ponad przed przez przy również są się sobie ta \
tak także tam te tego tej ten też to tu tych tylko tym u w we według więc wiele wszystkich \
wszystko z za ze że żeby został została zostało zostały około powiedział";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "Dr Gen Inż Ks Mgr Prof dr gen godz inż ks mgr np prof płk tj tzn ul św",
    may_end: "mld mln tys zł",
    etc: "itd itp",
    number_prefix: "nr s str",
    starters: "A Ale Dlatego Jak Jednak Jest Na Nie Od Po Ponadto Tak To W We Według Z Za",
    ordinal_next: "",
    semicolon_asks: false,
};

/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str = "on ona oni one ale jednak ten ta to te jego jej ich także również więc dlatego";

/// One inflectional ending off, longest first, leaving at least 4 letters: a light stemmer
/// in the manner of Savoy's for the Slavic languages (case endings only, no derivation).
fn light_stem(word: &str) -> &str {
    const ENDINGS: [&str; 39] = [
        "ościami", "ościach", "owania", "owanie", "ości", "owie", "ość", "ami", "ach", "ego", "emu", "ych",
        "ymi", "imi", "ich", "owi", "owa", "owe", "owy", "iem", "ów", "om", "ie", "ia", "iu", "ią", "ię",
        "ej", "em", "ym", "im", "y", "a", "e", "i", "ą", "ę", "o", "u",
    ];
    ENDINGS.iter().find_map(|e| word.strip_suffix(e).filter(|rest| rest.chars().count() >= 4)).unwrap_or(word)
}

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture {
    widgets: "czytaj też|czytaj także|zobacz też|zobacz także|zobacz również|udostępnij|komentarze|więcej informacji",
    prefixes: "czytaj też:|czytaj także:|zobacz też:|zobacz także:|fot.|źródło:",
    names: "polski",
    prompts: "chroniony prawem autorskim",
    reading_time: "min czytania|min. czytania|minut czytania|minuty czytania",
    figures: "rys.|rysunek|zdjęcie",
    read_on: "czytaj dalej|czytaj więcej",
    bio_verbs: "jest|pisze|pracuje",
    ..Furniture::NONE
};
