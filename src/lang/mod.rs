//! Languages Briefly knows: the table of codes and names, and one profile per language.
//!
//! A `Profile` holds all a language's data (stop words, stemmer, folding, apostrophes,
//! abbreviations and sentence openers, pointing-back openers, detection data, page-furniture
//! words), each language in its own file (`en.rs`, `fr.rs`, ...); the logic that uses them
//! lives in the stages (`tokenise`, `segment`, `score`, `clean`) and in [`detect`].

mod ar;
mod cs;
mod da;
mod de;
mod detect;
mod el;
mod en;
mod es;
mod fa;
mod fi;
mod fr;
mod he;
mod hi;
mod hu;
mod id;
mod it;
mod ja;
mod ko;
mod nl;
mod no;
mod pl;
mod pt;
mod ro;
mod ru;
mod sv;
mod tr;
mod uk;
mod und;
mod vi;
mod zh;

pub(crate) use crate::classify::Script;
pub use detect::detect;
pub(crate) use detect::detect_pair;

/// A language Briefly can summarise with language-specific rules (stop words, stemming,
/// abbreviations, sentence terminators). Text in any other language is still summarised, as
/// [`Language::Undetermined`], with language-neutral rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Language {
    /// English (`en`).
    English,
    /// French (`fr`).
    French,
    /// German (`de`).
    German,
    /// Spanish (`es`).
    Spanish,
    /// Portuguese (`pt`).
    Portuguese,
    /// Italian (`it`).
    Italian,
    /// Dutch (`nl`).
    Dutch,
    /// Russian (`ru`).
    Russian,
    /// Arabic (`ar`).
    Arabic,
    /// Turkish (`tr`).
    Turkish,
    /// Swedish (`sv`).
    Swedish,
    /// Danish (`da`).
    Danish,
    /// Norwegian Bokmål (`no`).
    Norwegian,
    /// Finnish (`fi`).
    Finnish,
    /// Hungarian (`hu`).
    Hungarian,
    /// Romanian (`ro`).
    Romanian,
    /// Greek (`el`).
    Greek,
    /// Chinese (`zh`).
    Chinese,
    /// Japanese (`ja`).
    Japanese,
    /// Korean (`ko`).
    Korean,
    /// Hindi (`hi`).
    Hindi,
    /// Polish (`pl`).
    Polish,
    /// Czech (`cs`).
    Czech,
    /// Ukrainian (`uk`).
    Ukrainian,
    /// Persian (`fa`).
    Persian,
    /// Hebrew (`he`).
    Hebrew,
    /// Indonesian (`id`).
    Indonesian,
    /// Vietnamese (`vi`).
    Vietnamese,
    /// Not one of the above, or too little text to tell (`und`).
    Undetermined,
}

use std::sync::OnceLock;

use crate::hash::FxHashSet;
use Language::*;

/// Each language with its code, English name and profile, in declaration order (`self as usize`
/// indexes it). Adding a language takes a variant above, a line here and its profile file.
const TABLE: &[(Language, &str, &str, &Profile)] = &[
    (English, "en", "English", &en::PROFILE),
    (French, "fr", "French", &fr::PROFILE),
    (German, "de", "German", &de::PROFILE),
    (Spanish, "es", "Spanish", &es::PROFILE),
    (Portuguese, "pt", "Portuguese", &pt::PROFILE),
    (Italian, "it", "Italian", &it::PROFILE),
    (Dutch, "nl", "Dutch", &nl::PROFILE),
    (Russian, "ru", "Russian", &ru::PROFILE),
    (Arabic, "ar", "Arabic", &ar::PROFILE),
    (Turkish, "tr", "Turkish", &tr::PROFILE),
    (Swedish, "sv", "Swedish", &sv::PROFILE),
    (Danish, "da", "Danish", &da::PROFILE),
    (Norwegian, "no", "Norwegian", &no::PROFILE),
    (Finnish, "fi", "Finnish", &fi::PROFILE),
    (Hungarian, "hu", "Hungarian", &hu::PROFILE),
    (Romanian, "ro", "Romanian", &ro::PROFILE),
    (Greek, "el", "Greek", &el::PROFILE),
    (Chinese, "zh", "Chinese", &zh::PROFILE),
    (Japanese, "ja", "Japanese", &ja::PROFILE),
    (Korean, "ko", "Korean", &ko::PROFILE),
    (Hindi, "hi", "Hindi", &hi::PROFILE),
    (Polish, "pl", "Polish", &pl::PROFILE),
    (Czech, "cs", "Czech", &cs::PROFILE),
    (Ukrainian, "uk", "Ukrainian", &uk::PROFILE),
    (Persian, "fa", "Persian", &fa::PROFILE),
    (Hebrew, "he", "Hebrew", &he::PROFILE),
    (Indonesian, "id", "Indonesian", &id::PROFILE),
    (Vietnamese, "vi", "Vietnamese", &vi::PROFILE),
    (Undetermined, "und", "Undetermined", &und::PROFILE),
];

