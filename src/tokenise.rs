//! Tokenising sentences into weighted terms: UAX #29 words, case folding, stop words, stemming;
//! character n-grams for scripts written without spaces.
//!
//! Words come from the Unicode word boundaries of UAX #29. Each is folded to lowercase (with a
//! few per-language normalisations so that variant spellings meet: Greek accents, Arabic hamza
//! seats, Romanian comma/cedilla, Russian ё, Turkish dotless i), checked against the language's
//! stop words and stemmed with its Snowball stemmer. Han and kana are written without spaces, so
//! their runs become overlapping character bigrams instead, in every language: a Chinese name in
//! an English article still makes a term.

use std::collections::HashSet;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Language;

/// Turns text into content terms for one language.
pub(crate) struct Tokeniser {
    lang: Language,
    stemmer: Option<Stemmer>,
    /// Folded stop words. Only ever probed, never iterated.
    stops: HashSet<&'static str>,
    /// Han or kana characters that split a run instead of joining a bigram, sorted.
    stop_chars: Vec<char>,
}

/// The Snowball stemmer for `lang`, if there is one.
fn algorithm(lang: Language) -> Option<Algorithm> {
    Some(match lang {
        Language::English => Algorithm::English,
        Language::French => Algorithm::French,
        Language::German => Algorithm::German,
        Language::Spanish => Algorithm::Spanish,
        Language::Portuguese => Algorithm::Portuguese,
        Language::Italian => Algorithm::Italian,
        Language::Dutch => Algorithm::Dutch,
        Language::Russian => Algorithm::Russian,
        Language::Arabic => Algorithm::Arabic,
        Language::Turkish => Algorithm::Turkish,
        Language::Swedish => Algorithm::Swedish,
        Language::Danish => Algorithm::Danish,
        Language::Norwegian => Algorithm::Norwegian,
        Language::Finnish => Algorithm::Finnish,
        Language::Hungarian => Algorithm::Hungarian,
        Language::Romanian => Algorithm::Romanian,
        Language::Greek => Algorithm::Greek,
        _ => return None,
    })
}

impl Tokeniser {
    /// A tokeniser for `lang`.
    pub fn new(lang: Language) -> Self {
        let (stops, mut stop_chars): (HashSet<&'static str>, Vec<char>) = if lang.is_cjk() {
            (Language::Undetermined.stop_words().split_ascii_whitespace().collect(), cjk_stops(lang))
        } else {
            let zh = if lang == Language::Korean { Vec::new() } else { cjk_stops(Language::Chinese) };
            (lang.stop_words().split_whitespace().collect(), zh)
        };
        stop_chars.sort_unstable();
        Tokeniser { lang, stemmer: algorithm(lang).map(Stemmer::create), stops, stop_chars }
    }

    /// Calls `f(key, surface)` for each content term of `text`, in order: `key` is the folded,
    /// stemmed form used for weighting, `surface` the text as written. Stop words are skipped.
    pub fn terms(&self, text: &str, mut f: impl FnMut(&str, &str)) {
        let mut buf = String::new();
        let mut run: Vec<(usize, usize)> = Vec::new();
        let mut segments = text.split_word_bound_indices().peekable();
        while let Some((start, seg)) = segments.next() {
            if seg.starts_with(is_cjk) {
                self.extend_run(&mut run, start, seg, text, &mut f);
                continue;
            }
            self.flush_run(&mut run, text, &mut f);
            if !has_alphanumeric(seg) {
                continue;
            }
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
            let Some(surface) = text.get(start + from..to) else { continue };
            fold(surface, self.lang, &mut buf);
            if buf.is_empty() || self.stops.contains(buf.as_str()) {
                continue;
            }
            if self.lang == Language::Korean {
                // Hangul has no case: a stripped stem is already folded.
                let stem = strip_korean_particle(surface);
                f(if stem.len() == surface.len() { &buf } else { stem }, stem);
                continue;
            }
            match &self.stemmer {
                Some(stemmer) if !numeric => {
                    let key = stemmer.stem(&buf);
                    if !key.is_empty() {
                        f(&key, surface);
                    }
                }
                _ => f(&buf, surface),
            }
        }
        self.flush_run(&mut run, text, &mut f);
    }

