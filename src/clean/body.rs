//! Finding the article among the page furniture around it.
//!
//! A pasted page is a column of blocks: menus, teasers, bylines, the article, share prompts,
//! related stories, comments. Each block is first judged by its own text, as the jusText family
//! of methods does (length, the share of function words, the share of link text), then by its
//! neighbours: a short block between two article blocks is article, one among furniture is
//! furniture. Then the article is the longest stretch of article text, allowing small gaps (a
//! caption, an advertisement label) but not a menu or a column of teasers.
//!
//! The rules err towards keeping text inside the article: coverage matters more than a stray
//! caption, and the summary's own scoring rarely picks one.

use std::sync::OnceLock;

use super::BlockKind;
use crate::classify::is_cjk_core;

use crate::lang::Language;

/// Blocks shorter than this (in characters; CJK characters count three) are too short to
/// judge by their own words: their neighbours decide (jusText's `length_low`).
const LENGTH_LOW: usize = 70;
/// Blocks at least this long with enough function words are article text on their own
/// (jusText's `length_high`).
const LENGTH_HIGH: usize = 200;
/// A block with at least this share of function words reads as prose. Measured on the dev
/// pages' article paragraphs with Briefly's stop lists: the median is 0.43, the tenth
/// percentile 0.30; menus and link rows sit near 0.
const STOPS_HIGH: f64 = 0.30;
/// Below [`STOPS_HIGH`] but at least this: prose-like, kept when next to article text.
const STOPS_LOW: f64 = 0.22;
/// A full sentence dense with names ("Russian Foreign Minister Sergey Lavrov spoke Saturday at
/// ...", 0.21) still reads as prose when it has at least this share of function words.
const STOPS_NAMES: f64 = 0.1;
/// More than this share of a block's text in links makes it a link list (jusText's value).
const MAX_LINK_DENSITY: f64 = 0.2;
/// The most of its text that well-formed prose may have in links (reference works link their
/// terms; a blog links its sources).
const MAX_PROSE_LINK_DENSITY: f64 = 0.5;
/// A stretch of article text beside the main one with at least this many words and its own
/// headline is another story (kept for the splitter to report), not a teaser.
const OTHER_STORY_WORDS: usize = 80;
/// Another story's paragraphs hold at least this many words on average; a column of blurbs
/// ("Communities: Connect with people like you.") holds about ten.
const STORY_PARAGRAPH_WORDS: usize = 18;
/// More short lines than this in a row, none a list item, are a menu pasted one item a line.
const MENU_LINES: usize = 5;
/// The article's headline is among this many blocks before its first paragraph (a byline,
/// a date and a photo credit may stand between).
const HEADLINE_REACH: usize = 4;
/// Two stretches of article text are one article when the furniture between them has at most
/// this share of the smaller stretch's words: a caption or an advertisement inside a story is
/// small next to it; a menu between a teaser and the story is not.
const GAP_SHARE: f64 = 0.25;
/// Furniture of at most this many words never separates two stretches of article text.
const GAP_FREE: usize = 12;

/// What one block's own text says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Article text.
    Good,
    /// Prose-like, but not sure on its own.
    NearGood,
    /// Too short to tell by itself.
    Short,
    /// Furniture.
    Bad,
}

/// A block as the article finder sees it.
#[derive(Debug, Clone)]
pub(crate) struct Facts<'a> {
    /// Its text.
    pub text: &'a str,
    /// Words of furniture dropped right before it by the line rules (plain text, where a menu
    /// pasted one item per line is gone before this stage but still separates what it split).
    /// (32 bits, here and below: a page of a million tiny blocks holds a million of these.)
    pub gap_before: u32,
    /// Its kind.
    pub kind: BlockKind,
    /// Bytes of its text inside links (0 for plain text).
    pub link_bytes: u32,
    /// The block whose short line was printed again right before this one and folded away:
    /// a headline's copy right above the article, its first copy far up the page ([`NO_ECHO`]
    /// for none: 32 bytes a block, where an option took 40). See [`Facts::echo`].
    pub echo_of: u32,
}

/// [`Facts::echo_of`] when no line was printed again before the block.
pub(crate) const NO_ECHO: u32 = u32::MAX;

impl Facts<'_> {
    /// The block whose line was printed again right before this one, if any.
    pub(crate) fn echo(&self) -> Option<u32> {
        (self.echo_of != NO_ECHO).then_some(self.echo_of)
    }
}

/// Function words of the page's language, for the prose test.
pub(crate) struct Stops {
    words: Vec<&'static str>,
    cjk: bool,
}

impl Stops {
    /// The stop words of `lang`, sorted once per language for the whole run (a two-line note
    /// should not pay for sorting a list).
    pub(crate) fn of(lang: Language) -> &'static Self {
        static LISTS: [OnceLock<Stops>; Language::ALL.len()] =
            [const { OnceLock::new() }; Language::ALL.len()];
        let build = || {
            let mut words: Vec<&'static str> = lang.stop_words().split_whitespace().collect();
            words.sort_unstable();
            Stops { words, cjk: lang.is_unspaced() }
        };
        // (Every language has a slot; the empty list only keeps this free of an index panic.)
        static NONE: Stops = Stops { words: Vec::new(), cjk: false };
        LISTS.get(lang as usize).map_or(&NONE, |slot| slot.get_or_init(build))
    }

    /// Whether the list is too small to judge prose by (text of an undetermined language).
    fn is_thin(&self) -> bool {
        self.words.len() < 20
    }
}

