//! Which line of a pasted page is the article's headline.
//!
//! In a plain-text paste the headline is a short line shortly before the article's first
//! paragraph, but so are a byline, a date, a photo credit, a section label and a share prompt.
//! The headline is told apart by its shape (several words, no closing full stop, letters
//! rather than digits) and above all by what it says: it names what the lede is about.

use super::body::Facts;
use super::boilerplate;
use super::BlockKind;
use crate::classify::is_cjk_core;

/// How many blocks before the article's first paragraph the headline may stand (bylines,
/// dates, credits, share rows and a standfirst come between).
const REACH: usize = 10;
/// Words of the article's opening read for what it is about.
const LEDE_WORDS: usize = 120;
/// A headline has at least this many words ("Budget passes" is a subheading or a label).
const MIN_WORDS: usize = 3;
/// And at most this many (longer is a standfirst).
const MAX_WORDS: usize = 30;
/// The least score a line needs to be taken for the headline: it shares content words with
/// the lede, or it is a heading right above the article.
const MIN_SCORE: f64 = 0.6;

/// Content words of `text`: lower case, at least four characters (CJK: two-character windows).
fn content_words(text: &str, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(limit) {
        let chars: Vec<char> = word.chars().collect();
        if chars.iter().any(|&c| is_cjk_core(c)) {
            out.extend(chars.windows(2).map(|w| w.iter().collect::<String>()));
        } else if chars.len() >= 4 {
            out.push(word.to_lowercase());
        }
    }
    out
}

/// Whether `text` ends in a dotted abbreviation ("... Underneath N.Y.C."), whose full stop is
/// not a sentence's.
fn ends_in_initialism(text: &str) -> bool {
    text.rsplit(' ').next().is_some_and(|w| {
        w.len() >= 4 && w.matches('.').count() >= 2 && w.chars().all(|c| c == '.' || c.is_uppercase())
    })
}

/// Whether `text` has a headline's shape.
fn headline_shaped(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let cjk = text.chars().filter(|&c| is_cjk_core(c)).count();
    let long_enough = words >= MIN_WORDS || cjk >= 6;
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let digits = text.chars().filter(|c| c.is_ascii_digit()).count();
    let trimmed = text.trim_end_matches(['"', '\'', '”', '’', '»', ')']);
    long_enough
        && words <= MAX_WORDS
        && text.chars().count() <= 250
        && letters > digits * 3
        && (!trimmed.ends_with(['.', ',', ';', ':']) || ends_in_initialism(trimmed))
        && !boilerplate::is_boilerplate_line(text, text)
        && !text.starts_with(['(', '©', '[', '|', '•'])
}

/// The headline among the blocks before `first` (the article's first paragraph), if one is
/// clearly there.
pub(crate) fn find(blocks: &[Facts], first: usize) -> Option<usize> {
    let lede: Vec<String> = blocks
        .iter()
        .skip(first)
        .filter(|b| b.kind != BlockKind::Heading)
        .flat_map(|b| content_words(b.text, LEDE_WORDS))
        .take(LEDE_WORDS)
        .collect();
    let mut best: Option<(f64, usize)> = None;
    for i in (first.saturating_sub(REACH)..first).rev() {
        let Some(b) = blocks.get(i) else { continue };
        if !headline_shaped(b.text) {
            continue;
        }
        let words = content_words(b.text, MAX_WORDS);
        let shared = words.iter().filter(|w| lede.contains(w)).count();
        let overlap = shared as f64 / words.len().max(1) as f64;
        let distance = first - i;
        let mut score = 2.0 * overlap + 0.5 / distance as f64;
        if b.kind == BlockKind::Heading {
            score += 0.25;
        }
        if shared == 0 && distance > 2 {
            continue;
        }
        if !best.is_some_and(|(s, _)| score <= s) {
            best = Some((score, i));
        }
    }
    best.filter(|&(s, _)| s >= MIN_SCORE).map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(parts: &[(&'static str, BlockKind)]) -> Vec<Facts<'static>> {
        parts.iter().map(|&(text, kind)| Facts { text, gap_before: 0, kind, link_bytes: 0 }).collect()
    }

    #[test]
    fn the_line_that_names_the_lede_is_the_headline() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Share by email", Heading),
            ("Council passes budget after months of debate", Heading),
            ("By Jane Doe, City Hall reporter", Paragraph),
            ("Nov. 20, 2019 Updated: 1:35 a.m.", Paragraph),
            ("(Photo: Getty Images)", Paragraph),
            ("The city council approved the budget on Tuesday after months of debate.", Paragraph),
        ]);
        assert_eq!(find(&blocks, 5), Some(1));
    }

    #[test]
    fn labels_and_prompts_are_not_headlines() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Read Later", Heading),
            ("Main Content", Heading),
            ("5 min read", Paragraph),
            ("The city council approved the budget on Tuesday after months of debate.", Paragraph),
        ]);
        assert_eq!(find(&blocks, 3), None);
    }
}
