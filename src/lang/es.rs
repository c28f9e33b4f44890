//! Spanish (`es`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The Spanish profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::Spanish)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Latin,
        letters: "áéíóúüñ",
        signs: "ñ",
        neighbours: "els amb més perquè aquest aquesta però seva dels pel",
    }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str =
    "a al algo algunas algunos ante antes aquel aquella así aunque cada como con contra \
cual cuando de del desde donde dos durante e el ella ellas ellos en entre era eran es esa esas ese eso \
esos esta estaba estaban estado estar estas este esto estos está están fue fueron ha hace había habían \
han hasta hay he la las le les lo los mi mis mucho muchos muy más mí nada ni no nos nosotros o os otra \
otras otro otros para pero poco por porque que quien quienes qué se sea según ser si sido siendo sin \
sobre son su sus sí también tanto te tiene tienen todo todos tras tu tus tú un una uno unos usted y ya \
yo él dijo";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "Avda Dr Dra Dña EE Excma Excmo Gral Ing Lic Prof Profa Sr Sra Sras Sres Srta Sta \
Sto Ud Uds aprox dr dra ej gral lic prof sr sra sres srta",
    may_end: "Cía S.A UU a.C d.C",
    etc: "etc",
    number_prefix: "art núm pág",
    starters: "Al Con El Ella Ellos En Esta Este Esto La Las Los No Para Pero Por Se Según También \
Tras Un Una Y",
    ordinal_next: "",
    semicolon_asks: false,
};
/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str = "él ella ellos ellas pero sin esto este esta estos estas además también así su sus";

/// Common words that are not stop words but never make a keyword on their own: generic verbs,
/// adverbs, adjectives, nouns of measure ("share", "first", "years"), number words, and the
/// days and months that are no names too ("May" and "March" are), sorted, lowercase.
pub(crate) const GENERIC_WORDS: &str =
    "abril además agosto año años cerca cinco cuatro diciembre diez dijo domingo dos día días enero \
febrero gran grande hacer hecho jueves julio junio lunes martes marzo mayo mayor mil millones \
millón mismo miércoles mucho muchos noviembre nueva nueve nuevo ocho octubre otra otro parte \
personas primer primera primero puede pueden seis septiembre siempre siete sábado también tiene \
todavía tres veces vez viernes último";

/// Words of page furniture (see [`Furniture`]).
const FURNITURE: Furniture = Furniture {
    widgets: "buscar|cerrar|comentario|comentarios|compartir|imprimir|inicio|\
leer más|lo más leído|noticias relacionadas|publicidad|relacionados|suscríbete|\
te puede interesar|video recomendado|recomendado|lo último",
    prefixes: "foto:|fotos:|lee también|lea también|compartir:|lea más:|lee más:|lea:|lee:|\
te recomendamos|video recomendado",
    names: "es|espanol|español",
    date_words: "abril|actualizado|agosto|de|del|diciembre|domingo|enero|febrero|\
jueves|julio|junio|lunes|martes|marzo|mayo|miércoles|noviembre|octubre|publicado|sábado|\
septiembre|viernes",
    rights: "todos los derechos reservados",
    disclaimers: "acerca del autor|aviso legal|descargo de responsabilidad|sobre el autor",
    related: "te puede interesar|noticias relacionadas|lo más leído",
    comments: "comentarios",
    contents: "índice|contenido|contenidos",
    credit_marks: "foto:|fotos:|(foto",
    bylines: "Por",
    byline_joins: "y",
    consent: "utilizamos|usamos",
    topic_stops: "como|desde|entre|esta|este|para|pero|sobre",
    prompts: "suscríbete a nuestro|suscríbete al boletín|hazte miembro|apoya nuestro periodismo|\
apoya el periodismo|bajo una licencia creative commons",
    reading_time: "min de lectura|minutos de lectura|tiempo de lectura",
    figures: "figura|imagen",
    read_on: "leer más|seguir leyendo",
    bio_verbs: "es|escribe|trabaja|vive",
    readers: "usted|Usted|tu|Tu",
    ..Furniture::NONE
};
