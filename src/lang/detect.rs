//! Guessing a text's language from its script, its commonest words and a few letters.

use std::sync::OnceLock;

use super::Language::{self, *};
use crate::hash::FxHashMap;

/// The Latin-script languages told apart by their stop words.
const LATIN: [Language; 14] = [
    English, French, German, Spanish, Portuguese, Italian, Dutch, Turkish, Swedish, Danish, Norwegian,
    Finnish, Hungarian, Romanian,
];

/// For each folded stop word of the [`LATIN`] languages, a bit per language (bit `i` is
/// `LATIN[i]`). Built once; lookups only, never iterated.
fn latin_votes() -> &'static FxHashMap<&'static str, u16> {
    static VOTES: OnceLock<FxHashMap<&'static str, u16>> = OnceLock::new();
    VOTES.get_or_init(|| {
        let mut map = FxHashMap::default();
        for (i, lang) in LATIN.iter().enumerate() {
            for w in lang.profile().stop_words.split_ascii_whitespace() {
                // Apostrophe forms never reach the vote: detection splits words at apostrophes.
                if !w.contains('\'') {
                    *map.entry(w).or_insert(0u16) |= 1 << i;
                }
            }
        }
        map
    })
}

/// Letters that only some Latin-script languages use, as (letter, languages): tie-breakers for
/// texts whose stop words leave two languages close (Danish and Norwegian share most of theirs).
const DISTINCTIVE: &[(char, &[Language])] = &[
    ('ß', &[German]),
    ('ä', &[German, Swedish, Finnish]),
    ('ö', &[German, Swedish, Finnish, Turkish, Hungarian]),
    ('ü', &[German, Turkish, Hungarian]),
    ('ñ', &[Spanish]),
    ('ã', &[Portuguese]),
    ('õ', &[Portuguese]),
    ('ç', &[Portuguese, French, Turkish]),
    ('ğ', &[Turkish]),
    ('ı', &[Turkish]),
    ('ş', &[Turkish, Romanian]),
    ('å', &[Swedish, Danish, Norwegian]),
    ('æ', &[Danish, Norwegian]),
    ('ø', &[Danish, Norwegian]),
    ('ő', &[Hungarian]),
    ('ű', &[Hungarian]),
    ('ă', &[Romanian]),
    ('ș', &[Romanian]),
    ('ț', &[Romanian]),
    ('ţ', &[Romanian]),
];

/// Writing systems [`detect`] tells apart.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Latin,
    Han,
    Kana,
    Hangul,
    Arabic,
    Cyrillic,
    Greek,
    Devanagari,
    Other,
}

const SCRIPTS: [Script; 9] = [
    Script::Latin,
    Script::Han,
    Script::Kana,
    Script::Hangul,
    Script::Arabic,
    Script::Cyrillic,
    Script::Greek,
    Script::Devanagari,
    Script::Other,
];

/// The script of a letter, or `None` for anything that is not a letter (digits, punctuation,
/// marks, spaces). Ranges, not tables: this runs over every character of the sample.
fn script(c: char) -> Option<Script> {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_alphabetic().then_some(Script::Latin);
    }
    Some(match u {
        0xC0..=0x24F | 0x1E00..=0x1EFF => {
            if c == '×' || c == '÷' {
                return None;
            }
            Script::Latin
        }
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            if (0x64B..=0x65F).contains(&u) || (0x660..=0x669).contains(&u) || !c.is_alphabetic() {
                return None;
            }
            Script::Arabic
        }
        0x900..=0x97F => {
            if !c.is_alphabetic() {
                return None;
            }
            Script::Devanagari
        }
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x309F | 0x30A0..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => {
            Script::Kana
        }
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F => Script::Han,
        _ if c.is_alphabetic() => Script::Other,
        _ => return None,
    })
}

