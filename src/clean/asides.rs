//! Plain-text text around the article told by its neighbours rather than by its own words: a
//! column of teasers, each blurb followed by its read-on link on a line of its own; the
//! standfirst between the headline and the byline; the author's bio under the article.
//!
//! A blurb reads as prose (sentences, function words), so the line rules keep it; what gives it
//! away is the link under it, and that the page repeats the pattern: an article's own paragraph
//! is followed by the next paragraph, not by "Read more".

use super::blocks::list_marker;
use super::boilerplate::{ends_sentence, is_article_meta, is_read_on, opens_with_byline};
use super::text::Line;
use super::{Block, BlockKind};
use crate::classify::count_words_half_cjk as words;
use crate::lang::{furniture, Language};

/// The fewest blurbs, each followed by a read-on link, that make a column of teasers (one such
/// pair may be the article's last paragraph and a link to a related story).
const TEASER_COLUMN: usize = 2;
/// A blurb has at least this many words (a shorter line over "More" is a menu's label).
const BLURB_MIN_WORDS: usize = 5;
/// The teaser's headline above its blurb has at most this many words.
const TEASER_HEADLINE_WORDS: usize = 15;

/// Marks the teasers of a column of them as boilerplate: a short unpunctuated line (the
/// teaser's headline), its blurb, then a read-on link alone ("Read more", "Weiterlesen", "mehr
/// erfahren").
pub(crate) fn mark_teasers(text: &str, lines: &[Line], boilerplate: &mut [bool]) {
    let line = |k: usize| lines.get(k).and_then(|l| text.get(l.span.clone())).unwrap_or("");
    // The teaser's headline: the short unpunctuated line right above its blurb (an article's
    // last paragraph follows another paragraph).
    let headline = |h: usize| {
        let t = line(h);
        boilerplate.get(h) == Some(&false)
            && t.split_whitespace().count() <= TEASER_HEADLINE_WORDS
            && !ends_sentence(t)
            && !is_read_on(t)
    };
    let teasers: Vec<usize> = (1..lines.len().saturating_sub(1))
        .filter(|&i| {
            boilerplate.get(i) == Some(&false)
                && line(i).split_whitespace().count() >= BLURB_MIN_WORDS
                && is_read_on(line(i + 1))
                && headline(i - 1)
        })
        .collect();
    if teasers.len() < TEASER_COLUMN {
        return;
    }
    for &i in &teasers {
        for k in i - 1..=i + 1 {
            if let Some(flag) = boilerplate.get_mut(k) {
                *flag = true;
            }
        }
    }
}

/// The fewest posts in a row, each a title over its date, that make a list of posts.
const DATED_LIST: usize = 2;

/// Marks the titles of a list of posts as boilerplate: short unpunctuated lines, each right
/// above a line that is only its date ("New York, New York" / "On Januar 13, 2019"), at
/// least [`DATED_LIST`] of them in a row. An article's own headline stands over its date once.
pub(crate) fn mark_dated_lists(text: &str, lines: &[Line], boilerplate: &mut [bool]) {
    let line = |k: usize| lines.get(k).and_then(|l| text.get(l.span.clone())).unwrap_or("");
    let title = |k: usize| {
        let t = line(k);
        boilerplate.get(k) == Some(&false)
            && (2..=TEASER_HEADLINE_WORDS).contains(&t.split_whitespace().count())
            && !ends_sentence(t)
            && list_marker(t).is_none()
    };
    let dated = |k: usize| title(k) && boilerplate.get(k + 1) == Some(&true) && is_article_meta(line(k + 1));
    let mut titles = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while dated(j) {
            j += 2;
        }
        if (j - i) / 2 >= DATED_LIST {
            titles.extend((i..j).step_by(2));
        }
        i = j.max(i + 1);
    }
    for k in titles {
        if let Some(flag) = boilerplate.get_mut(k) {
            *flag = true;
        }
    }
}

