//! Choosing the summary: the best sentences within the budget, none repeating another, each
//! readable on its own, returned in document order.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::options::Budget;
use crate::score::{Scored, Vector, Vectors};
use crate::segment::Passage;

/// Above this cosine similarity to a chosen sentence, a candidate says the same thing again.
/// (0.5 before: it dropped sentences that develop a chosen one; 0.65 gained on every set with
/// more than one sentence, e.g. BBC +1.5 R-1, and 0.8 gained no more.)
const REDUNDANT: f32 = 0.65;
/// A sentence that points back ("He said ...") without its antecedent keeps this much of its score.
const DANGLING_PENALTY: f64 = 0.6;
/// Redundancy is checked against at most this many chosen sentences sharing a term, so that
/// selection stays linear however long the summary (a ratio of a 5 MB paste is thousands).
const MAX_POSTINGS: usize = 64;

/// The most sentences and words `budget` allows out of `n` sentences.
fn limits(budget: Budget, n: usize) -> (usize, usize) {
    match budget {
        Budget::Sentences(k) => (k.min(n), usize::MAX),
        Budget::Ratio(r) => (((r * n as f64).ceil() as usize).clamp(1, n), usize::MAX),
        Budget::Words(w) => (n, w),
    }
}

/// The first sentences within `budget` (at least one): the Lead-k baseline.
pub(crate) fn lead(scored: &[Scored], budget: Budget) -> Vec<usize> {
    let (max_sentences, max_words) = limits(budget, scored.len());
    let mut words = 0usize;
    let within = scored.iter().take(max_sentences).take_while(|c| {
        words = words.saturating_add(c.words);
        words <= max_words
    });
    let k = within.count().max(max_sentences.min(1));
    (0..k).collect()
}

/// Picks sentences within `budget` by their scores, `scored[i]` and `vectors.get(i)` being what
/// scoring learned of `passages[i]`; returns their indices in document order.
pub(crate) fn select(
    passages: &[Passage],
    scored: &[Scored],
    vectors: &Vectors,
    budget: Budget,
) -> Vec<usize> {
    let n = passages.len().min(scored.len()).min(vectors.len());
    if n == 0 {
        return Vec::new();
    }
    let (max_sentences, max_words) = limits(budget, n);
    let candidates = Candidates { passages, scored, single: max_sentences == 1 };

    let mut chosen = vec![false; n];
    let mut postings = Postings::default();
    let mut picked = Vec::with_capacity(max_sentences.min(n));
    let mut checked = Vec::with_capacity(MAX_POSTINGS);
    let mut words = 0usize;
    let mut too_long = None;
    let mut heap: BinaryHeap<Entry> =
        (0..n).map(|i| Entry { priority: candidates.priority(&chosen, i), index: i }).collect();

    while let Some(Entry { priority: p, index: i }) = heap.pop() {
        if picked.len() >= max_sentences {
            break;
        }
        // A sentence can sit in the heap twice (re-pushed when its antecedent was chosen).
        if chosen[i] {
            continue;
        }
        // Lazy update: the antecedent may have been chosen since this entry was pushed.
        let current = candidates.priority(&chosen, i);
        if current > p {
            heap.push(Entry { priority: current, index: i });
            continue;
        }
        let c = &scored[i];
        if words.saturating_add(c.words) > max_words {
            too_long.get_or_insert(i);
            continue;
        }
        if redundant(i, vectors, &postings, &mut checked) {
            continue;
        }
        chosen[i] = true;
        picked.push(i);
        words += c.words;
        // The last sentence the budget allows is never checked against.
        if picked.len() < max_sentences {
            postings.post(vectors.get(i), i);
        }
        if i + 1 < n && passages[i + 1].dangling {
            heap.push(Entry { priority: candidates.priority(&chosen, i + 1), index: i + 1 });
        }
    }
    // A word budget smaller than every sentence still gets the best sentence, not nothing.
    if picked.is_empty() {
        picked.extend(too_long);
    }
    picked.sort_unstable();
    picked
}

