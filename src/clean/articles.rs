//! Telling articles apart: where a paste holds several stories, and which heading is whose title.
//!
//! A new article starts at a heading followed by a dateline ("ABIDJAN: ...", "PARIS (Reuters) -")
//! or by text that shares few words with what came before. A heading right after an article's
//! body that matches its opening is that article's title (news sites repeat the headline under
//! the story), not a new article.

use super::BlockKind;
use crate::classify::{count_words_half_cjk, is_cjk_core};
use crate::dateline::has_dateline;
use crate::lang::furniture;
use std::sync::OnceLock;

/// Topic keys seen so far. The keys are hashes an input can steer, so the sets hash them under
/// the document's key; they are only ever probed, never iterated.
type KeySet = crate::hash::Set<u64>;

/// How much of the text after a heading is compared with the text before it, in words.
const LOOKAHEAD_WORDS: usize = 150;
/// Below this share of shared words the text after a heading is another story.
const SHIFT_OVERLAP: f64 = 0.2;
/// A heading matches an article when at least this share of its words open the article.
const TITLE_OVERLAP: f64 = 0.5;
/// A heading of fewer topic keys says too little to match a lede.
const TITLE_MIN_KEYS: usize = 2;
/// A story of fewer topic keys is too short to tell a change of topic from.
const SHIFT_MIN_SEEN: usize = 30;
/// Text after a heading with fewer topic keys is too short to show a change of topic.
const SHIFT_MIN_KEYS: usize = 15;

/// A block as article splitting sees it.
#[derive(Debug, Clone)]
pub(crate) struct Item<'a> {
    /// Its text.
    pub text: &'a str,
    /// Its kind.
    pub kind: BlockKind,
    /// Forced start of a new article (another `<article>` element).
    pub boundary: bool,
}

/// One article found: indexes into the items.
#[derive(Debug, Clone, Default)]
pub(crate) struct Segment {
    /// Its blocks, in order (its title heading included when it leads).
    pub blocks: Vec<usize>,
    /// Its title heading.
    pub title: Option<usize>,
    /// The title came after the body (and is not in `blocks`).
    pub trailing_title: bool,
    /// Words of running text and list items.
    pub words: usize,
    /// List items after a trailing title: a teaser of the story, not its text.
    pub teasers: Vec<usize>,
    /// Blocks of running text and list items.
    pub body: usize,
    /// Started at a heading only because the topic changed (no dateline, no `<article>`): a
    /// split that is undone when it would leave the first story a small part of the whole.
    pub by_topic: bool,
}

/// A heading must have this many words to open a story of its own on a topic change alone:
/// a subheading ("Circa 2011", "GPU", "Advert") is shorter than a headline.
const HEADLINE_MIN_WORDS: usize = 4;
/// A topic-change split stands only when the first story keeps at least this share of the
/// words: an intro followed by long sections is one post, not several stories.
const FIRST_STORY_SHARE: f64 = 0.4;

/// At most this many bytes of a block are read for its topic keys: enough to know what it is
/// about, and it bounds the work on a one-paragraph 5 MB paste.
const KEY_BYTES: usize = 4096;

/// Letters a word needs to give a topic key, and the key's length: the first four letters
/// fold a word's inflections together ("election", "elections").
const KEY_LETTERS: usize = 4;
/// Only words of up to this many letters are looked up in the stop list: longer words carry
/// a topic.
const STOP_LETTERS: usize = 6;

