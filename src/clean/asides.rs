//! Plain-text furniture told by its neighbours rather than by its own words: a column of
//! teasers, each blurb followed by its read-on link on a line of its own.
//!
//! A blurb reads as prose (sentences, function words), so the line rules keep it; what gives it
//! away is the link under it, and that the page repeats the pattern: an article's own paragraph
//! is followed by the next paragraph, not by "Read more".

use super::boilerplate::{ends_sentence, is_read_on};
use super::text::Line;

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
}
