//! Italian (`it`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The Italian profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::Italian)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Elision(ELIDED),
    lexicon: LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Latin,
        letters: "àèéìíîòóù",
        signs: "è ì ò ù",
        neighbours: "",
    }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str =
    "a ad agli ai al alla alle allo anche ancora avere aveva avevano c che chi ci coi col \
come con contro cui d da dagli dai dal dall dalla dalle dallo degli dei del dell della delle dello di \
dopo dove e ed è era erano essere fa fra gli già ha hanno ho i il in io l la le lei li lo loro lui ma mi \
mia mie miei mio molto ne negli nei nel nell nella nelle nello noi non nostra nostro o ogni per perché \
più poi quale quando quella quelle quelli quello questa queste questi questo se sei si sia siamo solo \
sono sta stata stati stato su sua sue sugli sui sul sull sulla sulle sullo suo suoi tra tu tutti tutto \
un una uno voi";

/// Articles, prepositions and adjectives elided before a vowel ("dell'", "quest'"): dropped from the word.
const ELIDED: &[&str] = &[
    "l", "d", "c", "un", "dell", "nell", "all", "dall", "sull", "coll", "quest", "quell", "anch", "com",
    "dov", "tutt", "bell", "sant",
];
/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "Avv Dott Dr Egr Gent Geom Ing Mons On Prof Sen Sig Sigg Spett avv ca dott dr es \
geom ing on prof sen sig",
    may_end: "",
    etc: "ecc",
    number_prefix: "art pag",
    starters: "Anche Con E Gli I Il In La Le Lei Lo Loro Lui Ma Nel Nella Non Per Questa Questo \
Secondo Si Un Una Uno",
    ordinal_next: "",
    semicolon_asks: false,
};
/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str = "lui lei loro ma però questo questa questi inoltre anche così suo sua";

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture {
    widgets: "leggi anche|condividi|commenti",
    prefixes: "leggi anche|leggi anche:",
    names: "italiano",
    date_words: "agosto|aggiornato|alle|aprile|dicembre|febbraio|gennaio|giugno|il|luglio|maggio|\
marzo|modifica|novembre|ore|ottobre|pubblicato|settembre|ultima",
    prompts: "iscriviti alla newsletter|iscriviti alla nostra newsletter",
    reading_time: "min di lettura|minuti di lettura",
    figures: "figura|immagine",
    read_on: "continua a leggere|leggi tutto",
    bio_verbs: "è|lavora|scrive|vive",
    readers: "tu|Tu",
    contents: "indice|sommario",
    ..Furniture::NONE
};
