//! Tokenising sentences into weighted terms: UAX #29 words, case folding, stop words, stemming;
//! character n-grams for scripts written without spaces.
//!
//! Words come from the Unicode word boundaries of UAX #29. Each is folded to lowercase (with a
//! few per-language normalisations so that variant spellings meet: Greek accents, Arabic hamza
//! seats, Romanian comma/cedilla, Russian ё, Turkish dotless i), checked against the language's
//! stop words and stemmed with its Snowball stemmer. Han and kana are written without spaces, so
//! their runs become overlapping character bigrams instead, in every language: a Chinese name in
//! an English article still makes a term.

use std::cell::RefCell;
use std::sync::OnceLock;

use rust_stemmers::Stemmer;

use crate::classify::{ascii_words, has_alphanumeric, is_hiragana, is_unspaced, is_variation, Segments};
use crate::hash::{self, FxHashSet};
use crate::lang::{Apostrophe, Language, Profile, Stemming};

/// Turns text into content terms for one language.
pub(crate) struct Tokeniser {
    lang: Language,
    profile: &'static Profile,
    stemmer: Option<Stemmer>,
    /// Folded stop words. Only ever probed, never iterated.
    stops: &'static FxHashSet<&'static str>,
    /// Han or kana characters that split a run instead of joining a bigram, sorted.
    stop_chars: &'static [char],
}

/// A language's stop words and stop characters, as [`Tokeniser::new`] wants them.
type Stops = (FxHashSet<&'static str>, Vec<char>);

/// The stop words of `lang`, built once per language: building them for every document was
/// a third of the work on a two-sentence note.
fn stops(lang: Language) -> &'static Stops {
    static STOPS: [OnceLock<Stops>; Language::ALL.len()] = [const { OnceLock::new() }; Language::ALL.len()];
    STOPS[lang as usize % STOPS.len()].get_or_init(|| {
        let (stops, mut stop_chars): Stops = if lang.is_unspaced() {
            (Language::Undetermined.profile().stop_words.split_ascii_whitespace().collect(), cjk_stops(lang))
        } else {
            let zh = if lang == Language::Korean { Vec::new() } else { cjk_stops(Language::Chinese) };
            (lang.profile().stop_words.split_whitespace().collect(), zh)
        };
        stop_chars.sort_unstable();
        (stops, stop_chars)
    })
}

/// Bytes reserved for a folded word: more than nearly any word's.
const WORD_ROOM: usize = 32;

/// How many distinct words the stem cache of one language holds before it starts afresh.
const STEM_CACHE: usize = 1 << 14;

type StemMap = hash::Map<Box<str>, Box<str>>;

/// One language's stem cache, and the [`hash::cache_epoch`] it was keyed in.
#[derive(Default)]
struct StemCache {
    epoch: u64,
    stems: StemMap,
}

thread_local! {
    /// Stems already computed, by language and folded word, with that language's stop words in
    /// it as empty stems so that one lookup answers both questions. Shared by every tokeniser on
    /// the thread: an article's distinct words cost more to stem than all its repeats cost to
    /// look up, and the next article (or the same one re-analysed) mostly uses the same words.
    /// Only ever probed, never iterated, so it changes speed and never results.
    static STEMS: [RefCell<StemCache>; Language::ALL.len()] = Default::default();
}

impl Tokeniser {
    /// A tokeniser for `lang`.
    pub fn new(lang: Language) -> Self {
        let (stops, stop_chars) = stops(lang);
        let profile = lang.profile();
        let stemmer = match profile.stemming {
            Stemming::Snowball(create) => Some(create()),
            _ => None,
        };
        Tokeniser { lang, profile, stemmer, stops, stop_chars }
    }

    /// Calls `f(key, surface)` for each content term of `text`, in order: `key` is the folded,
    /// stemmed form used for weighting, `surface` the text as written. Stop words are skipped.
    /// Returns the words of `text` as [`classify::count_words`] counts them: the same walk over the text
    /// gives both, so callers that need both need not segment it twice.
    pub fn terms(&self, text: &str, mut f: impl FnMut(&str, &str)) -> usize {
        // The walks take `f` behind a pointer: one copy of them serves every caller, which
        // keeps the wasm module small, for an indirect call per term.
        if text.is_ascii() {
            return self.ascii_terms(text, &mut f);
        }
        self.segmented_terms(text, &mut f)
    }

