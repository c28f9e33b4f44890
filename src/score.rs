//! Sentence salience: TF-IDF over the article's own sentences, weighted by position, title
//! overlap and length.
//!
//! With one document there is no corpus to take IDF from, so a term's inverse frequency is
//! taken over the article's sentences (ISF): a term in every sentence says nothing about any one.

use std::collections::hash_map::Entry;

use crate::hash;
use crate::lang::Language;
use crate::tokenise::Tokeniser;

// Weights tuned on the dev sets (`make eval`); each moved ROUGE on news in English, French and
// Chinese alike, and none was kept that helped one language at another's cost.
/// Share of centrality (closeness to the article's centroid) against raw TF-IDF salience.
const CENTRALITY: f64 = 0.9;
/// The first sentence weighs up to 1 + LEDE_BONUS times a late one; the bonus halves after
/// LEDE_DECAY sentences and keeps fading, so late sentences still compete on content.
const LEDE_BONUS: f64 = 3.0;
const LEDE_DECAY: f64 = 2.0;
/// A paragraph's opening sentence tends to state its point.
const OPENER_BONUS: f64 = 1.1;
/// Sentences longer than this many words are scaled down in proportion: summaries are read
/// for density. CJK text counts characters, about one and a half to a word.
const REFERENCE_WORDS: f64 = 20.0;
const CJK_REFERENCE_WORDS: f64 = 30.0;
/// Quoted speech is colour more often than gist.
const QUOTE_WEIGHT: f64 = 0.7;

/// A sentence offered to the summary, with what scoring learned about it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Candidate {
    /// The sentence as shown: a byte range of the document's sentence buffer (one buffer for
    /// all sentences, not a string each: a page of tiny stories has a sentence per dozen bytes).
    pub text: (u32, u32),
    /// Byte span of its source in the input.
    pub start: usize,
    /// End of that span (exclusive).
    pub end: usize,
    /// Words, as a reader counts them (counted by `score` as it tokenises).
    pub words: usize,
    /// Which block of the article it comes from.
    pub block: usize,
    /// Its position within that block (0 = opens the paragraph).
    pub position_in_block: usize,
    /// Whether the block is a list item.
    pub list_item: bool,
    /// Its salience.
    pub score: f64,
    /// Its terms as a unit vector: (term id, weight), sorted by id, for redundancy checks.
    pub vector: Vec<(u32, f32)>,
    /// Whether it opens by pointing back ("He said", "But", "This"), so needs its predecessor.
    pub dangling: bool,
}

impl Candidate {
    /// The sentence as shown, from the document's sentence buffer `texts`.
    pub fn text<'a>(&self, texts: &'a str) -> &'a str {
        texts.get(self.text.0 as usize..self.text.1 as usize).unwrap_or_default()
    }
}

/// A term's weight in the article and the form it is shown in.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TermWeight {
    /// Its most frequent surface form, as a byte range of [`TermWeights::spellings`].
    surface: (u32, u32),
    /// TF-IDF weight over the article.
    pub weight: f64,
    /// Number of distinct sentences containing it.
    pub sentences: usize,
}

/// Every term's weight, by term id (first appearance), and the spellings they are shown in:
/// one buffer, not a string per term (an article of distinct tokens has as many terms as words).
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct TermWeights {
    /// The weights, by term id.
    pub terms: Vec<TermWeight>,
    spellings: String,
}

impl TermWeights {
    /// Adds a term shown as `surface`.
    pub fn push(&mut self, surface: &str, weight: f64, sentences: usize) {
        let start = self.spellings.len() as u32;
        self.spellings.push_str(surface);
        self.terms.push(TermWeight { surface: (start, self.spellings.len() as u32), weight, sentences });
    }

    /// How `term` is shown.
    pub fn surface(&self, term: &TermWeight) -> &str {
        self.spellings.get(term.surface.0 as usize..term.surface.1 as usize).unwrap_or_default()
    }
}

/// No spelling kept yet, in [`Surfaces`].
const NONE: (u32, u32) = (u32::MAX, u32::MAX);

/// Interns term keys to dense ids in order of first appearance (deterministic, unlike
/// iterating a hash map).
///
/// Keys live one after another in `keys`; `ids` maps a key's keyed fingerprint to its id, and
/// the key itself is compared before the id is trusted. A different key with the same 64-bit
/// fingerprint (never seen in practice, and not craftable without the document's key) goes to
/// `clashes`. Per term this costs its bytes and about 30 more, against about 100 for a map of
/// owned strings: on a page of distinct tokens the term table is most of the memory.
struct Terms {
    ids: hash::FingerprintMap<u32>,
    keys: String,
    key_ends: Vec<u32>,
    clashes: hash::Map<Box<str>, u32>,
    tf: Vec<u32>,
    df: Vec<u32>,
    last_seen: Vec<u32>,
    surfaces: Vec<Surfaces>,
    /// The spellings `surfaces` keep, one after another: one buffer, not a string per term.
    spellings: String,
}

