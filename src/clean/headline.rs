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

/// Signs of a heading's permalink pasted after it ("#" ends names: "C#").
const PERMALINK_SIGNS: [char; 1] = ['¶'];

/// Share buttons' labels pasted before the headline they share.
const SHARE_PREFIXES: [&str; 4] = ["Share ", "Teilen ", "Partager ", "Compartir "];

/// The most words of a byline glued to the end of a headline.
const TRAILING_BYLINE_WORDS: usize = 6;

/// The headline as shown: without a byline glued to its end ("Angry media won't buckle over new
/// surveillance laws by: Laurie Oakes", "The 'birth lottery' and economic mobility by Ahiza
/// Garcia @ahiza_garcia").
pub(crate) fn shown(text: &str) -> &str {
    // "Shared History¶": a heading's permalink sign.
    let text = text.trim_end_matches(PERMALINK_SIGNS).trim_end();
    // "Share The 21 best films of 2017": the share button's label before the headline it shares.
    let text = SHARE_PREFIXES
        .iter()
        .find_map(|p| {
            text.strip_prefix(p).filter(|rest| {
                rest.starts_with(char::is_uppercase) && rest.split_whitespace().count() >= MIN_WORDS
            })
        })
        .unwrap_or(text);
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

/// A headline has more than this many letters for each digit ("The 21 best movies of 2017",
/// "Weekly Facts #282 - 0.17 in sight"; a score, a price list or a date has fewer).
const DIGIT_SHARE: usize = 2;

/// Whether `text` is an article's date or byline, also when shown without the byline glued to
/// its end ("Tuesday 15 October 2019 by Jane Doe" is a date).
fn is_meta(text: &str) -> bool {
    boilerplate::is_article_meta(text) || {
        let head = shown(text);
        head.len() < text.len() && boilerplate::is_article_meta(head)
    }
}

/// Separators of a breadcrumb trail ("Home > News > Science", "Start » Reisen » Asien") or of a
/// row of links ("« Guide :: Contents :: Concepts »"), each a word of its own.
const CRUMB_MARKS: [&str; 6] = [">", ">>", "»", "›", "/", "::"];
/// A breadcrumb trail has at least this many parts.
const MIN_CRUMBS: usize = 3;

/// The last part of `text` when it is a breadcrumb trail: the page's own name ends the trail.
fn crumbs(text: &str) -> Option<&str> {
    // (Split at any space: a no-break space often stands before the separator.)
    let (mut parts, mut marks) = (0, 0);
    // The byte range of the part being read and of the last part read.
    let mut part: Option<(usize, usize)> = None;
    let mut last = None;
    for word in text.split_whitespace() {
        let at = word.as_ptr() as usize - text.as_ptr() as usize;
        if CRUMB_MARKS.contains(&word) {
            marks += 1;
            if part.is_some() {
                parts += 1;
                last = part.take();
            }
        } else {
            part = Some((part.map_or(at, |p| p.0), at + word.len()));
        }
    }
    if part.is_some() {
        parts += 1;
        last = part;
    }
    // ("« Guide :: Contents :: Concepts »": a part may close with a mark.)
    (parts >= MIN_CRUMBS && marks + 1 >= MIN_CRUMBS).then(|| last.and_then(|(a, b)| text.get(a..b))).flatten()
}

/// A word this many times in a line makes it a list of choices ("since 2005 before 2005
/// before 2000 before 1995 …"), not a headline.
const REPEATS: usize = 3;

/// Whether a word of letters stands [`REPEATS`] times in `text`.
fn repeats_a_word(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .filter(|w| w.chars().count() >= 2 && w.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
        .take(MAX_WORDS + 1)
        .collect();
    words.iter().any(|w| words.iter().filter(|v| *v == w).count() >= REPEATS)
}

/// Words that lines of a menu open alike with ("Follow us on …").
const MENU_OPENING_WORDS: usize = 2;

/// Whether two lines open with the same [`MENU_OPENING_WORDS`] words.
fn open_alike(a: &str, b: &str) -> bool {
    let opening =
        |t: &str| t.split_whitespace().take(MENU_OPENING_WORDS).map(str::to_lowercase).collect::<Vec<_>>();
    let (a, b) = (opening(a), opening(b));
    a.len() == MENU_OPENING_WORDS && a == b
}

/// Whether a story's heading may stand for its title: no date or byline, no trail of links, no
/// label of a comment or a related-stories section, no link's arrow.
pub(crate) fn may_title(text: &str) -> bool {
    !is_meta(text)
        && crumbs(text).is_none()
        && !text.starts_with(LINK_ARROWS)
        && !boilerplate::is_comments_label(text)
        && !boilerplate::is_related_label(text)
}

/// Signs of a link's arrow before its label ("> Working hours", "‹ Back").
const LINK_ARROWS: [char; 3] = ['>', '<', '›'];

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
        && letters > digits * DIGIT_SHARE
        && (!trimmed.ends_with(['.', ',', ';', ':']) || ends_in_initialism(trimmed))
        && !boilerplate::is_boilerplate_line(text, text)
        && !repeats_a_word(text)
        && !(words <= SHARE_LABEL_WORDS && boilerplate::names_a_share_button(text))
        && !text.starts_with(['(', '©', '[', '|', '•'])
        && may_title(text)
}

/// How many blocks above an article's date or byline its headline may stand (a section label,
/// a share row or a photo's caption come between), even beyond [`REACH`].
const ABOVE_META: usize = 4;
/// How far above the article the label of a table of contents may stand (one entry a block).
const CONTENTS_REACH: usize = 4 * REACH;
/// What a line right above an article's date or byline gains: that is where a headline stands.
const META_BONUS: f64 = 0.25;
/// What a line gains when a breadcrumb trail in the window ends with it: the page's own name.
const CRUMB_BONUS: f64 = 0.5;
/// The most words of a reference work's name that its article opens with ("New Zealand (Māori:
/// Aotearoa) is …", "Mozilla is …").
const OPENING_NAME_WORDS: usize = 4;

/// Whether `lede` opens with `name` as its subject: the name, then the sentence goes on in lower
/// case or with a parenthesis ("Mozilla is a …", "New Zealand (Māori: …) is …"); a dateline
/// ("CAIRO — Gunmen …") goes on with a dash.
fn opens_with(lede: &str, name: &str) -> bool {
    let name = name.trim();
    let words = name.split_whitespace().count();
    (1..=OPENING_NAME_WORDS).contains(&words)
        && name.chars().any(char::is_alphabetic)
        && lede
            .strip_prefix(name)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase() || c == '('))
}

