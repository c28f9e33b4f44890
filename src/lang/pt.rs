//! Portuguese (`pt`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The Portuguese profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::Portuguese)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Latin,
        letters: "áàâãçéêíóôõúü",
        signs: "ã õ ç ê nh lh",
        neighbours: "unha coa polo pola moi tamén ata xa cando",
    }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str = "a ainda ao aos após aquela aquele aquilo as até à às com como da das de dela dele \
deles depois desde disse do dos e ela elas ele eles em entre era eram essa essas esse esses esta estas \
este estes estava estavam está estão eu foi foram há isso isto já lhe lhes mais mas me mesmo meu meus \
minha minhas muito na nas nem no nos nossa nosso num numa não nós o os ou para pela pelas pelo pelos \
por porque qual quando que quem se segundo sem ser seu seus sido sobre sua suas são só também te tem \
teu têm tinha tu tua um uma você vocês é";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "Av Dr Dra Exma Exmo Prof Profa Sr Sra Srta av dr dra ex prof sr sra srta",
    may_end: "Cia Ltda S.A",
    etc: "etc",
    number_prefix: "art pág",
    starters: "A Ao As Com E Ela Elas Ele Eles Em Esta Este Isso Mas Na No O Os Para Por Segundo \
Também Um Uma",
    ordinal_next: "",
    semicolon_asks: false,
};
/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str = "ele ela eles elas mas porém isso isto este esta esse essa além também assim seu sua";

/// Common words that are not stop words but never make a keyword on their own: generic verbs,
/// adverbs, adjectives, nouns of measure ("share", "first", "years"), number words, and the
/// days and months that are no names too ("May" and "March" are), sorted, lowercase.
pub(crate) const GENERIC_WORDS: &str =
    "abril afirmou agosto ainda ano anos cerca cinco dez dezembro dia dias disse dois domingo duas \
fazer feito fevereiro grande informou janeiro julho junho maio maior março mil milhão milhões \
morreu nova nove novembro novo oito outra outras outro outros outubro parte pessoas pode podem \
primeira primeiro quarta-feira quatro quinta-feira segunda-feira segundo seis sempre sete \
setembro sexta-feira sábado também terça-feira três vez vezes último";

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture {
    widgets: "leia também|leia mais|compartilhe|comentários",
    prefixes: "leia também:|leia mais:",
    names: "portugues|português",
    prompts: "assine nossa newsletter|inscreva-se na nossa newsletter",
    reading_time: "min de leitura|minutos de leitura",
    figures: "figura|imagem",
    read_on: "continue lendo|leia mais",
    bio_verbs: "é|escreve|trabalha|vive",
    readers: "você|Você",
    contents: "índice|conteúdo",
    ..Furniture::NONE
};