/// How a term is written. Keywords show its usual case: "Korea" for a name, "budget" for a
/// word that only opens a sentence in capitals. Tracking case, not every spelling, keeps this
/// off the hot path.
#[derive(Clone, Copy)]
struct Surfaces {
    /// First lowercase and first capitalised spelling, as byte ranges of `Terms::spellings`
    /// ([`NONE`] until seen).
    lower: (u32, u32),
    upper: (u32, u32),
    lower_count: u32,
    upper_count: u32,
}

impl Default for Surfaces {
    fn default() -> Self {
        Surfaces { lower: NONE, upper: NONE, lower_count: 0, upper_count: 0 }
    }
}

impl Surfaces {
    fn add(&mut self, surface: &str, spellings: &mut String) {
        let (count, range) = if surface.starts_with(char::is_uppercase) {
            (&mut self.upper_count, &mut self.upper)
        } else {
            (&mut self.lower_count, &mut self.lower)
        };
        *count += 1;
        if *range == NONE {
            spellings.push_str(surface);
            *range = ((spellings.len() - surface.len()) as u32, spellings.len() as u32);
        }
    }

    fn usual<'a>(&self, spellings: &'a str) -> &'a str {
        let (first, second) = if self.lower_count >= self.upper_count {
            (self.lower, self.upper)
        } else {
            (self.upper, self.lower)
        };
        let range = if first != NONE { first } else { second };
        spellings.get(range.0 as usize..range.1 as usize).unwrap_or_default()
    }
}

impl Terms {
    /// Room for about `n` distinct terms: a growing map rehashes every key it holds.
    fn with_capacity(n: usize) -> Self {
        Terms {
            ids: hash::FingerprintMap::with_capacity_and_hasher(n, Default::default()),
            keys: String::with_capacity(n * 6),
            key_ends: Vec::with_capacity(n),
            clashes: hash::Map::default(),
            tf: Vec::with_capacity(n),
            df: Vec::with_capacity(n),
            last_seen: Vec::with_capacity(n),
            surfaces: Vec::with_capacity(n),
            spellings: String::with_capacity(n * 8),
        }
    }

    /// Frees what only lookups need; [`Terms::get`] finds nothing after this.
    fn release_lookups(&mut self) {
        self.ids = Default::default();
        self.clashes = Default::default();
        self.keys = String::new();
        self.key_ends = Vec::new();
        self.last_seen = Vec::new();
    }

    fn key(&self, id: u32) -> &str {
        let i = id as usize;
        let start = if i == 0 { 0 } else { self.key_ends.get(i - 1).map_or(0, |&e| e as usize) };
        let end = self.key_ends.get(i).map_or(0, |&e| e as usize);
        self.keys.get(start..end).unwrap_or_default()
    }

    /// The id of `key`, if it has one, and its fingerprint.
    fn get(&self, key: &str) -> (Option<u32>, u64) {
        let fp = hash::fingerprint_of(key.as_bytes());
        let id = match self.ids.get(&fp) {
            Some(&id) if self.key(id) == key => Some(id),
            Some(_) => self.clashes.get(key).copied(),
            None => None,
        };
        (id, fp)
    }

    fn add(&mut self, key: &str, surface: &str, sentence: u32) -> u32 {
        let id = match self.get(key) {
            (Some(id), _) => id,
            (None, fp) => {
                let id = self.tf.len() as u32;
                match self.ids.entry(fp) {
                    Entry::Occupied(_) => {
                        self.clashes.insert(key.into(), id);
                    }
                    Entry::Vacant(slot) => {
                        slot.insert(id);
                    }
                }
                self.keys.push_str(key);
                self.key_ends.push(self.keys.len() as u32);
                self.tf.push(0);
                self.df.push(0);
                self.last_seen.push(u32::MAX);
                self.surfaces.push(Surfaces::default());
                id
            }
        };
        let i = id as usize;
        self.tf[i] += 1;
        if self.last_seen[i] != sentence {
            self.last_seen[i] = sentence;
            self.df[i] += 1;
        }
        self.surfaces[i].add(surface, &mut self.spellings);
        id
    }
}

