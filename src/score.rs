//! Sentence salience: TF-IDF over the article's own sentences, weighted by position, title
//! overlap and length.
//!
//! With one document there is no corpus to take IDF from, so a term's inverse frequency is
//! taken over the article's sentences (ISF): a term in every sentence says nothing about any one.

use crate::hash;
use crate::lang::Language;
use crate::mem::narrow;
use crate::segment::{Passage, Passages};
use crate::tokenise::Tokeniser;

// Weights tuned on the dev sets (`make eval`, all seven: English, French, Portuguese, Chinese);
// none was kept that helped one language at another's cost. LEDE_BONUS (3.0 before), DIRECTED
// and REFERENCE_WORDS (20 before) were fitted together by coordinate search over
// {2, 3, 4.5, 6} x {0, 0.15, 0.3, 0.5, 1} x {20, 22, 24}: the chosen point is the best one that
// lost on no set (see `scripts/fit.py`).
/// Share of centrality (closeness to the article's centroid) against raw TF-IDF salience.
const CENTRALITY: f64 = 0.9;
/// The first sentence weighs up to 1 + LEDE_BONUS times a late one; the bonus halves after
/// LEDE_DECAY sentences and keeps fading, so late sentences still compete on content.
const LEDE_BONUS: f64 = 4.5;
const LEDE_DECAY: f64 = 2.0;
/// A paragraph's opening sentence tends to state its point.
const OPENER_BONUS: f64 = 1.1;
/// Sentences longer than this many words are scaled down in proportion: summaries are read
/// for density. CJK text counts characters, about one and a half to a word.
const REFERENCE_WORDS: f64 = 22.0;
const CJK_REFERENCE_WORDS: f64 = 30.0;
/// Quoted speech is colour more often than gist.
const QUOTE_WEIGHT: f64 = 0.7;
/// Share of directed centrality: how much a sentence says of what the sentences after it say
/// (as in PacSum, the news states first what it then develops).
const DIRECTED: f64 = 0.3;
/// A short post (a few sentences, as on Weibo) has too few successors to judge by: there
/// directed centrality is left out.
const DIRECTED_MIN_SENTENCES: usize = 8;
/// The opening sentence earns its lede bonus by speaking of what the article is about: the bonus
/// is scaled by its centrality relative to the most central sentence, to this power. Where the
/// text opens on a detail (a standfirst lost in the copy, a scene-setter), a central sentence
/// can win instead. Short posts, judged as a whole by their opening, keep the full bonus.
/// Fitted over {0, 0.5, 1, 1.5, 2} on the seven dev sets (`scripts/fit.py`, two folds): 1 gained
/// OrangeSum +1.0 R-1 and XSum +0.3 with CNN, BBC and CSTNews level; 1.5 and 2 lost CNN, 0.5
/// lost XSum and OrangeSum. LEDE_BONUS 6, QUOTE_WEIGHT 0.6 and 0.8 and CENTRALITY 0.8 were
/// refitted beside it and lost on three sets or more.
const LEDE_CENTRALITY: f64 = 1.0;
/// A one-sentence summary stands for the whole article, so its weights differ: the opening keeps
/// its lede bonus only when it is about as central as the most central sentence (a fourth power,
/// where a longer summary takes the first power), and what the rest of the article develops
/// counts for more. Where a text lost its real intro (a standfirst cut in the copy, or XSum,
/// whose intro is the reference), the opening rarely states the gist, and a longer summary
/// still gets it from its other sentences. Fitted on the three one-sentence dev sets
/// (`scripts/fit.py`, two folds, with the longer summaries' weights at their values) over
/// SINGLE_LEDE_BONUS {3, 4.5, 6} x SINGLE_LEDE_CENTRALITY {1, 2, 3, 4, 5, 6} x SINGLE_DIRECTED
/// {0.3, 0.6, 0.8, 1, 1.2, 1.5}: (6, 4, 1) gained XSum +0.9 R-1 (both folds), OrangeSum +0.05,
/// LCSTS level; a third power gained XSum only +0.6, a fifth lost OrangeSum 0.2, and the
/// longer summaries' (4.5, 1, 0.3) lost XSum 0.9 against it.
const SINGLE_LEDE_BONUS: f64 = 6.0;
const SINGLE_LEDE_CENTRALITY: f64 = 4.0;
const SINGLE_DIRECTED: f64 = 1.0;
/// A one-sentence summary weighs directed centrality (and has the opening earn its bonus) from
/// this many sentences on, where a longer summary waits for DIRECTED_MIN_SENTENCES: the single
/// sentence of a post of five or more should be one the others develop. Fitted with the three
/// weights above at their values over {3, 4, 5, 6, 8}: 5 gained LCSTS +0.2, XSum +0.4 and
/// OrangeSum +0.05 R-1; 4 and 6 gained XSum as much and LCSTS less (+0.1), 3 lost LCSTS 0.2.
/// (`scripts/fit.py EVAL_DIR SINGLE_DIRECTED_MIN_SENTENCES=4,6 SINGLE_LEDE_CENTRALITY=3.0,5.0`
/// keeps both: each neighbour loses on one set or more.)
const SINGLE_DIRECTED_MIN_SENTENCES: usize = 5;
/// A caption or link headline ("… (pictured) …", "Related: Amy's Kitchen recalls … .") keeps
/// this much of its score: out of its place it reads as a fragment.
const CAPTION_WEIGHT: f64 = 0.3;