/// The sentences on offer: what segmentation and scoring said of each (same indices).
#[derive(Clone, Copy)]
struct Candidates<'a> {
    passages: &'a [Passage],
    scored: &'a [Scored],
    /// Whether one sentence is wanted: each is judged as a summary on its own.
    single: bool,
}

impl Candidates<'_> {
    /// Sentence `i`'s score, less if it points back to a predecessor not chosen.
    fn priority(&self, chosen: &[bool], i: usize) -> f64 {
        let c = &self.scored[i];
        let (p, score) = (&self.passages[i], if self.single { c.single } else { c.score });
        let has_antecedent = i > 0 && chosen[i - 1] && self.passages[i - 1].block == p.block;
        if p.dangling && !has_antecedent {
            score * DANGLING_PENALTY
        } else {
            score
        }
    }
}

/// The chosen sentences filed under each of their terms (up to [`MAX_POSTINGS`] a term), in
/// the order chosen: one list of entries linked per term, where a vector per term cost an
/// allocation for every term of every chosen sentence.
#[derive(Default)]
struct Postings {
    /// Per term id: its first and last entry ([`NO_ENTRY`] if none) and how many it has.
    first: Vec<u32>,
    last: Vec<u32>,
    count: Vec<u32>,
    /// (sentence, next entry of the same term).
    entries: Vec<(u32, u32)>,
}

const NO_ENTRY: u32 = u32::MAX;

impl Postings {
    /// Files chosen sentence `i` under each of the terms of its vector.
    fn post(&mut self, vector: Vector, i: usize) {
        // Room for the vector's last term at once: grown term by term, the tables were
        // reallocated several times for each sentence of a short text.
        if let Some(top) = vector.ids.iter().map(|&t| t as usize).max() {
            if self.first.len() <= top {
                self.first.resize(top + 1, NO_ENTRY);
                self.last.resize(top + 1, NO_ENTRY);
                self.count.resize(top + 1, 0);
            }
        }
        self.entries.reserve(vector.ids.len());
        for &t in vector.ids {
            let t = t as usize;
            if self.count[t] as usize >= MAX_POSTINGS {
                continue;
            }
            let at = self.entries.len() as u32;
            self.entries.push((i as u32, NO_ENTRY));
            match self.last[t] {
                NO_ENTRY => self.first[t] = at,
                prev => self.entries[prev as usize].1 = at,
            }
            self.last[t] = at;
            self.count[t] += 1;
        }
    }

    /// The sentences filed under term `t`, in the order they were chosen.
    fn of(&self, t: u32) -> impl Iterator<Item = u32> + '_ {
        let mut at = self.first.get(t as usize).copied().unwrap_or(NO_ENTRY);
        std::iter::from_fn(move || {
            let &(sentence, next) = self.entries.get(at as usize)?;
            at = next;
            Some(sentence)
        })
    }
}

/// Whether sentence `i` repeats a chosen sentence. `checked` is scratch space.
fn redundant(i: usize, vectors: &Vectors, postings: &Postings, checked: &mut Vec<u32>) -> bool {
    checked.clear();
    let vector = vectors.get(i);
    for &t in vector.ids {
        for j in postings.of(t) {
            if checked.contains(&j) {
                continue;
            }
            checked.push(j);
            if cosine(vector, vectors.get(j as usize)) > REDUNDANT {
                return true;
            }
        }
        if checked.len() >= MAX_POSTINGS {
            break;
        }
    }
    false
}

