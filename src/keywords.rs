//! Keywords: the article's heaviest terms and phrases, shown as written.
//!
//! A phrase is a run of terms that stand next to each other ("North Korea", "sleeper trains")
//! and recur together. CJK text has no spaces and is tokenised into overlapping character
//! bigrams; a run of them is a longer string, so the same rule rebuilds its words ("统计局",
//! "同比增长") without a dictionary. A term or phrase that mostly occurs inside a longer one
//! that recurs ("Korea" in "North Korea", "计局" in "统计局") gives way to it.

use std::borrow::Cow;

use crate::hash::{Map, Set};
use crate::lang::Language;
use crate::score::{Occurrence, TermWeight};
use crate::segment::Passages;
use crate::summary::Keyword;

/// Longest phrase, in terms: three words ("Bank of England" loses its "of" to the stop list,
/// so it is two), or four overlapping bigrams, a five-character CJK word.
const MAX_TERMS: usize = 4;
/// A term or phrase at least this share of whose occurrences sit inside one longer phrase is
/// shown as that phrase.
const ABSORBED: f64 = 0.5;
/// Names carry an article more than common words ("Lavrov" over "share", "first").
const NAME_BONUS: f64 = 1.5;
/// Each further word of a phrase is worth this much more than its heaviest word alone.
const PHRASE_BONUS: f64 = 0.25;

/// Han numerals: a run of only these is a number ("二十", "十五"), not a keyword.
const HAN_NUMERALS: &str = "〇零一二两三四五六七八九十百千万亿";
/// Units and measure words that close a number ("1949年", "100亿", "3人"): a CJK bigram that
/// opens on one of them right after a number straddles the number and the next word ("年沈"
/// of "1949年沈荃"), so no keyword starts there.
const NUMBER_UNITS: &str = "年月日号时点分秒天周岁个名人次家位倍元万亿千百";

/// A run of terms seen in the text: its ids, how often it occurs, and where it first occurs.
struct Run {
    ids: [u32; MAX_TERMS],
    len: usize,
    count: usize,
    /// The most occurrences of a run one term longer that holds it.
    in_longer: usize,
    /// Its first occurrence: the index of its first term in the occurrence list.
    first: usize,
    /// Occurrences followed at once by a name's word: where that is all of them, the run is
    /// the head of longer names ("Russian Foreign" of "Russian Foreign Minister" and "Ministry").
    before_name: usize,
}

/// A keyword recurs: a term in this many sentences at least (when the article has several), a
/// phrase this many times; and a phrase that absorbs its parts occurs this often.
const RECURS: usize = 2;

/// The `n` heaviest terms and phrases that recur (in two sentences or more, when the article
/// has several), scores relative to the top one; ties keep first appearance.
pub(crate) fn top(
    weights: &[TermWeight],
    recurring: bool,
    occurrences: &[Occurrence],
    passages: &Passages,
    n: usize,
    language: Language,
) -> Vec<Keyword> {
    let mut ranked: Vec<(f64, String)> = Vec::new();
    let mut shown: Set<String> = Set::default();
    for run in &runs(weights, occurrences, passages, language) {
        let Some((weight, surface)) = weigh(run, weights, occurrences, passages, recurring, language) else {
            continue;
        };
        // The same phrase can be reached twice (two spellings folding to one run): show it once.
        if shown.insert(surface.to_lowercase()) {
            ranked.push((weight, surface));
        }
    }
    // Heaviest first; equal weights keep first-appearance order.
    let mut slots: Vec<Option<(f64, String)>> = Vec::with_capacity(ranked.len());
    let order = crate::order::by_key(ranked.iter().map(|r| crate::order::descending(r.0)));
    slots.extend(ranked.drain(..).map(Some));
    ranked.extend(order.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)));
    if language.is_unspaced() {
        join_overlapping(&mut ranked, n, passages);
    }
    let best = ranked.first().map_or(1.0, |w| w.0.max(f64::MIN_POSITIVE));
    ranked.into_iter().take(n).map(|(w, term)| Keyword { term, score: w / best }).collect()
}

