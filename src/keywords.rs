//! Keywords: the article's heaviest terms and phrases, shown as written.
//!
//! A phrase is a run of terms that stand next to each other ("North Korea", "sleeper trains")
//! and recur together. CJK text has no spaces and is tokenised into overlapping character
//! bigrams; a run of them is a longer string, so the same rule rebuilds its words ("统计局",
//! "同比增长") without a dictionary. A term or phrase that mostly occurs inside a longer one
//! that recurs ("Korea" in "North Korea", "计局" in "统计局") gives way to it.

use crate::hash::{Map, Set};
use crate::score::{Occurrence, TermWeight};
use crate::segment::Passage;
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

/// A run of terms seen in the text: its ids, how often it occurs, and where it first occurs.
struct Run {
    ids: [u32; MAX_TERMS],
    len: usize,
    count: usize,
    /// The most occurrences of a run one term longer that holds it.
    in_longer: usize,
    /// Its first occurrence: the index of its first term in the occurrence list.
    first: usize,
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
    passages: &[Passage],
    n: usize,
) -> Vec<Keyword> {
    let mut ranked: Vec<(f64, String)> = Vec::new();
    let mut shown: Set<String> = Set::default();
    for run in &runs(occurrences, passages) {
        let Some((weight, surface)) = weigh(run, weights, occurrences, passages, recurring) else {
            continue;
        };
        // The same phrase can be reached twice (two spellings folding to one run): show it once.
        if shown.insert(surface.to_lowercase()) {
            ranked.push((weight, surface));
        }
    }
    // A stable sort keeps first-appearance order among equal weights.
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    let best = ranked.first().map_or(1.0, |w| w.0.max(f64::MIN_POSITIVE));
    ranked.into_iter().take(n).map(|(w, term)| Keyword { term, score: w / best }).collect()
}

/// Every run of up to `MAX_TERMS` adjacent terms in the occurrences, in order of first
/// appearance, each with how often it and the runs that hold it occur.
fn runs(occurrences: &[Occurrence], passages: &[Passage]) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    // A run of one term is found by its term id; a longer one by the run without its last term
    // and that term (a trie), one small key hashed under the document's key. `starting[k]` holds
    // the run of each length that starts at occurrence `k`, so that a run's parts are found
    // without a lookup.
    let mut single: Vec<u32> = Vec::new();
    let mut longer: Map<u64, u32> = Map::default();
    let mut starting: Vec<[u32; MAX_TERMS]> = Vec::with_capacity(occurrences.len());
    for k in 0..occurrences.len() {
        let mut ids = [u32::MAX; MAX_TERMS];
        let mut here = [u32::MAX; MAX_TERMS];
        for len in 1..=MAX_TERMS {
            let Some(o) = occurrences.get(k + len - 1) else { break };
            if len > 1 && !adjacent(&occurrences[k + len - 2], o, passages) {
                break;
            }
            ids[len - 1] = o.term;
            let next = runs.len() as u32;
            let at = if len == 1 {
                let t = o.term as usize;
                if single.len() <= t {
                    single.resize(t + 1, u32::MAX);
                }
                if single[t] == u32::MAX {
                    single[t] = next;
                }
                single[t]
            } else {
                *longer.entry(u64::from(here[len - 2]) << 32 | u64::from(o.term)).or_insert(next)
            };
            if at == next {
                runs.push(Run { ids, len, count: 0, in_longer: 0, first: k });
            }
            runs[at as usize].count += 1;
            here[len - 1] = at;
        }
        starting.push(here);
    }
    drop((single, longer));
    // A run's two one-shorter parts (without its last or its first term) sit inside it: the
    // runs of one term less starting where it starts and one occurrence later.
    for i in 0..runs.len() {
        let (len, count, first) = (runs[i].len, runs[i].count, runs[i].first);
        if len < 2 {
            continue;
        }
        for from in [first, first + 1] {
            let part = starting.get(from).map_or(u32::MAX, |s| s[len - 2]);
            if let Some(run) = runs.get_mut(part as usize) {
                run.in_longer = run.in_longer.max(count);
            }
        }
    }
    runs
}

/// A run's weight as a keyword and how it is shown, or `None` if it is no keyword: absorbed
/// by a longer phrase, not recurring, no word, or a common word before a name.
fn weigh(
    run: &Run,
    weights: &[TermWeight],
    occurrences: &[Occurrence],
    passages: &[Passage],
    recurring: bool,
) -> Option<(f64, String)> {
    let parts = &run.ids[..run.len];
    let heaviest =
        parts.iter().filter_map(|&t| weights.get(t as usize)).max_by(|a, b| a.weight.total_cmp(&b.weight))?;
    if run.in_longer as f64 >= ABSORBED * run.count as f64 && run.in_longer >= RECURS {
        return None;
    }
    if run.len == 1 {
        if recurring && heaviest.sentences < RECURS {
            return None;
        }
    } else if run.count < RECURS {
        return None;
    }
    let surface = surface(run, weights, occurrences, passages)?;
    if !surface.chars().any(char::is_alphabetic) || surface.chars().all(|c| HAN_NUMERALS.contains(c)) {
        return None;
    }
    // "support Russia": a common word before a name is a verb or a modifier of the moment,
    // not part of the name. Names run on ("North Korea") and phrases of common words stand
    // ("sleeper trains"), and a name may lead a common word ("Foreign minister").
    let mut caps = [false; MAX_TERMS];
    for (cap, &t) in caps.iter_mut().zip(parts) {
        *cap = weights.get(t as usize).is_some_and(|w| w.capitalised);
    }
    let caps = &caps[..parts.len()];
    if caps.windows(2).any(|w| !w[0] && w[1]) {
        return None;
    }
    let mut weight =
        heaviest.weight * (1.0 + PHRASE_BONUS * (phrase_words(run, occurrences, passages) - 1) as f64);
    if caps.iter().all(|&c| c) {
        weight *= NAME_BONUS;
    }
    Some((weight, surface))
}