/// Separators of a trail's parts, which a kicker has none of.
const TRAIL_MARKS: [char; 5] = ['|', '>', '»', '›', '/'];

/// Whether `long` is a headline with a kicker before `short` ("The Open Journalism Project:
/// Better Student Journalism" over "Better Student Journalism"): `short` ends it, after a colon
/// or a dash. A trail of a site's sections ("Site | Posts | Fashion | …") is no kicker.
fn kicker_then(long: &str, short: &str) -> bool {
    long.len() > short.len()
        && long.strip_suffix(short.trim()).is_some_and(|kicker| {
            let kicker = kicker.trim_end();
            kicker.ends_with([':', '：', '-', '–', '—'])
                && !kicker.contains(TRAIL_MARKS)
                && kicker.trim_end_matches([':', '：', '-', '–', '—']).chars().any(char::is_alphanumeric)
        })
}

/// The headline among the blocks before `first` (the article's first paragraph), if one is
/// clearly there; the first paragraph itself when it is headline-shaped (no closing full stop)
/// and prose follows it: a headline pasted without its heading's style.
pub(crate) fn find(blocks: &[Facts], first: usize) -> Option<usize> {
    let opening_is_headline = blocks.get(first).is_some_and(|b| {
        b.kind == BlockKind::Paragraph
            && headline_shaped(b.text)
            && (!boilerplate::ends_sentence(b.text) || ends_in_initialism(b.text))
            && b.text.split_whitespace().count() >= MIN_WORDS
    }) && blocks.get(first + 1).is_some_and(|b| {
        // Prose that starts a sentence of its own, not the rest of a paragraph cut in two.
        b.kind != BlockKind::Heading
            && boilerplate::ends_sentence(b.text)
            && !b.text.starts_with(char::is_lowercase)
    });
    let top = if opening_is_headline { first + 1 } else { first };
    let lede_text = blocks.iter().skip(top).find(|b| b.kind != BlockKind::Heading).map_or("", |b| b.text);
    // A reference work's name that its article opens with, as the page's first line (a line
    // nearer the article that the lede opens with is as often an author's or a menu's name).
    let opening_name = Some(0).filter(|&i| {
        i < top
            && blocks.get(i).is_some_and(|b| b.kind == BlockKind::Heading && opens_with(lede_text, b.text))
    });
    if opening_name.is_some() {
        return opening_name;
    }
    // The article's date and byline lines: its headline stands above them.
    let mut lowest = top.saturating_sub(REACH);
    let metas: Vec<usize> =
        (lowest..top).filter(|&i| blocks.get(i).is_some_and(|b| is_meta(b.text))).collect();
    if let Some(&topmost) = metas.first() {
        lowest = lowest.min(topmost.saturating_sub(ABOVE_META));
    }
    // A table of contents between the headline and the article: the headline is above its label.
    let contents = (top.saturating_sub(CONTENTS_REACH)..top)
        .rev()
        .find(|&i| blocks.get(i).is_some_and(|b| boilerplate::is_contents_label(b.text)));
    if let Some(label) = contents {
        lowest = lowest.min(label.saturating_sub(ABOVE_META));
    }
    // The last parts of the breadcrumb trails in the window.
    let trail_ends: Vec<&str> =
        (lowest..top).filter_map(|i| blocks.get(i).and_then(|b| crumbs(b.text))).collect();
    // Read the lede only once a line could be its headline: most short texts have none.
    let mut lede: Option<Vec<String>> = None;
    // (score, block, words, share of its words in the lede)
    let mut candidates: Vec<(f64, usize, usize, f64)> = Vec::new();
    let mut name = None;
    // The lines in the window from the article upwards, as (block, where it stands): each
    // block where it is, and a line printed again just before a block (its copy folded away)
    // where the copy stood, when its first copy is further up than the window reaches.
    let echo = |at: usize| {
        blocks.get(at).and_then(|b| b.echo()).map(|j| j as usize).filter(|&j| j < lowest).map(|j| (j, at))
    };
    let lines =
        (lowest..=top).rev().flat_map(|at| echo(at).into_iter().chain((at < top).then_some((at, at + 1))));
    for (i, stands) in lines {
        let Some(b) = blocks.get(i) else { continue };
        if b.kind == BlockKind::Code || !headline_shaped(b.text) {
            continue;
        }
        let echoed = stands != i + 1;
        let lede = lede.get_or_insert_with(|| {
            blocks
                .iter()
                .skip(top)
                .filter(|b| b.kind != BlockKind::Heading)
                .flat_map(|b| content_words(b.text, LEDE_WORDS))
                .take(LEDE_WORDS)
                .collect()
        });
        let words = content_words(b.text, MAX_WORDS);
        let shared = words.iter().filter(|w| lede.contains(w)).count();
        let overlap = shared as f64 / words.len().max(1) as f64;
        // (`stands` is the block right below the line.)
        let distance = top + 1 - stands;
        let mut score = 2.0 * overlap + 0.5 / distance as f64;
        if b.kind == BlockKind::Heading {
            score += 0.25;
        }
        // (A long line there is a standfirst or a photo's caption, one of a run of lines that
        // open alike is a menu's item: "Visit us on Facebook", "Visit us on LinkedIn".)
        let line_words = b.text.split_whitespace().count();
        let above_meta = metas.contains(&stands)
            && line_words < STANDFIRST_WORDS
            && !i.checked_sub(1).and_then(|p| blocks.get(p)).is_some_and(|p| open_alike(p.text, b.text));
        if above_meta {
            score += META_BONUS;
        }
        // (The trail's end may carry more: "The Long Walk (2021/5)".)
        let crumb = trail_ends.iter().any(|end| end.starts_with(b.text.trim()));
        if crumb {
            score += CRUMB_BONUS;
        }
        // (A copy that names nothing of the lede is a menu's or a section's label.)
        if (shared == 0 && distance > 2 && !above_meta && !crumb) || (echoed && shared == 0) {
            continue;
        }
        // A two-word line is a section label, a site's or an author's name, unless nothing
        // longer names the lede and the lede is about both its words: a reference work's title
        // ("Hermitian matrix").
        if line_words < MIN_WORDS && !b.text.chars().any(is_cjk_core) {
            if shared == words.len() && shared == line_words && name.is_none() {
                name = Some(i);
            }
            continue;
        }
        candidates.push((score, i, line_words, overlap));
    }
    // A line of a headline's length printed again right above the article's date or byline,
    // its first copy further up the page (the page's title bar), is the headline the page
    // names twice, whatever the lede's words (a kicker above it may name them more).
    let twice = metas.iter().rev().find_map(|&m| {
        let j = blocks.get(m)?.echo()? as usize;
        let b = blocks.get(j)?;
        let words = b.text.split_whitespace().count();
        (b.kind != BlockKind::Code
            && (HEADLINE_WORDS..STANDFIRST_WORDS).contains(&words)
            && headline_shaped(b.text))
        .then_some(j)
    });
    if twice.is_some() {
        return twice;
    }
    let Some(best) = candidates.iter().fold(None, |best: Option<&(f64, usize, usize, f64)>, c| match best {
        Some(b) if c.0 <= b.0 => Some(b),
        _ => Some(c),
    }) else {
        return name.or_else(|| taken_in(blocks, first));
    };
    let text_of = |c: &(f64, usize, usize, f64)| blocks.get(c.1).map_or("", |b| b.text);
    // A line between the article's date or byline and its text is a caption, a tag row or a
    // subheading: the headline is the line above them that names the lede.
    // (The nearest such line: a menu's item further up may name the lede's words as often.)
    let over_meta = metas.iter().rev().find(|&&m| m < best.1 && best.1 - m <= ABOVE_META).and_then(|&m| {
        // Candidates run from the article upwards: the first found is the nearest.
        candidates.iter().find(|c| c.1 < m && m - c.1 <= ABOVE_META && c.3 >= HEADLINE_OVERLAP)
    });
    let best = over_meta.unwrap_or(best);
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
                    && blocks.get(best.1).is_some_and(|b| {
                        b.gap_before == 0 || ((b.gap_before as usize) <= DROPPED_DATE_WORDS && c.3 >= best.3)
                    })))
    });
    // A line that names nothing of the lede (a site's tagline right above it) gives way to a
    // name the lede is all about.
    let says_nothing = |c: &&(f64, usize, usize, f64)| c.3 == 0.0 && name.is_some();
    let chosen = above.or(Some(best)).filter(|c| c.0 >= MIN_SCORE && !says_nothing(c));
    // The same headline with its kicker, just above: shown whole.
    let whole = chosen.and_then(|c| {
        (c.1.saturating_sub(STANDFIRST_GAP + 1)..c.1).find(|&i| {
            blocks.get(i).is_some_and(|b| headline_shaped(b.text) && kicker_then(b.text, text_of(c)))
        })
    });
    whole.or(chosen.map(|c| c.1)).or(name)
}