/// Every run of up to `MAX_TERMS` adjacent terms in the occurrences, in order of first
/// appearance, each with how often it and the runs that hold it occur.
fn runs(
    weights: &[TermWeight],
    occurrences: &[Occurrence],
    passages: &Passages,
    language: Language,
) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    // Sized for about two runs an occurrence from the start: grown from empty, a short post's
    // table rehashed every key several times over.
    let mut index: Map<([u32; MAX_TERMS], usize), usize> =
        Map::with_capacity_and_hasher(occurrences.len().saturating_mul(2), Default::default());
    for k in 0..occurrences.len() {
        if language.is_unspaced() && closes_number(&occurrences[k], passages) {
            continue;
        }
        let mut ids = [u32::MAX; MAX_TERMS];
        for len in 1..=MAX_TERMS {
            let Some(o) = occurrences.get(k + len - 1) else { break };
            if len > 1 && !adjacent(&occurrences[k + len - 2], o, passages) {
                break;
            }
            ids[len - 1] = o.term;
            let next = runs.len();
            let at = *index.entry((ids, len)).or_insert(next);
            if at == next {
                runs.push(Run { ids, len, count: 0, in_longer: 0, first: k, before_name: 0 });
            }
            runs[at].count += 1;
            let followed = occurrences.get(k + len).is_some_and(|n| {
                adjacent(o, n, passages)
                    && passages
                        .get_text(n.sentence as usize)
                        .and_then(|c| c.get(n.start as usize..))
                        .is_some_and(|t| t.starts_with(char::is_uppercase))
            });
            runs[at].before_name += usize::from(followed);
        }
    }
    mark_absorbed(&mut runs, &index, weights, occurrences, passages, language);
    runs
}

/// The text of a run's first occurrence, as written.
fn written<'a>(run: &Run, occurrences: &[Occurrence], passages: &'a Passages) -> Option<&'a str> {
    let first = occurrences.get(run.first)?;
    let last = occurrences.get(run.first + run.len.checked_sub(1)?)?;
    passages.get_text(first.sentence as usize)?.get(first.start as usize..last.end as usize)
}

/// Whether a phrase is written as a name where it first occurs: every word capitalised, and
/// either not at the opening of its sentence, where any first word is, or made of words
/// mostly written with a capital ("New York City" in "fans of New York City", "World Cup"
/// opening one, not "Last Sunday" opening one). Where every noun is capitalised (German),
/// capitals say nothing of a name.
fn written_as_name(
    run: &Run,
    weights: &[TermWeight],
    occurrences: &[Occurrence],
    passages: &Passages,
    language: Language,
) -> bool {
    if run.len < 2 || language.capitalises_nouns() {
        return false;
    }
    let names = || run.ids[..run.len].iter().all(|&t| weights.get(t as usize).is_some_and(|w| w.capitalised));
    let Some(first) = occurrences.get(run.first) else { return false };
    let opens = passages
        .get_text(first.sentence as usize)
        .and_then(|t| t.get(..first.start as usize))
        .map_or(true, |before| !before.chars().any(char::is_alphanumeric));
    (!opens || names())
        && written(run, occurrences, passages).is_some_and(|w| {
            w.split([' ', '-']).filter(|p| !p.is_empty()).all(|p| p.starts_with(char::is_uppercase))
        })
}

/// Whether occurrence `o` opens on a number's unit right after the number ("年沈" in "1949年沈荃").
fn closes_number(o: &Occurrence, passages: &Passages) -> bool {
    let Some(text) = passages.get_text(o.sentence as usize) else { return false };
    let number = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || HAN_NUMERALS.contains(c);
    text.get(o.start as usize..).and_then(|t| t.chars().next()).is_some_and(|c| NUMBER_UNITS.contains(c))
        && text.get(..o.start as usize).and_then(|t| t.chars().next_back()).is_some_and(number)
}