    /// [`Tokeniser::terms`] by walking the text's word segments.
    fn segmented_terms(&self, text: &str, f: &mut dyn FnMut(&str, &str)) -> usize {
        let mut words = 0;
        // Room for a long word from the start: folding into it never grows it.
        let mut buf = String::with_capacity(WORD_ROOM);
        let mut run: Vec<(usize, usize)> = Vec::new();
        let mut segments = Segments::new(text).peekable();
        while let Some((start, seg)) = segments.next() {
            // Half the segments are the spaces between words.
            if seg.starts_with(|c: char| c.is_ascii_whitespace()) {
                if !run.is_empty() {
                    self.flush_run(&mut run, text, f);
                }
                continue;
            }
            if seg.starts_with(is_unspaced) {
                words += seg.chars().filter(|&c| is_unspaced(c)).count();
                self.extend_run(&mut run, start, seg, text, f);
                continue;
            }
            // Every space is a segment: don't call out for the usual empty run.
            if !run.is_empty() {
                self.flush_run(&mut run, text, f);
            }
            if !has_alphanumeric(seg) {
                continue;
            }
            words += 1;
            let (from, mut to) = self.trim_clitics(seg);
            let numeric = seg[from..to].bytes().any(|b| b.is_ascii_digit());
            to += start;
            // "76%" is one figure to a reader: keep the sign with its number.
            if numeric && to == start + seg.len() {
                if let Some(&(pstart, "%")) = segments.peek() {
                    to = pstart + 1;
                    segments.next();
                }
            }
            if let Some(surface) = text.get(start + from..to) {
                self.word(surface, numeric, &mut buf, f);
            }
        }
        self.flush_run(&mut run, text, f);
        words
    }

    /// [`Tokeniser::terms`] of ASCII text (most sentences): its words found by bytes, as the
    /// segments would give them, without making the segments between them. ASCII text has no
    /// characters for bigrams.
    fn ascii_terms(&self, text: &str, f: &mut dyn FnMut(&str, &str)) -> usize {
        let mut words = 0;
        let mut buf = String::with_capacity(WORD_ROOM);
        let bytes = text.as_bytes();
        ascii_words(bytes, |start, end| {
            words += 1;
            let Some(seg) = text.get(start..end) else { return };
            let (from, mut to) = self.trim_clitics(seg);
            let numeric = seg.get(from..to).unwrap_or_default().bytes().any(|b| b.is_ascii_digit());
            to += start;
            // "76%" is one figure to a reader: keep the sign with its number.
            if numeric && to == end && bytes.get(end) == Some(&b'%') {
                to = end + 1;
            }
            if let Some(surface) = text.get(start + from..to) {
                self.word(surface, numeric, &mut buf, f);
            }
        });
        words
    }

    /// Calls `f(key, surface)` for the word `surface` unless it is a stop word: `key` folded
    /// (into `buf`) and stemmed, a figure (`numeric`) only folded.
    fn word(&self, surface: &str, numeric: bool, buf: &mut String, f: &mut dyn FnMut(&str, &str)) {
        fold(surface, self.profile, buf);
        if buf.is_empty() {
            return;
        }
        if let (Some(stemmer), false) = (&self.stemmer, numeric) {
            // One lookup answers both questions: the cache holds stop words with empty stems.
            self.stem(stemmer, buf, |key| f(key, surface));
            return;
        }
        if self.stops.contains(buf.as_str()) {
            return;
        }
        match self.profile.stemming {
            Stemming::Particles(strip) => {
                // Hangul has no case: a stripped stem is already folded.
                let stem = strip(surface);
                f(if stem.len() == surface.len() { buf } else { stem }, stem);
            }
            Stemming::Light(stem) if !numeric => f(stem(buf), surface),
            _ => f(buf, surface),
        }
    }