/// How position and content are weighed for a summary of one length.
#[derive(Debug, Clone, Copy)]
struct Regime {
    lede_bonus: f64,
    lede_centrality: f64,
    directed: f64,
    /// Sentences from which directed centrality counts (below, it is left out).
    directed_min_sentences: usize,
}

/// The weights of a summary of several sentences.
const SEVERAL: Regime = Regime {
    lede_bonus: LEDE_BONUS,
    lede_centrality: LEDE_CENTRALITY,
    directed: DIRECTED,
    directed_min_sentences: DIRECTED_MIN_SENTENCES,
};
/// The weights of a one-sentence summary.
const SINGLE: Regime = Regime {
    lede_bonus: SINGLE_LEDE_BONUS,
    lede_centrality: SINGLE_LEDE_CENTRALITY,
    directed: SINGLE_DIRECTED,
    directed_min_sentences: SINGLE_DIRECTED_MIN_SENTENCES,
};

/// What scoring learned of one sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Scored {
    /// Words, as a reader counts them (counted as the sentence is tokenised).
    pub words: usize,
    /// Its salience in a summary of several sentences.
    pub score: f64,
    /// Its salience as a summary on its own (see [`SINGLE_LEDE_BONUS`]).
    pub single: f64,
}

/// Every sentence's terms as a unit vector, term ids sorted with their weights, for
/// redundancy checks: one buffer for all of them, where a vector per sentence cost an
/// allocation each (on a page of a sentence every few bytes, most of the memory). The ids are
/// the counted bag itself, so building the vectors adds only their weights.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Vectors {
    ids: Vec<u32>,
    /// The weight of each id (same indices).
    weights: Vec<f32>,
    /// Where each sentence's ids end in `ids` (32 bits: an id per term of a sentence, and a
    /// page of a million sentences holds a million of these).
    ends: Vec<u32>,
}

/// One sentence's vector: its term ids, sorted, and their weights (same indices).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Vector<'a> {
    /// The term ids, sorted.
    pub ids: &'a [u32],
    /// Their weights.
    pub weights: &'a [f32],
}

impl<'a> Vector<'a> {
    /// (term id, weight) pairs, by id.
    pub(crate) fn iter(self) -> impl Iterator<Item = (u32, f32)> + 'a {
        self.ids.iter().copied().zip(self.weights.iter().copied())
    }
}

impl Vectors {
    /// Appends the next sentence's vector.
    #[cfg(test)]
    pub(crate) fn push(&mut self, vector: impl IntoIterator<Item = (u32, f32)>) {
        for (t, w) in vector {
            self.ids.push(t);
            self.weights.push(w);
        }
        self.ends.push(narrow(self.ids.len()));
    }

    /// Sentence `i`'s vector (empty past the last).
    pub(crate) fn get(&self, i: usize) -> Vector<'_> {
        let start = if i == 0 { 0 } else { self.ends.get(i - 1).map_or(usize::MAX, |&e| e as usize) };
        let end = self.ends.get(i).map_or(0, |&e| e as usize);
        Vector {
            ids: self.ids.get(start..end).unwrap_or_default(),
            weights: self.weights.get(start..end).unwrap_or_default(),
        }
    }

    /// How many sentences it holds.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    fn iter(&self) -> impl Iterator<Item = Vector<'_>> {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// What scoring learned of the article: each sentence's score, the term weights and where
/// the terms occur.
#[derive(Debug, Clone)]
pub(crate) struct Scoring {
    /// One per passage, in the same order.
    pub sentences: Vec<Scored>,
    /// Their term vectors (same indices).
    pub vectors: Vectors,
    /// The weights of the terms keywords can be made of (those of `occurrences`), by term id;
    /// [`Scoring::term_weights`] gives them with their spellings.
    weights: Vec<Weighed>,
    /// The spellings the weights show, one after another.
    spellings: String,
    /// Whether any term of the article (weighed here or not) occurs in two sentences or more.
    pub recurring: bool,
    /// The term occurrences of its opening (up to `PHRASE_SCAN`), in text order.
    pub occurrences: Vec<Occurrence>,
}

impl Scoring {
    /// The weights of the terms keywords can be made of, by term id, with the spellings they
    /// are shown in.
    pub(crate) fn term_weights(&self) -> Vec<TermWeight<'_>> {
        self.weights
            .iter()
            .map(|w| TermWeight {
                surface: spelling(&self.spellings, w.surface),
                weight: w.weight,
                sentences: w.sentences,
                count: w.count,
                capitalised: w.capitalised,
            })
            .collect()
    }
}

/// A term's weight as scoring keeps it: its spelling a range of the scoring's `spellings` (one
/// buffer, where a string per term cost an allocation each).
#[derive(Debug, Clone, PartialEq)]
struct Weighed {
    surface: Span,
    weight: f64,
    sentences: usize,
    count: usize,
    capitalised: bool,
}

