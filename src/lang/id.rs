//! Indonesian (`id`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};

/// The Indonesian profile.
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
        letters: "é",
        signs: "",
        neighbours: "bagaimanapun bahawa iaitu kerajaan kerana sahaja wang",
    }),
    furniture: FURNITURE,
};

// The commonest function words of news text, in the stopwords-iso style, with the reporting verbs.
const STOP_WORDS: &str =
    "ada adalah agar akan aku anda antara apa apabila atas atau bagi bahwa baik banyak beberapa belum \
berbagai bisa dalam dan dapat dari demikian dengan di dia dua hal hanya harus hingga ia ini itu \
jadi jika juga kalau kami kamu karena ke kepada kita lagi lain lalu maka mana masih mereka \
mungkin namun oleh pada para perlu pula saat saja sama sampai sangat saya sebagai sebelum sedang \
sehingga sejak sekarang selain selama seperti serta setelah sudah tak tapi telah tentang tetapi \
tidak untuk yaitu yakni yang kata ujar menurut tersebut";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "Bpk Dr Drs Hj Ir Jl Kab Kec Prof Sdr",
    may_end: "Tbk",
    etc: "dll dsb dst",
    number_prefix: "No",
    starters: "Dalam Dan Di Hal Ia Ini Itu Kami Menurut Namun Pada Para Saat Sebelumnya Selain \
Sementara Untuk",
    ordinal_next: "",
    semicolon_asks: false,
};

/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str = "ia dia mereka namun tetapi itu ini selain juga";

/// A light stemmer after Tala's for Indonesian: the particles (-lah, -kah, -pun), the possessive
/// pronouns (-nya, -ku, -mu), one derivational suffix (-kan, -an) and one of the prefixes that
/// need no sound change (di-, ke-, se-, ber-, ter-) come off, leaving at least four letters.
fn light_stem(word: &str) -> &str {
    let long_enough = |rest: &&str| rest.len() >= 4;
    let strip = |w: &'static [&'static str], s: &str| -> usize {
        w.iter().find_map(|e| s.strip_suffix(e).filter(long_enough).map(str::len)).unwrap_or(s.len())
    };
    let mut w = word;
    for endings in [&["lah", "kah", "pun"][..], &["nya", "ku", "mu"], &["kan", "an"]] {
        w = &w[..strip(endings, w)];
    }
    ["ber", "ter", "di", "ke", "se"].iter().find_map(|p| w.strip_prefix(p).filter(long_enough)).unwrap_or(w)
}

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture { names: "bahasa indonesia", ..Furniture::NONE };
