//! Turkish (`tr`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Profile, Script, Stemming};

/// The Turkish profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Light(light_stem),
    fold: Some(fold),
    folds_capital_i: true,
    apostrophe: Apostrophe::CaseSuffix,
    lexicon: super::und::LEXICON,
    openers: "",
    detection: Some(Detection {
        script: Script::Latin,
        letters: "âçğıîöşûü",
        signs: "ı ğ ş ç ö ü",
        neighbours: "",
    }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str =
    "acaba ama ancak aslında ayrıca az bana bazı belki ben beni benim bile bir biri birkaç \
biz bize bizi bizim bu buna bunda bundan bunlar bunları bunların bunu bunun böyle da daha dahi de değil \
diye dolayı eğer en gibi göre hem hep hepsi her hiç için ile ise işte kadar kendi kendine ki kim mi mu \
mü mı nasıl ne neden nerede niçin o olan olarak oldu olduğu olduğunu olmak olup ona ondan onlar onları \
onların onu onun sadece sanki sen siz sonra şey şu tüm ve veya ya yani yok var çok çünkü";

/// Turkish capital I is dotless ı in lowercase, and dotted İ is plain i.
fn fold(c: char, buf: &mut String) -> bool {
    match c {
        'I' => buf.push('ı'),
        'İ' => buf.push('i'),
        _ => return false,
    }
    true
}

/// The first five letters: Turkish is agglutinative and suffixing, and a five-letter prefix
/// conflates its inflections about as well as a full stemmer does.
fn light_stem(word: &str) -> &str {
    word.char_indices().nth(5).map_or(word, |(i, _)| &word[..i])
}

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "türkçe", ..Furniture::NONE };
