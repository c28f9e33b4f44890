//! Sentence salience: TF-IDF over the article's own sentences, weighted by position, title
//! overlap and length.
//!
//! With one document there is no corpus to take IDF from, so a term's inverse frequency is
//! taken over the article's sentences (ISF): a term in every sentence says nothing about any one.

use std::hash::Hasher;

use crate::hash;
use crate::lang::Language;
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
/// A caption or link headline ("… (pictured) …", "Related: Amy's Kitchen recalls … .") keeps
/// this much of its score: out of its place it reads as a fragment.
const CAPTION_WEIGHT: f64 = 0.3;

/// A sentence offered to the summary, with what scoring learned about it.
///
/// Its text and its vector are ranges of buffers the document keeps for all its sentences
/// ([`Pool`]): a page of tiny stories has a sentence per dozen bytes, and a string and a vector
/// each cost more than the sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Candidate {
    /// The sentence as shown: a byte range of [`Pool::texts`].
    pub text: Span,
    /// Byte span of its source in the input.
    pub start: usize,
    /// End of that span (exclusive).
    pub end: usize,
    /// Words, as a reader counts them (counted by `score` as it tokenises).
    pub words: usize,
    /// Which block of the article it comes from.
    pub block: u32,
    /// Its position within that block (0 = opens the paragraph).
    pub position_in_block: u32,
    /// Whether the block is a list item.
    pub list_item: bool,
    /// Its salience.
    pub score: f64,
    /// Its terms as a unit vector: a range of [`Pool::vectors`], (term id, weight) sorted by
    /// id, for redundancy checks.
    pub vector: Span,
    /// Whether it opens by pointing back ("He said", "But", "This"), so needs its predecessor.
    pub dangling: bool,
}

/// A range of one of the [`Pool`] buffers: start and end (exclusive).
pub(crate) type Span = (u32, u32);

/// What the candidates' ranges point into: every sentence's text, and every sentence's vector,
/// one after another.
#[derive(Debug, Clone, Default)]
pub(crate) struct Pool {
    /// The sentences' texts.
    pub texts: String,
    /// The sentences' unit vectors.
    pub vectors: Vec<(u32, f32)>,
}

impl Pool {
    /// Appends `text` and returns its range.
    pub fn push_text(&mut self, text: &str) -> Span {
        let start = self.texts.len() as u32;
        self.texts.push_str(text);
        (start, self.texts.len() as u32)
    }

    /// The text of `c`.
    pub fn text(&self, c: &Candidate) -> &str {
        self.texts.get(c.text.0 as usize..c.text.1 as usize).unwrap_or_default()
    }

    /// The unit vector of `c`.
    pub fn vector(&self, c: &Candidate) -> &[(u32, f32)] {
        self.vectors.get(c.vector.0 as usize..c.vector.1 as usize).unwrap_or_default()
    }
}

/// A term's weight in the article and the form it is shown in.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TermWeight {
    /// Its most frequent surface form: a range of [`TermWeights::spellings`].
    surface: Span,
    /// TF-IDF weight over the article.
    pub weight: f64,
    /// Number of distinct sentences containing it.
    pub sentences: u32,
    /// Occurrences in the article.
    pub count: u32,
    /// Whether it is mostly written with a capital: a name, more likely than not.
    pub capitalised: bool,
}

/// The weights of the terms keywords can be made of (those of the occurrences `score`
/// returns), by term id, and the spellings they are shown in: one buffer, not a string per
/// term (a page of distinct tokens has about as many terms as words).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct TermWeights {
    /// The weights, by term id.
    pub terms: Vec<TermWeight>,
    spellings: String,
    /// Whether any term of the article (weighed here or not) occurs in two sentences or more.
    pub recurring: bool,
}

impl TermWeights {
    /// How `term` is shown.
    pub fn surface(&self, term: &TermWeight) -> &str {
        self.spellings.get(term.surface.0 as usize..term.surface.1 as usize).unwrap_or_default()
    }

