//! Greek (`el`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};

/// The Greek profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Light(light_stem),
    fold: Some(fold),
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: LEXICON,
    openers: "",
    detection: Some(Detection { script: Script::Greek, letters: "", signs: "", neighbours: "" }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str = "ακομα ακομη αλλα αν αντι απο αυτα αυτεσ αυτη αυτο αυτοι αυτοσ αυτου αυτουσ αυτων \
για δε δεν ειναι ειπε εκεινα εκεινη εκεινο εκεινοσ ενα εναν ενασ ενω επι επισησ εχει εχουν ηταν θα \
και κατα κι μα μασ με μετα μη μην μια μιασ μου να ο οι ομωσ οπωσ οσο οτι οταν παρα πιο ποια ποιο ποιοσ \
που πωσ προσ σασ σε σου στα στη στην στισ στο στον στου στουσ στων τα τη την τησ τι τισ το τοτε του \
τουσ των ωσ η";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "",
    may_end: "",
    etc: "κ.λπ κλπ",
    number_prefix: "",
    starters: "",
    ordinal_next: "",
    semicolon_asks: true,
};

/// Lowercase without accents or diaeresis, final sigma as plain sigma: the form of the stop list.
fn fold(c: char, buf: &mut String) -> bool {
    for l in c.to_lowercase() {
        buf.push(plain(l));
    }
    true
}

/// A lowercase Greek letter without its accent or diaeresis, final sigma as plain sigma.
fn plain(c: char) -> char {
    match c {
        'ά' => 'α',
        'έ' => 'ε',
        'ή' => 'η',
        'ί' | 'ϊ' | 'ΐ' => 'ι',
        'ό' => 'ο',
        'ύ' | 'ϋ' | 'ΰ' => 'υ',
        'ώ' => 'ω',
        'ς' => 'σ',
        _ => c,
    }
}

/// One inflectional ending off, longest first, leaving at least three letters.
fn light_stem(word: &str) -> &str {
    // Folded Greek has no accents and no final ς.
    const ENDINGS: [&str; 38] = [
        "ομαστε",
        "ουσαν",
        "ονται",
        "ματων",
        "ματοσ",
        "οντασ",
        "ουμε",
        "εσαι",
        "εται",
        "ουνε",
        "ηκαν",
        "ησαν",
        "ματα",
        "ουσα",
        "ιεσ",
        "ιων",
        "ουν",
        "ουσ",
        "εισ",
        "ησε",
        "ηκε",
        "ησ",
        "εσ",
        "οσ",
        "ασ",
        "ισ",
        "υσ",
        "ωσ",
        "ων",
        "ου",
        "οι",
        "αι",
        "ει",
        "η",
        "α",
        "ο",
        "ε",
        "ι",
    ];
    ENDINGS.iter().find_map(|e| word.strip_suffix(e).filter(|rest| rest.chars().count() >= 3)).unwrap_or(word)
}

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "ελληνικά", ..Furniture::NONE };