    /// Calls `f` with the stem of the folded `word` unless it is a stop word, from the cache when
    /// it can.
    fn stem(&self, stemmer: &Stemmer, word: &str, mut f: impl FnMut(&str)) {
        let cached = STEMS
            .try_with(|maps| {
                // A callback that tokenises again in the same language (nothing does today) finds
                // the cache borrowed and takes the uncached path instead of panicking.
                let Some(Ok(mut cache)) = maps.get(self.lang as usize).map(RefCell::try_borrow_mut) else {
                    return false;
                };
                let epoch = hash::cache_epoch();
                if cache.stems.is_empty() || cache.stems.len() >= STEM_CACHE || cache.epoch != epoch {
                    // Afresh, under the current document's key (see `hash::cache_epoch`).
                    let mut stems = StemMap::with_capacity_and_hasher(STEM_CACHE, Default::default());
                    stems.extend(self.stops.iter().map(|&w| (Box::from(w), Box::from(""))));
                    *cache = StemCache { epoch, stems };
                }
                let stems = &mut cache.stems;
                if let Some(key) = stems.get(word) {
                    if !key.is_empty() {
                        f(key);
                    }
                    return true;
                }
                let key = stemmer.stem(word);
                stems.insert(word.into(), key.as_ref().into());
                drop(cache);
                if !key.is_empty() {
                    f(&key);
                }
                true
            })
            .unwrap_or(false);
        if !cached && !self.stops.contains(word) {
            let key = stemmer.stem(word);
            if !key.is_empty() {
                f(&key);
            }
        }
    }

    /// Adds the Han and kana characters of `seg` (at byte `start` of `text`) to the current run,
    /// flushing it at stop characters and at anything that is neither.
    fn extend_run(
        &self,
        run: &mut Vec<(usize, usize)>,
        start: usize,
        seg: &str,
        text: &str,
        f: &mut dyn FnMut(&str, &str),
    ) {
        for (i, c) in seg.char_indices() {
            let at = start + i;
            if is_unspaced(c) && !self.is_stop_char(c) {
                run.push((at, at + c.len_utf8()));
            } else if is_variation(c) {
                // A variation selector belongs to the ideograph before it.
                if let Some(last) = run.last_mut() {
                    last.1 = at + c.len_utf8();
                }
            } else {
                self.flush_run(run, text, f);
            }
        }
    }

    /// Emits the run's bigrams (or its one character) and empties it.
    fn flush_run(&self, run: &mut Vec<(usize, usize)>, text: &str, f: &mut dyn FnMut(&str, &str)) {
        match run.as_slice() {
            [] => {}
            [(a, b)] => {
                // Alone, units and counters only follow a figure ("2014年", "30亿"): the figure is
                // a term of its own, and the unit alone would top the keywords of a dated text.
                const UNITS: &str = "年月日号时分秒元万亿个位名次岁";
                if let Some(s) = text.get(*a..*b).filter(|s| !s.starts_with(|c| UNITS.contains(c))) {
                    f(s, s);
                }
            }
            chars => {
                for pair in chars.windows(2) {
                    if let Some(s) = text.get(pair[0].0..pair[1].1) {
                        f(s, s);
                    }
                }
            }
        }
        run.clear();
    }

    fn is_stop_char(&self, c: char) -> bool {
        // Hiragana are particles and inflections; content words are written in kanji and katakana.
        is_hiragana(c) || self.stop_chars.binary_search(&c).is_ok()
    }

    /// The part of a word that carries its meaning: English without its possessive "'s", French
    /// and Italian without an elided article or pronoun ("l'", "dell'"), Turkish without the case
    /// suffix after a name's apostrophe ("Türkiye'nin"). A byte range of `word`.
    fn trim_clitics(&self, word: &str) -> (usize, usize) {
        let whole = (0, word.len());
        // Most words have no apostrophe of either kind (’ is the only one outside ASCII).
        if !word.bytes().any(|b| b == b'\'' || b >= 0x80) {
            return whole;
        }
        let Some(apos) = word.find(['\'', '’']) else { return whole };
        let after = apos + word[apos..].chars().next().map_or(1, char::len_utf8);
        match self.profile.apostrophe {
            Apostrophe::Possessive => {
                let rest = &word[after..];
                if rest == "s" || rest == "S" {
                    (0, apos)
                } else {
                    whole
                }
            }
            Apostrophe::Elision(elided) => {
                let head = &word[..apos];
                if after < word.len() && elided.iter().any(|e| head.eq_ignore_ascii_case(e)) {
                    (after, word.len())
                } else {
                    whole
                }
            }
            Apostrophe::CaseSuffix if apos > 0 => (0, apos),
            _ => whole,
        }
    }
}

/// The stop characters of a CJK language, from its stop-word list.
fn cjk_stops(lang: Language) -> Vec<char> {
    lang.profile().stop_words.split_whitespace().filter_map(|w| w.chars().next()).collect()
}