impl Language {
    /// Every language, `Undetermined` last.
    pub const ALL: [Language; TABLE.len()] = {
        let mut all = [Undetermined; TABLE.len()];
        let mut i = 0;
        while i < all.len() {
            all[i] = TABLE[i].0;
            i += 1;
        }
        all
    };

    /// The ISO 639-1 code (`"und"` for [`Language::Undetermined`]).
    pub fn code(self) -> &'static str {
        TABLE[self as usize].1
    }

    /// The language's English name.
    pub fn name(self) -> &'static str {
        TABLE[self as usize].2
    }

    /// Looks a language up by code, case-insensitively; `nb` is accepted for Norwegian.
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim();
        if code.eq_ignore_ascii_case("nb") {
            return Some(Norwegian);
        }
        Self::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// All codes, in [`Language::ALL`] order.
    pub fn codes() -> Vec<&'static str> {
        Self::ALL.iter().map(|l| l.code()).collect()
    }

    /// Whether words are written without spaces (Chinese, Japanese), so terms are character
    /// n-grams.
    pub fn is_unspaced(self) -> bool {
        matches!(self, Chinese | Japanese)
    }

    /// Everything Briefly knows of the language.
    pub(crate) fn profile(self) -> &'static Profile {
        TABLE[self as usize].3
    }

    /// Whether the language writes every noun with a capital (German): there a word written in
    /// lowercase is a verb, an adjective or an adverb.
    pub(crate) fn capitalises_nouns(self) -> bool {
        self == German
    }

    /// Whether `word` (lowercase) is a common word that is no keyword alone ("share", "first",
    /// "gibt", "rund", "超过", "wednesday"): the languages with such a list are the ones measured.
    pub(crate) fn is_generic(self, word: &str) -> bool {
        let list = match self {
            English => en::GENERIC_WORDS,
            French => fr::GENERIC_WORDS,
            German => de::GENERIC_WORDS,
            Portuguese => pt::GENERIC_WORDS,
            Spanish => es::GENERIC_WORDS,
            Chinese => zh::GENERIC_WORDS,
            _ => "",
        };
        // The lists run to hundreds of words and keywords ask once per term: each is a set,
        // built the first time it is asked. Only ever probed, never iterated.
        static SETS: [OnceLock<FxHashSet<&'static str>>; Language::ALL.len()] =
            [const { OnceLock::new() }; Language::ALL.len()];
        SETS.get(self as usize)
            .is_some_and(|set| set.get_or_init(|| list.split(' ').collect()).contains(word))
    }

    /// The language's stop words, as [`Profile::stop_words`] has them (cleaning judges prose
    /// by them).
    pub(crate) fn stop_words(self) -> &'static str {
        self.profile().stop_words
    }
}

/// A language's data for every stage of the pipeline.
pub(crate) struct Profile {
    /// The stop words (the most frequent function words) as one space-separated, already folded
    /// string: lowercase, in the form [`Profile::fold`] gives. For Chinese and Japanese, single
    /// characters that never start a content term. The lists are the Snowball ones, trimmed of
    /// rare inflected forms, with the most frequent function words of news text in the
    /// stopwords-iso style and the reporting verbs ("said") every news sentence carries, which
    /// would otherwise top the keywords.
    pub(crate) stop_words: &'static str,
    /// How words are reduced to a stem.
    pub(crate) stemming: Stemming,
    /// Folds one character the language's way into the buffer, returning `false` to leave it to
    /// plain lowercasing (Greek accents, Arabic hamza seats, Romanian cedillas, Russian ё).
    pub(crate) fold: Option<fn(char, &mut String) -> bool>,
    /// Whether ASCII capital I folds to something other than i (Turkish ı), so that ASCII words
    /// cannot take the plain lowercasing shortcut.
    pub(crate) folds_capital_i: bool,
    /// What an apostrophe inside a word marks.
    pub(crate) apostrophe: Apostrophe,
    /// Abbreviations and sentence openers for sentence segmentation.
    pub(crate) lexicon: Lexicon,
    /// First words of a sentence that point back at the one before ("he", "but"), lowercase,
    /// space-separated: out of context such a sentence reads badly.
    pub(crate) openers: &'static str,
    /// How detection recognises the language; `None` for [`Language::Undetermined`].
    pub(crate) detection: Option<Detection>,
    /// Its words of page furniture, for the cleaner.
    pub(crate) furniture: Furniture,
}

