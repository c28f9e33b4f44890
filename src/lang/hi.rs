//! Hindi (`hi`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};

/// The Hindi profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::None,
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: LEXICON,
    openers: "",
    detection: Some(Detection {
        script: Script::Devanagari,
        letters: "",
        signs: "",
        neighbours: "आहे आहेत आणि केले झाले त्यांनी मध्ये करण्यात नाही यांनी असून छ छन् पनि गरेको \
भएको थियो र",
    }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str = "अपना अपनी अपने अब इन इस इसके इसकी इसमें उन उनका उनकी उनके उस उसके उसकी एक ऐसे और कई \
कर करता करते करना करने कहा का कि किया किसी की कुछ के को कोई गई गए गया जब जा जाता जाती जाते जो \
तक तब तो था थी थे दिया दिए द्वारा न नहीं ने पर फिर बहुत बाद भी मैं में यदि यह या ये रहा रही रहे \
लिए लेकिन वह वाले वाली वे सकता सकते सबसे सभी साथ से हम हुआ हुई हुए है हैं हो होता होती होते \
होने ही";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "डॉ प्रो",
    may_end: "",
    etc: "",
    number_prefix: "",
    starters: super::en::STARTERS,
    ordinal_next: "",
    semicolon_asks: false,
};

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "हिन्दी", ..Furniture::NONE };