/// Topic keys of `text`: the first [`KEY_LETTERS`] letters of each longer word, lower-cased;
/// two-character windows of CJK text.
pub(crate) fn keys(text: &str, mut f: impl FnMut(u64)) {
    let mut cut = text.len().min(KEY_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = text.get(..cut).unwrap_or("");
    // The current word: its length in chars, its first chars lower-cased.
    let mut head = ['\0'; STOP_LETTERS];
    let mut n = 0usize;
    let mut prev_cjk: Option<char> = None;
    let flush = |head: &[char; STOP_LETTERS], n: &mut usize, f: &mut dyn FnMut(u64)| {
        if *n >= KEY_LETTERS && !(*n <= STOP_LETTERS && is_stop(head, *n)) {
            f(hash(head.iter().take(KEY_LETTERS).copied()));
        }
        *n = 0;
    };
    for c in text.chars() {
        let lower = if c.is_ascii() {
            if !c.is_ascii_alphanumeric() {
                prev_cjk = None;
                flush(&head, &mut n, &mut f);
                continue;
            }
            c.to_ascii_lowercase()
        } else if is_cjk_core(c) {
            flush(&head, &mut n, &mut f);
            if let Some(p) = prev_cjk {
                f(hash([p, c].into_iter()));
            }
            prev_cjk = Some(c);
            continue;
        } else if c.is_alphanumeric() {
            c.to_lowercase().next().unwrap_or(c)
        } else {
            prev_cjk = None;
            flush(&head, &mut n, &mut f);
            continue;
        };
        prev_cjk = None;
        if let Some(slot) = head.get_mut(n) {
            *slot = lower;
        }
        n += 1;
    }
    flush(&head, &mut n, &mut f);
}

/// A word of at most eight UTF-8 bytes as one number, first byte highest, so that numbers
/// compare as the words do: probing the packed stop list is a binary search over integers, not
/// over strings (this runs for every word of every block).
const fn pack(bytes: &[u8]) -> Option<u64> {
    if bytes.len() > 8 {
        return None;
    }
    let mut key = 0u64;
    let mut i = 0;
    while i < 8 {
        key <<= 8;
        if i < bytes.len() {
            key |= bytes[i] as u64;
        }
        i += 1;
    }
    Some(key)
}

/// The profiles' topic stop words (`lang::Furniture::topic_stops`) packed by [`pack`], sorted
/// as the words are. Built once.
fn stop_keys() -> &'static [u64] {
    static KEYS: OnceLock<Vec<u64>> = OnceLock::new();
    KEYS.get_or_init(|| furniture().topic_stops.iter().filter_map(|w| pack(w.as_bytes())).collect())
}

/// Whether the word of `n` (at most [`STOP_LETTERS`]) chars in `head` is a stop word.
fn is_stop(head: &[char; STOP_LETTERS], n: usize) -> bool {
    let mut buf = [0u8; 24];
    let mut len = 0;
    for c in head.iter().take(n) {
        let Some(slot) = buf.get_mut(len..) else { return false };
        len += c.encode_utf8(slot).len();
    }
    buf.get(..len).and_then(pack).is_some_and(|key| stop_keys().binary_search(&key).is_ok())
}

/// FNV-1a over characters: stable across platforms (native and wasm agree).
fn hash(chars: impl Iterator<Item = char>) -> u64 {
    crate::hash::fnv1a(chars)
}

/// All items as one article (the reader asked for the whole text): the title is the first
/// heading before any running text.
pub(crate) fn whole(items: &[Item]) -> Segment {
    let mut seg = Segment::default();
    for (idx, item) in items.iter().enumerate() {
        seg.blocks.push(idx);
        if item.kind == BlockKind::Heading {
            if seg.body == 0 {
                seg.title = Some(idx);
            }
        } else {
            seg.body += 1;
            seg.words += count_words_half_cjk(item.text);
        }
    }
    seg
}

/// A dateline opens a new story only after the current one has this many words: a short
/// intro before the first dateline is that story's own.
const DATELINE_SPLIT_MIN_WORDS: usize = 80;

/// Splits items into articles.
pub(crate) fn split(items: &[Item]) -> Vec<Segment> {
    // Sized for a news article's keys (growing a set rehashes everything in it), but no more
    // than the text can hold: a two-sentence note must not pay for a thousand empty slots.
    let room = items.iter().map(|i| i.text.len() / BYTES_PER_KEY).sum::<usize>();
    let mut s = Splitter {
        segments: Vec::new(),
        cur: Segment::default(),
        seen: KeySet::with_capacity_and_hasher(room.min(SEEN_CAPACITY), Default::default()),
        lede: KeySet::with_capacity_and_hasher(room.min(LEDE_CAPACITY), Default::default()),
        lede_blocks: 0,
    };
    for (idx, item) in items.iter().enumerate() {
        if item.boundary {
            s.start_new();
        }
        if s.cur.trailing_title && item.kind == BlockKind::ListItem {
            s.cur.teasers.push(idx);
        } else if item.kind == BlockKind::Heading {
            s.heading(items, idx);
        } else {
            s.body(items, idx);
        }
    }
    s.start_new();
    undo_unsure_splits(s.segments)
}

