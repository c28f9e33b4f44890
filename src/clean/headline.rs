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
/// A name of this many words ("Hermitian matrix") is a headline when the lede is about it.
const NAME_WORDS: usize = 2;
/// And at most this many (longer is a standfirst).
const MAX_WORDS: usize = 30;
/// A line this short naming a share button is the button's label ("All Share Services",
/// "Share Your Recipe").
const SHARE_LABEL_WORDS: usize = 4;
/// The least score a line needs to be taken for the headline: it shares content words with
/// the lede, or it is a heading right above the article.
const MIN_SCORE: f64 = 0.6;

/// Characters of a word compared: "terrarium" and "terrariums", "gigantům" and "giganty" name
/// the same thing, in any language, without a stemmer.
const STEM_CHARS: usize = 5;

/// Content words of `text`: lower case, at least four characters, cut to [`STEM_CHARS`]
/// (CJK: two-character windows).
fn content_words(text: &str, limit: usize) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(limit) {
        let chars: Vec<char> = word.chars().collect();
        if chars.iter().any(|&c| is_cjk_core(c)) {
            out.extend(chars.windows(2).map(|w| w.iter().collect::<String>()));
        } else if chars.len() >= 4 {
            out.push(chars.iter().take(STEM_CHARS).flat_map(|c| c.to_lowercase()).collect());
        }
    }
    out
}

/// Whether `word` is a year ("2016", "2016:").
fn is_year(word: &str) -> bool {
    let digits = word.trim_end_matches([',', ':', '.']);
    digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits.starts_with("19") || digits.starts_with("20"))
}

/// The most words of a byline glued to the end of a headline.
const TRAILING_BYLINE_WORDS: usize = 6;

/// The headline as shown: without a byline glued to its end ("Angry media won't buckle over new
/// surveillance laws by: Laurie Oakes", "The 'birth lottery' and economic mobility by Ahiza
/// Garcia @ahiza_garcia").
pub(crate) fn shown(text: &str) -> &str {
    for marker in [" by: ", " By: ", " by ", " By "] {
        if let Some((head, name)) = text.rsplit_once(marker) {
            let words: Vec<&str> = name.split_whitespace().collect();
            let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase() || c == '@');
            // A name alone, or a name then the byline's handle or date ("by Ahiza Garcia
            // @ahiza_garcia February 1, 2016: 12:41 PM ET").
            let a_name = !words.is_empty()
                && ((words.len() <= TRAILING_BYLINE_WORDS && words.iter().all(capitalised))
                    || (words.iter().take(2).all(capitalised)
                        && (name.contains('@') || words.iter().any(|w| is_year(w)))));
            if a_name && head.split_whitespace().count() >= MIN_WORDS {
                return head.trim_end();
            }
        }
    }
    text
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
    let long_enough = words >= NAME_WORDS || cjk >= 6;
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let digits = text.chars().filter(|c| c.is_ascii_digit()).count();
    let trimmed = text.trim_end_matches(['"', '\'', '”', '’', '»', ')']);
    long_enough
        && words <= MAX_WORDS
        && text.chars().count() <= 250
        && letters > digits * 3
        && (!trimmed.ends_with(['.', ',', ';', ':']) || ends_in_initialism(trimmed))
        && !boilerplate::is_boilerplate_line(text, text)
        && !(words <= SHARE_LABEL_WORDS && boilerplate::names_a_share_button(text))
        && !text.starts_with(['(', '©', '[', '|', '•'])
}

/// The headline among the blocks before `first` (the article's first paragraph), if one is
/// clearly there.
pub(crate) fn find(blocks: &[Facts], first: usize) -> Option<usize> {
    // Read the lede only once a line could be its headline: most short texts have none.
    let mut lede: Option<Vec<String>> = None;
    // (score, block, words, share of its words in the lede)
    let mut candidates: Vec<(f64, usize, usize, f64)> = Vec::new();
    let mut name = None;
    for i in (first.saturating_sub(REACH)..first).rev() {
        let Some(b) = blocks.get(i) else { continue };
        if b.kind == BlockKind::Code || !headline_shaped(b.text) {
            continue;
        }
        let lede = lede.get_or_insert_with(|| {
            blocks
                .iter()
                .skip(first)
                .filter(|b| b.kind != BlockKind::Heading)
                .flat_map(|b| content_words(b.text, LEDE_WORDS))
                .take(LEDE_WORDS)
                .collect()
        });
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
        // A two-word line is a section label, a site's or an author's name, unless nothing
        // longer names the lede and the lede is about both its words: a reference work's title
        // ("Hermitian matrix").
        let line_words = b.text.split_whitespace().count();
        if line_words < MIN_WORDS && !b.text.chars().any(is_cjk_core) {
            if shared == words.len() && shared == line_words && name.is_none() {
                name = Some(i);
            }
            continue;
        }
        candidates.push((score, i, line_words, overlap));
    }
    let Some(best) = candidates.iter().fold(None, |best: Option<&(f64, usize, usize, f64)>, c| match best {
        Some(b) if c.0 <= b.0 => Some(b),
        _ => Some(c),
    }) else {
        return name;
    };
    // A standfirst under the headline names the lede's words even more often: the shorter line
    // just above it that names them too is the headline, and so is a line of a headline's
    // length right above it with nothing dropped between (a kicker or a section label there
    // is shorter, another story's headline is set apart by its teaser's links).
    let above = candidates.iter().find(|c| {
        c.1 < best.1
            && c.3 >= HEADLINE_OVERLAP
            && ((best.1 - c.1 <= STANDFIRST_GAP && best.2 >= STANDFIRST_WORDS && c.2 < best.2)
                || (best.1 - c.1 == 1
                    && c.2 >= HEADLINE_WORDS
                    && blocks.get(best.1).is_some_and(|b| b.gap_before == 0)))
    });
    // A line that names nothing of the lede (a site's tagline right above it) gives way to a
    // name the lede is all about.
    let says_nothing = |c: &&(f64, usize, usize, f64)| c.3 == 0.0 && name.is_some();
    above.or(Some(best)).filter(|c| c.0 >= MIN_SCORE && !says_nothing(c)).map(|c| c.1).or(name)
}

