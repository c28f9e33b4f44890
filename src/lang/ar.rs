//! Arabic (`ar`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};

/// The Arabic profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Light(light_stem),
    fold: Some(fold),
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: super::und::LEXICON,
    openers: "",
    detection: Some(Detection {
        script: Script::Arabic, letters: "ةيكى", signs: "ة ى", neighbours: ""
    }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str = "ا اذا الا الذي الذين الى التي ام امام ان انا انت انه انها او اي ايضا اما بان بعد \
بعض بل بها به بين تلك تم ثم حتى حول حيث خلال دون ذلك ضد عليه عليها على عن عند عندما غير فان فقط في \
فيه فيها قال قبل قد كان كانت كل كما لا لان لدى لقد لكن لم لما لن له لها ما مع منذ من منه منها هذا \
هذه هل هم هنا هناك هو هي و وان وفي وقال وقد وكان ولا ومن وهو وهي يكون يمكن";

/// Short vowels, tatweel and the dagger alef are dropped, and alef with a hamza seat or madda is
/// plain alef: spellings differ in them from text to text.
fn fold(c: char, buf: &mut String) -> bool {
    match c {
        '\u{64B}'..='\u{652}' | '\u{670}' | '\u{640}' => true,
        'أ' | 'إ' | 'آ' | 'ٱ' => {
            buf.push('ا');
            true
        }
        _ => false,
    }
}

/// Larkey's "light10": the conjunction "و", the article "ال" with its prefixed prepositions and
/// the commonest suffixes come off, leaving at least two letters.
fn light_stem(word: &str) -> &str {
    let chars = |s: &str| s.chars().count();
    let mut w = word;
    if let Some(rest) = w.strip_prefix('و') {
        if chars(rest) >= 3 {
            w = rest;
        }
    }
    for article in ["وال", "بال", "كال", "فال", "لل", "ال"] {
        if let Some(rest) = w.strip_prefix(article) {
            if chars(rest) >= 2 {
                w = rest;
                break;
            }
        }
    }
    for suffix in ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"] {
        if let Some(rest) = w.strip_suffix(suffix) {
            if chars(rest) >= 2 {
                w = rest;
            }
        }
    }
    w
}

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "ar|العربية|عربي", ..Furniture::NONE };