/// A term's weight in the article and the form it is shown in.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TermWeight<'a> {
    /// Its most frequent surface form.
    pub surface: &'a str,
    /// TF-IDF weight over the article.
    pub weight: f64,
    /// Number of distinct sentences containing it.
    pub sentences: usize,
    /// Occurrences in the article.
    pub count: usize,
    /// Whether it is mostly written with a capital: a name, more likely than not.
    pub capitalised: bool,
}

/// Where a term occurs: which sentence, and the byte span of its surface in that sentence.
/// Keywords rebuild phrases ("North Korea") and CJK words from adjacent occurrences.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Occurrence {
    /// The term's id (its index in the weights `score` returns).
    pub term: u32,
    /// The candidate sentence it occurs in.
    pub sentence: u32,
    /// Byte span of the surface in that sentence's text.
    pub start: u32,
    /// End of that span (exclusive).
    pub end: u32,
}

/// Occurrences kept for phrase building: a long article's worth. Past it a paste repeats
/// itself, and keeping every occurrence of a 5 MB paste would cost memory for nothing.
const PHRASE_SCAN: usize = 20_000;

/// A range of a buffer: start and end (exclusive).
type Span = (u32, u32);

/// No slot taken, in [`Terms::slots`]; no spelling kept, in [`Surfaces`].
const EMPTY: u32 = u32::MAX;
const NONE: Span = (EMPTY, EMPTY);

/// The share of [`Terms::slots`] taken (3/4) past which the table doubles. Linear probing
/// under a keyed hash stays at a few probes a lookup there, and on a page of distinct tokens,
/// where the table is the peak of memory, a table kept half empty cost the input's size again.
const MAX_LOAD: (usize, usize) = (3, 4);

/// Interns term keys to dense ids in order of first appearance (deterministic, unlike
/// iterating a hash map).
///
/// The keys live one after another in one buffer, and the table is open addressing over ids
/// alone, placed by each key's hash under the document's key (see `hash`): an input cannot
/// choose words that crowd one stretch of the table. Per term this costs its key's bytes and
/// about 20 more, where a map of owned strings cost about 100: on a page of distinct tokens
/// the term table is most of the memory.
struct Terms {
    /// Term ids by slot ([`EMPTY`] where free): a power of two long, at most [`MAX_LOAD`] full.
    slots: Vec<u32>,
    /// Each term's hash (its low 32 bits), by id: to grow without hashing keys again, and to
    /// compare keys only when their hashes agree.
    hashes: Vec<u32>,
    /// The keys, one after another; term `i`'s ends at `key_ends[i]`.
    keys: String,
    key_ends: Vec<u32>,
    /// Occurrences and sentences of each term, counted from the bag once the lookups are
    /// freed (see [`Tokenised::count`]): reading the article needs no per-term counts.
    tf: Vec<u32>,
    df: Vec<u32>,
    /// How the terms are written, for the terms keywords can be made of (the first ones).
    surfaces: Vec<Surfaces>,
    /// The spellings `surfaces` keep, one after another: one buffer, not a string per term.
    spellings: String,
    /// Spellings in a term's other case (see [`Surfaces::other`]).
    others: Vec<Span>,
}

/// How a term is written. Keywords show its usual case: "Korea" for a name, "budget" for a
/// word that only opens a sentence in capitals. Tracking case, not every spelling, keeps this
/// off the hot path: the first spelling, the first in the other case (capitalised or not) once
/// one is seen, and which case is more common. Sixteen bytes a term.
#[derive(Clone, Copy)]
struct Surfaces {
    /// The first spelling, a byte range of `Terms::spellings` ([`NONE`] until seen).
    first: Span,
    /// The first spelling in the other case: its index in `Terms::others`, or [`EMPTY`].
    other: u32,
    /// Capitalised occurrences minus lowercase ones.
    lean: i32,
}

impl Default for Surfaces {
    fn default() -> Self {
        Surfaces { first: NONE, other: EMPTY, lean: 0 }
    }
}

/// Whether a spelling is capitalised.
fn capital(spelling: &str) -> bool {
    spelling.starts_with(char::is_uppercase)
}

/// Appends `surface` to `spellings` and returns its range.
fn keep(surface: &str, spellings: &mut String) -> Span {
    let start = spellings.len() as u32;
    spellings.push_str(surface);
    (start, spellings.len() as u32)
}

fn spelling(spellings: &str, range: Span) -> &str {
    spellings.get(range.0 as usize..range.1 as usize).unwrap_or_default()
}

impl Surfaces {
    fn add(&mut self, surface: &str, spellings: &mut String, others: &mut Vec<Span>) {
        let upper = capital(surface);
        self.lean += if upper { 1 } else { -1 };
        if self.first == NONE {
            self.first = keep(surface, spellings);
        } else if self.other == EMPTY && upper != capital(spelling(spellings, self.first)) {
            self.other = others.len() as u32;
            others.push(keep(surface, spellings));
        }
    }

    /// The range of its usual spelling: the first in the commoner case (lowercase on a tie).
    fn usual(&self, spellings: &str, others: &[Span]) -> Span {
        let first_upper = capital(spelling(spellings, self.first));
        match others.get(self.other as usize) {
            Some(&other) if (self.lean > 0) != first_upper => other,
            _ => self.first,
        }
    }