/// Counts, for each run, how often a longer run holds it: a run's two one-shorter parts
/// (without its first or its last term) sit inside it, unless it opens or closes on a common
/// word and so is never shown ("students" of "many students").
fn mark_absorbed(
    runs: &mut [Run],
    index: &Map<([u32; MAX_TERMS], usize), usize>,
    weights: &[TermWeight],
    occurrences: &[Occurrence],
    passages: &Passages,
    language: Language,
) {
    // Judged once per term seen in a phrase, not once per run.
    let mut generic_term = vec![false; weights.len()];
    let mut judged = vec![false; weights.len()];
    for o in occurrences {
        let t = o.term as usize;
        if let (Some(w), Some(false)) = (weights.get(t), judged.get(t).copied()) {
            judged[t] = true;
            generic_term[t] = language.is_generic(&lowercase(w.surface));
        }
    }
    let generic = |t: u32| generic_term.get(t as usize).copied().unwrap_or(false);
    for i in 0..runs.len() {
        let (len, count, ids) = (runs[i].len, runs[i].count, runs[i].ids);
        if len < 2
            || (generic(ids[0]) || generic(ids[len - 1]))
                && !written_as_name(&runs[i], weights, occurrences, passages, language)
        {
            continue;
        }
        let mut head = ids;
        head[len - 1] = u32::MAX;
        let mut tail = [u32::MAX; MAX_TERMS];
        tail[..len - 1].copy_from_slice(&ids[1..len]);
        for part in [head, tail] {
            if let Some(&j) = index.get(&(part, len - 1)) {
                runs[j].in_longer = runs[j].in_longer.max(count);
            }
        }
    }
}

/// A run's weight as a keyword and how it is shown, or `None` if it is no keyword: absorbed
/// by a longer phrase, not recurring, no word, or a common word before a name.
fn weigh(
    run: &Run,
    weights: &[TermWeight],
    occurrences: &[Occurrence],
    passages: &Passages,
    recurring: bool,
    language: Language,
) -> Option<(f64, String)> {
    let parts = &run.ids[..run.len];
    let heaviest =
        parts.iter().filter_map(|&t| weights.get(t as usize)).max_by(|a, b| a.weight.total_cmp(&b.weight))?;
    if run.in_longer as f64 >= ABSORBED * run.count as f64 && run.in_longer >= RECURS {
        return None;
    }
    if run.len == 1 {
        // A CJK bigram seen once is as likely to straddle two words ("比增") as to be one.
        if recurring && heaviest.sentences < RECURS || language.is_unspaced() && run.count < RECURS {
            return None;
        }
    } else if run.count < RECURS {
        return None;
    }
    let name = written_as_name(run, weights, occurrences, passages, language);
    let surface = if name {
        written(run, occurrences, passages)?.to_string()
    } else {
        surface(run, weights, occurrences, passages)?
    };
    if !is_word(&surface, language) {
        return None;
    }
    // "share", "first", "years": common words carry no article, alone or together, and
    // do not open or close a phrase ("many students", "percent higher"), unless the phrase
    // is a name ("New York City").
    let generic = |w: &str| language.is_generic(&lowercase(w));
    let mut words = surface.split(' ');
    if !name && (words.next().is_some_and(generic) || words.next_back().is_some_and(generic)) {
        return None;
    }
    let mut caps: Vec<bool> =
        parts.iter().map(|&t| weights.get(t as usize).is_some_and(|w| w.capitalised)).collect();
    if name {
        caps.fill(true);
    }
    // "support Russia": a common word before a name is a verb or a modifier of the moment,
    // not part of the name. Names run on ("North Korea") and phrases of common words stand
    // ("sleeper trains"), and a name may lead a common word ("Foreign minister").
    if caps.windows(2).any(|w| !w[0] && w[1]) {
        return None;
    }
    if caps.iter().all(|&c| c) && run.before_name == run.count && run.count >= RECURS {
        return None;
    }
    // German nouns are capitalised: a lowercase word alone ("entsteht", "vielleicht") is not one.
    if language.capitalises_nouns() && caps.as_slice() == [false] {
        return None;
    }
    let mut weight =
        heaviest.weight * (1.0 + PHRASE_BONUS * (phrase_words(run, occurrences, passages) - 1) as f64);
    if caps.iter().all(|&c| c) {
        weight *= NAME_BONUS;
    }
    Some((weight, surface))
}

/// Whether a shown keyword is a word at all. A lone CJK character ("不") is a particle or a
/// piece of a word; a letter or two in lower case ("L" of "Deep L", "ha", "et") is a piece or
/// a particle too ("AI", "EU" stay); digits and Chinese numerals are no words.
fn is_word(surface: &str, language: Language) -> bool {
    let chars = surface.chars().count();
    let lone_cjk = language.is_unspaced() && chars < CJK_WORD_CHARS;
    let stub = !language.is_unspaced()
        && chars < MIN_WORD_CHARS
        && (chars == 1 || !surface.chars().all(char::is_uppercase));
    !lone_cjk
        && !stub
        && surface.chars().any(char::is_alphabetic)
        && !surface.chars().all(|c| HAN_NUMERALS.contains(c))
}