/// Scores every candidate in place and returns the article's term weights (by term id order).
pub(crate) fn score(
    candidates: &mut [Candidate],
    texts: &str,
    title: Option<&str>,
    tokeniser: &Tokeniser,
    language: Language,
) -> TermWeights {
    // News runs to about one new term per dozen bytes; past a few thousand, let it grow.
    let text_len = texts.len();
    let mut terms = Terms::with_capacity((text_len / 12).min(4096));
    // Every candidate's term ids one after another (candidate i's end at `ends[i]`): one buffer
    // instead of a vector per sentence. The walk that finds the terms also counts the words.
    let mut bag: Vec<u32> = Vec::with_capacity(text_len / 8);
    let mut ends: Vec<usize> = Vec::with_capacity(candidates.len());
    for (i, c) in candidates.iter_mut().enumerate() {
        let text = c.text(texts);
        c.words = tokeniser.terms(text, |key, surface| bag.push(terms.add(key, surface, i as u32)));
        c.dangling = crate::select::opens_with_reference(text, language);
        ends.push(bag.len());
    }
    let mut title_terms = Vec::new();
    if let Some(title) = title {
        tokeniser.terms(title, |key, _| {
            if let (Some(id), _) = terms.get(key) {
                title_terms.push(id);
            }
        });
        title_terms.sort_unstable();
        title_terms.dedup();
    }
    // No more lookups: the peak comes later, with a weight per term, and the lookup tables are
    // a third of it on a page of distinct tokens.
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
    let mut from = 0;
    for (c, &end) in candidates.iter_mut().zip(&ends) {
        ids.clear();
        ids.extend_from_slice(bag.get(from..end).unwrap_or_default());
        from = end;
        ids.sort_unstable();
        ids.dedup();
        let norm = ids.iter().map(|&t| weights[t as usize].powi(2)).sum::<f64>().sqrt();
        c.vector = ids
            .iter()
            .map(|&t| (t, if norm > 0.0 { (weights[t as usize] / norm) as f32 } else { 0.0 }))
            .collect();
        let centrality: f64 =
            c.vector.iter().map(|&(t, w)| w as f64 * centroid[t as usize]).sum::<f64>() / centroid_norm;
        let salience =
            ids.iter().map(|&t| weights[t as usize]).sum::<f64>() / (ids.len() as f64).max(1.0).sqrt();
        let title_overlap = if title_terms.is_empty() {
            0.0
        } else {
            ids.iter().filter(|t| title_terms.binary_search(t).is_ok()).count() as f64
                / title_terms.len() as f64
        };
        raw.push((centrality, salience, title_overlap));
    }
    let max_c = raw.iter().map(|r| r.0).fold(f64::MIN_POSITIVE, f64::max);
    let max_s = raw.iter().map(|r| r.1).fold(f64::MIN_POSITIVE, f64::max);
    for (i, (c, &(centrality, salience, title_overlap))) in candidates.iter_mut().zip(&raw).enumerate() {
        let mut s = CENTRALITY * centrality / max_c + (1.0 - CENTRALITY) * salience / max_s;
        s *= position_weight(i, c.position_in_block);
        s *= length_weight(c.words);
        // Past the reference length, a sentence must earn its extra words.
        s *= reference_words / (c.words as f64).max(reference_words);
        s *= 1.0 + 0.5 * title_overlap;
        if c.list_item {
            s *= 0.8;
        }
        if is_quote(c.text(texts)) {
            s *= QUOTE_WEIGHT;
        }
        c.score = if s.is_finite() { s } else { 0.0 };
    }

    // A keyword is a term the important sentences share: its inverse frequency times the
    // salience of the sentences it occurs in. Plain TF-IDF favoured side details ("tourists")
    // repeated in one late paragraph over the story's subject.
    let mut keyness = vec![0.0; terms.tf.len()];
    for c in candidates.iter() {
        for &(t, _) in &c.vector {
            keyness[t as usize] += c.score;
        }
    }
    let mut weights = TermWeights {
        terms: Vec::with_capacity(terms.tf.len()),
        spellings: String::with_capacity(terms.keys.len()),
    };
    for (t, (surfaces, keyness)) in terms.surfaces.iter().zip(&keyness).enumerate() {
        weights.push(surfaces.usual(&terms.spellings), keyness * idf(t), terms.df[t] as usize);
    }
    weights
}

/// News puts the gist first; a gentle lede bonus that fades over the first sentences, and a
/// smaller bonus for opening a paragraph, which helps news without wrecking other prose.
fn position_weight(index: usize, position_in_block: usize) -> f64 {
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