/// The longest line, in bytes, read as a byline that names a bio's author.
const BYLINE_BYTES: usize = 200;

/// The most words of a standfirst (one or two sentences).
const STANDFIRST_WORDS: usize = 50;

/// Marks the article's standfirst (its dek) as a heading: kept as the article's, never offered
/// to the summary. It is the first paragraph, right under the headline, when the byline comes
/// after it ("Headline / One-sentence pitch of the story / By Jane Doe / the story"): the page's
/// header ends there, and the pitch is the editor's, not the story's text. (Where a site sets
/// its lede there instead, it is still read, only not summarised.)
pub(crate) fn mark_standfirst(text: &str, blocks: &mut [Block]) {
    let Some(p) = blocks.iter().position(|b| b.kind != BlockKind::Heading) else { return };
    let (Some(first), Some(next)) = (blocks.get(p), blocks.get(p + 1)) else { return };
    let dek = text.get(first.span.clone()).unwrap_or("");
    let between = text.get(first.span.end..next.span.start).unwrap_or("");
    let byline = text.get(next.span.clone()).is_some_and(opens_with_byline)
        || between.lines().any(|l| opens_with_byline(l.trim()));
    if p > 0
        && first.kind == BlockKind::Paragraph
        && words(dek) <= STANDFIRST_WORDS
        && ends_sentence(dek)
        && byline
    {
        if let Some(b) = blocks.get_mut(p) {
            b.kind = BlockKind::Heading;
        }
    }
}

/// An author's bio is among the article's last this many paragraphs.
const BIO_TAIL: usize = 2;
/// The fewest and most words of the name that opens a bio.
const BIO_NAME_WORDS: (usize, usize) = (2, 4);

/// The name opening `text` when one of the bio verbs of `lang` (of every profile, when it is
/// unknown) follows it ("Leah C. Stokes is an assistant professor ...", "Matthias Weber ist
/// ERP-Experte ..."). A name is two to four capitalised words, the first no stop word of the
/// language ("The Civil War was …", "Die Regierung ist …" open no bio).
fn bio_name(text: &str, lang: Option<Language>) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().take(BIO_NAME_WORDS.1 + 1).collect();
    let name_like = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && (w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                || (w.chars().count() == 2 && w.ends_with('.')))
    };
    let k = words.iter().position(|w| !name_like(w))?;
    let verb = words.get(k)?;
    let first = words.first()?.to_lowercase();
    let stop = |l: Language| l.stop_words().split(' ').any(|w| w == first);
    let (is_verb, is_stop) = match lang {
        Some(l) => (l.profile().furniture.bio_verbs.split('|').any(|v| v == *verb), stop(l)),
        None => (furniture().bio_verbs.contains(verb), Language::ALL.iter().any(|&l| stop(l))),
    };
    ((BIO_NAME_WORDS.0..=BIO_NAME_WORDS.1).contains(&k) && is_verb && !is_stop)
        .then(|| words.get(..k).unwrap_or_default().join(" "))
}