/// At most one topic key per this many bytes of text: how big the key sets can grow.
const BYTES_PER_KEY: usize = 4;
/// The seen-keys set is sized for up to this many keys (a news article's), then grows.
const SEEN_CAPACITY: usize = 1024;
/// The lede's set is sized for up to this many keys (two paragraphs'), then grows.
const LEDE_CAPACITY: usize = 256;
/// The lede is the first this many paragraphs of a story.
const LEDE_BLOCKS: usize = 2;

/// The state of [`split`]: the stories so far and the one being read.
struct Splitter {
    segments: Vec<Segment>,
    cur: Segment,
    /// Topic keys of the current story.
    seen: KeySet,
    /// Topic keys of its lede.
    lede: KeySet,
    /// Paragraphs in its lede.
    lede_blocks: usize,
}

impl Splitter {
    /// Ends the current story (if it has anything) and starts another.
    fn start_new(&mut self) {
        if !self.cur.blocks.is_empty() || self.cur.title.is_some() {
            self.segments.push(std::mem::take(&mut self.cur));
        }
        self.seen.clear();
        self.lede.clear();
        self.lede_blocks = 0;
    }

    /// Reads heading `idx`: the current story's title, trailing or leading, or the start of
    /// another story.
    fn heading(&mut self, items: &[Item], idx: usize) {
        let Some(item) = items.get(idx) else { return };
        if self.cur.body > 0 {
            if self.cur.title.is_none() && matches_lede(item.text, &self.lede) {
                self.cur.title = Some(idx);
                self.cur.trailing_title = true;
                return;
            }
            let dateline = items.get(idx + 1).is_some_and(|n| has_dateline(n.text));
            let headline =
                count_words_half_cjk(item.text) >= HEADLINE_MIN_WORDS && !item.text.trim_end().ends_with(':');
            if (dateline || headline) && starts_story(items, idx + 1, &self.seen) {
                self.start_new();
                self.cur.title = Some(idx);
                self.cur.by_topic = !dateline;
            }
        } else {
            // The last heading before the body is the title ("Site name" may come first).
            self.cur.title = Some(idx);
        }
        self.cur.blocks.push(idx);
        keys(item.text, |k| {
            self.seen.insert(k);
        });
    }

    /// Reads running text or a list item `idx`: a dateline after a long enough story starts
    /// another when the topic changes too.
    fn body(&mut self, items: &[Item], idx: usize) {
        let Some(item) = items.get(idx) else { return };
        if self.cur.body > 0
            && has_dateline(item.text)
            && self.cur.words >= DATELINE_SPLIT_MIN_WORDS
            && shift(items, idx, &self.seen)
        {
            self.start_new();
        }
        self.cur.blocks.push(idx);
        self.cur.body += 1;
        self.cur.words += count_words_half_cjk(item.text);
        let lede_block = self.lede_blocks < LEDE_BLOCKS && item.kind == BlockKind::Paragraph;
        self.lede_blocks += usize::from(lede_block);
        let (seen, lede) = (&mut self.seen, &mut self.lede);
        keys(item.text, |k| {
            seen.insert(k);
            if lede_block {
                lede.insert(k);
            }
        });
    }
}