    /// Whether it is mostly written with a capital.
    fn capitalised(&self) -> bool {
        self.lean > 0
    }
}

impl Terms {
    /// Room for about `n` distinct terms before the table grows.
    fn with_capacity(n: usize) -> Self {
        Terms {
            slots: vec![EMPTY; (2 * n).next_power_of_two().max(16)],
            hashes: Vec::with_capacity(n),
            keys: String::with_capacity(n * 6),
            key_ends: Vec::with_capacity(n),
            tf: Vec::new(),
            df: Vec::new(),
            surfaces: Vec::with_capacity(n),
            spellings: String::with_capacity(n * 8),
            others: Vec::new(),
        }
    }

    fn key(&self, id: u32) -> &str {
        let i = id as usize;
        let start = if i == 0 { 0 } else { self.key_ends.get(i - 1).map_or(0, |&e| e as usize) };
        let end = self.key_ends.get(i).map_or(0, |&e| e as usize);
        self.keys.get(start..end).unwrap_or_default()
    }

    fn hash(key: &str) -> u32 {
        hash::word(key.as_bytes()) as u32
    }

    /// The id of `key` (with hash `h`), or the free slot where it would go.
    fn find(&self, key: &str, h: u32) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            match self.slots.get(i).copied().unwrap_or(EMPTY) {
                EMPTY => return Err(i),
                id if self.hashes.get(id as usize) == Some(&h) && self.key(id) == key => return Ok(id),
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// The id of `key`, if it is a term.
    fn get(&self, key: &str) -> Option<u32> {
        self.find(key, Terms::hash(key)).ok()
    }

    /// Doubles the table, placing every id again by its stored hash.
    fn grow(&mut self) {
        let mut slots = vec![EMPTY; self.slots.len() * 2];
        let mask = slots.len() - 1;
        for (id, &h) in self.hashes.iter().enumerate() {
            let mut i = h as usize & mask;
            while slots.get(i).is_some_and(|&s| s != EMPTY) {
                i = (i + 1) & mask;
            }
            if let Some(slot) = slots.get_mut(i) {
                *slot = id as u32;
            }
        }
        self.slots = slots;
        // Room for the terms the table now takes before it doubles again: their hashes, key
        // ends and keys (at the mean length so far) reserved to that at once, where each
        // vector doubling on its own would leave up to half its room unused. On a page of
        // distinct tokens these tables are the peak of memory.
        let most = self.slots.len() / MAX_LOAD.1 * MAX_LOAD.0 + 1;
        let n = self.hashes.len();
        self.hashes.reserve_exact(most.saturating_sub(n));
        self.key_ends.reserve_exact(most.saturating_sub(n));
        let mean = self.keys.len().div_ceil(n.max(1));
        self.keys.reserve_exact(mean.saturating_mul(most).saturating_sub(self.keys.len()));
    }

    /// Forgets the counts and spellings of every term from `n` on (lookups released first).
    fn keep_first(&mut self, n: usize) {
        for v in [&mut self.tf, &mut self.df] {
            v.truncate(n);
            crate::mem::shrink(v);
        }
        self.surfaces.truncate(n);
        crate::mem::shrink(&mut self.surfaces);
    }

    /// Frees what only lookups need; [`Terms::get`] finds nothing after this.
    fn release_lookups(&mut self) {
        self.slots = vec![EMPTY; 1];
        self.hashes = Vec::new();
        self.keys = String::new();
        self.key_ends = Vec::new();
    }

    /// How many terms there are (known until the lookups are released).
    fn len(&self) -> usize {
        self.hashes.len()
    }

    /// The id of `key`, written `surface`, a new one if it is new. A new term gets its
    /// spellings kept only `with_spelling` (only the terms keywords can be made of need them).
    fn add(&mut self, key: &str, surface: &str, with_spelling: bool) -> u32 {
        let h = Terms::hash(key);
        let id = match self.find(key, h) {
            Ok(id) => id,
            Err(slot) => {
                let id = self.hashes.len() as u32;
                if let Some(s) = self.slots.get_mut(slot) {
                    *s = id;
                }
                self.hashes.push(h);
                self.keys.push_str(key);
                self.key_ends.push(self.keys.len() as u32);
                if with_spelling && self.surfaces.len() == id as usize {
                    self.surfaces.push(Surfaces::default());
                }
                if self.hashes.len() * MAX_LOAD.1 > self.slots.len() * MAX_LOAD.0 {
                    self.grow();
                }
                id
            }
        };
        if let Some(s) = self.surfaces.get_mut(id as usize) {
            s.add(surface, &mut self.spellings, &mut self.others);
        }
        id
    }
}

/// Scores every passage, and weighs the article's terms for keywords when `keywords` (a
/// caller that shows none, as a batch of summaries, skips their bookkeeping).
pub(crate) fn score(
    passages: &Passages,
    title: Option<&str>,
    tokeniser: &Tokeniser,
    language: Language,
    keywords: bool,
) -> Scoring {
    let scan = if keywords { PHRASE_SCAN } else { 0 };
    let mut article = Tokenised::new(passages, tokeniser, scan);
    let title_terms = title.map(|title| title_terms(title, tokeniser, &article.terms)).unwrap_or_default();
    // No more lookups: the peak comes next, with weights per term, and on a page of distinct
    // tokens the lookup tables would be a third of it.
    let term_count = article.terms.len();
    article.terms.release_lookups();
    article.count(term_count);
    let n = passages.len().max(1) as f64;
    let mut idf: Vec<f64> = article.terms.df.iter().map(|&df| 1.0 + libm::log(n / df as f64)).collect();
    let weights: Vec<f64> =
        article.terms.tf.iter().zip(&idf).map(|(&tf, &idf)| (1.0 + libm::log(tf as f64)) * idf).collect();
    // The article's centroid: each term's TF-IDF over the whole text. A sentence close to it
    // speaks of what the article is about, not of a side detail.
    let centroid: Vec<f64> = article.terms.tf.iter().zip(&idf).map(|(&tf, &idf)| tf as f64 * idf).collect();
    let recurring = article.terms.df.iter().any(|&df| df > 1);
    // From here on only the terms keywords can be made of need their counts, spellings and
    // inverse frequency: on a page of distinct tokens, a small share of the terms.
    let keyword_terms = keyword_terms(&article.occurrences, term_count);
    article.terms.keep_first(keyword_terms);
    idf.truncate(keyword_terms);
    crate::mem::shrink(&mut idf);
    let (vectors, features) = features(&mut article, &weights, &centroid);
    drop((weights, centroid));
    let directed = directed(&vectors, term_count);
    let terms = &article.terms;
    let cues = Cues::new(passages, language);
    let max_c = features.iter().map(|f| f.centrality).fold(f64::MIN_POSITIVE, f64::max);
    let max_s = features.iter().map(|f| f.salience).fold(f64::MIN_POSITIVE, f64::max);
    let max_d = directed.iter().copied().fold(f64::MIN_POSITIVE, f64::max);
    // Written over the features as they are read (a collect from their own vector reuses its
    // room): on a page of a million sentences, both at once would be the peak of memory.
    let scored: Vec<Scored> = features
        .into_iter()
        .zip(passages.iter())
        .zip(&article.words)
        .enumerate()
        .map(|(i, ((f, p), &words))| {
            let words = words as usize;
            let content = CENTRALITY * f.centrality / max_c + (1.0 - CENTRALITY) * f.salience / max_s;
            let directed = directed.get(i).copied().unwrap_or(0.0) / max_d;
            let title_overlap = title_overlap(vectors.get(i), &title_terms);
            let form = cues.apply(1.0, (p, passages.text(i)), words, title_overlap);
            let weigh = |r: Regime| {
                let judged_by_successors = passages.len() >= r.directed_min_sentences;
                let directed = if judged_by_successors { r.directed * directed } else { 0.0 };
                let mut s = (content + directed) * form * position_weight(i, p.opens_block, r);
                if i == 0 && judged_by_successors {
                    let earned = libm::pow(f.centrality / max_c, r.lede_centrality);
                    s *= (1.0 + r.lede_bonus * earned) / (1.0 + r.lede_bonus);
                }
                if s.is_finite() {
                    s
                } else {
                    0.0
                }
            };
            Scored { words, score: weigh(SEVERAL), single: weigh(SINGLE) }
        })
        .collect();
    let weights = term_weights(terms, &scored, &vectors, &idf, &article.occurrences);
    let spellings = std::mem::take(&mut article.terms.spellings);
    Scoring { sentences: scored, vectors, weights, spellings, recurring, occurrences: article.occurrences }
}

/// The article as terms: every sentence's term ids and words, and the term occurrences that
/// keywords rebuild phrases from.
struct Tokenised {
    terms: Terms,
    /// Every sentence's term ids one after another (sentence i's end at `ends[i]`): one buffer
    /// instead of a vector per sentence. In text order as read; once counted, each sentence's
    /// sorted with each term once.
    bag: Vec<u32>,
    ends: Vec<u32>,
    /// Each sentence's words: the walk that finds the terms also counts them.
    words: Vec<u32>,
    /// The occurrences of the article's opening (up to `PHRASE_SCAN`), in text order.
    occurrences: Vec<Occurrence>,
}

impl Tokenised {
    /// Keeps the occurrences of the first `scan` terms (up to [`PHRASE_SCAN`]; none when no
    /// keywords are wanted).
    fn new(passages: &Passages, tokeniser: &Tokeniser, scan: usize) -> Tokenised {
        // News runs to about one new term per dozen bytes; past a few thousand, let it grow.
        let text_len: usize = passages.texts().map(str::len).sum();
        let mut terms = Terms::with_capacity((text_len / 12).min(4096));
        let mut bag: Vec<u32> = Vec::with_capacity(text_len / 8);
        let mut ends: Vec<u32> = Vec::with_capacity(passages.len());
        let mut words: Vec<u32> = Vec::with_capacity(passages.len());
        // About one term per seven bytes of news: room for a short text's from the start.
        let mut occurrences: Vec<Occurrence> = Vec::with_capacity((text_len / 7).min(scan));
        // Bytes of the sentences before this one: how far the reading has gone.
        let mut read = 0;
        for (i, text) in passages.texts().enumerate() {
            let base = text.as_ptr() as usize;
            let len = text.len();
            words.push(narrow(tokeniser.terms(text, |key, surface| {
                // Keywords are built from the occurrences kept: only terms first met among them
                // need their spellings.
                let id = terms.add(key, surface, occurrences.len() < scan);
                // The surface is a slice of the sentence: its offset is where it points.
                let start = (surface.as_ptr() as usize).wrapping_sub(base);
                if bag.len() == bag.capacity() {
                    crate::mem::grow_for_rest(&mut bag, read + start.min(len), text_len);
                }
                bag.push(id);
                if occurrences.len() < scan && start.saturating_add(surface.len()) <= len {
                    occurrences.push(Occurrence {
                        term: id,
                        sentence: i as u32,
                        start: start as u32,
                        end: (start + surface.len()) as u32,
                    });
                }
            })));
            ends.push(narrow(bag.len()));
            read += len;
        }
        Tokenised { terms, bag, ends, words, occurrences }
    }
}

impl Tokenised {
    /// Counts each term's occurrences and sentences, and leaves each sentence's stretch of the
    /// bag sorted with each term once (what its vector is made of).
    fn count(&mut self, terms: usize) {
        let mut tf = vec![0u32; terms];
        for &id in &self.bag {
            if let Some(n) = tf.get_mut(id as usize) {
                *n += 1;
            }
        }
        let mut df = vec![0u32; terms];
        let (mut from, mut kept) = (0, 0);
        for end in &mut self.ends {
            let to = *end as usize;
            let Some(ids) = self.bag.get_mut(from..to) else { break };
            ids.sort_unstable();
            let start = kept;
            // In place: the write position never passes the read position.
            for k in from..to {
                let id = self.bag[k];
                if kept == start || self.bag[kept - 1] != id {
                    self.bag[kept] = id;
                    kept += 1;
                    if let Some(n) = df.get_mut(id as usize) {
                        *n += 1;
                    }
                }
            }
            from = to;
            *end = narrow(kept);
        }
        self.bag.truncate(kept);
        // Each term once a sentence: on a page of tiny sentences much less than was read, and
        // the vectors built from it come next.
        crate::mem::shrink(&mut self.bag);
        self.terms.tf = tf;
        self.terms.df = df;
    }
}

/// The article's term ids that the title holds, sorted.
fn title_terms(title: &str, tokeniser: &Tokeniser, terms: &Terms) -> Vec<u32> {
    let mut title_terms = Vec::new();
    tokeniser.terms(title, |key, _| {
        if let Some(id) = terms.get(key) {
            title_terms.push(id);
        }
    });
    title_terms.sort_unstable();
    title_terms.dedup();
    title_terms
}

/// What a sentence's terms say of it, before the cues of position, length and form. (Its share
/// of the title's terms is read from its vector when it is scored: most texts have no title,
/// and on a page of a million sentences a third field here is a few times the input's size.)
struct Features {
    /// Closeness to the article's centroid.
    centrality: f64,
    /// Its terms' weight, normalised by the square root of their number.
    salience: f64,
}

/// The share of the title's terms (sorted) that a sentence's vector holds.
fn title_overlap(vector: Vector, title_terms: &[u32]) -> f64 {
    if title_terms.is_empty() {
        return 0.0;
    }
    vector.ids.iter().filter(|t| title_terms.binary_search(t).is_ok()).count() as f64
        / title_terms.len() as f64
}

/// Each sentence's terms as a unit vector (sorted by term id), and its [`Features`] (its
/// directed centrality comes after, from the vectors: see [`directed`]).
fn features(article: &mut Tokenised, weights: &[f64], centroid: &[f64]) -> (Vectors, Vec<Features>) {
    let centroid_norm = centroid.iter().map(|w| w * w).sum::<f64>().sqrt().max(f64::MIN_POSITIVE);
    let mut unit: Vec<f32> = Vec::with_capacity(article.bag.len());
    let mut features = Vec::with_capacity(article.ends.len());
    let mut from = 0;
    for &end in &article.ends {
        let end = end as usize;
        // Sorted, each term once (see `Tokenised::count`).
        let ids = article.bag.get(from..end).unwrap_or_default();
        from = end;
        let norm = ids.iter().map(|&t| weights[t as usize].powi(2)).sum::<f64>().sqrt();
        let start = unit.len();
        unit.extend(ids.iter().map(|&t| if norm > 0.0 { (weights[t as usize] / norm) as f32 } else { 0.0 }));
        let vector = Vector { ids, weights: unit.get(start..).unwrap_or_default() };
        let centrality: f64 =
            vector.iter().map(|(t, w)| w as f64 * centroid[t as usize]).sum::<f64>() / centroid_norm;
        let salience =
            ids.iter().map(|&t| weights[t as usize]).sum::<f64>() / (ids.len() as f64).max(1.0).sqrt();
        features.push(Features { centrality, salience });
    }
    // A weight for each id of the counted bag: the vectors are its ids, ending where the
    // sentences' ids do.
    let ids = std::mem::take(&mut article.bag);
    (Vectors { ids, weights: unit, ends: std::mem::take(&mut article.ends) }, features)
}

/// Sentences added to the count of a sentence's successors when averaging its similarity to
/// them, so that the last few, with hardly any successors, get no extreme averages.
const DIRECTED_SMOOTHING: usize = 2;

/// Each sentence's directed centrality: its summed similarity to the sentences after it, over
/// their number (smoothed). The sum is its vector against the sum of all vectors less those
/// up to it: linear time, where comparing every pair would be quadratic.
fn directed(vectors: &Vectors, terms: usize) -> Vec<f64> {
    let mut total = vec![0.0f64; terms];
    for vector in vectors.iter() {
        for (t, w) in vector.iter() {
            total[t as usize] += w as f64;
        }
    }
    let mut before = vec![0.0f64; terms];
    let mut out = Vec::with_capacity(vectors.len());
    for (i, vector) in vectors.iter().enumerate() {
        let after: f64 =
            vector.iter().map(|(t, w)| w as f64 * (total[t as usize] - before[t as usize] - w as f64)).sum();
        out.push(after.max(0.0) / (vectors.len() - i + DIRECTED_SMOOTHING) as f64);
        for (t, w) in vector.iter() {
            before[t as usize] += w as f64;
        }
    }
    out
}

/// A sentence holding every term of the title weighs this much more (in proportion for
/// fewer): the headline names what the story is about.
const TITLE_BONUS: f64 = 0.5;
/// A list item is more often a detail (one step, one spec) than the gist.
const LIST_ITEM_WEIGHT: f64 = 0.8;
/// Detached stops (" .") mark captions only while fewer than one sentence in this many ends
/// so: tokenised corpora end every sentence in " .", and there it marks nothing.
const DETACHED_RARE: usize = 4;

/// The cues of length and form that scale a sentence's content score.
struct Cues {
    reference_words: f64,
    detached_rare: bool,
}

impl Cues {
    fn new(passages: &Passages, language: Language) -> Cues {
        let detached = passages.texts().filter(|t| detached_stop(t.trim_end())).count();
        Cues {
            reference_words: if language.is_unspaced() { CJK_REFERENCE_WORDS } else { REFERENCE_WORDS },
            detached_rare: detached * DETACHED_RARE < passages.len(),
        }
    }