/// How many of the article's first blocks may be a site's short header lines above a headline
/// the article finder took in with the article.
const TAKEN_IN_REACH: usize = 3;

/// The headline among the article's first blocks, when nothing above the article is one and
/// the article was taken to begin at a site's header lines ("Hi, I'm Jane.", "I write about
/// code."): a headline-shaped line of several words after only short lines, followed by prose
/// that names at least half of its words.
fn taken_in(blocks: &[Facts], first: usize) -> Option<usize> {
    let is_short = |b: &Facts| b.text.split_whitespace().count() < HEADLINE_WORDS * 2;
    (first + 1..=first + TAKEN_IN_REACH).find(|&k| {
        let (Some(line), Some(next)) = (blocks.get(k), blocks.get(k + 1)) else { return false };
        let words = content_words(line.text, MAX_WORDS);
        let lede: Vec<String> = blocks
            .iter()
            .skip(k + 1)
            .filter(|b| b.kind != BlockKind::Heading)
            .flat_map(|b| content_words(b.text, LEDE_WORDS))
            .take(LEDE_WORDS)
            .collect();
        let shared = words.iter().filter(|w| lede.contains(w)).count();
        line.kind != BlockKind::Code
            && blocks.get(first..k).is_some_and(|above| above.iter().all(is_short))
            && headline_shaped(line.text)
            && !boilerplate::ends_sentence(line.text)
            && line.text.split_whitespace().count() >= MIN_WORDS
            && next.kind != BlockKind::Heading
            && boilerplate::ends_sentence(next.text)
            && !next.text.starts_with(char::is_lowercase)
            && !is_short(next)
            && shared * 2 >= words.len().max(1)
    })
}