/// What a block's words measure.
#[derive(Debug, Clone, Copy, Default)]
struct Measure {
    /// Length in characters, CJK characters counting three (a CJK character is about a word),
    /// in the low 30 bits; the top two: [`ENDS`] and [`HAN_END`]. (Counts of at most
    /// [`MEASURE_BYTES`], in 32 bits with the flags: 16 bytes a block, on a page of a million
    /// tiny blocks.)
    flags: u32,
    /// Words (CJK characters count one).
    words: u32,
    /// Share of words that are function words (CJK: share of sentence punctuation and
    /// particles among the characters, scaled to the same range).
    stops: f64,
}

/// The bits of [`Measure::flags`] that hold the length; the two above it are flags.
const LENGTH_MASK: u32 = u32::MAX >> 2;
/// [`Measure::flags`]: it ends like a sentence.
const ENDS: u32 = 1 << 31;
/// [`Measure::flags`]: mostly CJK characters, the last of them Han or kana: a line of casual
/// Chinese or Japanese, which may end its sentence with the line, no stop after it.
const HAN_END: u32 = 1 << 30;

impl Measure {
    /// Length in characters, CJK characters counting three.
    fn length(&self) -> usize {
        (self.flags & LENGTH_MASK) as usize
    }

    /// Whether it ends like a sentence.
    fn ends(&self) -> bool {
        self.flags & ENDS != 0
    }

    /// Whether it is a line of casual Chinese or Japanese ending on a character, no stop.
    fn han_end(&self) -> bool {
        self.flags & HAN_END != 0
    }
}

/// At most this many bytes of a block are measured: enough to know what it is.
const MEASURE_BYTES: usize = 4096;

