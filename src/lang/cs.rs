//! Czech (`cs`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};

/// The Czech profile.
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
        letters: "áčďéěíňóřšťúůýž",
        signs: "ě ř ů",
        neighbours: "aj ako alebo bol bola boli bolo ešte keď ktorá ktoré ktorý môže nie pre sa \
sme som ste sú tiež veľmi",
    }),
    furniture: Furniture::NONE,
};

// The commonest function words of news text, in the stopwords-iso style, with the reporting verbs.
const STOP_WORDS: &str =
    "a aby ale ani asi až bez by byl byla byli bylo být co či další do ho i jak jako je jeho jej její \
jejich jen ještě jsem jsme jsou jste k kde kdo kdy když která které kterou který kteří ke má \
mají mezi mi mít mu my na nad náš ne nebo není než nich nic o od on ona oni ono pak po pod podle \
pokud pouze pro proto protože před při s se si své svůj svých tak také tam to tedy ten tento \
této tím tu tuto tyto u už v ve více však všechny z za ze že řekl uvedl";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "Ing MUDr Mgr PhDr Prof RNDr cca doc dr ing mgr např prof resp sv tzv ul",
    may_end: "Kč mil mld tis",
    etc: "apod atd",
    number_prefix: "odst str č",
    starters: "A Ale Do Jak Je Když Na Po Podle Pro Proto Tak To V Ve Z Za",
    ordinal_next: "",
    semicolon_asks: false,
};

/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str = "on ona oni ale však ten ta to tento tato jeho její jejich také proto";

/// One inflectional ending off, longest first, leaving at least 3 letters: a light stemmer
/// in the manner of Savoy's for the Slavic languages (case endings only, no derivation).
fn light_stem(word: &str) -> &str {
    const ENDINGS: [&str; 49] = [
        "atech", "ětem", "etem", "atům", "ech", "ich", "ích", "ého", "ěmi", "emi", "ému", "ěte", "ěti",
        "iho", "ího", "ími", "imu", "ách", "ata", "aty", "ých", "ama", "ami", "ové", "ovi", "ými", "em",
        "es", "ém", "ím", "ům", "at", "ám", "os", "us", "ým", "mi", "ou", "a", "e", "i", "o", "u", "y", "á",
        "é", "í", "ý", "ě",
    ];
    ENDINGS.iter().find_map(|e| word.strip_suffix(e).filter(|rest| rest.chars().count() >= 3)).unwrap_or(word)
}