/// How many blocks above a standfirst its headline may stand.
const STANDFIRST_GAP: usize = 2;
/// A line this long under another headline-shaped line is a standfirst.
const STANDFIRST_WORDS: usize = 15;
/// A line right above the best candidate with at least this many words is the headline over
/// its standfirst.
const HEADLINE_WORDS: usize = 6;
/// The least share of its words a headline above a standfirst has in the lede.
const HEADLINE_OVERLAP: f64 = 0.3;

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
    fn a_tagline_that_names_nothing_of_the_lede_gives_way_to_the_name_above_it() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Basalt columns", Heading),
            ("From Geopedia, the open atlas", Heading),
            (
                "Basalt columns are tall prisms of cooled lava whose cracks form as a thick basalt \
                 flow shrinks, and the columns stand in many volcanic regions.",
                Paragraph,
            ),
        ]);
        assert_eq!(find(&blocks, 2), Some(0));
    }

    #[test]
    fn the_headline_stands_over_a_short_standfirst() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Tite diz que errou ao levar taça da Libertadores a Lula em 2012", Heading),
            ("Na ocasião, técnico do Corinthians entregou réplica do troféu ao ex-presidente", Heading),
            (
                "Na ocasião, o técnico do Corinthians entregou ao ex-presidente Lula uma réplica do \
                 troféu, e Tite diz agora que errou.",
                Paragraph,
            ),
        ]);
        assert_eq!(find(&blocks, 2), Some(0));
        // A kicker above the headline is no headline.
        let blocks = facts(&[
            ("Copa do Brasil", Heading),
            ("Tite diz que errou ao levar taça da Libertadores a Lula", Heading),
            (
                "Após rechaçar um encontro, o técnico Tite declarou que errou ao levar a taça a Lula.",
                Paragraph,
            ),
        ]);
        assert_eq!(find(&blocks, 2), Some(1));
    }

    #[test]
    fn labels_and_prompts_are_not_headlines() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Read Later", Heading),
            ("Main Content", Heading),
            ("All Share Services", Heading),
            ("5 min read", Paragraph),
            ("The city council approved the budget on Tuesday after months of debate.", Paragraph),
        ]);
        assert_eq!(find(&blocks, 4), None);
    }

    #[test]
    fn the_headline_above_its_standfirst() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Māori tribes fearful over whale strandings", Heading),
            ("New Zealand's whale whisperers worry that changes in the ocean are behind the spike in strandings", Heading),
            ("Thu 3 Jan 2019 02.00 EST", Heading),
            ("Whale whisperer Hori Parata was seven years old when he attended his first mass stranding of whales in New Zealand.", Paragraph),
        ]);
        assert_eq!(find(&blocks, 3), Some(0));
    }

    #[test]
    fn a_reference_works_short_title() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Hermitian matrix", Heading),
            ("From Wikipedia, the free encyclopedia", Paragraph),
            ("Contents", Heading),
            ("In mathematics, a Hermitian matrix is a complex square matrix equal to its own conjugate transpose.", Paragraph),
        ]);
        assert_eq!(find(&blocks, 3), Some(0));
        let labels = facts(&[
            ("Top Stories", Heading),
            ("In mathematics, a Hermitian matrix is a complex square matrix equal to its own conjugate transpose.", Paragraph),
        ]);
        assert_eq!(find(&labels, 1), None);
    }

    #[test]
    fn inflected_words_still_match_the_lede() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Fashion, Style & Personal Care", Heading),
            ("How to Build a Terrarium", Heading),
            ("eHow Contributor", Paragraph),
            (
                "Glass cloche terrariums are appealing to the eye, and they are easy to build at home.",
                Paragraph,
            ),
        ]);
        assert_eq!(find(&blocks, 3), Some(1));
    }

    #[test]
    fn a_byline_glued_to_the_headline_is_not_shown() {
        assert_eq!(
            shown("Angry media won't buckle over new surveillance laws by: Laurie Oakes"),
            "Angry media won't buckle over new surveillance laws"
        );
        assert_eq!(
            shown("The 'birth lottery' and economic mobility by Ahiza Garcia @ahiza_garcia"),
            "The 'birth lottery' and economic mobility"
        );
        assert_eq!(
            shown("The 'birth lottery' and economic mobility by Ahiza Garcia @ahiza_garcia February 1, 2016: 12:41 PM ET"),
            "The 'birth lottery' and economic mobility"
        );
        assert_eq!(
            shown("Council meeting disrupted by Extinction Rebellion protesters outside the hall"),
            "Council meeting disrupted by Extinction Rebellion protesters outside the hall"
        );
        assert_eq!(shown("Stand by Me"), "Stand by Me");
        assert_eq!(shown("Killed by the Police"), "Killed by the Police");
    }
}