/// Cosine of two unit vectors sorted by term id.
fn cosine(a: Vector, b: Vector) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while let (Some(&ta), Some(&tb)) = (a.ids.get(i), b.ids.get(j)) {
        match ta.cmp(&tb) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                dot += a.weights.get(i).copied().unwrap_or(0.0) * b.weights.get(j).copied().unwrap_or(0.0);
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// Heap entry: highest priority first, earlier sentence first on ties (determinism).
#[derive(Debug, Clone, Copy)]
struct Entry {
    priority: f64,
    index: usize,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.priority.total_cmp(&other.priority).then_with(|| other.index.cmp(&self.index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Passages;

    fn candidate(score: f64, terms: &[u32], words: usize) -> (Passage, Scored, Vec<u32>) {
        let blank = Passages::of_texts(&[""]);
        (blank[0].clone(), Scored { score, single: score, words }, terms.to_vec())
    }

    /// Selection over `(passage, scored, terms)` triples.
    fn select(c: &[(Passage, Scored, Vec<u32>)], budget: Budget) -> Vec<usize> {
        let passages: Vec<Passage> = c.iter().map(|t| t.0.clone()).collect();
        let scored: Vec<Scored> = c.iter().map(|t| t.1.clone()).collect();
        let mut vectors = Vectors::default();
        for (_, _, terms) in c {
            let w = 1.0 / (terms.len() as f32).sqrt();
            vectors.push(terms.iter().map(|&t| (t, w)));
        }
        super::select(&passages, &scored, &vectors, budget)
    }

    #[test]
    fn best_first_then_document_order() {
        let c = vec![candidate(1.0, &[1], 10), candidate(3.0, &[2], 10), candidate(2.0, &[3], 10)];
        assert_eq!(select(&c, Budget::Sentences(2)), vec![1, 2]);
    }

    #[test]
    fn near_duplicates_give_way() {
        let c =
            vec![candidate(3.0, &[1, 2, 3], 10), candidate(2.9, &[1, 2, 3], 10), candidate(1.0, &[7], 10)];
        assert_eq!(select(&c, Budget::Sentences(2)), vec![0, 2]);
    }

    #[test]
    fn word_budget_is_kept_but_never_empty() {
        let c = vec![candidate(3.0, &[1], 30), candidate(2.0, &[2], 5), candidate(1.0, &[3], 5)];
        assert_eq!(select(&c, Budget::Words(12)), vec![1, 2]);
        assert_eq!(select(&c, Budget::Words(1)), vec![0]);
    }

    #[test]
    fn one_sentence_is_chosen_by_its_score_as_a_summary_on_its_own() {
        let mut c = vec![candidate(3.0, &[1], 10), candidate(2.0, &[2], 10), candidate(1.0, &[3], 10)];
        c[1].1.single = 4.0;
        assert_eq!(select(&c, Budget::Sentences(1)), vec![1]);
        assert_eq!(select(&c, Budget::Sentences(2)), vec![0, 1]);
        // A ratio that allows one sentence is a one-sentence summary too.
        assert_eq!(select(&c, Budget::Ratio(0.1)), vec![1]);
    }

    #[test]
    fn ratio_rounds_up_to_at_least_one() {
        let c: Vec<_> = (0..10).map(|i| candidate(i as f64, &[i], 5)).collect();
        assert_eq!(select(&c, Budget::Ratio(0.01)).len(), 1);
        assert_eq!(select(&c, Budget::Ratio(0.25)).len(), 3);
        assert_eq!(select(&c, Budget::Ratio(1.0)).len(), 10);
    }

    #[test]
    fn dangling_sentence_gives_way_unless_its_antecedent_is_in() {
        let mut c = vec![candidate(1.0, &[1], 10), candidate(2.0, &[2], 10), candidate(1.5, &[3], 10)];
        c[1].0.dangling = true;
        // 2.0 * 0.6 = 1.2 < 1.5: the self-contained sentence wins the single slot.
        assert_eq!(select(&c, Budget::Sentences(1)), vec![2]);
        // With room for its antecedent, the pointing sentence comes back in.
        assert_eq!(select(&c, Budget::Sentences(3)), vec![0, 1, 2]);
    }

    #[test]
    fn a_re_pushed_sentence_is_chosen_once() {
        // Regression: "he" followed its chosen antecedent, was pushed again with a higher
        // priority, and came out twice under a word budget.
        let mut c = vec![candidate(1.0, &[1], 2), candidate(3.0, &[2], 1), candidate(0.5, &[3], 2)];
        c[1].0.dangling = true;
        let picked = select(&c, Budget::Words(8));
        let mut unique = picked.clone();
        unique.dedup();
        assert_eq!(picked, unique);
        assert_eq!(picked, vec![0, 1, 2]);
    }
}