/// A language's words for page furniture (what surrounds an article on a page), lowercase
/// unless noted. The cleaner reads the whole page before its language is known, so it tests
/// lines against every profile's words at once: [`furniture`]. `L` is a list of words: a
/// profile's own, joined by `|` (one string, not a table of pointers to strings: the wasm
/// module is smaller), or the union's (sorted, without duplicates).
pub(crate) struct Furniture<L: 'static = &'static str> {
    /// Widget labels that are boilerplate alone on a line ("share", "read more", "teilen").
    pub(crate) widgets: L,
    /// Openings that make a short line boilerplate ("photo:", "tags:", "lire aussi").
    pub(crate) prefixes: L,
    /// Openings of credit lines, which may run long ("reporting by", "rédigé par").
    pub(crate) credits: L,
    /// The language's names in a page's language switcher ("français", "fr").
    pub(crate) names: L,
    /// Words a date or time line is made of: months, weekdays, labels ("published", "uhr").
    pub(crate) date_words: L,
    /// Phrases meaning "all rights reserved".
    pub(crate) rights: L,
    /// Labels of a note beside the article, which the next paragraph is: a disclaimer or an
    /// author's biography ("disclaimer", "aviso legal", "about the author").
    pub(crate) disclaimers: L,
    /// Labels of a list of links to other stories ("related", "lire aussi").
    pub(crate) related: L,
    /// Headings of a comment section ("comments", "kommentare").
    pub(crate) comments: L,
    /// Headings of a table of contents ("contents", "inhalt").
    pub(crate) contents: L,
    /// Marks of a photo caption's credit ("photo:", "(bild", "/reuters").
    pub(crate) credit_marks: L,
    /// First words of a byline, as written ("By", "Par").
    pub(crate) bylines: L,
    /// Words joining the names in a byline ("and", "und").
    pub(crate) byline_joins: L,
    /// Words for a browser cookie ("cookie", "témoin").
    pub(crate) cookies: L,
    /// Phrases of a consent notice ("we use", "wir verwenden").
    pub(crate) consent: L,
    /// Frequent words of four to six letters that say nothing of a story's topic ("about",
    /// "dans"): article splitting compares topics without them.
    pub(crate) topic_stops: L,
    /// Phrases that make a short line a prompt to the reader wherever they stand in it: to
    /// subscribe, to comment, to pay ("subscribe to our newsletter", "um kommentare zu
    /// schreiben", "pour lire la suite").
    pub(crate) prompts: L,
    /// Phrases of a reading-time note beside a number ("5 min read", "minut czytania").
    pub(crate) reading_time: L,
    /// Labels of a numbered figure's caption ("figure", "abbildung": "Abbildung 4: ...").
    pub(crate) figures: L,
    /// Links that end a teaser's blurb ("read more", "weiterlesen").
    pub(crate) read_on: L,
    /// Verbs that follow a person's name to open an author's bio ("is", "ist": "Jane Doe is a
    /// reporter covering ...").
    pub(crate) bio_verbs: L,
    /// Words that address the reader, as written ("you", "Sie"): a prompt's phrase may stand
    /// deeper in its opening sentence after one ("Bleiben Sie auf dem Laufenden mit unserem
    /// kostenlosen Newsletter").
    pub(crate) readers: L,
}