/// What `text`'s words measure; with `spaced_clauses` (plain text), a space between two CJK
/// characters counts as a clause mark: casual Chinese sets its clauses apart so where a comma
/// would stand ("已將山巒披上彩衣 順路下切").
fn measure(text: &str, stops: &Stops, spaced_clauses: bool) -> Measure {
    let mut cut = text.len().min(MEASURE_BYTES);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let sample = text.get(..cut).unwrap_or("");
    let (mut length, mut words, mut stop, mut cjk, mut cjk_marks) = (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut word = String::new();
    // Whether the last character was CJK, and whether a space followed it.
    let (mut after_cjk, mut spaced) = (false, false);
    let flush = |word: &mut String, words: &mut usize, stop: &mut usize| {
        if !word.is_empty() {
            *words += 1;
            *stop += usize::from(stops.words.binary_search(&word.as_str()).is_ok());
            word.clear();
        }
    };
    for c in sample.chars() {
        if is_cjk_core(c) {
            flush(&mut word, &mut words, &mut stop);
            length += 3;
            cjk += 1;
            words += 1;
            cjk_marks += usize::from(spaced_clauses && after_cjk && spaced);
            (after_cjk, spaced) = (true, false);
            let mut buf = [0u8; 4];
            cjk_marks +=
                usize::from(stops.cjk && stops.words.binary_search(&&*c.encode_utf8(&mut buf)).is_ok());
        } else if c.is_alphanumeric() || c == '\'' || c == '’' {
            after_cjk = false;
            length += 1;
            word.extend(c.to_lowercase().map(|l| if l == '’' { '\'' } else { l }));
        } else {
            flush(&mut word, &mut words, &mut stop);
            if c.is_whitespace() {
                spaced = true;
            } else {
                after_cjk = false;
                length += 1;
            }
            cjk_marks += usize::from(matches!(c, '，' | '。' | '、' | '！' | '？' | '；' | '：'));
        }
    }
    flush(&mut word, &mut words, &mut stop);
    let stops_share = if cjk * 2 > words {
        // Chinese prose: about one mark or particle in six characters; a menu has none.
        (cjk_marks as f64 * 2.0 / cjk.max(1) as f64).min(1.0)
    } else if stops.is_thin() {
        // No stop list: sentence punctuation inside and at the end stands in for it.
        let marks = sample.matches(['.', ',', ';', '?', '!']).count();
        if marks * 12 >= words.max(1) {
            STOPS_HIGH
        } else {
            0.0
        }
    } else {
        stop as f64 / words.max(1) as f64
    };
    // A reference work's sentence ends before its citation marks ("… in 1854.[48]").
    let ends = super::boilerplate::ends_sentence(crate::display::without_trailing_citations(text));
    let han_end = cjk * 2 > words && text.trim_end().chars().last().is_some_and(is_cjk_core);
    let length = crate::mem::narrow(length).min(LENGTH_MASK);
    Measure {
        flags: length | if ends { ENDS } else { 0 } | if han_end { HAN_END } else { 0 },
        words: crate::mem::narrow(words),
        stops: stops_share,
    }
}

/// The class of a block by its own text (jusText's context-free classification).
fn own_class(m: &Measure, link_density: f64) -> Class {
    // An encyclopaedia's prose links a word in every line, and a blog's paragraph may cite a
    // link in a short sentence, yet both are prose: full of function words, ending in a full
    // stop. A link list has neither.
    let prose = m.length() >= LENGTH_LOW && m.stops >= STOPS_LOW && m.ends();
    let limit = if prose { MAX_PROSE_LINK_DENSITY } else { MAX_LINK_DENSITY };
    if link_density > limit {
        return Class::Bad;
    }
    if m.length() < LENGTH_LOW {
        return if link_density > 0.0 { Class::Bad } else { Class::Short };
    }
    if m.stops >= STOPS_HIGH {
        if m.length() >= LENGTH_HIGH || m.ends() {
            Class::Good
        } else {
            Class::NearGood
        }
    } else if m.stops >= STOPS_LOW || (m.ends() && m.stops >= STOPS_NAMES) {
        Class::NearGood
    } else {
        Class::Bad
    }
}

/// Whether more than [`MAX_LINK_DENSITY`] of a block's text is link text.
fn link_dense(b: &Facts) -> bool {
    b.link_bytes as f64 > MAX_LINK_DENSITY * b.text.len() as f64
}

/// About how many of a block's `words` are link text.
fn link_words(b: &Facts, words: usize) -> usize {
    let share = (b.link_bytes as usize).min(b.text.len()) as f64 / b.text.len().max(1) as f64;
    (words as f64 * share).ceil() as usize
}

/// For each block, the class of the nearest block before it and after it that is not short
/// (nor near-good, with `skip_near`); the page's edges count as furniture. Two passes, so a
/// page of a million short lines costs a million steps, not a million squared.
fn neighbours(classes: &[Class], skip_near: bool) -> (Vec<Class>, Vec<Class>) {
    let skipped = |c: Class| c == Class::Short || (skip_near && c == Class::NearGood);
    let mut before = Vec::with_capacity(classes.len());
    let mut last = Class::Bad;
    for &c in classes {
        before.push(last);
        if !skipped(c) {
            last = c;
        }
    }
    let mut after = vec![Class::Bad; classes.len()];
    let mut last = Class::Bad;
    for (slot, &c) in after.iter_mut().zip(classes).rev() {
        *slot = last;
        if !skipped(c) {
            last = c;
        }
    }
    (before, after)
}

/// Which blocks are the article: `true` for each kept block. With `extend` (HTML, where links
/// are known), link-free blocks next to the article join it.
pub(crate) fn article(blocks: &[Facts], stops: &Stops, extend: bool) -> Vec<bool> {
    let mut measures: Vec<Measure> = blocks.iter().map(|b| measure(b.text, stops, !extend)).collect();
    if !extend {
        // Pasted casual Chinese ends its sentences with the lines, no stop after them: a line as
        // dense in particles and clause marks as prose is ended (a teaser's title has few).
        // Only where the text is written that way: after a story that ends its sentences with
        // stops, bare lines are headlines.
        let stopless = super::blocks::written_without_stops(blocks.iter().map(|b| b.text));
        for m in &mut measures {
            if !stopless {
                m.flags &= !HAN_END;
            }
            if m.han_end() && m.stops >= STOPS_HIGH {
                m.flags |= ENDS;
            }
        }
    }
    let mut classes: Vec<Class> = blocks
        .iter()
        .zip(&measures)
        .map(|(b, m)| {
            // Headings and code are not judged as prose: their neighbours decide.
            if matches!(b.kind, BlockKind::Heading | BlockKind::Code) {
                return Class::Short;
            }
            let density = b.link_bytes as f64 / b.text.len().max(1) as f64;
            own_class(m, density)
        })
        .collect();
    let first_pass = classes.clone();
    sentence_lines(blocks, &measures, stops, &first_pass, &mut classes);
    let measure_list = if extend { vec![false; blocks.len()] } else { measure_lists(blocks, &mut classes) };
    if !extend {
        authored_lists(blocks, &measures, &mut classes);
    }
    let columns = settle_short(blocks, &mut classes);
    settle_near_good(&mut classes);
    // A text in which nothing reads as furniture on its own (every block prose, a short line or
    // a heading, no menu column, nothing dropped around them before) is a clean article: a
    // pasted story, a dev-set document. Its looser paragraphs are not to be lost.
    let clean = !columns.contains(&true)
        && blocks.iter().zip(&first_pass).all(|(b, &own)| b.gap_before == 0 && own != Class::Bad);
    if clean {
        return vec![true; blocks.len()];
    }
    main_run(blocks, &first_pass, &classes, &measures, &measure_list, extend)
}

/// In plain text, a column of short lines most of which open with a quantity ("250 g Mehl",
/// "2 Eier", "1 Pck. Backpulver") is a recipe's ingredients or a product's specifications, the
/// article's own text: a menu's items are words. Its lines (a typed-out list loses its
/// markers; a bare line reads as a heading) are taken as prose-like, to vouch for each other.
/// Returns which blocks are in such lists.
fn measure_lists(blocks: &[Facts], classes: &mut [Class]) -> Vec<bool> {
    let mut marks = vec![false; blocks.len()];
    let short = |classes: &[Class], k: usize| {
        classes.get(k) == Some(&Class::Short) && blocks.get(k).is_some_and(|b| b.kind != BlockKind::Code)
    };
    let mut i = 0;
    while i < blocks.len() {
        if !short(classes, i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while short(classes, j) && blocks.get(j).is_some_and(|b| b.gap_before == 0) {
            j += 1;
        }
        let measured =
            (i..j).filter(|&k| blocks.get(k).is_some_and(|b| super::blocks::measured_line(b.text))).count();
        if super::blocks::is_measure_list(measured, j - i) {
            marks.iter_mut().take(j).skip(i).for_each(|m| *m = true);
            classes.iter_mut().take(j).skip(i).for_each(|c| *c = Class::NearGood);
        }
        i = j;
    }
    marks
}

/// The fewest words a short line needs to read as a sentence of the article.
const SENTENCE_LINE_WORDS: usize = 3;

/// A short line that reads as a sentence ("I don't use Facebook.") next to article text is
/// the article's: jusText would lose a one-line lede or a closing line.
fn sentence_lines(
    blocks: &[Facts],
    measures: &[Measure],
    stops: &Stops,
    first_pass: &[Class],
    classes: &mut [Class],
) {
    let (before, after) = neighbours(first_pass, true);
    for (i, class) in classes.iter_mut().enumerate() {
        let m = measures.get(i).copied().unwrap_or_default();
        let heading = blocks.get(i).is_some_and(|b| b.kind == BlockKind::Heading);
        if *class == Class::Short
            && !heading
            && m.ends()
            && m.words as usize >= SENTENCE_LINE_WORDS
            && (m.stops > 0.0 || stops.is_thin())
            && (after.get(i) == Some(&Class::Good) || before.get(i) == Some(&Class::Good))
        {
            *class = Class::NearGood;
        }
    }
}

/// Short blocks take their class from their neighbours, but a long column of short lines
/// that are not list items is a menu wherever it stands. Returns which blocks are in such
/// columns.
fn settle_short(blocks: &[Facts], classes: &mut [Class]) -> Vec<bool> {
    let columns = short_columns(blocks, classes);
    let (before, after) = neighbours(classes, true);
    for (i, class) in classes.iter_mut().enumerate() {
        if *class != Class::Short {
            continue;
        }
        if columns.get(i).copied().unwrap_or(false) {
            *class = Class::Bad;
            continue;
        }
        let prev = before.get(i).copied().unwrap_or(Class::Bad);
        let next = after.get(i).copied().unwrap_or(Class::Bad);
        // (jusText also lets a near-good neighbour vouch for a short block; in a plain-text
        // paste, where every short line is a heading or a menu item, that keeps menus.)
        *class = if (prev, next) == (Class::Good, Class::Good) { Class::Good } else { Class::Bad };
    }
    columns
}

/// Near-good blocks are article text unless furniture surrounds them (two near-good blocks
/// side by side vouch for each other: a column of dense news prose).
fn settle_near_good(classes: &mut [Class]) {
    let (before, after) = neighbours(classes, false);
    for (i, class) in classes.iter_mut().enumerate() {
        if *class == Class::NearGood {
            let both_bad = before.get(i) == Some(&Class::Bad) && after.get(i) == Some(&Class::Bad);
            *class = if both_bad { Class::Bad } else { Class::Good };
        }
    }
}

/// A list typed out with bullets has at least this many items in a row ...
const AUTHORED_LIST_ITEMS: usize = 8;
/// ... of at least this many words on average.
const AUTHORED_LIST_WORDS: usize = 4;

/// In plain text, a long list whose items carry typed bullets ("+ Added Slime Block", "* Fixed
/// a crash") is the article's text, as a changelog or release notes are: a copy of the page
/// keeps no bullets a style sheet draws, so a menu arrives as bare lines. Its short items are
/// taken as prose-like, to vouch for each other.
fn authored_lists(blocks: &[Facts], measures: &[Measure], classes: &mut [Class]) {
    let bulleted = |k: usize| {
        blocks.get(k).is_some_and(|b| {
            b.kind == BlockKind::ListItem
                && super::blocks::list_marker(b.text).is_some()
                && !b.text.starts_with(|c: char| c.is_ascii_digit())
        })
    };
    let mut i = 0;
    while i < blocks.len() {
        if !bulleted(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while bulleted(j) && blocks.get(j).is_some_and(|b| b.gap_before == 0) {
            j += 1;
        }
        let words: usize = (i..j).filter_map(|k| measures.get(k)).map(|m| m.words as usize).sum();
        if j - i >= AUTHORED_LIST_ITEMS && words >= AUTHORED_LIST_WORDS * (j - i) {
            for c in classes.iter_mut().take(j).skip(i) {
                if *c == Class::Short {
                    *c = Class::NearGood;
                }
            }
        }
        i = j;
    }
}

/// Marks the short blocks that stand in a column of more than [`MENU_LINES`] short lines
/// (list items and lines of code aside).
fn short_columns(blocks: &[Facts], classes: &[Class]) -> Vec<bool> {
    let mut marks = vec![false; classes.len()];
    let mut i = 0;
    while i < classes.len() {
        let short_line = |k: usize| {
            classes.get(k) == Some(&Class::Short)
                && blocks.get(k).is_some_and(|b| !matches!(b.kind, BlockKind::ListItem | BlockKind::Code))
        };
        if !short_line(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while short_line(j) {
            j += 1;
        }
        if j - i > MENU_LINES {
            marks.iter_mut().take(j).skip(i).for_each(|m| *m = true);
        }
        i = j;
    }
    marks
}

/// The article: the stretch of good blocks with the most words, joined across small gaps.
/// `own` holds each block's class by its own text, `classes` after its neighbours had a say.
/// Joins neighbouring stretches of good text `(first block, last block, words)` across the
/// small gaps between them (`gaps[k]` words lie between stretch `k` and `k + 1`): gaps of up to
/// [`GAP_FREE`] words, or up to [`GAP_SHARE`] of the smaller side. Smallest gaps first, so the
/// sides are what they will be: a long article broken by a caption on either side of a short
/// section is one article, not three pieces too small to span the captions.
fn join_runs(runs: &[(usize, usize, usize)], gaps: &[usize]) -> Vec<(usize, usize, usize)> {
    let n = runs.len();
    // Each joined stretch, by its first and last stretch: where it ends, where it starts, words.
    let mut end_of: Vec<usize> = (0..n).collect();
    let mut start_of: Vec<usize> = (0..n).collect();
    let mut words: Vec<usize> = runs.iter().map(|r| r.2).collect();
    // Smallest gap first, ties in order (`by_key` breaks them by index).
    let order =
        crate::order::by_key((0..n.saturating_sub(1)).map(|k| gaps.get(k).map_or(u64::MAX, |&g| g as u64)));
    for k in order {
        let gap = gaps.get(k).copied().unwrap_or(usize::MAX);
        let (Some(&left), Some(&right_end)) = (start_of.get(k), end_of.get(k + 1)) else { continue };
        let (lw, rw) = (words.get(left).copied().unwrap_or(0), words.get(k + 1).copied().unwrap_or(0));
        if joins(gap, lw, rw) {
            if let Some(e) = end_of.get_mut(left) {
                *e = right_end;
            }
            if let Some(s) = start_of.get_mut(right_end) {
                *s = left;
            }
            if let Some(w) = words.get_mut(left) {
                *w = lw + rw;
            }
        }
    }
    // Then across small stretches between long ones, left to right on a stack.
    let mut out: Vec<Stretch> = Vec::with_capacity(n);
    let mut s = 0;
    while let (Some(first), Some(&e)) = (runs.get(s), end_of.get(s)) {
        out.push(Stretch {
            first: first.0,
            last: runs.get(e).map_or(first.1, |r| r.1),
            words: words.get(s).copied().unwrap_or(0),
            gap_after: gaps.get(e).copied().unwrap_or(0),
        });
        s = e + 1;
        join_islands(&mut out);
    }
    out.into_iter().map(|r| (r.first, r.last, r.words)).collect()
}

/// A stretch of article text being joined: its first and last blocks, its words and the
/// words of furniture after it.
struct Stretch {
    first: usize,
    last: usize,
    words: usize,
    gap_after: usize,
}

/// Whether two stretches of `left` and `right` words are one article across `gap` words.
fn joins(gap: usize, left: usize, right: usize) -> bool {
    gap <= GAP_FREE || (gap as f64) <= GAP_SHARE * left.min(right) as f64
}

/// Joins the last stretches on `stack` across a small one between them (a code sample's one
/// prose line, a table's caption) when the gaps on either side and the small stretch, all
/// counted as furniture, would have joined the two: a few lines of text among furniture must
/// not make the gap harder to span than the furniture alone. Each stretch is pushed once and
/// merged at most once, so it stays linear.
fn join_islands(stack: &mut Vec<Stretch>) {
    loop {
        let (taken, merged) = match stack.as_slice() {
            [.., l, r] if joins(l.gap_after, l.words, r.words) => (
                2,
                Stretch { first: l.first, last: r.last, words: l.words + r.words, gap_after: r.gap_after },
            ),
            [.., l, m, r]
                if (l.gap_after.saturating_add(m.words).saturating_add(m.gap_after)) as f64
                    <= GAP_SHARE * l.words.min(r.words) as f64 =>
            {
                let words = l.words + m.words + r.words;
                (3, Stretch { first: l.first, last: r.last, words, gap_after: r.gap_after })
            }
            _ => return,
        };
        stack.truncate(stack.len().saturating_sub(taken));
        stack.push(merged);
    }
}

/// Whether a plain-text block that is not prose still reads as the article's (a line of
/// code or markup, a formula, a table row, a line ending a clause): nothing was dropped before
/// it and it ends the way text or code does. Menus, labels and teaser headlines end bare.
fn text_line(b: &Facts) -> bool {
    b.gap_before == 0
        && b.kind != BlockKind::Heading
        && b.text
            .trim_end()
            .ends_with(['.', ',', ';', ':', ')', ']', '{', '}', '>', '"', '”', '。', '，', '：'])
}

/// Whether a plain-text block is a line of casual Chinese (or Japanese) prose, its stop left
/// out: long enough for a sentence, a particle or a clause mark in it, ending in a character
/// of the script, nothing dropped before it. A menu's items are shorter; a teaser's title
/// trails off ("…") or closes a bracket; a list of headlines under a label stays headings (see
/// `blocks::han_prose`).
fn han_line(b: &Facts, m: &Measure) -> bool {
    b.gap_before == 0
        && b.kind != BlockKind::Heading
        && m.han_end()
        && m.length() >= LENGTH_LOW
        && m.stops > 0.0
}

/// A list item has at least this many words.
const LIST_LINE_WORDS: usize = 6;

/// Whether a plain-text line is an item of a list in the article, its marker lost in the copy
/// ("Fixed an issue where the form could get disabled"): a clause in sentence case with
/// nothing dropped before it. A teaser's headline is in title case; a menu item is a word or
/// two.
fn list_line(b: &Facts, m: &Measure) -> bool {
    // (The line's capitals are counted last, for the lines that get that far.)
    let capitalised =
        || b.text.split_whitespace().skip(1).filter(|w| w.starts_with(char::is_uppercase)).count();
    b.gap_before == 0
        && m.words as usize >= LIST_LINE_WORDS
        && m.stops >= STOPS_LOW
        && capitalised() * 3 <= m.words as usize
}

fn main_run(
    blocks: &[Facts],
    own: &[Class],
    classes: &[Class],
    measures: &[Measure],
    measure_list: &[bool],
    extend: bool,
) -> Vec<bool> {
    let mut keep = vec![false; blocks.len()];
    let (runs, gaps) = stretches(blocks, classes, measures, measure_list, extend);
    let merged = join_runs(&runs, &gaps);
    let best = merged.iter().fold(None, |best: Option<(usize, usize, usize)>, &r| match best {
        Some(b) if b.2 >= r.2 => Some(b),
        _ => Some(r),
    });
    let Some((first, last, words)) = best else { return keep };
    if words == 0 {
        return keep;
    }
    keep_other_stories(blocks, classes, measures, &merged, first, &mut keep);
    let (start, last) = edges(blocks, measures, first, last, extend);
    keep_headline(blocks, measures, start, &mut keep);
    // Inside the article only link lists and lines that are furniture on their own (a menu
    // pasted as one long line) go: a short line between its paragraphs (a list item, a
    // sign-off, a quoted name) is more likely the article's than not.
    for i in start..=last {
        let link_list = blocks.get(i).is_some_and(link_dense);
        // (A menu pasted as one line has no punctuation; a team line-up or a list of names
        // inside a story has commas.)
        let furniture = !extend
            && own.get(i) == Some(&Class::Bad)
            && blocks.get(i).is_some_and(|b| {
                b.kind != BlockKind::ListItem
                    && !b.text.contains([',', ';', '.'])
                    && !measures.get(i).is_some_and(|m| han_line(b, m))
            });
        if let Some(k) = keep.get_mut(i) {
            *k = classes.get(i) == Some(&Class::Good) || !(link_list || furniture);
        }
    }
    keep
}

/// Stretches of good blocks `(first block, last block, good words)` and the words of the gap
/// after each but the last.
fn stretches(
    blocks: &[Facts],
    classes: &[Class],
    measures: &[Measure],
    measure_list: &[bool],
    extend: bool,
) -> (Vec<(usize, usize, usize)>, Vec<usize>) {
    let mut runs: Vec<(usize, usize, usize)> = Vec::new();
    let mut gaps: Vec<usize> = Vec::new();
    let mut gap = 0usize;
    for (i, (b, &class)) in blocks.iter().zip(classes).enumerate() {
        let words = measures.get(i).map_or(0, |m| m.words as usize);
        gap += b.gap_before as usize;
        // Headings are no article text: between two stretches a long one (a menu pasted as a
        // line) separates them, a subheading barely.
        // In HTML only link lists separate, by their link text: code, tables and figures left
        // by the tags are the article's own, and so are the words of an item that cites a link.
        // Code neither counts as the article's prose nor separates it: a tutorial's samples
        // stand between its paragraphs (plain text marks as code only what the text
        // introduces, see `blocks::mark_code`).
        if b.kind == BlockKind::Code {
            continue;
        }
        // (An ingredient line may read as a heading, yet it is the list's.)
        let heading = b.kind == BlockKind::Heading && !measure_list.get(i).copied().unwrap_or(false);
        if class != Class::Good || heading {
            if extend {
                if link_dense(b) {
                    gap += link_words(b, words);
                }
            } else if !(text_line(b) || measures.get(i).is_some_and(|m| list_line(b, m) || han_line(b, m))) {
                gap += words;
            }
            continue;
        }
        match runs.last_mut() {
            Some(run) if gap == 0 => {
                run.1 = i;
                run.2 += words;
            }
            _ => {
                if !runs.is_empty() {
                    gaps.push(gap);
                }
                runs.push((i, i, words));
            }
        }
        gap = 0;
    }
    (runs, gaps)
}

/// Keeps the other stretches that are whole stories of their own (a headline, then enough
/// text) for the article splitter, which reports them as other stories; teasers are not.
fn keep_other_stories(
    blocks: &[Facts],
    classes: &[Class],
    measures: &[Measure],
    merged: &[(usize, usize, usize)],
    first: usize,
    keep: &mut [bool],
) {
    for &(f, l, words) in merged {
        // (A story has paragraphs; a column of blurbs under a promo heading has one-liners.)
        let paragraphs = (f..=l).filter(|&i| classes.get(i) == Some(&Class::Good)).count();
        if f == first || words < OTHER_STORY_WORDS || words < STORY_PARAGRAPH_WORDS * paragraphs {
            continue;
        }
        let headline = (f.saturating_sub(HEADLINE_REACH)..f).rev().find(|&i| {
            blocks.get(i).is_some_and(|b| {
                b.kind == BlockKind::Heading && measures.get(i).is_some_and(|m| m.words >= 4)
            })
        });
        if let Some(h) = headline {
            for i in h..=l {
                let keep_it = i == h || classes.get(i) == Some(&Class::Good);
                if let Some(k) = keep.get_mut(i) {
                    *k = keep_it;
                }
            }
        }
    }
}

/// Where the article starts and ends around its stretch `first..=last`. In HTML, whatever the
/// tags left around it that holds no link is the article's too (a recipe's ingredients, a
/// list of facts): menus and teasers are links. In plain text the article runs on over what
/// follows it with nothing dropped in between, as long as it is punctuated like text (a
/// closing list, a line-up, a sign-off): a menu pasted as a line has no punctuation, and the
/// line rules' drops mark where the page's furniture begins.
fn edges(
    blocks: &[Facts],
    measures: &[Measure],
    first: usize,
    mut last: usize,
    extend: bool,
) -> (usize, usize) {
    let link_free = |b: &Facts| b.link_bytes == 0;
    let mut start = first;
    while extend && start > 0 && blocks.get(start - 1).is_some_and(link_free) {
        start -= 1;
    }
    while extend && blocks.get(last + 1).is_some_and(link_free) {
        last += 1;
    }
    let texty = |i: usize| {
        blocks.get(i).is_some_and(|b| {
            b.gap_before == 0
                && !link_dense(b)
                && (b.kind == BlockKind::ListItem
                    || b.text.contains([',', '.', ';', '?', '!', '。', '，'])
                    || measures.get(i).is_some_and(|m| han_line(b, m)))
        })
    };
    while !extend && texty(last + 1) {
        last += 1;
    }
    (start, last)
}

/// Keeps the article's own heading (its headline): the nearest heading before `start`, past
/// short link-free lines (a byline, a date).
fn keep_headline(blocks: &[Facts], measures: &[Measure], start: usize, keep: &mut [bool]) {
    for i in (start.saturating_sub(HEADLINE_REACH)..start).rev() {
        match blocks.get(i) {
            Some(b) if b.kind == BlockKind::Heading => {
                if let Some(k) = keep.get_mut(i) {
                    *k = true;
                }
                break;
            }
            Some(b) if measures.get(i).is_some_and(|m| m.length() < LENGTH_LOW) && b.link_bytes == 0 => {}
            _ => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stretches_join_across_the_smallest_gaps_first() {
        // A 3,000-word section, a 195-word caption block, a short section, a caption, the rest.
        let runs = [(0, 40, 3000), (45, 45, 106), (47, 90, 5000), (200, 201, 60)];
        assert_eq!(join_runs(&runs, &[195, 14, 900]), [(0, 90, 8106), (200, 201, 60)]);
        // Left to right, the short section could not span the caption before it.
        assert_eq!(join_runs(&runs[..2], &[195]), [(0, 40, 3000), (45, 45, 106)]);
    }

    #[test]
    fn a_small_stretch_between_two_long_ones_does_not_keep_them_apart() {
        // A 400-word section, a code sample with one prose line in it (21 + 29 + 25 words), then
        // 2,000 words: as furniture alone, 75 words would be spanned; the prose line must not
        // make the gap harder to cross.
        let runs = [(0, 40, 400), (45, 45, 29), (50, 120, 2000)];
        assert_eq!(join_runs(&runs, &[21, 25]), [(0, 120, 2429)]);
        // A teaser between a menu and the story is no bridge: it and its gaps outweigh the
        // smaller side.
        let teaser = [(0, 3, 60), (10, 10, 40), (20, 90, 2000)];
        assert_eq!(join_runs(&teaser, &[30, 30]), teaser);
    }

    fn run(parts: &[(&str, BlockKind)]) -> Vec<String> {
        let blocks: Vec<Facts> = parts
            .iter()
            .map(|&(text, kind)| Facts { text, gap_before: 0, kind, link_bytes: 0, echo_of: NO_ECHO })
            .collect();
        let keep = article(&blocks, Stops::of(Language::English), false);
        blocks.iter().zip(keep).filter(|(_, k)| *k).map(|(b, _)| b.text.to_string()).collect()
    }

    const P1: &str = "The city council approved the new budget on Tuesday after months of debate, and the mayor said she would sign it into law before the end of the week so that work could begin.";
    const P2: &str = "The budget raises spending on schools by ten percent and pays for the repair of two bridges that have been closed since the floods of last spring, officials said in a statement.";
    const P3: &str = "Critics said the plan ignores the roads in the north of the city, where residents have waited for years for the potholes to be filled and for new lights to be put in.";

    const MENU: &str = "Home News World Business Markets Technology Science Health Sport Culture Travel Video Podcasts Opinion";

    #[test]
    fn a_clean_article_is_kept_whole() {
        use BlockKind::*;
        let loose = "Officials in the capital described the talks between ministers as difficult.";
        let kept =
            run(&[("Council passes budget", Heading), (P1, Paragraph), (loose, Paragraph), (P2, Paragraph)]);
        assert_eq!(kept, ["Council passes budget", P1, loose, P2]);
    }

    #[test]
    fn menus_and_prompts_around_the_article_are_dropped() {
        use BlockKind::*;
        let kept = run(&[
            ("News", Heading),
            ("World", Paragraph),
            (MENU, Paragraph),
            ("Council passes budget", Heading),
            ("By Jane Doe", Paragraph),
            (P1, Paragraph),
            ("It was the first vote of the year.", Paragraph),
            (P2, Paragraph),
            (P3, Paragraph),
            ("Sign up for our newsletter", Paragraph),
            ("Privacy Terms Contact", Paragraph),
        ]);
        assert_eq!(kept, ["Council passes budget", P1, "It was the first vote of the year.", P2, P3]);
    }

    #[test]
    fn a_short_lede_that_reads_as_a_sentence_is_kept() {
        use BlockKind::*;
        let kept =
            run(&[(MENU, Paragraph), ("I don't use Facebook.", Paragraph), (P1, Paragraph), (P2, Paragraph)]);
        assert_eq!(kept, ["I don't use Facebook.", P1, P2]);
    }

    #[test]
    fn a_teaser_beyond_a_menu_is_not_the_article() {
        use BlockKind::*;
        let menu: Vec<(&str, BlockKind)> = [
            "Home",
            "World",
            "Politics",
            "Business",
            "Opinion",
            "Sport",
            "Culture",
            "Travel",
            "Video",
            "Podcasts",
            "Newsletters",
            "Events",
            "Jobs",
            "Archive",
            "About us",
            "Contact",
        ]
        .iter()
        .map(|w| (*w, Paragraph))
        .collect();
        let teaser = "A teaser for another story: the river rose overnight and the town was evacuated by the army before the bridge could fall, the report said on Monday.";
        let mut parts = vec![(teaser, Paragraph)];
        parts.extend(menu);
        parts.extend([(P1, Paragraph), (P2, Paragraph), (P3, Paragraph)]);
        assert_eq!(run(&parts), [P1, P2, P3]);
    }

    #[test]
    fn release_notes_typed_as_a_bulleted_list_are_the_article() {
        use BlockKind::*;
        let items = [
            "+ Added granite and diorite stone blocks, with smooth versions",
            "+ Added the iron trapdoor",
            "+ Added banners and armor stands",
            "+ Villagers will harvest crops and plant new ones",
            "+ Doors and fences now come in every wood type",
            "+ Added a spectator game mode",
            "+ Worlds can now have a world border",
            "+ Containers can be locked in custom maps",
            "* Enchanting has been redone and now costs lapis",
            "* Lots and lots of other changes",
        ];
        let mut parts =
            vec![(MENU, Paragraph), ("Powered by Blogs", Heading), ("Version 1.8 is out", Heading)];
        parts.extend(items.iter().map(|&t| (t, ListItem)));
        parts.extend([("Newer Older", Heading), (MENU, Paragraph)]);
        let kept = run(&parts);
        assert!(items.iter().all(|t| kept.iter().any(|k| k == t)), "{kept:#?}");
        assert!(!kept.iter().any(|k| k == MENU), "{kept:#?}");
    }

    #[test]
    fn an_advertisement_inside_the_article_does_not_cut_it() {
        use BlockKind::*;
        let kept = run(&[
            (P1, Paragraph),
            ("Photo: Reuters", Paragraph),
            (P2, Paragraph),
            ("Circa 2011", Heading),
            (P3, Paragraph),
        ]);
        assert_eq!(kept, [P1, "Photo: Reuters", P2, "Circa 2011", P3]);
    }
}