    /// Adds the Han and kana characters of `seg` (at byte `start` of `text`) to the current run,
    /// flushing it at stop characters and at anything that is neither.
    fn extend_run(
        &self,
        run: &mut Vec<(usize, usize)>,
        start: usize,
        seg: &str,
        text: &str,
        f: &mut impl FnMut(&str, &str),
    ) {
        for (i, c) in seg.char_indices() {
            let at = start + i;
            if is_cjk(c) && !self.is_stop_char(c) {
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
    fn flush_run(&self, run: &mut Vec<(usize, usize)>, text: &str, f: &mut impl FnMut(&str, &str)) {
        match run.as_slice() {
            [] => {}
            [(a, b)] => {
                if let Some(s) = text.get(*a..*b) {
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
        let Some(apos) = word.find(['\'', '’']) else { return whole };
        let after = apos + word[apos..].chars().next().map_or(1, char::len_utf8);
        match self.lang {
            Language::English => {
                let rest = &word[after..];
                if rest == "s" || rest == "S" {
                    (0, apos)
                } else {
                    whole
                }
            }
            Language::French | Language::Italian => {
                let head = &word[..apos];
                let elided: &[&str] = if self.lang == Language::French {
                    &["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"]
                } else {
                    &[
                        "l", "d", "c", "un", "dell", "nell", "all", "dall", "sull", "coll", "quest", "quell",
                        "anch", "com", "dov", "tutt", "bell", "sant",
                    ]
                };
                if after < word.len() && elided.iter().any(|e| head.eq_ignore_ascii_case(e)) {
                    (after, word.len())
                } else {
                    whole
                }
            }
            Language::Turkish if apos > 0 => (0, apos),
            _ => whole,
        }
    }
}

/// The stop characters of a CJK language, from its stop-word list.
fn cjk_stops(lang: Language) -> Vec<char> {
    lang.stop_words().split_whitespace().filter_map(|w| w.chars().next()).collect()
}

/// Folds `word` into `buf`: lowercase, apostrophes unified, and the per-language normalisations
/// the stop lists and stemmers expect.
fn fold(word: &str, lang: Language, buf: &mut String) {
    // The common case: no per-character case mapping, no allocation once `buf` has grown.
    // Turkish capital I folds to dotless ı, so it takes the careful path.
    if word.is_ascii() && !(lang == Language::Turkish && word.contains('I')) {
        buf.clear();
        buf.push_str(word);
        buf.make_ascii_lowercase();
        return;
    }
    fold_slow(word, lang, buf);
}

fn fold_slow(word: &str, lang: Language, buf: &mut String) {
    buf.clear();
    for c in word.chars() {
        match (lang, c) {
            (_, '’' | 'ʼ') => buf.push('\''),
            (Language::Turkish, 'I') => buf.push('ı'),
            (Language::Turkish, 'İ') => buf.push('i'),
            (Language::Greek, _) => {
                for l in c.to_lowercase() {
                    buf.push(greek_plain(l));
                }
            }
            (Language::Russian, 'ё' | 'Ё') => buf.push('е'),
            (Language::Romanian, 'ș' | 'Ș') => buf.push('ş'),
            (Language::Romanian, 'ț' | 'Ț') => buf.push('ţ'),
            (Language::Romanian, 'Ş') => buf.push('ş'),
            (Language::Romanian, 'Ţ') => buf.push('ţ'),
            (Language::Arabic, '\u{64B}'..='\u{652}' | '\u{670}' | '\u{640}') => {}
            (Language::Arabic, 'أ' | 'إ' | 'آ' | 'ٱ') => buf.push('ا'),
            _ => buf.extend(c.to_lowercase()),
        }
    }
}

/// A lowercase Greek letter without its accent or diaeresis, final sigma as plain sigma.
fn greek_plain(c: char) -> char {
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

/// A Korean word without a trailing case particle ("정부는" -> "정부"), when at least two
/// syllables remain: Korean attaches particles to nouns, so without this every noun would make
/// as many terms as it has cases. `이` is left alone: too many nouns end in it.
fn strip_korean_particle(word: &str) -> &str {
    const PARTICLES: [&str; 20] = [
        "에서는",
        "에게서",
        "으로는",
        "에서",
        "에게",
        "으로",
        "까지",
        "부터",
        "에는",
        "에도",
        "은",
        "는",
        "을",
        "를",
        "가",
        "의",
        "에",
        "와",
        "과",
        "도",
    ];
    if !word.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)) {
        return word;
    }
    for p in PARTICLES {
        if let Some(stem) = word.strip_suffix(p) {
            if stem.chars().count() >= 2 {
                return stem;
            }
        }
    }
    word
}

/// Whether `c` is written without spaces between words: Han ideographs (with the iteration
/// mark), hiragana and katakana.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3005}' | '\u{3007}'
        | '\u{3041}'..='\u{3096}'
        | '\u{309D}'..='\u{309F}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{30FC}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF66}'..='\u{FF9F}'
        | '\u{20000}'..='\u{3134F}')
}

fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | '\u{309D}'..='\u{309F}')
}

fn is_variation(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' | '\u{200D}')
}

fn has_alphanumeric(s: &str) -> bool {
    if s.is_ascii() {
        s.bytes().any(|b| b.is_ascii_alphanumeric())
    } else {
        s.chars().any(char::is_alphanumeric)
    }
}

/// Counts words as a reader would: UAX #29 words, with each CJK character counted as one.
pub(crate) fn count_words(text: &str) -> usize {
    text.split_word_bounds()
        .map(|seg| {
            if seg.starts_with(is_cjk) {
                seg.chars().filter(|&c| is_cjk(c)).count()
            } else {
                usize::from(has_alphanumeric(seg))
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lang: Language, text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        Tokeniser::new(lang).terms(text, |k, s| out.push((k.to_string(), s.to_string())));
        out
    }

    fn keys(lang: Language, text: &str) -> Vec<String> {
        terms(lang, text).into_iter().map(|(k, _)| k).collect()
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
        // Romanian comma-below and cedilla spellings of "și" are both the conjunction.
        assert!(terms(Language::Romanian, "și şi").is_empty());
        // Arabic "إلى" with its hamza is the stop word "الى".
        assert!(terms(Language::Arabic, "إلى").is_empty());
        // Turkish dotted capital İ folds to plain i: "İÇİN" is the stop word "için".
        assert_eq!(keys(Language::Turkish, "İÇİN").len(), 0);
        assert_eq!(keys(Language::Turkish, "Türkiye'nin").len(), 1);
        assert_eq!(terms(Language::Turkish, "Türkiye'nin")[0].1, "Türkiye");
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

    #[test]
    fn count_words_counts_words_and_cjk_characters() {
        assert_eq!(count_words("The cat's 3.5 kg — honest!"), 5);
        assert_eq!(count_words("中国经济增长。"), 6);
        assert_eq!(count_words("東京はコンピュータ"), 9);
        assert_eq!(count_words("Apple 公司"), 3);
        assert_eq!(count_words(" ... "), 0);
    }
}