impl Furniture {
    /// No words: a profile's furniture starts from this and names what it has.
    pub(crate) const NONE: Furniture = Furniture {
        widgets: "",
        prefixes: "",
        credits: "",
        names: "",
        date_words: "",
        rights: "",
        disclaimers: "",
        related: "",
        comments: "",
        contents: "",
        credit_marks: "",
        bylines: "",
        byline_joins: "",
        cookies: "",
        consent: "",
        topic_stops: "",
        prompts: "",
        reading_time: "",
        figures: "",
        read_on: "",
        bio_verbs: "",
        readers: "",
    };
}

/// Every profile's furniture words together, each list sorted (byte order, for binary search)
/// and without duplicates. Built the first time the cleaner asks, never per page. Not inlined:
/// the cleaner asks in a dozen places.
#[inline(never)]
pub(crate) fn furniture() -> &'static Furniture<Vec<&'static str>> {
    static ALL: OnceLock<Furniture<Vec<&'static str>>> = OnceLock::new();
    ALL.get_or_init(|| {
        // One function for every list, not one copy per list: this runs once.
        #[inline(never)]
        fn union(list: fn(&Furniture) -> &'static str) -> Vec<&'static str> {
            let mut words: Vec<&'static str> = TABLE
                .iter()
                .flat_map(|row| list(&row.3.furniture).split('|'))
                .filter(|w| !w.is_empty())
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        }
        Furniture {
            widgets: union(|f| f.widgets),
            prefixes: union(|f| f.prefixes),
            credits: union(|f| f.credits),
            names: union(|f| f.names),
            date_words: union(|f| f.date_words),
            rights: union(|f| f.rights),
            disclaimers: union(|f| f.disclaimers),
            related: union(|f| f.related),
            comments: union(|f| f.comments),
            contents: union(|f| f.contents),
            credit_marks: union(|f| f.credit_marks),
            bylines: union(|f| f.bylines),
            byline_joins: union(|f| f.byline_joins),
            cookies: union(|f| f.cookies),
            consent: union(|f| f.consent),
            topic_stops: union(|f| f.topic_stops),
            prompts: union(|f| f.prompts),
            reading_time: union(|f| f.reading_time),
            figures: union(|f| f.figures),
            read_on: union(|f| f.read_on),
            bio_verbs: union(|f| f.bio_verbs),
            readers: union(|f| f.readers),
        }
    })
}

/// How detection recognises a language among the others of its script (see [`detect`]).
pub(crate) struct Detection {
    /// The script it is written in.
    pub(crate) script: Script,
    /// The marked letters of its alphabet, lowercase: every letter outside ASCII for Latin
    /// script, the letters that tell languages apart for the others (Persian پ, Russian ы).
    pub(crate) letters: &'static str,
    /// Letters and letter pairs typical of it among its neighbours, lowercase, space-separated.
    pub(crate) signs: &'static str,
    /// Common words of close neighbours Briefly has no profile for, folded as the stop words
    /// are, space-separated: they count against it (Slovak words for Czech, Marathi words for
    /// Hindi).
    pub(crate) neighbours: &'static str,
}

/// How a language's words are reduced to a stem.
#[derive(Clone, Copy)]
pub(crate) enum Stemming {
    /// Words are kept as folded.
    None,
    /// A Snowball stemmer of `rust-stemmers`. A function rather than the algorithm's name, so
    /// that only the stemmers in use are linked into the wasm module.
    Snowball(fn() -> rust_stemmers::Stemmer),
    /// A light stemmer over the folded word, for languages without a Snowball stemmer here.
    Light(fn(&str) -> &str),
    /// Strips a trailing particle from the word as written, which is then both key and surface
    /// (Korean attaches case particles to nouns).
    Particles(fn(&str) -> &str),
}

/// What an apostrophe inside a word marks.
#[derive(Clone, Copy)]
pub(crate) enum Apostrophe {
    /// Nothing: the word is kept whole.
    Keep,
    /// A possessive "'s", dropped (English "Korea's").
    Possessive,
    /// An elided article or pronoun before it, dropped ("l'histoire", "dell'anno"): the
    /// lowercase elided forms.
    Elision(&'static [&'static str]),
    /// A case suffix after it, dropped (Turkish "Türkiye'nin").
    CaseSuffix,
}