    /// `s`, the content score of a sentence, scaled by its cues of length and form (position
    /// is weighed apart: see [`position_weight`]).
    fn apply(&self, mut s: f64, p: (&Passage, &str), words: usize, title_overlap: f64) -> f64 {
        let (p, text) = p;
        s *= length_weight(words);
        // Past the reference length, a sentence must earn its extra words.
        s *= self.reference_words / (words as f64).max(self.reference_words);
        s *= 1.0 + TITLE_BONUS * title_overlap;
        if p.list_item {
            s *= LIST_ITEM_WEIGHT;
        }
        if is_quote(text) {
            s *= QUOTE_WEIGHT;
        }
        if is_caption(text, self.detached_rare && words <= HEADLINE_WORDS) {
            s *= CAPTION_WEIGHT;
        }
        s
    }
}

/// How many terms keywords can be made of: they are built from the occurrences kept, so only
/// the terms among them (ids count up in order of first appearance).
fn keyword_terms(occurrences: &[Occurrence], terms: usize) -> usize {
    occurrences.iter().map(|o| o.term as usize + 1).max().unwrap_or(0).min(terms)
}

/// Each term's weight as a keyword, with the form it is shown in. A keyword is a term the
/// important sentences share: its inverse frequency times the salience of the sentences it
/// occurs in. Plain TF-IDF favoured side details ("tourists") repeated in one late paragraph
/// over the story's subject.
fn term_weights(
    terms: &Terms,
    scored: &[Scored],
    vectors: &Vectors,
    idf: &[f64],
    occurrences: &[Occurrence],
) -> Vec<Weighed> {
    let kept = keyword_terms(occurrences, terms.tf.len());
    let mut keyness = vec![0.0; kept];
    for (i, c) in scored.iter().enumerate() {
        for &t in vectors.get(i).ids {
            if let Some(k) = keyness.get_mut(t as usize) {
                *k += c.score;
            }
        }
    }
    keyness
        .iter()
        .enumerate()
        .map(|(t, &k)| {
            let s = &terms.surfaces[t];
            Weighed {
                surface: s.usual(&terms.spellings, &terms.others),
                weight: k * idf[t],
                sentences: terms.df[t] as usize,
                count: terms.tf[t] as usize,
                capitalised: s.capitalised(),
            }
        })
        .collect()
}

/// News puts the gist first; a gentle lede bonus that fades over the first sentences, and a
/// smaller bonus for opening a paragraph, which helps news without wrecking other prose.
fn position_weight(index: usize, opens_block: bool, regime: Regime) -> f64 {
    let lede = 1.0 + regime.lede_bonus / (1.0 + index as f64 / LEDE_DECAY);
    let opener = if opens_block { OPENER_BONUS } else { 1.0 };
    lede * opener
}

/// The weight of a sentence of up to so many words: fragments and run-on monsters both read
/// badly in a summary. (Most weight from 8 to 60 words, as news sentences run.)
const LENGTH_WEIGHTS: [(usize, f64); 5] = [(3, 0.3), (7, 0.7), (60, 1.0), (90, 0.8), (usize::MAX, 0.5)];

/// The [`LENGTH_WEIGHTS`] weight of a sentence of `words` words.
fn length_weight(words: usize) -> f64 {
    // The last row takes every length; the fallback is never reached.
    LENGTH_WEIGHTS.iter().find(|&&(most, _)| words <= most).map_or(1.0, |&(_, w)| w)
}

/// Link headlines are short; a long sentence ending in " ." is prose with a stray space.
const HEADLINE_WORDS: usize = 14;

fn detached_stop(text: &str) -> bool {
    text.ends_with(" .")
}

/// Whether a sentence reads as a caption or a link headline rather than as prose: it ends in a
/// detached stop (a headline run into the text, where the article's own sentences do not end so)
/// or carries a photo-position note.
fn is_caption(text: &str, detached_stops_are_rare: bool) -> bool {
    let t = text.trim_end();
    if detached_stops_are_rare && detached_stop(t) {
        return true;
    }
    const MARKS: [&str; 8] =
        ["(pictured", "(left)", "(right)", "(above)", "(below)", "(centre)", "(center)", "(inset)"];
    t.contains('(') && MARKS.iter().any(|m| t.contains(m))
}

/// Whether a sentence is mostly quoted speech: colour, rarely the gist.
fn is_quote(text: &str) -> bool {
    let t = text.trim_start();
    let opens = t.starts_with(['"', '“', '«', '„', '「', '\'', '‘']);
    // Most sentences hold no quotation mark at all: all ASCII and no '"' settles it.
    if !t.bytes().any(|b| b == b'"' || !b.is_ascii()) {
        return opens;
    }
    let quoted: usize = {
        let mut inside = false;
        let mut n = 0;
        for ch in t.chars() {
            if matches!(ch, '"' | '“' | '”' | '«' | '»' | '„' | '「' | '」') {
                inside = !inside;
            } else if inside {
                n += ch.len_utf8();
            }
        }
        n
    };
    opens || quoted as f64 > MOSTLY_QUOTED * t.len() as f64
}

/// A sentence more than this share of which (in bytes) is inside quotation marks is mostly
/// quoted speech.
const MOSTLY_QUOTED: f64 = 0.5;

#[cfg(test)]
mod tests {
    use super::*;