/// Guesses the language of `text` from its script and, for Latin script, its most common words.
///
/// The dominant script decides most languages at once: Han without kana is Chinese, kana means
/// Japanese, Hangul Korean, and Arabic, Cyrillic, Greek and Devanagari script give Arabic,
/// Russian, Greek and Hindi. Latin-script text votes with its stop words (with a few distinctive
/// letters such as `ß`, `ñ` or `ø` to break ties). Scripts Briefly has no rules for (Hebrew,
/// Thai, ...), Persian, Urdu and non-Russian Cyrillic languages, text too short to tell and
/// Latin text with no clear winner give [`Language::Undetermined`].
///
/// Linear in the length of `text` and cheap: callers pass a sample (the first 16 KB or so).
///
/// ```
/// use briefly::{lang::detect, Language};
/// assert_eq!(detect("The council approved the budget on Tuesday, and the mayor will sign it."), Language::English);
/// assert_eq!(detect("Le conseil a approuvé le budget mardi et le maire le signera."), Language::French);
/// assert_eq!(detect("市议会周二批准了新的预算。"), Language::Chinese);
/// assert_eq!(detect("ok"), Language::Undetermined);
/// ```
pub fn detect(text: &str) -> Language {
    // Per-script letter counts, and the marks that set one language apart from its script's main
    // language: Persian/Urdu letters in Arabic script, Ukrainian/Serbian/... letters in Cyrillic.
    let mut counts = [0usize; SCRIPTS.len()];
    let mut not_arabic = 0usize;
    let mut not_russian = 0usize;
    for c in text.chars() {
        let Some(s) = script(c) else { continue };
        counts[s as usize] += 1;
        match s {
            Script::Arabic
                if matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' | 'ے' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں') =>
            {
                not_arabic += 1
            }
            Script::Cyrillic
                if matches!(
                    c,
                    'і' | 'ї'
                        | 'є'
                        | 'ґ'
                        | 'ў'
                        | 'ђ'
                        | 'ј'
                        | 'љ'
                        | 'њ'
                        | 'ћ'
                        | 'џ'
                        | 'ѓ'
                        | 'ќ'
                        | 'ѕ'
                        | 'І'
                        | 'Ї'
                        | 'Є'
                        | 'Ґ'
                        | 'Ў'
                        | 'Ј'
                ) =>
            {
                not_russian += 1
            }
            _ => {}
        }
    }
    // A Han or Hangul character carries about what three Latin letters do; kana about two.
    let weight = |s: Script| -> usize {
        let n = counts[s as usize];
        match s {
            Script::Han | Script::Hangul => 3 * n,
            Script::Kana => 2 * n,
            _ => n,
        }
    };
    let cjk = counts[Script::Han as usize] + counts[Script::Kana as usize];
    // Han and kana share a writing system: judge them together against the others.
    let mut best = (Script::Latin, 0usize);
    for s in SCRIPTS {
        let w = match s {
            Script::Kana => continue,
            Script::Han => weight(Script::Han) + weight(Script::Kana),
            _ => weight(s),
        };
        if w > best.1 {
            best = (s, w);
        }
    }
    let (dominant, weight) = best;
    if weight < 4 {
        return Undetermined;
    }
    match dominant {
        Script::Han => {
            let kana = counts[Script::Kana as usize];
            // Kana are a third or more of Japanese text; a stray katakana name in Chinese is not.
            if kana > 0 && kana * 25 >= cjk {
                Japanese
            } else if counts[Script::Han as usize] > 0 {
                Chinese
            } else {
                Undetermined
            }
        }
        Script::Hangul => Korean,
        Script::Arabic if not_arabic * 50 > counts[Script::Arabic as usize] => Undetermined,
        Script::Arabic => Arabic,
        Script::Cyrillic if not_russian * 100 > counts[Script::Cyrillic as usize] => Undetermined,
        Script::Cyrillic => Russian,
        Script::Greek => Greek,
        Script::Devanagari => Hindi,
        Script::Latin => detect_latin(text),
        Script::Kana | Script::Other => Undetermined,
    }
}