/// Per-language word lists for sentence segmentation, each sorted (byte order) for binary
/// search. Abbreviations are stored without their final full stop. `L` is a list of words: in
/// a profile one space-separated string (no table of pointers to strings in the wasm module),
/// split by [`Language::lexicon`].
pub(crate) struct Lexicon<L: 'static = &'static str> {
    /// Titles and the like, never the last word of a sentence ("Mr.", "z.", "e.g.").
    pub(crate) never_final: L,
    /// Abbreviations that may end a sentence ("U.S.", "Inc.").
    pub(crate) may_end: L,
    /// Abbreviations that close a list ("etc."): they end a sentence before any capital.
    pub(crate) etc: L,
    /// Abbreviations that precede a number ("No. 5").
    pub(crate) number_prefix: L,
    /// Capitalised words that typically open a sentence.
    pub(crate) starters: L,
    /// Words that follow an ordinal number written with a full stop ("3. Oktober").
    pub(crate) ordinal_next: L,
    /// Whether ";" asks a question (Greek; U+037E folds to it).
    pub(crate) semicolon_asks: bool,
}

/// A lexicon split into its words, in a profile's (sorted) order.
pub(crate) type Words = Lexicon<Vec<&'static str>>;

impl Lexicon {
    /// The lists split into words.
    fn split(&self) -> Words {
        let words = |list: &'static str| list.split_whitespace().collect();
        Lexicon {
            never_final: words(self.never_final),
            may_end: words(self.may_end),
            etc: words(self.etc),
            number_prefix: words(self.number_prefix),
            starters: words(self.starters),
            ordinal_next: words(self.ordinal_next),
            semicolon_asks: self.semicolon_asks,
        }
    }
}

impl Language {
    /// The language's lexicon, split into words the first time it is asked.
    pub(crate) fn lexicon(self) -> &'static Words {
        static SPLIT: [OnceLock<Words>; Language::ALL.len()] =
            [const { OnceLock::new() }; Language::ALL.len()];
        static NONE: OnceLock<Words> = OnceLock::new();
        SPLIT.get(self as usize).unwrap_or(&NONE).get_or_init(|| self.profile().lexicon.split())
    }
}

/// [`UNIVERSAL`], split into words the first time it is asked.
pub(crate) fn universal() -> &'static Words {
    static SPLIT: OnceLock<Words> = OnceLock::new();
    SPLIT.get_or_init(|| UNIVERSAL.split())
}