/// Characters two CJK keywords must share to be read as windows of one longer word.
const MIN_OVERLAP: usize = 3;
/// Keywords looked at for joining: pairs are compared, so a bound keeps it cheap.
const JOIN_SCAN: usize = 32;

/// Joins CJK keywords that are overlapping windows of one longer word ("中国工商银" and
/// "国工商银行" of "中国工商银行", past the longest run counted) where the joined string is in
/// the text; the joined keyword keeps the heavier weight and the heavier one's place. Only the
/// top `2 * n` (at most [`JOIN_SCAN`]) are looked at, so this stays small.
fn join_overlapping(ranked: &mut Vec<(f64, String)>, n: usize, passages: &Passages) {
    let limit = ranked.len().min(2 * n).min(JOIN_SCAN);
    let mut i = 0;
    while i < limit.min(ranked.len()) {
        let mut j = i + 1;
        let mut joined_any = false;
        while j < limit.min(ranked.len()) {
            let joined = join(&ranked[i].1, &ranked[j].1).or_else(|| join(&ranked[j].1, &ranked[i].1));
            match joined.filter(|w| passages.texts().any(|c| c.contains(w.as_str()))) {
                Some(w) => {
                    ranked[i].1 = w;
                    ranked.remove(j);
                    joined_any = true;
                }
                None => j += 1,
            }
        }
        // A joined word may now overlap one it was checked against before.
        if !joined_any {
            i += 1;
        }
    }
    let mut seen: Set<String> = Set::default();
    let mut k = 0;
    ranked.retain(|(_, w)| {
        k += 1;
        k > limit || seen.insert(w.clone())
    });
}

/// `a` followed by what `b` adds after `a`'s last characters, when `b` starts with at least
/// [`MIN_OVERLAP`] of them (or holds `a` whole, or `a` holds `b`).
fn join(a: &str, b: &str) -> Option<String> {
    if a.contains(b) {
        return Some(a.to_string());
    }
    if b.contains(a) {
        return Some(b.to_string());
    }
    let starts: Vec<usize> = a.char_indices().map(|(i, _)| i).collect();
    let chars = starts.len();
    (1..chars.saturating_sub(MIN_OVERLAP - 1)).find_map(|k| {
        let tail = &a[starts[k]..];
        b.strip_prefix(tail).filter(|rest| !rest.is_empty()).map(|rest| format!("{a}{rest}"))
    })
}

/// Whether occurrence `b` follows `a` with nothing between but a space or a hyphen (words), or
/// overlaps it by one character (CJK bigrams of one run).
fn adjacent(a: &Occurrence, b: &Occurrence, passages: &Passages) -> bool {
    if a.sentence != b.sentence {
        return false;
    }
    let Some(text) = passages.get_text(a.sentence as usize) else { return false };
    if b.start < a.end {
        // Bigrams of one CJK run: "统计" then "计局" share their middle character.
        return b.start > a.start
            && text.get(b.start as usize..a.end as usize).is_some_and(|s| s.chars().count() == 1);
    }
    text.get(a.end as usize..b.start as usize).is_some_and(|gap| matches!(gap, " " | "-" | "\u{a0}"))
}

/// How a run is shown: a CJK run as its text; words in their usual spelling ("North Korea"
/// even where a sentence opens "NORTH KOREA") in the form the phrase first has them, joined as
/// the text first joins them.
fn surface(
    run: &Run,
    weights: &[TermWeight],
    occurrences: &[Occurrence],
    passages: &Passages,
) -> Option<String> {
    let first = occurrences.get(run.first)?;
    let last = occurrences.get(run.first + run.len - 1)?;
    let text = passages.get_text(first.sentence as usize)?;
    if run.len > 1 && occurrences.get(run.first + 1)?.start < first.end {
        return text.get(first.start as usize..last.end as usize).map(str::to_string);
    }
    let mut out = String::new();
    for k in 0..run.len {
        let o = occurrences.get(run.first + k)?;
        if k > 0 {
            let prev = occurrences.get(run.first + k - 1)?;
            out.push_str(text.get(prev.end as usize..o.start as usize)?);
        }
        // In its usual spelling, unless the phrase inflects it ("stop buying crap", not the
        // "buy" the term was first seen as).
        let usual = weights.get(o.term as usize)?.surface;
        let written = text.get(o.start as usize..o.end as usize)?;
        let inflected = run.len > 1 && lowercase(written) != lowercase(usual);
        out.push_str(if inflected { written } else { usual });
    }
    // A word ends before the full stop that closes an initialism ("U.S."); shown, it has it.
    if is_initialism(&out) && text.get(last.end as usize..).is_some_and(|rest| rest.starts_with('.')) {
        out.push('.');
    }
    Some(out)
}