/// Drops the author's bio under the article, and what follows it: one of the last
/// [`BIO_TAIL`] paragraphs that opens with a name and a verb of being ("Jane Doe is a
/// reporter covering ..."), where the name stands right above it (an author box) or in a
/// byline above it but in none of the article's blocks before it: a story's closing line
/// about one of its people names someone the story spoke of. `lang` is the article's language,
/// when known. Returns how many blocks went.
pub(crate) fn drop_author_bio(text: &str, blocks: &mut Vec<Block>, lang: Option<Language>) -> usize {
    let get = |b: &Block| text.get(b.span.clone()).unwrap_or("");
    let paragraphs: Vec<usize> = (0..blocks.len())
        .filter(|&i| blocks.get(i).is_some_and(|b| b.kind == BlockKind::Paragraph))
        .collect();
    let tail = paragraphs.get(paragraphs.len().saturating_sub(BIO_TAIL)..).unwrap_or_default();
    let start = blocks.first().map_or(0, |b| b.span.start);
    for &i in tail {
        let Some(name) = blocks.get(i).and_then(|b| bio_name(get(b), lang)) else { continue };
        let above_end = i.checked_sub(1).and_then(|k| blocks.get(k)).map_or(start, |b| b.span.end);
        let line_above = blocks
            .get(i)
            .and_then(|b| text.get(above_end..b.span.start))
            .and_then(|between| between.lines().map(str::trim).rfind(|l| !l.is_empty()));
        let heading_above = i
            .checked_sub(1)
            .and_then(|k| blocks.get(k))
            .filter(|b| b.kind == BlockKind::Heading)
            .is_some_and(|b| get(b) == name);
        let boxed = heading_above || line_above == Some(name.as_str());
        // The name stands in a byline or a dateline above ("By Jane Doe", "Jane Doe | June 7,
        // 2023"), not just anywhere: a tag list or a menu names the story's people too.
        let bylined = blocks.get(i).and_then(|b| text.get(..b.span.start)).is_some_and(|t| {
            t.lines()
                .map(str::trim)
                .any(|l| l.contains(&name) && l.len() <= BYLINE_BYTES && is_article_meta(l))
        }) && !blocks.iter().take(i).any(|b| get(b).contains(&name));
        if boxed || bylined {
            let from = if heading_above { i - 1 } else { i };
            let gone = blocks.len() - from;
            blocks.truncate(from);
            return gone;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::map::TextBuilder;
    use crate::clean::text;

    fn marks(input: &str) -> Vec<(String, bool)> {
        let mut out = TextBuilder::with_capacity(input.len());
        let lines = text::normalise(input, &mut out);
        let (t, _) = out.finish();
        let mut bp = vec![false; lines.len()];
        mark_teasers(&t, &lines, &mut bp);
        lines.iter().zip(bp).map(|(l, b)| (t[l.span.clone()].to_string(), b)).collect()
    }

    #[test]
    fn a_column_of_blurbs_over_read_on_links_is_furniture() {
        let page = "The article's last paragraph ends here, as paragraphs do.\n\nRead more\n\n\
            The Curious Case of the Slow Query\n\nI maintain a service that processes metadata every night.\n\n\
            Read More\n\nA Proposition\n\nToday I have an unusual proposition for you and your team.\n\nRead More\n";
        let m = marks(page);
        let dropped: Vec<&str> = m.iter().filter(|(_, b)| *b).map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            dropped,
            [
                "The Curious Case of the Slow Query",
                "I maintain a service that processes metadata every night.",
                "Read More",
                "A Proposition",
                "Today I have an unusual proposition for you and your team.",
                "Read More",
            ]
        );
    }

    #[test]
    fn one_paragraph_over_a_read_on_link_stays() {
        let page = "Council passes budget\n\nThe council approved the budget on Tuesday after a long debate.\n\nRead more\n\n\
            Mayor resigns over budget row\n";
        assert!(marks(page).iter().all(|(_, b)| !b));
    }

    #[test]
    fn a_list_of_posts_each_over_its_date_is_furniture() {
        let input =
            "Oversize Mantel und Rucksack\nOn Januar 25, 2019\nNew York, New York\nOn Januar 13, 2019\n";
        let mut out = TextBuilder::with_capacity(input.len());
        let lines = text::normalise(input, &mut out);
        let (t, _) = out.finish();
        // The line rules drop the dates already.
        let mut bp = vec![false, true, false, true];
        mark_dated_lists(&t, &lines, &mut bp);
        assert_eq!(bp, [true; 4]);
        // One headline over its date is the article's.
        let mut one = vec![false, true, false, false];
        mark_dated_lists(&t, &lines, &mut one);
        assert_eq!(one, [false, true, false, false]);
    }
}