    fn passages(texts: &[&str]) -> Passages {
        Passages::of_texts(texts)
    }

    #[test]
    fn captions_and_link_headlines() {
        assert!(is_caption("Prince George (pictured) waved from the car.", false));
        assert!(is_caption("Related: Amy's Kitchen recalls soups .", true));
        // Where every sentence ends in " ." (tokenised text), the stop marks nothing.
        assert!(!is_caption("Related: Amy's Kitchen recalls soups .", false));
        assert!(!is_caption("The mayor (a former teacher) spoke first.", true));
    }

    #[test]
    fn an_opening_the_article_does_not_develop_loses_its_lede_bonus() {
        // A text whose first sentence sets a scene (its intro lost in the copy): the lede bonus
        // goes to what the article is about, the floods in Porto, not to the scene. (With the
        // full bonus the scene scored 5.9 against the floods' 5.4.)
        let texts = [
            "Porto residents woke to rain and a quiet Sunday at the harbour cafe.",
            "Floods closed the harbour road in Porto on Monday.",
            "The harbour road floods every winter, engineers in Porto said.",
            "Porto plans a sea wall to protect the harbour road from floods.",
            "Engineers in Porto want the wall built before the winter floods.",
            "The road carries most harbour traffic in Porto.",
            "The floods also reached the old town of Porto.",
            "Residents of Porto moved cars from the harbour road.",
        ];
        let c = score(&passages(&texts), None, &Tokeniser::new(Language::English), Language::English, true)
            .sentences;
        assert!(c[1].score > c[0].score, "{} vs {}", c[1].score, c[0].score);
        // Alone, the opening must be more central still to keep its bonus.
        assert!(c[1].single / c[0].single > c[1].score / c[0].score);
    }

    #[test]
    fn a_sentence_the_rest_develops_outranks_a_side_detail() {
        // Same position bonus aside, the sentence whose terms the following ones take up
        // scores above one about a detail nothing else mentions.
        let texts = [
            "Floods closed the harbour road in Porto on Monday.",
            "A cafe owner sold umbrellas to tourists.",
            "The harbour road floods every winter, engineers said.",
            "Porto plans a sea wall to protect the harbour road.",
            "Engineers in Porto want the wall built before winter.",
            "The road carries most harbour traffic.",
            "The floods also reached the old town.",
            "Residents of Porto moved cars from the road.",
        ];
        let c = score(&passages(&texts), None, &Tokeniser::new(Language::English), Language::English, true)
            .sentences;
        assert!(c[0].score > c[1].score, "{} vs {}", c[0].score, c[1].score);
        assert!(c[2].score > c[1].score);
    }
}