/// How many blocks above a standfirst its headline may stand.
const STANDFIRST_GAP: usize = 2;
/// A line this long under another headline-shaped line is a standfirst.
const STANDFIRST_WORDS: usize = 15;
/// A line right above the best candidate with at least this many words is the headline over
/// its standfirst.
const HEADLINE_WORDS: usize = 6;
/// The most words dropped between a headline and its standfirst: a date line ("Last updated:
/// January 7, 2025"), not another story's teaser (the headline then names the lede at least as
/// well as the standfirst does).
const DROPPED_DATE_WORDS: usize = 6;
/// The least share of its words a headline above a standfirst has in the lede.
const HEADLINE_OVERLAP: f64 = 0.3;

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(parts: &[(&'static str, BlockKind)]) -> Vec<Facts<'static>> {
        parts
            .iter()
            .map(|&(text, kind)| Facts {
                text,
                gap_before: 0,
                kind,
                link_bytes: 0,
                echo_of: crate::clean::body::NO_ECHO,
            })
            .collect()
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
    fn a_date_line_with_its_byline_is_no_headline() {
        use BlockKind::*;
        let blocks = facts(&[
            ("On Leaving the Committee", Heading),
            ("Wednesday 12 March 2025 by Ana Ruiz", Heading),
            ("The last weeks have been hard for the volunteers and for me.", Paragraph),
        ]);
        // The line above the date and byline is the headline, though the lede names none of it.
        assert_eq!(find(&blocks, 2), Some(0));
        assert!(!headline_shaped("Wednesday 12 March 2025 by Ana Ruiz"));
    }

    #[test]
    fn the_headline_stands_above_the_byline_not_the_tag_row_below_it() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Solar Kiosk 2 - The pocket power bank that charges from any window", Heading),
            ("Mara Lind Tuesday, March 3, 2020 @ 9:15 AM UTC", Heading),
            ("Gadgets Energy Solar Kiosk Power Solar Kiosk 2", Heading),
            ("The Solar Kiosk Power, sold under the Gadgets Energy label, is out now.", Paragraph),
        ]);
        assert_eq!(find(&blocks, 3), Some(0));
    }

    #[test]
    fn a_menus_item_above_the_date_is_no_headline() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Find us at Mastodon", Heading),
            ("Find us at Bluesky", Heading),
            ("Science 3.4.2031, 10:15", Heading),
            ("Tidal power plants: can the sea light every city by the coast?", Paragraph),
            ("Tidal power plants keep coming up whenever the price of energy rises again.", Paragraph),
        ]);
        assert_eq!(find(&blocks, 3), None);
    }

    #[test]
    fn the_nearest_line_above_the_byline_names_the_lede() {
        use BlockKind::*;
        let blocks = facts(&[
            ("ABOUT US Journal multiplier readings", Heading),
            ("Towards a realistic view of the multiplier", Heading),
            ("Georg Hahn, 21. Jan. 2031", Heading),
            ("A realistic reading of the fiscal multiplier 3.17 5 12", Heading),
            (
                "A realistic reading shows the fiscal multiplier can pay for itself, journal readers heard.",
                Paragraph,
            ),
        ]);
        assert_eq!(find(&blocks, 4), Some(1));
    }

    #[test]
    fn a_headline_printed_again_above_the_article_is_found_at_the_top() {
        use BlockKind::*;
        // The page opens with the headline; its copy right above the article was folded away.
        let mut parts = vec![("Mapping the Night Sky with a Phone Camera", Heading)];
        parts.extend(std::iter::repeat(("Members Area", Heading)).take(REACH));
        parts.push(("Astronomy Club Of Riverton", Heading));
        parts.push((
            "A phone camera on a tripod can map the night sky, star by star, in an evening.",
            Paragraph,
        ));
        let mut blocks = facts(&parts);
        let first = parts.len() - 1;
        assert_eq!(find(&blocks, first), Some(first - 1));
        blocks[first].echo_of = 0;
        assert_eq!(find(&blocks, first), Some(0));
        // A copy that names nothing of the lede is a label printed twice.
        let mut parts = vec![("Most Read This Week", Heading)];
        parts.extend(std::iter::repeat(("Members Area", Heading)).take(REACH));
        parts.push((
            "A phone camera on a tripod can map the night sky, star by star, in an evening.",
            Paragraph,
        ));
        let mut labels = facts(&parts);
        labels[first - 1].echo_of = 0;
        assert_eq!(find(&labels, first - 1), None);
    }

    #[test]
    fn a_headline_printed_in_the_title_bar_and_above_the_byline_wins_over_its_kicker() {
        use BlockKind::*;
        // The headline opens the page (its title bar) and stood again between the kicker and
        // the byline, where its copy was folded away; the lede names the kicker's words only.
        let mut parts = vec![("Screen time: «Night Shift», «Six Days», «The Quiet Earth»…", Paragraph)];
        parts.extend(std::iter::repeat(("Members Area", Heading)).take(REACH));
        parts.push(("On your screens this week", Heading));
        parts.push(("By Ann Lee and Tom Roe — 24 November 2017 at 18:42", Paragraph));
        parts.push((
            "Series, documentaries and shows for children: what to watch on your screens this week.",
            Paragraph,
        ));
        let mut blocks = facts(&parts);
        let first = parts.len() - 1;
        assert_eq!(find(&blocks, first), Some(first - 2));
        blocks[first - 1].echo_of = 0;
        assert_eq!(find(&blocks, first), Some(0));
    }

    #[test]
    fn a_headline_taken_in_with_the_article_after_the_sites_header_lines() {
        use BlockKind::*;
        let lede = "So you finally test your garden soil? Testing soil acidity tells you which \
                    plants will thrive, and a cheap kit does it in minutes.";
        let blocks = facts(&[
            ("Hi, I'm Jane.", Paragraph),
            ("I grow things. I write about it.", Paragraph),
            ("Testing Your Garden Soil Acidity", Heading),
            (lede, Paragraph),
        ]);
        assert_eq!(find(&blocks, 0), Some(2));
        // After a paragraph of prose the line is a subheading.
        let blocks =
            facts(&[(lede, Paragraph), ("Testing Your Garden Soil Acidity", Heading), (lede, Paragraph)]);
        assert_eq!(find(&blocks, 0), None);
    }

    #[test]
    fn the_headline_stands_above_a_table_of_contents() {
        use BlockKind::*;
        let mut parts = vec![
            ("Garden Notes: Composting at Home", Heading),
            ("« Garden Notes: Soil :: Index :: Garden Notes: Seeds »", Heading),
            ("Garden Notes: Composting at Home¶", Heading),
            ("Contents", Heading),
        ];
        parts.extend(std::iter::repeat(("Turning the heap with a fork", Heading)).take(REACH));
        parts.push((
            "Composting at home turns kitchen scraps into soil for the garden in a season.",
            Paragraph,
        ));
        let blocks = facts(&parts);
        let found = find(&blocks, parts.len() - 1);
        assert!(matches!(found, Some(0 | 2)), "{found:?}");
        assert_eq!(shown("Garden Notes: Composting at Home¶"), "Garden Notes: Composting at Home");
    }

    #[test]
    fn a_headline_beyond_the_reach_is_found_above_the_byline() {
        use BlockKind::*;
        let mut parts = vec![
            ("Floods force thousands from river towns in Bavaria", Heading),
            ("Europe", Heading),
            ("By Karl Weiss March 4 at 6:10 PM", Heading),
        ];
        parts
            .extend(std::iter::repeat(("Rescue crews evacuate a street in Passau", Heading)).take(REACH - 2));
        parts.push((
            "Floods forced thousands of people from towns along the river in Bavaria on Monday.",
            Paragraph,
        ));
        let blocks = facts(&parts);
        assert_eq!(find(&blocks, parts.len() - 1), Some(0));
    }

    #[test]
    fn a_headline_over_a_dropped_date_and_its_standfirst() {
        use BlockKind::*;
        let mut blocks = facts(&[
            (
                "Rethinking Rail Freight in 2030: Nordline Opens New Depots Along Its Northern Corridor",
                Heading,
            ),
            ("Nordline Adds Depots for Freight Customers", Heading),
            (
                "Nordline is rethinking rail freight: it opens new depots along its northern \
                 corridor for freight customers this week.",
                Paragraph,
            ),
        ]);
        // "Last updated: May 2, 2030" was dropped between the two.
        blocks[1].gap_before = 5;
        assert_eq!(find(&blocks, 2), Some(0));
    }

    #[test]
    fn the_opening_line_without_a_full_stop_is_the_headline() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Burst Mains and Sinkholes: What Frost Does Beneath the Streets of L.A.", Paragraph),
            ("Frost splits the old mains beneath the streets, and sinkholes follow.", Paragraph),
            ("Crews repaired three burst mains beneath the streets this week.", Paragraph),
        ]);
        assert_eq!(find(&blocks, 0), Some(0));
        // A paragraph cut in two by a formula is no headline.
        let cut = facts(&[
            ("Finally, the ability to mix formulas and text in a paragraph", Paragraph),
            ("is shown by this example of an inline formula.", Paragraph),
        ]);
        assert_eq!(find(&cut, 0), None);
    }

    #[test]
    fn a_reference_works_name_the_article_opens_with() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Tramway", Heading),
            ("From the free encyclopedia", Heading),
            ("Type Rail transport system", Heading),
            ("Predecessor Horse tramway", Heading),
            (
                "Tramway (also tram line) is a rail transport system running on tracks along streets.",
                Paragraph,
            ),
        ]);
        assert_eq!(find(&blocks, 4), Some(0));
        // A menu's item that the lede happens to open with is no name.
        let menu = facts(&[
            ("Skip to content", Heading),
            ("Weather warnings", Heading),
            ("Tramway", Heading),
            ("Tramway fares rise again in the new year", Heading),
            ("Tramway fares will rise again in the new year, the city said on Monday.", Paragraph),
        ]);
        assert_eq!(find(&menu, 4), Some(3));
        // A dateline is no name.
        let dateline = facts(&[
            ("Harbour strike ends after talks", Heading),
            ("OSLO", Heading),
            ("OSLO — Dock workers ended their strike after talks on Sunday.", Paragraph),
        ]);
        assert_eq!(find(&dateline, 2), Some(0));
    }

    #[test]
    fn the_headline_is_shown_with_its_kicker() {
        use BlockKind::*;
        let blocks = facts(&[
            ("The Garden Library: Seeds Lent Like Books", Heading),
            ("Share by email", Heading),
            ("Garden Library:", Paragraph),
            ("Seeds Lent Like Books", Heading),
            ("Our library now lends seeds like books: borrow them, grow them, bring seeds back.", Paragraph),
        ]);
        assert_eq!(find(&blocks, 4), Some(0));
        assert!(!kicker_then("Seed Club | Posts | Garden | Seeds Lent Like Books", "Seeds Lent Like Books"));
    }

    #[test]
    fn a_list_of_choices_is_no_headline() {
        assert!(!headline_shaped(
            "Period any last week since 2005 before 2005 before 2000 before 1995 before 1990"
        ));
        assert!(headline_shaped("Bye, bye, Miss American Pie"));
    }

    #[test]
    fn a_breadcrumb_names_the_page_it_ends_with() {
        use BlockKind::*;
        let blocks = facts(&[
            ("Tales > Fables > The Greedy Hound", Heading),
            ("Fable of the Day", Heading),
            ("The Greedy Hound", Heading),
            ("Listen to the Reading Here", Heading),
            ("A dog carried meat over a bridge and saw another dog below.", Paragraph),
        ]);
        assert_eq!(find(&blocks, 4), Some(2));
        assert!(!headline_shaped("Tales > Fables > The Greedy Hound"));
    }

    #[test]
    fn trails_and_labels_are_no_headlines() {
        // A no-break space before the separator, a pager's closing arrow.
        assert_eq!(
            crumbs("Home\u{a0}› Travel\u{a0}› The Long Walk (2021/5)"),
            Some("The Long Walk (2021/5)")
        );
        assert_eq!(crumbs("« Guide :: Contents :: Concepts »"), Some("Concepts"));
        assert_eq!(crumbs("Yes / No"), None);
        for label in ["Comments (32)", "> Working hours", "<All shops for lamps", "Related stories"] {
            assert!(!headline_shaped(label), "{label}");
        }
        assert!(!headline_shaped("Posted on Friday, 15 April 2016Saturday, 4 March 2017"));
        // A story's heading stands for its title only when it is none of these.
        assert!(!may_title("Comments (32)") && !may_title("Home › Travel › The Long Walk"));
        assert!(may_title("The Long Walk"));
    }

    #[test]
    fn a_share_buttons_label_is_not_shown() {
        assert_eq!(shown("Share The 12 best albums of 2019"), "The 12 best albums of 2019");
        assert_eq!(shown("Share prices fall for a third day"), "Share prices fall for a third day");
        assert!(headline_shaped("The 12 best albums of 2019"));
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