/// Votes among the [`LATIN`] languages with stop words and distinctive letters.
fn detect_latin(text: &str) -> Language {
    let votes = latin_votes();
    // The language bits of each stop word met, in order.
    let mut met: Vec<u16> = Vec::new();
    let mut letters = [0u32; LATIN.len()];
    let mut words = 0u32;
    let mut buf = String::new();
    // Words are runs of letters; apostrophes split them so that French "l'histoire" votes with
    // "l" and English "don't" with "don".
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() {
            continue;
        }
        words += 1;
        buf.clear();
        if word.is_ascii() {
            buf.push_str(word);
            buf.make_ascii_lowercase();
        } else {
            for c in word.chars().flat_map(char::to_lowercase) {
                // Romanian is written with comma-below ș ț or, in older text, cedilla ş ţ; the
                // stop lists use the cedilla forms, as the stemmer does.
                let c = match c {
                    'ș' => 'ş',
                    'ț' => 'ţ',
                    _ => c,
                };
                buf.push(c);
                if let Some((_, langs)) = DISTINCTIVE.iter().find(|(d, _)| *d == c) {
                    for l in langs.iter() {
                        if let Some(i) = LATIN.iter().position(|x| x == l) {
                            letters[i] += 1;
                        }
                    }
                }
            }
        }
        if let Some(&bits) = votes.get(buf.as_str()) {
            met.push(bits);
        }
    }
    let mut counts = [0.0f64; LATIN.len()];
    for (i, n) in counts.iter_mut().enumerate() {
        *n = met.iter().filter(|&&b| b & (1 << i) != 0).count() as f64;
    }
    let hits = |i: usize| counts[i];
    // Distinctive letters count a quarter of a stop word each, capped so that they break ties and
    // never outvote the words (a German name in an English article).
    let bonus = |i: usize| (0.25 * f64::from(letters[i])).min(1.0 + 0.2 * hits(i));
    let score = |i: usize| hits(i) + bonus(i);
    let mut order: Vec<usize> = (0..LATIN.len()).collect();
    // Stable sort: on an exact tie, the earlier language in LATIN wins, deterministically.
    order.sort_by(|&a, &b| score(b).total_cmp(&score(a)));
    let (first, second) = (order[0], order[1]);
    // Function words are a third or more of running text in these languages; a text where the best
    // list covers under a tenth is another language (Polish, Indonesian, ...) or not prose.
    let enough = hits(first) >= 2.0 && hits(first) >= 0.1 * f64::from(words);
    // Close relatives share most function words (Danish and Norwegian: "og", "ikke", "det"), so
    // the runner-up is judged on the evidence that tells the two apart: the words only one of them
    // has, and the letters.
    let only =
        |a: usize, b: usize| met.iter().filter(|&&m| m & (1 << a) != 0 && m & (1 << b) == 0).count() as f64;
    let (b1, b2) = (bonus(first), bonus(second));
    let for_first = only(first, second) + (b1 - b2).max(0.0);
    let for_second = only(second, first) + (b2 - b1).max(0.0);
    let clear = for_first >= 1.0 && for_first > 1.5 * for_second + 0.5;
    if enough && clear {
        LATIN[first]
    } else {
        Undetermined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_of_letters() {
        assert_eq!(script('a'), Some(Script::Latin));
        assert_eq!(script('é'), Some(Script::Latin));
        assert_eq!(script('×'), None);
        assert_eq!(script('7'), None);
        assert_eq!(script('中'), Some(Script::Han));
        assert_eq!(script('の'), Some(Script::Kana));
        assert_eq!(script('・'), None);
        assert_eq!(script('한'), Some(Script::Hangul));
        assert_eq!(script('ب'), Some(Script::Arabic));
        assert_eq!(script('\u{64E}'), None);
        assert_eq!(script('ж'), Some(Script::Cyrillic));
        assert_eq!(script('λ'), Some(Script::Greek));
        assert_eq!(script('क'), Some(Script::Devanagari));
        assert_eq!(script('א'), Some(Script::Other));
    }

    #[test]
    fn kana_share_decides_japanese() {
        // One kana in 31 characters is a quoted name; one in 10 is Japanese.
        let han = "国".repeat(30);
        assert_eq!(detect(&format!("{han}ソ")), Chinese);
        assert_eq!(detect(&format!("{}の", "国".repeat(9))), Japanese);
    }

    #[test]
    fn distinctive_letters_break_ties_only() {
        // No stop words: letters alone never decide.
        assert_eq!(detect("Straße Größe Übermaß"), Undetermined);
        // Equal stop-word evidence ("og", "er", "det"), the letters æ/ø are shared, "af" decides.
        assert_eq!(detect("Det er en del af det og det er godt"), Danish);
    }

    #[test]
    fn votes_leave_out_contractions() {
        let votes = latin_votes();
        assert!(votes.get("don't").is_none());
        assert!(votes.get("the").is_some_and(|b| b & 1 != 0));
    }
}