/// Abbreviations checked in every language after the language's own lists: English titles
/// and company forms turn up in news in any language.
pub(crate) const UNIVERSAL: Lexicon = Lexicon {
    never_final: "Dr Mr Mrs Ms Prof cf e.g i.e vs",
    may_end: "Cia Co Corp Inc Jr Ltd",
    etc: "etc",
    number_prefix: "No Nr no nr",
    starters: "",
    ordinal_next: "",
    semicolon_asks: false,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generic_words_are_known_but_content_words_are_not() {
        assert!(English.is_generic("share") && English.is_generic("first") && English.is_generic("years"));
        assert!(German.is_generic("gibt") && German.is_generic("rund") && Chinese.is_generic("超过"));
        assert!(
            English.is_generic("wednesday") && French.is_generic("septembre") && Spanish.is_generic("mayo")
        );
        // Months and days that are also names or words stay: "May", "Sun", "Mars".
        assert!(!English.is_generic("may") && !English.is_generic("sun") && !French.is_generic("mars"));
        assert!(
            !English.is_generic("sanctions") && !English.is_generic("korea") && !French.is_generic("seine")
        );
        // Every list is lowercase words, each once: a duplicate or a capital would be a typo.
        for list in [
            en::GENERIC_WORDS,
            fr::GENERIC_WORDS,
            de::GENERIC_WORDS,
            pt::GENERIC_WORDS,
            es::GENERIC_WORDS,
            zh::GENERIC_WORDS,
        ] {
            let words: Vec<&str> = list.split(' ').collect();
            assert!(words.iter().all(|w| !w.is_empty() && w.to_lowercase() == *w), "{list}");
            let mut sorted = words.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), words.len());
        }
    }

    #[test]
    fn furniture_lists_are_words_joined_by_bars() {
        for lang in Language::ALL {
            let f = &lang.profile().furniture;
            let lists =
                [f.widgets, f.prefixes, f.credits, f.names, f.date_words, f.rights, f.disclaimers, f.related];
            for list in lists.into_iter().chain([
                f.comments,
                f.contents,
                f.credit_marks,
                f.bylines,
                f.byline_joins,
                f.cookies,
                f.consent,
                f.topic_stops,
                f.prompts,
                f.reading_time,
                f.figures,
                f.read_on,
                f.bio_verbs,
                f.readers,
            ]) {
                // An empty word ("a||b", a trailing bar) or one opening with a space is a typo.
                let words = list.split('|').filter(|_| !list.is_empty());
                for w in words {
                    assert!(!w.is_empty() && !w.starts_with(' '), "{}: {list:?}", lang.name());
                }
            }
        }
        assert!(furniture().widgets.binary_search(&"lire la suite").is_ok());
        assert!(furniture().names.binary_search(&"한국어").is_ok());
    }

    #[test]
    fn table_follows_declaration_order_and_codes_round_trip() {
        for (i, lang) in Language::ALL.into_iter().enumerate() {
            assert_eq!(lang as usize, i);
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Language::Greek.code(), "el");
        assert_eq!(Language::Undetermined.name(), "Undetermined");
    }

    #[test]
    fn stop_lists_are_folded_and_sized_for_their_language() {
        for lang in Language::ALL {
            let words: Vec<&str> = lang.profile().stop_words.split_whitespace().collect();
            let (min, max) = match lang {
                Undetermined => (5, 20),
                Chinese | Japanese => (20, 60),
                _ => (50, 200),
            };
            assert!((min..=max).contains(&words.len()), "{}: {} words", lang.name(), words.len());
            for w in &words {
                // Lists hold folded forms: what the tokeniser looks up.
                assert_eq!(*w, w.to_lowercase(), "{} {w}", lang.name());
                if lang == Greek {
                    assert!(!w.contains(['ά', 'έ', 'ή', 'ί', 'ό', 'ύ', 'ώ', 'ς']), "accented {w}");
                }
                if lang == Arabic {
                    assert!(!w.contains(['أ', 'إ', 'آ']), "hamza seat in {w}: folded to plain alef");
                }
                if lang == Russian {
                    assert!(!w.contains('ё'), "{w}: ё folds to е");
                }
                if lang == Romanian {
                    assert!(!w.contains(['ș', 'ț']), "comma-below {w}: the stemmer uses cedillas");
                }
            }
            let mut sorted = words.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), words.len(), "{} has a duplicate", lang.name());
        }
    }

    #[test]
    fn light_stemmers_conflate_inflections() {
        // Each group: forms of one word, already folded, that must share a stem.
        let groups: &[(Language, &[&str])] = &[
            (Polish, &["budżet", "budżetu", "budżetem", "budżety"]),
            (Polish, &["kraj", "kraju", "krajem", "krajów"]),
            (Czech, &["škola", "školy", "školu", "školách"]),
            (Ukrainian, &["школа", "школи", "школу", "школами"]),
            (Ukrainian, &["бюджет", "бюджету", "бюджетом"]),
            (Persian, &["کتاب", "کتاب\u{200C}ها", "کتابها", "کتاب\u{200C}های"]),
            (Hebrew, &["ספר", "ספרים"]),
            (Hebrew, &["ממשלה", "והממשלה"]),
            (Indonesian, &["rumah", "rumahnya", "rumahku"]),
            (Indonesian, &["main", "bermain", "mainan", "mainnya"]),
            (Indonesian, &["pilih", "dipilih", "pilihan"]),
        ];
        for (lang, forms) in groups {
            let Stemming::Light(stem) = lang.profile().stemming else {
                panic!("{} has no light stemmer", lang.name())
            };
            let first = stem(forms[0]);
            for f in *forms {
                assert_eq!(stem(f), first, "{}: {f}", lang.name());
            }
        }
        // Short words keep their endings.
        let Stemming::Light(pl) = Polish.profile().stemming else { panic!("Polish has no light stemmer") };
        assert_eq!(pl("dom"), "dom");
        assert_eq!(pl("domy"), "domy");
    }

    #[test]
    fn lexicons_are_sorted_for_binary_search() {
        let lexicons = Language::ALL.iter().map(|l| l.lexicon()).chain([universal()]);
        for lex in lexicons {
            for list in [
                &lex.never_final,
                &lex.may_end,
                &lex.etc,
                &lex.number_prefix,
                &lex.starters,
                &lex.ordinal_next,
            ] {
                for pair in list.windows(2) {
                    assert!(pair[0] < pair[1], "{:?} must come before {:?}", pair[0], pair[1]);
                }
            }
        }
    }
}