/// Folds `word` into `buf`: lowercase, apostrophes unified, and the language's own
/// normalisations, which its stop list and stemmer expect.
fn fold(word: &str, profile: &Profile, buf: &mut String) {
    // The common case: no per-character case mapping, no allocation once `buf` has grown.
    // Turkish capital I folds to dotless ı, so it takes the careful path.
    if word.is_ascii() && !(profile.folds_capital_i && word.contains('I')) {
        buf.clear();
        buf.push_str(word);
        buf.make_ascii_lowercase();
        return;
    }
    fold_slow(word, profile, buf);
}

fn fold_slow(word: &str, profile: &Profile, buf: &mut String) {
    buf.clear();
    for c in word.chars() {
        if matches!(c, '’' | 'ʼ') {
            buf.push('\'');
        } else if !profile.fold.is_some_and(|fold| fold(c, buf)) {
            buf.extend(c.to_lowercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::count_words;

    fn terms(lang: Language, text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        Tokeniser::new(lang).terms(text, |k, s| out.push((k.to_string(), s.to_string())));
        out
    }

    fn keys(lang: Language, text: &str) -> Vec<String> {
        terms(lang, text).into_iter().map(|(k, _)| k).collect()
    }

    proptest::proptest! {
        #[test]
        fn ascii_terms_equal_segmented_terms(text in "[a-cA-CI0-2 .,:;'%_\\-\n\t\x0b!]{0,40}") {
            for lang in [Language::English, Language::French, Language::Turkish, Language::German] {
                let t = Tokeniser::new(lang);
                let (mut fast, mut slow) = (Vec::new(), Vec::new());
                let n = t.ascii_terms(&text, &mut |k: &str, s: &str| fast.push((k.to_string(), s.to_string())));
                let m = t.segmented_terms(&text, &mut |k, s| slow.push((k.to_string(), s.to_string())));
                proptest::prop_assert_eq!((n, fast), (m, slow));
            }
        }
    }

    #[test]
    fn english_inflections_share_a_stem() {
        let k = keys(Language::English, "Running runs run. The runner ran.");
        assert_eq!(k[0], k[1]);
        assert_eq!(k[1], k[2]);
        assert_eq!(k[0], "run");
    }

    #[test]
    fn stop_words_are_skipped_and_surface_is_kept() {
        let t = terms(Language::English, "The Senators said that they were Voting on it.");
        assert_eq!(
            t,
            [("senat".to_string(), "Senators".to_string()), ("vote".to_string(), "Voting".to_string())]
        );
    }

    #[test]
    fn cached_stems_equal_fresh_stems() {
        let text = "Generations of generous generals generated general generalisations, generally.";
        let first = terms(Language::English, text);
        let again = terms(Language::English, text);
        assert_eq!(first, again);
        let stemmer = Stemmer::create(rust_stemmers::Algorithm::English);
        for (key, surface) in &first {
            assert_eq!(key, &stemmer.stem(&surface.to_lowercase()), "{surface}");
        }
        assert_eq!(first.len(), 7);
    }

    #[test]
    fn english_possessive_is_dropped() {
        assert_eq!(
            terms(Language::English, "Korea’s and Korea's army"),
            [("korea", "Korea"), ("korea", "Korea"), ("armi", "army")]
                .map(|(k, s)| (k.to_string(), s.to_string()))
        );
    }

    #[test]
    fn french_elision_is_dropped() {
        let t = terms(Language::French, "L'Histoire de l’occasion qu'il aujourd'hui");
        let surfaces: Vec<_> = t.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(surfaces, ["Histoire", "occasion", "aujourd'hui"]);
    }

    #[test]
    fn numbers_are_kept_with_their_percent_sign() {
        let t = terms(Language::English, "Profits rose 76% to $1.13bn in 2024.");
        let surfaces: Vec<_> = t.iter().map(|(_, s)| s.as_str()).collect();
        assert_eq!(surfaces, ["Profits", "rose", "76%", "1.13bn", "2024"]);
        assert_eq!(t[2].0, "76%");
    }

    #[test]
    fn punctuation_and_symbols_make_no_terms() {
        assert!(terms(Language::English, " -- ... !? — “” 🙂 ").is_empty());
        assert!(terms(Language::Undetermined, "").is_empty());
    }

    #[test]
    fn stemmers_run_for_other_languages() {
        assert_eq!(keys(Language::German, "Die Häuser und das Haus"), ["haus", "haus"]);
        assert_eq!(keys(Language::Spanish, "las elecciones y la elección"), ["eleccion", "eleccion"]);
        let ru = keys(Language::Russian, "Президент и президента");
        assert_eq!(ru.len(), 2);
        assert_eq!(ru[0], ru[1]);
    }

    #[test]
    fn per_language_folding_meets_stop_lists() {
        // Accented and unaccented Greek forms are the same stop word.
        assert!(terms(Language::Greek, "Είναι ΕΊΝΑΙ και ΚΑΙ").is_empty());
        // Final sigma folds to σ, as in the list: "της" and "αυτές" are stop words.
        assert!(terms(Language::Greek, "της ΤΗΣ αυτές").is_empty());
        // Romanian comma-below and cedilla spellings of "și" are both the conjunction.
        assert!(terms(Language::Romanian, "și şi").is_empty());
        // Arabic "إلى" with its hamza is the stop word "الى".
        assert!(terms(Language::Arabic, "إلى").is_empty());
        // Turkish dotted capital İ folds to plain i: "İÇİN" is the stop word "için".
        assert_eq!(keys(Language::Turkish, "İÇİN").len(), 0);
        assert_eq!(keys(Language::Turkish, "Türkiye'nin").len(), 1);
        assert_eq!(keys(Language::Turkish, "bütçe bütçeyi BÜTÇENİN"), ["bütçe", "bütçe", "bütçe"]);
        assert_eq!(terms(Language::Turkish, "Türkiye'nin")[0].1, "Türkiye");
    }

    #[test]
    fn light_stemmers_conflate_inflections() {
        assert_eq!(keys(Language::Arabic, "الكتاب والكتاب كتابات"), ["كتاب", "كتاب", "كتاب"]);
        let el = keys(Language::Greek, "ο πρόεδρος του προέδρου ΠΡΟΕΔΡΟΙ");
        assert_eq!(el, ["προεδρ", "προεδρ", "προεδρ"]);
        // Short words keep their endings: no stem shorter than three letters.
        assert_eq!(keys(Language::Greek, "νέα"), ["νεα"]);
    }

    #[test]
    fn han_runs_become_bigrams_split_at_particles() {
        let t = terms(Language::Chinese, "中国的经济增长。");
        let s: Vec<_> = t.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(s, ["中国", "经济", "济增", "增长"]);
        assert!(t.iter().all(|(k, s)| k == s));
    }

    #[test]
    fn a_lone_han_character_is_a_unigram() {
        assert_eq!(keys(Language::Chinese, "他说：好"), ["说", "好"]);
        // A unit after a figure is no term; in a word it still joins its bigrams.
        assert_eq!(keys(Language::Chinese, "2014年，今年"), ["2014", "今年"]);
    }

    #[test]
    fn japanese_hiragana_separate_terms() {
        let k = keys(Language::Japanese, "東京都の人口はコンピュータで数えた");
        assert_eq!(k, ["東京", "京都", "人口", "コン", "ンピ", "ピュ", "ュー", "ータ", "数"]);
    }

    #[test]
    fn cjk_inside_other_languages_still_makes_terms() {
        let k = keys(Language::English, "The word 北京 means northern capital.");
        assert_eq!(k, ["word", "北京", "mean", "northern", "capit"]);
    }

    #[test]
    fn korean_particles_are_stripped() {
        let t = terms(Language::Korean, "정부는 정부의 정책을 그리고 발표했다");
        let k: Vec<_> = t.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(k, ["정부", "정부", "정책", "발표했다"]);
    }

    #[test]
    fn undetermined_folds_without_stemming() {
        assert_eq!(keys(Language::Undetermined, "The Running of Kraków"), ["running", "kraków"]);
    }

    proptest::proptest! {
        #[test]
        fn terms_count_words_on_any_mix(text in "[a-cA-C0-2 .,:;'%_\\-\n\tàé中ё\u{301}]{0,40}") {
            let counted = Tokeniser::new(Language::English).terms(&text, |_, _| {});
            proptest::prop_assert_eq!(counted, count_words(&text));
        }
    }

    #[test]
    fn terms_count_words_as_count_words_does() {
        for text in [
            "The cat's 3.5 kg — honest! Profits rose 76% to $1.13bn.",
            "中国经济增长。東京はコンピュータ Apple 公司 ... ",
            "정부는 정부의 정책을",
            "",
        ] {
            for lang in [Language::English, Language::Chinese, Language::Korean, Language::Greek] {
                assert_eq!(Tokeniser::new(lang).terms(text, |_, _| {}), count_words(text), "{text:?}");
            }
        }
    }
}