/// Whether occurrence `b` follows `a` with nothing between but a space or a hyphen (words), or
/// overlaps it by one character (CJK bigrams of one run).
fn adjacent(a: &Occurrence, b: &Occurrence, passages: &[Passage]) -> bool {
    if a.sentence != b.sentence {
        return false;
    }
    let Some(text) = passages.get(a.sentence as usize).map(|c| c.text.as_str()) else { return false };
    if b.start < a.end {
        // Bigrams of one CJK run: "统计" then "计局" share their middle character.
        return b.start > a.start
            && text.get(b.start as usize..a.end as usize).is_some_and(|s| s.chars().count() == 1);
    }
    text.get(a.end as usize..b.start as usize).is_some_and(|gap| matches!(gap, " " | "-" | "\u{a0}"))
}

/// How a run is shown: a CJK run as its text; words in their usual spelling ("North Korea"
/// even where a sentence opens "NORTH KOREA"), joined as the text first joins them.
fn surface(
    run: &Run,
    weights: &[TermWeight],
    occurrences: &[Occurrence],
    passages: &[Passage],
) -> Option<String> {
    let first = occurrences.get(run.first)?;
    let last = occurrences.get(run.first + run.len - 1)?;
    let text = &passages.get(first.sentence as usize)?.text;
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
        out.push_str(&weights.get(o.term as usize)?.surface);
    }
    Some(out)
}

/// Characters of a CJK word, about: a phrase of CJK bigrams shows its characters over this.
const CJK_WORD_CHARS: usize = 2;

/// Words a run shows: its terms, or for CJK its characters over [`CJK_WORD_CHARS`].
fn phrase_words(run: &Run, occurrences: &[Occurrence], passages: &[Passage]) -> usize {
    let first = occurrences.get(run.first);
    let second = occurrences.get(run.first + 1);
    match (first, second) {
        (Some(a), Some(b)) if run.len > 1 && b.start < a.end => {
            let chars = passages
                .get(a.sentence as usize)
                .and_then(|c| {
                    c.text.get(a.start as usize..occurrences.get(run.first + run.len - 1)?.end as usize)
                })
                .map_or(CJK_WORD_CHARS, |s| s.chars().count());
            (chars / CJK_WORD_CHARS).max(1)
        }
        _ => run.len,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tw(surface: &str, weight: f64, sentences: usize) -> TermWeight {
        let capitalised = surface.starts_with(char::is_uppercase);
        TermWeight { surface: surface.into(), weight, sentences, count: sentences, capitalised }
    }

    /// Passages with the given texts and the occurrences of `words` in them (terms by the
    /// index of the word in `words`, matched whole and case-insensitively, or as CJK substrings).
    fn article(texts: &[&str], words: &[&str]) -> (Vec<Passage>, Vec<Occurrence>) {
        let passages: Vec<Passage> = texts.iter().map(|t| Passage::of_text(t)).collect();
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

    #[test]
    fn heaviest_recurring_terms_first() {
        let w = [tw("Lavrov", 4.0, 3), tw("once", 9.0, 1), tw("Korea", 6.0, 5), tw("2025", 8.0, 2)];
        let (c, o) = article(
            &["Lavrov met Korea once in 2025.", "Lavrov in Korea.", "Korea, 2025, Lavrov."],
            &["lavrov", "once", "korea", "2025"],
        );
        let k = top(&w, w.iter().any(|t| t.sentences > 1), &o, &c, 5);
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
        let terms: Vec<String> =
            top(&w, w.iter().any(|t| t.sentences > 1), &o, &c, 3).into_iter().map(|k| k.term).collect();
        assert_eq!(terms, ["North Korea", "missile", "tested"]);
    }

    #[test]
    fn cjk_bigrams_rebuild_the_word() {
        // "统计局" is tokenised as 统计 + 计局: the straddling 计局 must not be shown alone.
        let w = [tw("统计", 3.0, 2), tw("计局", 3.0, 2), tw("增长", 2.0, 2)];
        let (c, o) =
            article(&["国家统计局称，增长放缓。", "统计局数据显示增长。"], &["统计", "计局", "增长"]);
        let terms: Vec<String> =
            top(&w, w.iter().any(|t| t.sentences > 1), &o, &c, 3).into_iter().map(|k| k.term).collect();
        assert_eq!(terms, ["统计局", "增长"]);
    }
}