/// Joins the stories found by topic change alone back into the one before them when the first
/// story would be a small part of the whole.
fn undo_unsure_splits(segments: Vec<Segment>) -> Vec<Segment> {
    let total: usize = segments.iter().map(|s| s.words).sum();
    let first = segments.iter().find(|s| s.words > 0).map_or(0, |s| s.words);
    if segments.len() < 2 || first as f64 >= FIRST_STORY_SHARE * total as f64 {
        return segments;
    }
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for seg in segments {
        match out.last_mut() {
            Some(prev) if seg.by_topic && !prev.trailing_title => {
                prev.blocks.extend(seg.blocks);
                prev.words += seg.words;
                prev.body += seg.body;
                prev.teasers.extend(seg.teasers);
            }
            _ => out.push(seg),
        }
    }
    out
}

/// Whether heading `text` says what the lede (keys of the first paragraphs) says.
fn matches_lede(text: &str, lede: &KeySet) -> bool {
    let mut total = 0;
    let mut shared = 0;
    keys(text, |k| {
        total += 1;
        shared += usize::from(lede.contains(&k));
    });
    total >= TITLE_MIN_KEYS && shared as f64 >= TITLE_OVERLAP * total as f64
}

/// Whether the body after a heading (items from `from`) is another story: a dateline opens it,
/// or it shares few words with the article so far.
fn starts_story(items: &[Item], from: usize, seen: &KeySet) -> bool {
    let Some(next) = items.get(from) else { return false };
    if next.kind != BlockKind::Paragraph {
        return false;
    }
    has_dateline(next.text) || shift(items, from, seen)
}

/// Whether the text from item `from` (up to the next heading, [`LOOKAHEAD_WORDS`] words) shares
/// less than [`SHIFT_OVERLAP`] of its words with `seen`.
fn shift(items: &[Item], from: usize, seen: &KeySet) -> bool {
    if seen.len() < SHIFT_MIN_SEEN {
        return false;
    }
    let (mut total, mut shared, mut taken) = (0usize, 0usize, 0usize);
    for item in items.iter().skip(from) {
        if item.kind == BlockKind::Heading || taken >= LOOKAHEAD_WORDS {
            break;
        }
        taken += count_words_half_cjk(item.text);
        keys(item.text, |k| {
            total += 1;
            shared += usize::from(seen.contains(&k));
        });
    }
    total >= SHIFT_MIN_KEYS && (shared as f64) < SHIFT_OVERLAP * total as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_short_and_packed_in_order() {
        // Shorter words are ignored anyway; longer ones would never be probed.
        let stops = &furniture().topic_stops;
        assert!(stops.iter().all(|w| (4..=6).contains(&w.chars().count())), "{stops:?}");
        assert_eq!(stop_keys().len(), stops.len());
        assert!(stop_keys().windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn keys_skip_stop_words_and_short_words() {
        let mut a = Vec::new();
        keys("The minister SAID that Ministers would travel.", |k| a.push(k));
        let mut b = Vec::new();
        keys("minister ministers travel", |k| b.push(k));
        assert_eq!(a, b);
        assert_eq!(a[0], a[1]);
    }

    #[test]
    fn trailing_headline_is_the_title_and_a_dateline_starts_a_story() {
        let p1 = "SEOUL: Russia's foreign minister warned the US, South Korea and Japan against forming a security partnership targeting North Korea.";
        let items = vec![
            Item { text: p1, kind: BlockKind::Paragraph, boundary: false },
            Item { text: "Lavrov met Kim in Wonsan and praised the alliance between the two countries, officials in Moscow and Pyongyang said on Sunday.", kind: BlockKind::Paragraph, boundary: false },
            Item { text: "Russia warns US, South Korea and Japan against forming security alliance targeting North Korea", kind: BlockKind::Heading, boundary: false },
            Item { text: "Mali, Burkina say restricting entry for US nationals in reciprocal move", kind: BlockKind::Heading, boundary: false },
            Item { text: "ABIDJAN: Mali and Burkina Faso have announced travel restrictions on American nationals.", kind: BlockKind::Paragraph, boundary: false },
        ];
        let segs = split(&items);
        assert_eq!(segs.len(), 2, "{segs:?}");
        assert_eq!(segs[0].title, Some(2));
        assert!(segs[0].trailing_title);
        assert_eq!(segs[1].title, Some(3));
        assert_eq!(segs[1].blocks, [3, 4]);
    }
}