    /// Adds a term shown as `surface` (for tests that build weights by hand).
    #[cfg(test)]
    pub fn push(&mut self, surface: &str, weight: f64, sentences: u32, capitalised: bool) {
        let surface = keep(surface, &mut self.spellings);
        self.recurring |= sentences > 1;
        self.terms.push(TermWeight { surface, weight, sentences, count: sentences, capitalised });
    }
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

/// No slot taken, in [`Terms::slots`]; no spelling kept, in [`Surfaces`].
const EMPTY: u32 = u32::MAX;
const NONE: Span = (EMPTY, EMPTY);

/// Interns term keys to dense ids in order of first appearance (deterministic, unlike
/// iterating a hash map).
///
/// The keys live one after another in one buffer, and the table is open addressing over ids
/// alone, placed by each key's hash under the document's key (see `hash`): an input cannot
/// choose words that crowd one stretch of the table. Per term this costs its key's bytes and
/// about 20 more, where a map of owned strings cost about 100: on a page of distinct tokens
/// the term table is most of the memory.
struct Terms {
    /// Term ids by slot ([`EMPTY`] where free): a power of two long, at most half full.
    slots: Vec<u32>,
    /// Each term's hash (its low 32 bits), by id: to grow without hashing keys again, and to
    /// compare keys only when their hashes agree.
    hashes: Vec<u32>,
    /// The keys, one after another; term `i`'s ends at `key_ends[i]`.
    keys: String,
    key_ends: Vec<u32>,
    tf: Vec<u32>,
    df: Vec<u32>,
    last_seen: Vec<u32>,
    surfaces: Vec<Surfaces>,
    /// Spellings in a term's other case (see [`Surfaces::other`]).
    others: Vec<Span>,
}

/// How a term is written. Keywords show its usual case: "Korea" for a name, "budget" for a
/// word that only opens a sentence in capitals. Tracking case, not every spelling, keeps this
/// off the hot path: the first spelling, the first in the other case (capitalised or not) once
/// one is seen, and which case is more common. Sixteen bytes a term.
#[derive(Clone, Copy)]
struct Surfaces {
    /// The first spelling, a byte range of the sentences' texts ([`Pool::texts`]; [`NONE`]
    /// until seen): spellings are pointed at where they stand, not copied.
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
    /// Counts `surface`, which stands at `at` of `texts`.
    fn add(&mut self, surface: &str, at: Span, texts: &str, others: &mut Vec<Span>) {
        let upper = capital(surface);
        self.lean += if upper { 1 } else { -1 };
        if self.first == NONE {
            self.first = at;
        } else if self.other == EMPTY && upper != capital(spelling(texts, self.first)) {
            self.other = others.len() as u32;
            others.push(at);
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
            tf: Vec::with_capacity(n),
            df: Vec::with_capacity(n),
            last_seen: Vec::with_capacity(n),
            surfaces: Vec::with_capacity(n),
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
        let mut h = hash::fingerprint();
        h.write(key.as_bytes());
        h.finish() as u32
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
    }

    /// Frees what only lookups need; [`Terms::get`] finds nothing after this.
    fn release_lookups(&mut self) {
        self.slots = vec![EMPTY; 1];
        self.hashes = Vec::new();
        self.keys = String::new();
        self.key_ends = Vec::new();
        self.last_seen = Vec::new();
    }

    /// Counts an occurrence of `key` in `sentence`, written `surface`, which stands at `at` of
    /// `texts`; returns the term's id.
    fn add(&mut self, key: &str, surface: &str, at: Span, texts: &str, sentence: u32) -> u32 {
        let h = Terms::hash(key);
        let id = match self.find(key, h) {
            Ok(id) => id,
            Err(slot) => {
                let id = self.tf.len() as u32;
                if let Some(s) = self.slots.get_mut(slot) {
                    *s = id;
                }
                self.hashes.push(h);
                self.keys.push_str(key);
                self.key_ends.push(self.keys.len() as u32);
                self.tf.push(0);
                self.df.push(0);
                self.last_seen.push(u32::MAX);
                self.surfaces.push(Surfaces::default());
                if self.hashes.len() * 2 > self.slots.len() {
                    self.grow();
                }
                id
            }
        };
        let i = id as usize;
        self.tf[i] += 1;
        if self.last_seen[i] != sentence {
            self.last_seen[i] = sentence;
            self.df[i] += 1;
        }
        self.surfaces[i].add(surface, at, texts, &mut self.others);
        id
    }
}

/// Scores every candidate in place, fills in their vectors (in `pool`, whose texts they are)
/// and returns the article's term weights (by term id order) and the term occurrences of its
/// opening (up to `PHRASE_SCAN`), in text order.
pub(crate) fn score(
    candidates: &mut [Candidate],
    pool: &mut Pool,
    title: Option<&str>,
    tokeniser: &Tokeniser,
    language: Language,
) -> (TermWeights, Vec<Occurrence>) {
    // News runs to about one new term per dozen bytes; past a few thousand, let it grow.
    let text_len = pool.texts.len();
    let mut terms = Terms::with_capacity((text_len / 12).min(4096));
    // Every candidate's term ids one after another (candidate i's end at `ends[i]`): one buffer
    // instead of a vector per sentence. The walk that finds the terms also counts the words.
    let mut bag: Vec<u32> = Vec::with_capacity(text_len / 8);
    let mut ends: Vec<u32> = Vec::with_capacity(candidates.len());
    let mut occurrences: Vec<Occurrence> = Vec::new();
    for (i, c) in candidates.iter_mut().enumerate() {
        let text = pool.text(c);
        let base = text.as_ptr() as usize;
        let len = text.len();
        c.words = tokeniser.terms(text, |key, surface| {
            // The surface is a slice of the sentence: its offset is where it points.
            let start = (surface.as_ptr() as usize).wrapping_sub(base);
            let inside = start.saturating_add(surface.len()) <= len;
            let at = if inside {
                (c.text.0 + start as u32, c.text.0 + (start + surface.len()) as u32)
            } else {
                NONE
            };
            let id = terms.add(key, surface, at, &pool.texts, i as u32);
            bag.push(id);
            if occurrences.len() < PHRASE_SCAN && inside {
                occurrences.push(Occurrence {
                    term: id,
                    sentence: i as u32,
                    start: start as u32,
                    end: (start + surface.len()) as u32,
                });
            }
        });
        c.dangling = crate::select::opens_with_reference(text, language);
        ends.push(bag.len() as u32);
    }
    let mut title_terms = Vec::new();
    if let Some(title) = title {
        tokeniser.terms(title, |key, _| {
            if let Some(id) = terms.get(key) {
                title_terms.push(id);
            }
        });
        title_terms.sort_unstable();
        title_terms.dedup();
    }
    // No more lookups: the peak comes next, with weights per term, and on a page of distinct
    // tokens the lookup tables would be a third of it.
    terms.release_lookups();
    let n = candidates.len().max(1) as f64;
    let idf = |t: usize| 1.0 + libm::log(n / terms.df[t] as f64);
    let weights: Vec<f64> =
        (0..terms.tf.len()).map(|t| (1.0 + libm::log(terms.tf[t] as f64)) * idf(t)).collect();

    // The article's centroid: each term's TF-IDF over the whole text. A sentence close to it
    // speaks of what the article is about, not of a side detail.
    let centroid: Vec<f64> = (0..terms.tf.len()).map(|t| terms.tf[t] as f64 * idf(t)).collect();
    let centroid_norm = centroid.iter().map(|w| w * w).sum::<f64>().sqrt().max(f64::MIN_POSITIVE);
    let reference_words = if language.is_cjk() { CJK_REFERENCE_WORDS } else { REFERENCE_WORDS };

    let mut raw = Vec::with_capacity(candidates.len());
    let mut ids: Vec<u32> = Vec::new();
    // Sum of every sentence's unit vector, and of those before the current one: a sentence's
    // summed similarity to the ones after it is its vector against their difference (linear
    // time, where comparing every pair would be quadratic).
    let mut total = vec![0.0f64; terms.tf.len()];
    let mut from = 0;
    pool.vectors.clear();
    pool.vectors.reserve_exact(bag.len());
    for (c, &end) in candidates.iter_mut().zip(&ends) {
        ids.clear();
        ids.extend_from_slice(bag.get(from..end as usize).unwrap_or_default());
        from = end as usize;
        ids.sort_unstable();
        ids.dedup();
        let norm = ids.iter().map(|&t| weights[t as usize].powi(2)).sum::<f64>().sqrt();
        let start = pool.vectors.len() as u32;
        pool.vectors.extend(
            ids.iter().map(|&t| (t, if norm > 0.0 { (weights[t as usize] / norm) as f32 } else { 0.0 })),
        );
        c.vector = (start, pool.vectors.len() as u32);
        let vector = pool.vector(c);
        let centrality: f64 =
            vector.iter().map(|&(t, w)| w as f64 * centroid[t as usize]).sum::<f64>() / centroid_norm;
        let salience =
            ids.iter().map(|&t| weights[t as usize]).sum::<f64>() / (ids.len() as f64).max(1.0).sqrt();
        let title_overlap = if title_terms.is_empty() {
            0.0
        } else {
            ids.iter().filter(|t| title_terms.binary_search(t).is_ok()).count() as f64
                / title_terms.len() as f64
        };
        for &(t, w) in vector {
            total[t as usize] += w as f64;
        }
        raw.push((centrality, salience, title_overlap, 0.0));
    }
    drop((bag, weights, centroid));
    let mut before = vec![0.0f64; terms.tf.len()];
    for (i, (c, r)) in candidates.iter().zip(raw.iter_mut()).enumerate() {
        let after: f64 = pool
            .vector(c)
            .iter()
            .map(|&(t, w)| w as f64 * (total[t as usize] - before[t as usize] - w as f64))
            .sum();
        r.3 = after.max(0.0) / (candidates.len() - i + 2) as f64;
        for &(t, w) in pool.vector(c) {
            before[t as usize] += w as f64;
        }
    }
    drop((before, total));
    let max_c = raw.iter().map(|r| r.0).fold(f64::MIN_POSITIVE, f64::max);
    let max_s = raw.iter().map(|r| r.1).fold(f64::MIN_POSITIVE, f64::max);
    // Tokenised corpora end every sentence in " .": there it marks nothing.
    let detached = candidates.iter().filter(|c| detached_stop(pool.text(c).trim_end())).count();
    let detached_rare = detached * 4 < candidates.len();
    let max_d = raw.iter().map(|r| r.3).fold(f64::MIN_POSITIVE, f64::max);
    let directed_weight = if candidates.len() >= DIRECTED_MIN_SENTENCES { DIRECTED } else { 0.0 };
    for (i, (c, &(centrality, salience, title_overlap, directed))) in
        candidates.iter_mut().zip(&raw).enumerate()
    {
        let mut s = CENTRALITY * centrality / max_c + (1.0 - CENTRALITY) * salience / max_s;
        s += directed_weight * directed / max_d;
        s *= position_weight(i, c.position_in_block);
        let text = pool.text(c);
        s *= length_weight(c.words);
        // Past the reference length, a sentence must earn its extra words.
        s *= reference_words / (c.words as f64).max(reference_words);
        s *= 1.0 + 0.5 * title_overlap;
        if c.list_item {
            s *= 0.8;
        }
        if is_quote(text) {
            s *= QUOTE_WEIGHT;
        }
        if is_caption(text, detached_rare && c.words <= HEADLINE_WORDS) {
            s *= CAPTION_WEIGHT;
        }
        c.score = if s.is_finite() { s } else { 0.0 };
    }

    // A keyword is a term the important sentences share: its inverse frequency times the
    // salience of the sentences it occurs in. Plain TF-IDF favoured side details ("tourists")
    // repeated in one late paragraph over the story's subject.
    // Keywords are built from the occurrences kept, so only the terms among them need weights
    // (ids count up in order of first appearance): on a page of distinct tokens that is a
    // small share of the terms.
    let kept = occurrences.iter().map(|o| o.term as usize + 1).max().unwrap_or(0).min(terms.tf.len());
    let mut keyness = vec![0.0; kept];
    for c in candidates.iter() {
        for &(t, _) in pool.vector(c) {
            if let Some(k) = keyness.get_mut(t as usize) {
                *k += c.score;
            }
        }
    }
    let mut weights = TermWeights {
        terms: Vec::with_capacity(kept),
        spellings: String::new(),
        recurring: terms.df.iter().any(|&df| df > 1),
    };
    for (t, &k) in keyness.iter().enumerate() {
        let s = &terms.surfaces[t];
        let surface =
            keep(spelling(&pool.texts, s.usual(&pool.texts, &terms.others)), &mut weights.spellings);
        weights.terms.push(TermWeight {
            surface,
            weight: k * idf(t),
            sentences: terms.df[t],
            count: terms.tf[t],
            capitalised: s.capitalised(),
        });
    }
    (weights, occurrences)
}

/// News puts the gist first; a gentle lede bonus that fades over the first sentences, and a
/// smaller bonus for opening a paragraph, which helps news without wrecking other prose.
fn position_weight(index: usize, position_in_block: u32) -> f64 {
    let lede = 1.0 + LEDE_BONUS / (1.0 + index as f64 / LEDE_DECAY);
    let opener = if position_in_block == 0 { OPENER_BONUS } else { 1.0 };
    lede * opener
}

/// Fragments and run-on monsters both read badly in a summary.
fn length_weight(words: usize) -> f64 {
    match words {
        0..=3 => 0.3,
        4..=7 => 0.7,
        8..=60 => 1.0,
        61..=90 => 0.8,
        _ => 0.5,
    }
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
    opens || quoted * 2 > t.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidates(texts: &[&str], pool: &mut Pool) -> Vec<Candidate> {
        texts.iter().map(|t| Candidate { text: pool.push_text(t), ..Candidate::default() }).collect()
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
        let mut pool = Pool::default();
        let mut c = candidates(&texts, &mut pool);
        score(&mut c, &mut pool, None, &Tokeniser::new(Language::English), Language::English);
        assert!(c[0].score > c[1].score, "{} vs {}", c[0].score, c[1].score);
        assert!(c[2].score > c[1].score);
    }
}