/// `text` in lower case, as `str::to_lowercase` has it, borrowed when that changes nothing
/// (most words of a text, and all of Chinese): no allocation per term looked up.
fn lowercase(text: &str) -> Cow<'_, str> {
    let unchanged = if text.is_ascii() {
        !text.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        // Σ lowers to σ or ς by its place, never to itself: excluded like every changed letter.
        text.chars().all(|c| {
            let mut lower = c.to_lowercase();
            lower.next() == Some(c) && lower.next().is_none()
        })
    };
    if unchanged {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.to_lowercase())
    }
}

/// Whether `word` ends in letters between full stops, as "U.S" of "U.S." does.
fn is_initialism(word: &str) -> bool {
    let last = word.rsplit(' ').next().unwrap_or(word);
    last.contains('.')
        && last
            .split('.')
            .all(|part| (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic))
}

/// A keyword of letters has at least this many of them, unless it is an abbreviation in capitals
/// ("AI", "EU").
const MIN_WORD_CHARS: usize = 3;

/// Characters of a CJK word, about: a phrase of CJK bigrams shows its characters over this.
const CJK_WORD_CHARS: usize = 2;

/// Words a run shows: its terms, or for CJK its characters over [`CJK_WORD_CHARS`].
fn phrase_words(run: &Run, occurrences: &[Occurrence], passages: &Passages) -> usize {
    let first = occurrences.get(run.first);
    let second = occurrences.get(run.first + 1);
    match (first, second) {
        (Some(a), Some(b)) if run.len > 1 && b.start < a.end => {
            let chars = passages
                .get_text(a.sentence as usize)
                .and_then(|c| c.get(a.start as usize..occurrences.get(run.first + run.len - 1)?.end as usize))
                .map_or(CJK_WORD_CHARS, |s| s.chars().count());
            (chars / CJK_WORD_CHARS).max(1)
        }
        _ => run.len,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_borrows_only_what_lowering_leaves_alone() {
        for word in
            ["budget", "Korea", "U.S", "ΣΟΦΙΑ", "σοφία", "中国经济", "İstanbul", "Straße", "ǅemal", "x1"]
        {
            assert_eq!(lowercase(word), word.to_lowercase(), "{word}");
        }
        assert!(matches!(lowercase("budget"), Cow::Borrowed(_)));
        assert!(matches!(lowercase("中国经济"), Cow::Borrowed(_)));
        assert!(matches!(lowercase("Korea"), Cow::Owned(_)));
    }

    fn tw(surface: &str, weight: f64, sentences: usize) -> TermWeight<'_> {
        let capitalised = surface.starts_with(char::is_uppercase);
        TermWeight { surface, weight, sentences, count: sentences, capitalised }
    }

    /// Passages with the given texts and the occurrences of `words` in them (terms by the
    /// index of the word in `words`, matched whole and case-insensitively, or as CJK substrings).
    fn article(texts: &[&str], words: &[&str]) -> (Passages, Vec<Occurrence>) {
        let passages = Passages::of_texts(texts);
        let mut occurrences = Vec::new();
        for (s, text) in texts.iter().enumerate() {
            let lower = text.to_lowercase();
            let mut found: Vec<(usize, usize, u32)> = Vec::new();
            for (t, w) in words.iter().enumerate() {
                let w = w.to_lowercase();
                for (at, _) in lower.match_indices(&w) {
                    let end = at + w.len();
                    let cjk = w.chars().all(|c| c > '\u{2e80}');
                    let whole = cjk
                        || (!lower[..at].ends_with(char::is_alphanumeric)
                            && !lower[end..].starts_with(char::is_alphanumeric));
                    if whole {
                        found.push((at, end, t as u32));
                    }
                }
            }
            found.sort_unstable();
            occurrences.extend(found.into_iter().map(|(start, end, term)| Occurrence {
                term,
                sentence: s as u32,
                start: start as u32,
                end: end as u32,
            }));
        }
        (passages, occurrences)
    }

    /// The keywords' shown terms, in order.
    fn shown(keywords: Vec<Keyword>) -> Vec<String> {
        keywords.into_iter().map(|k| k.term).collect()
    }

    #[test]
    fn heaviest_recurring_terms_first() {
        let w = [tw("Lavrov", 4.0, 3), tw("once", 9.0, 1), tw("Korea", 6.0, 5), tw("2025", 8.0, 2)];
        let (c, o) = article(
            &["Lavrov met Korea once in 2025.", "Lavrov in Korea.", "Korea, 2025, Lavrov."],
            &["lavrov", "once", "korea", "2025"],
        );
        let k = top(&w, w.iter().any(|t| t.sentences > 1), &o, &c, 5, Language::English);
        let terms: Vec<_> = k.iter().map(|k| k.term.as_str()).collect();
        assert_eq!(terms, ["Korea", "Lavrov"]);
        assert_eq!(k[0].score, 1.0);
    }

    #[test]
    fn words_that_go_together_make_one_phrase() {
        let w = [tw("North", 3.0, 3), tw("Korea", 6.0, 3), tw("missile", 4.0, 2), tw("tested", 2.0, 2)];
        let (c, o) = article(
            &[
                "North Korea tested a missile.",
                "The missile flew over the sea, North Korea said.",
                "Neighbours of North Korea protested; it tested more.",
            ],
            &["north", "korea", "missile", "tested"],
        );
        let terms = shown(top(&w, w.iter().any(|t| t.sentences > 1), &o, &c, 3, Language::English));
        assert_eq!(terms, ["North Korea", "missile", "tested"]);
    }

    #[test]
    fn cjk_bigrams_rebuild_the_word() {
        // "统计局" is tokenised as 统计 + 计局: the straddling 计局 must not be shown alone.
        let w = [tw("统计", 3.0, 2), tw("计局", 3.0, 2), tw("增长", 2.0, 2)];
        let (c, o) =
            article(&["国家统计局称，增长放缓。", "统计局数据显示增长。"], &["统计", "计局", "增长"]);
        let terms = shown(top(&w, w.iter().any(|t| t.sentences > 1), &o, &c, 3, Language::Chinese));
        assert_eq!(terms, ["统计局", "增长"]);
    }

    #[test]
    fn cjk_keywords_do_not_open_on_a_numbers_unit() {
        // "1949年沈荃", "1983年沈荃": the name, not "年沈荃".
        let w = [tw("年沈", 3.0, 2), tw("沈荃", 3.0, 2), tw("投诚", 2.0, 2)];
        let (c, o) = article(&["1949年沈荃投诚。", "1983年沈荃投诚。"], &["年沈", "沈荃", "投诚"]);
        let terms = shown(top(&w, true, &o, &c, 3, Language::Chinese));
        assert_eq!(terms, ["沈荃", "投诚"]);
    }

    #[test]
    fn a_phrase_shows_its_words_as_it_writes_them() {
        // The term "buy" was first seen as "buy"; the phrase has it as "buying".
        let w = [tw("Stop", 2.0, 2), tw("buy", 5.0, 2), tw("crap", 4.0, 2)];
        let (c, o) = article(
            &["Stop buying crap, she says.", "They stop buying crap now."],
            &["stop", "buying", "crap"],
        );
        let terms = shown(top(&w, true, &o, &c, 1, Language::English));
        assert_eq!(terms, ["Stop buying crap"]);
    }

    #[test]
    fn stubs_of_a_letter_or_two_are_no_keywords() {
        let w = [tw("L", 9.0, 3), tw("ha", 8.0, 3), tw("AI", 4.0, 3), tw("farm", 3.0, 2)];
        let (c, o) = article(
            &["Deep L grows AI on a farm of 3 ha.", "The farm has AI; L, ha.", "AI, L and ha."],
            &["l", "ha", "ai", "farm"],
        );
        let terms = shown(top(&w, true, &o, &c, 4, Language::English));
        assert_eq!(terms, ["AI", "farm"]);
    }

    #[test]
    fn generic_words_are_no_keywords() {
        let w = [tw("share", 9.0, 3), tw("first", 8.0, 3), tw("Pyongyang", 4.0, 3), tw("sanctions", 3.0, 2)];
        let (c, o) = article(
            &[
                "Pyongyang and Moscow share a view on sanctions.",
                "The first sanctions hit Pyongyang; both share the blame.",
                "Pyongyang was first to share it.",
            ],
            &["share", "first", "pyongyang", "sanctions"],
        );
        let terms = shown(top(&w, w.iter().any(|t| t.sentences > 1), &o, &c, 4, Language::English));
        assert_eq!(terms, ["Pyongyang", "sanctions"]);
        let w = [tw("many", 9.0, 2), tw("students", 8.0, 2), tw("loans", 3.0, 2)];
        let (c, o) = article(
            &["So many students took loans.", "Why do many students need loans?"],
            &["many", "students", "loans"],
        );
        let terms = shown(top(&w, w.iter().any(|t| t.sentences > 1), &o, &c, 4, Language::English));
        assert_eq!(terms, ["students", "loans"]);
        // A common word inside a name stays: "New York City", not "York City".
        let w = [tw("new", 2.0, 3), tw("York", 5.0, 2), tw("City", 4.0, 2), tw("team", 3.0, 2)];
        let (c, o) = article(
            &["A new team for New York City.", "The new team plays in New York City."],
            &["new", "york", "city", "team"],
        );
        let terms = shown(top(&w, true, &o, &c, 4, Language::English));
        assert_eq!(terms, ["New York City", "team"]);
        // German capitalises every noun: "Jahre Haft" is a common word and a noun, no name.
        let w = [tw("Jahre", 2.0, 2), tw("Haft", 5.0, 2)];
        let (c, o) = article(
            &["Er muss für sieben Jahre Haft ins Gefängnis.", "Die Richter gaben ihr sieben Jahre Haft."],
            &["jahre", "haft"],
        );
        let terms = shown(top(&w, true, &o, &c, 4, Language::German));
        assert_eq!(terms, ["Haft"]);
    }

    #[test]
    fn german_keywords_are_nouns() {
        let w = [tw("entsteht", 9.0, 3), tw("Erdöl", 4.0, 3), tw("Tiefe", 3.0, 2)];
        let (c, o) = article(
            &["Erdöl entsteht in der Tiefe.", "In der Tiefe entsteht Druck auf Erdöl.", "So entsteht Erdöl."],
            &["entsteht", "erdöl", "tiefe"],
        );
        let terms = shown(top(&w, w.iter().any(|t| t.sentences > 1), &o, &c, 8, Language::German));
        assert_eq!(terms, ["Erdöl", "Tiefe"]);
    }

    #[test]
    fn the_head_of_longer_names_is_no_keyword() {
        let w =
            [tw("Russian", 3.0, 2), tw("Foreign", 3.0, 2), tw("Minister", 2.0, 1), tw("Ministry", 2.0, 1)];
        let (c, o) = article(
            &["Russian Foreign Minister Lavrov spoke.", "So said the Russian Foreign Ministry."],
            &["russian", "foreign", "minister", "ministry"],
        );
        let terms = shown(top(&w, w.iter().any(|t| t.sentences > 1), &o, &c, 8, Language::English));
        assert!(!terms.iter().any(|t| t == "Russian Foreign" || t == "Russian"), "{terms:?}");
    }

    #[test]
    fn cjk_windows_of_a_longer_word_are_joined() {
        assert_eq!(join("中国工商银", "国工商银行").as_deref(), Some("中国工商银行"));
        assert_eq!(join("征收社会抚养", "社会抚养费").as_deref(), Some("征收社会抚养费"));
        // One or two shared characters are how neighbouring words meet: no join.
        assert_eq!(join("欧洲", "洲央"), None);
        assert_eq!(join("中国工商银行", "银行资产"), None);
        let mut ranked =
            vec![(3.0, "中国工商银".to_string()), (2.0, "存款".to_string()), (1.0, "国工商银行".to_string())];
        let c = Passages::of_texts(&["中国工商银行的存款增加，中国工商银行称。"]);
        join_overlapping(&mut ranked, 8, &c);
        assert_eq!(ranked, [(3.0, "中国工商银行".to_string()), (2.0, "存款".to_string())]);
    }
}
