//! Cleaning pasted text: normalise, strip HTML, drop boilerplate, fold duplicates, find articles.
//!
//! Nothing is rewritten in place: the cleaned text keeps a map back to the input so that every
//! sentence can report the span of its source.
//!
//! The stages, each in its own module:
//! * [`text`]: line ends, invisible characters and runs of spaces (plain text), or
//! * [`html`]: pasted HTML source reduced to blocks (tags stripped, entities decoded, script and
//!   page furniture dropped, `<article>`/`<main>` preferred);
//! * [`blocks`]: plain-text lines grouped into paragraphs, headings and list items;
//! * [`boilerplate`]: navigation, widgets, datelines, disclaimers, copyright and share lines;
//! * here: repeated blocks folded, then [`articles`] splits several stories apart and picks the
//!   main one and its title.

mod articles;
mod asides;
mod blocks;
mod body;
mod boilerplate;
mod entities;
mod headline;
mod html;
mod map;
mod text;

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::classify;
use crate::classify::count_words_half_cjk as words;
use crate::lang::{self, Language};
use crate::mem::narrow;
use crate::summary::Article;
use articles::Item;
use boilerplate::{ends_sentence, is_boilerplate_line};
use map::{OffsetMap, TextBuilder};
use serde::Serialize;

/// Lines longer than this are never boilerplate by the line rules (they are prose); it also
/// bounds the work the rules do per line.
const LINE_RULES_MAX: usize = 600;
/// A later article shorter than this (in words) is a leftover, not an article.
const MIN_OTHER_WORDS: usize = 30;
/// The first article is the main one if it has this many words (or a third of the longest's).
const MAIN_MIN_WORDS: usize = 100;
/// Words of prose a comment-section heading must follow to end the article (a shorter page
/// top holds links to the comments, not the comments).
const COMMENTS_MIN_PROSE: usize = 80;
/// Words of prose before a comment-section heading that make it the comments' start however
/// long the comments run (a blog post under thirty readers' replies is a small share of its page).
const COMMENTS_ARTICLE_PROSE: usize = 250;
/// How much prose language detection reads, for the article finder and for the sentences.
pub(crate) const DETECT_SAMPLE: usize = 16 * 1024;

/// The input, cleaned, with a map back to the input's byte offsets.
#[derive(Debug, Clone, Default)]
pub(crate) struct Cleaned {
    /// Normalised text: `\n` line ends, no control or zero-width characters, tags stripped,
    /// entities decoded, runs of spaces folded.
    pub text: String,
    /// The main article's blocks, in order; spans index `text`.
    pub blocks: Vec<Block>,
    /// The main article's title, when one was found.
    pub title: Option<String>,
    /// Later articles: (first line, span of `text`).
    pub others: Vec<(String, Range<usize>)>,
    /// Boilerplate lines or blocks dropped.
    pub boilerplate_removed: usize,
    /// Repeated blocks folded.
    pub duplicates_folded: usize,
    /// Words in the whole cleaned input, furniture and other stories included.
    pub words_total: usize,
    /// Words of the repeated blocks folded into the main article (read, but not offered twice).
    pub folded_words: usize,
    /// The language of the main article's own sample (its first blocks), when the article
    /// finder read it already: it detects over the same blocks.
    pub language: Option<Language>,
    /// Spans of `text` back to the input.
    map: OffsetMap,
}

/// A block of the main article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    /// Its span in [`Cleaned::text`].
    pub span: Range<usize>,
    /// What kind of block it is.
    pub kind: BlockKind,
}

/// What a block of an article is; only paragraphs and list items offer sentences to the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Running text.
    Paragraph,
    /// A heading or title line: informs scoring, never selected.
    Heading,
    /// A bulleted or numbered item.
    ListItem,
    /// A line of code or of other preformatted text (`<pre>`, a Markdown fence), a row of a
    /// table set as text, a cell of data in an HTML table: the article's, read but never
    /// summarised.
    Code,
}

impl Cleaned {
    /// The later articles, with their spans in the input.
    pub fn other_articles(&self) -> Vec<Article> {
        self.others
            .iter()
            .map(|(title, span)| {
                let source = self.original_span(span.clone());
                Article { title: title.clone(), start: source.start, end: source.end }
            })
            .collect()
    }

    /// Maps a span of [`Cleaned::text`] to the span of its source in the input: it covers the
    /// source of every character in `span` (and anything removed between them), and lies on
    /// char boundaries of the input.
    pub fn original_span(&self, span: Range<usize>) -> Range<usize> {
        self.map.original(span)
    }
}

/// A block before boilerplate removal and article splitting.
#[derive(Debug, Clone)]
pub(crate) struct RawBlock {
    /// Its span in the cleaned text.
    pub span: Range<usize>,
    /// Its kind.
    pub kind: BlockKind,
    /// Inside page furniture (nav, header, footer...): not part of any article.
    pub furniture: bool,
    /// Inside an element whose class names the article's lead paragraph.
    pub lede: bool,
    /// The `<article>`/`<main>` element holding it, numbered in document order.
    pub container: Option<u32>,
    /// Bytes of its text inside links.
    pub link_bytes: usize,
    /// A cell of data (a name, a year) in a table's row that holds prose too (a description):
    /// the row's, whatever its links or its shape say.
    pub data: bool,
}

/// A block kept for the article stage. Offsets in 32 bits (see `mem::narrow`): 16 bytes a
/// block, where a page of a line every dozen bytes holds several lists of these at once.
#[derive(Debug, Clone)]
struct Kept {
    /// Its span in the cleaned text ([`Kept::span`]).
    start: u32,
    end: u32,
    kind: BlockKind,
    /// Starts a new article regardless of content (another `<article>`).
    boundary: bool,
    /// Bytes of its text inside links.
    link_bytes: u32,
    /// The article's lead paragraph (HTML): printed above its container (see [`page_lede`]), or
    /// marked by its class and first in its own: the container after it is its article, not
    /// another story. (A summary closing a story, marked by the same classes, ends its story as
    /// any other paragraph does.)
    lede: bool,
}

impl Kept {
    /// A block of `kind` at `span`, `link_bytes` of it inside links: no boundary, no lede.
    fn new(span: Range<usize>, kind: BlockKind, link_bytes: usize) -> Kept {
        Kept {
            start: narrow(span.start),
            end: narrow(span.end),
            kind,
            boundary: false,
            link_bytes: narrow(link_bytes),
            lede: false,
        }
    }

    /// Its span in the cleaned text.
    fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// How to clean.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Settings {
    /// Read everything as one text: no search for the article, no split into stories.
    pub whole: bool,
    /// The language, when the caller forces it (else detected from the page's prose).
    pub language: Option<Language>,
}

/// Cleans `input` (plain text or HTML source).
pub(crate) fn clean(input: &str, settings: Settings) -> Cleaned {
    if html::looks_like_html(input) {
        clean_html(input, settings)
    } else {
        clean_text(input, settings)
    }
}

/// Plain text: normalise, drop boilerplate lines, group lines into blocks.
fn clean_text(input: &str, settings: Settings) -> Cleaned {
    let mut out = TextBuilder::with_capacity(input.len());
    let lines = text::normalise(input, &mut out);
    let (mut text, map) = out.finish();
    let measures = measure_lists(&text, &lines);
    let formula = blocks::mark_formulas(&text, &lines);
    let boilerplate: Vec<bool> = lines
        .iter()
        .zip(&measures)
        .zip(&formula)
        .map(|((l, &in_list), &in_formula)| {
            if in_formula {
                return false;
            }
            let line = text.get(l.span.clone()).unwrap_or("");
            // An ingredient's line in a list of measures may be spaced like a menu's row in
            // the source ("350 g\u{a0} Zucker"): it is the list's.
            if in_list && blocks::measured_line(line) {
                return false;
            }
            if boilerplate::is_data_line(line) {
                return true;
            }
            // Labels whose meaning reaches past their own line are judged with their neighbours.
            line.len() <= LINE_RULES_MAX
                && !boilerplate::is_related_label(line)
                && !boilerplate::is_disclaimer_label(line)
                && is_boilerplate_line(line, {
                    // Only a short unpunctuated line can be a menu row: read its source gaps then.
                    let menu_like = line.len() <= 400 && !ends_sentence(line);
                    menu_like.then(|| input.get(map.original(l.span.clone()))).flatten().unwrap_or(line)
                })
        })
        .collect();
    let mut boilerplate = boilerplate;
    asides::mark_teasers(&text, &lines, &mut boilerplate);
    asides::mark_dated_lists(&text, &lines, &mut boilerplate);
    let code = blocks::mark_code(&text, &lines, &mut boilerplate);
    // A table of contents is a column of short lines too, but no menu: its entries are the
    // sections' headings read twice (folded away later, not dropped as furniture between).
    let entries = contents_among(lines.iter().zip(&boilerplate).enumerate().filter_map(|(i, (l, &bp))| {
        let line = text.get(l.span.clone()).unwrap_or("");
        (!bp && blocks::looks_like_heading(line)).then_some((i, line))
    }));
    // (A label over a paragraph, "About the author" over the bio, is left to the context
    // rules even in a column of short lines: the author's name and role above it.)
    let line_at = |i: usize| lines.get(i).and_then(|l| text.get(l.span.clone())).unwrap_or("");
    let label = |i: usize| {
        let t = line_at(i);
        t.len() <= LINE_RULES_MAX
            && boilerplate::is_disclaimer_label(t)
            && ends_sentence(line_at(i + 1))
            && words(line_at(i + 1)) >= AUTHOR_BIO_WORDS
    };
    mark_menu_runs(&text, &lines, &mut boilerplate, |i| {
        code.get(i) == Some(&true)
            || entries.binary_search(&i).is_ok()
            || measures.get(i) == Some(&true)
            || formula.get(i) == Some(&true)
            || label(i)
    });
    drop(measures);
    drop(entries);
    let removed = boilerplate.iter().filter(|&&b| b).count();
    let (raw, joins) = blocks::build(&text, &lines, &boilerplate, &code, &formula);
    map::newlines_to_spaces(&mut text, &joins);
    let kept = raw.into_iter().map(|b| Kept::new(b.span, b.kind, b.link_bytes)).collect();
    // The lines are done with: on a page of short lines they weigh as much as the blocks.
    drop((lines, boilerplate, code, formula));
    assemble(text, map, kept, removed, None, settings, false)
}

/// The fewest short lines in a row that make a menu pasted one item per line.
const MENU_RUN: usize = 3;
/// The widest a menu's item is, in characters, a CJK character counting three (about a word:
/// "首頁", "部落格" are items; a line of twenty is a sentence of a post).
const MENU_ITEM_WIDTH: usize = 32;

/// How much of a menu item's width `c` takes (see [`MENU_ITEM_WIDTH`]).
fn menu_width(c: char) -> usize {
    if crate::classify::is_cjk_core(c) {
        3
    } else {
        1
    }
}
/// The most words of a line in a list of measures ("1 Glas (à 720 ml) Schattenmorellen").
const MEASURE_LINE_WORDS: usize = 8;

/// Marks the lines of lists of measures: runs of short lines (at most [`MEASURE_LINE_WORDS`]
/// words, no sentence) enough of which open with a quantity ("250 g Mehl", "2 Eier"), see
/// [`blocks::is_measure_list`]. A recipe's ingredients or a product's
/// specifications are short lines as a menu is, but no menu: a menu's items are words, and a
/// counter among share buttons ("2192 Shares") is one line.
fn measure_lists(text: &str, lines: &[text::Line]) -> Vec<bool> {
    let line = |k: usize| lines.get(k).map(|l| text.get(l.span.clone()).unwrap_or(""));
    // (Words counted up to one past the most: a line of prose is not walked to its end.)
    let short = |t: &str| t.split_whitespace().nth(MEASURE_LINE_WORDS).is_none() && !ends_sentence(t);
    let mut marks = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        let mut measured = 0;
        while let Some(t) = line(j).filter(|t| short(t)) {
            measured += usize::from(blocks::measured_line(t));
            j += 1;
        }
        if blocks::is_measure_list(measured, j - i) {
            marks.iter_mut().take(j).skip(i).for_each(|m| *m = true);
        }
        i = j.max(i + 1);
    }
    marks
}

/// Marks menus pasted one item per line ("World", "Business", "Markets"...): runs of at least
/// [`MENU_RUN`] short unpunctuated lines, boilerplate lines in between allowed (a line
/// `no_menu` names, code or an entry of a table of contents, is none of them).
fn mark_menu_runs(
    text: &str,
    lines: &[text::Line],
    boilerplate: &mut [bool],
    no_menu: impl Fn(usize) -> bool,
) {
    let menu_like = |l: &text::Line| {
        let t = text.get(l.span.clone()).unwrap_or("");
        t.len() <= 64
            && t.chars().map(menu_width).sum::<usize>() <= MENU_ITEM_WIDTH
            && t.split_whitespace().count() <= 3
            && !ends_sentence(t)
            && !t.contains(". ")
            && t.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| !c.is_lowercase())
            && blocks::list_marker(t).is_none()
    };
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        let mut menu = 0;
        while let (Some(line), Some(&bp)) = (lines.get(j), boilerplate.get(j)) {
            if no_menu(j) {
                break;
            } else if bp {
                j += 1;
            } else if menu_like(line) {
                menu += 1;
                j += 1;
            } else {
                break;
            }
        }
        if menu >= MENU_RUN {
            for k in i..j {
                if let Some(flag) = boilerplate.get_mut(k) {
                    *flag = true;
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// HTML source: extract blocks, keep the article container's, drop furniture and link lists.
fn clean_html(input: &str, settings: Settings) -> Cleaned {
    let Some((out, found)) = read_page(input) else { return Cleaned::default() };
    let (text, map) = out.finish();
    let title = page_title(&text, &found);
    let (kept, removed) = keep_blocks(&text, &found);
    drop(found);
    assemble(text, map, kept, removed, title, settings, true)
}

/// A block at least this share of link text (8/10) is a list of links.
const LINK_LIST_SHARE: (usize, usize) = (8, 10);
/// A paragraph of this many words or more is text even when it is mostly links.
const LINKED_PROSE_WORDS: usize = 12;
/// A reading of a page that keeps this many bytes of text outside the furniture, or this
/// share of all its text (1/4), found the article; less, and the page was misread.
const READ_MIN_BYTES: usize = 200;
/// See [`READ_MIN_BYTES`].
const READ_MIN_SHARE: usize = 4;
/// The article containers are preferred over the rest when they hold this share (1/4) of the
/// page's text.
const CONTAINER_MIN_SHARE: usize = 4;

/// Whether a block of `link_bytes` link text in `len` bytes is mostly links.
fn mostly_links(link_bytes: usize, len: usize) -> bool {
    link_bytes * LINK_LIST_SHARE.1 >= len * LINK_LIST_SHARE.0
}

/// Reads the page strictly first, then more leniently while the furniture rules leave
/// (almost) nothing: a theme's wrapper class can make every paragraph look like furniture.
fn read_page(input: &str) -> Option<(TextBuilder, html::Extracted)> {
    let mut result = None;
    for strictness in [html::Strictness::Full, html::Strictness::NoClasses, html::Strictness::HiddenOnly] {
        let (out, found) = html::extract(input, strictness);
        let body = |b: &&RawBlock| b.kind != BlockKind::Heading;
        // (A news ticker's links left outside the furniture are no article either.)
        let kept: usize = found
            .blocks
            .iter()
            .filter(body)
            .filter(|b| !b.furniture && !mostly_links(b.link_bytes, b.span.len()))
            .map(|b| b.span.len())
            .sum();
        let all: usize = found.blocks.iter().filter(body).map(|b| b.span.len()).sum();
        let done = kept >= READ_MIN_BYTES
            || kept * READ_MIN_SHARE >= all
            || strictness == html::Strictness::HiddenOnly;
        result = Some((out, found));
        if done {
            break;
        }
    }
    result
}

/// Whether the page's article containers (`<article>`, `<main>`...) hold a fair share of its
/// text, so that the blocks outside them are left out.
fn use_containers(found: &html::Extracted) -> bool {
    let mut by_container: Vec<(u32, usize)> = Vec::new();
    let mut total = 0;
    for b in found.blocks.iter().filter(|b| !b.furniture && b.kind != BlockKind::Heading) {
        total += b.span.len();
        if let Some(c) = b.container {
            match by_container.iter_mut().find(|(id, _)| *id == c) {
                Some(entry) => entry.1 += b.span.len(),
                None => by_container.push((c, b.span.len())),
            }
        }
    }
    let largest = by_container.iter().map(|&(_, n)| n).max().unwrap_or(0);
    largest > 0 && largest * CONTAINER_MIN_SHARE >= total
}

/// The page's blocks the furniture rules keep, and how many they removed.
fn keep_blocks(text: &str, found: &html::Extracted) -> (Vec<Kept>, usize) {
    let use_containers = use_containers(found);
    let lede = use_containers.then(|| page_lede(text, found)).flatten();
    let (mut kept, mut removed) = (Vec::new(), 0);
    // A page whose text is all inside links (a list of links, a body wrapped in one) is read
    // whole rather than found empty: the link lists' rule is waived when it leaves nothing.
    for links_too in [false, true] {
        removed = 0;
        kept.clear();
        let mut last_container = None;
        // Whether a paragraph was kept in the current container already: a lead paragraph
        // opens its container, a summary closing a story follows the story's own.
        let mut prose_in_container = false;
        for (i, b) in found.blocks.iter().enumerate() {
            let line = text.get(b.span.clone()).unwrap_or("");
            let link_list = mostly_links(b.link_bytes, b.span.len())
                && (b.kind != BlockKind::Paragraph || words(line) < LINKED_PROSE_WORDS);
            let outside = use_containers && b.container.is_none() && lede != Some(i);
            if b.furniture
                || outside
                || (link_list && !links_too && !b.data)
                || (!b.data
                    && line.len() <= LINE_RULES_MAX
                    && !boilerplate::is_related_label(line)
                    && !boilerplate::is_disclaimer_label(line)
                    && is_boilerplate_line(line, line))
            {
                removed += 1;
                continue;
            }
            // (The article's lead paragraph above its `<article>` opens it: no new story there.)
            let boundary = use_containers
                && b.container != last_container
                && last_container.is_some()
                && !kept.last().is_some_and(|k: &Kept| k.lede);
            if b.container != last_container {
                prose_in_container = false;
            }
            last_container = b.container;
            kept.push(Kept {
                boundary,
                lede: lede == Some(i) || (b.lede && b.kind == BlockKind::Paragraph && !prose_in_container),
                // (A data cell's link names its row's subject: no navigation.)
                ..Kept::new(b.span.clone(), b.kind, if b.data { 0 } else { b.link_bytes })
            });
            prose_in_container |= b.kind == BlockKind::Paragraph;
        }
        if !kept.is_empty() {
            break;
        }
    }
    (kept, removed)
}

/// How many blocks before the article's container its lead paragraph may stand (the headline,
/// a byline and a date between).
const LEDE_REACH: usize = 4;

/// The article's lead paragraph printed above its container: the last paragraph marked by its
/// class as a lede ("lead", "intro", "standfirst") among the few blocks before the container's
/// first, not furniture nor links.
fn page_lede(text: &str, found: &html::Extracted) -> Option<usize> {
    let first = found.blocks.iter().position(|b| b.container.is_some() && !b.furniture)?;
    (first.saturating_sub(LEDE_REACH)..first).rev().find(|&i| {
        found.blocks.get(i).is_some_and(|b| {
            b.lede
                && !b.furniture
                && b.kind == BlockKind::Paragraph
                && !mostly_links(b.link_bytes, b.span.len())
                && text.get(b.span.clone()).is_some_and(ends_sentence)
        })
    })
}

/// The article's headline from what the page declares: its sharing metadata (`og:title`...),
/// else its `<h1>` when the `<title>` agrees with it (the `<h1>` reads cleaner: no site name),
/// else the `<title>` without the site's name, else any `<h1>`.
fn page_title(text: &str, found: &html::Extracted) -> Option<String> {
    let get = |span: &Option<Range<usize>>| span.clone().and_then(|r| text.get(r)).filter(|t| !t.is_empty());
    if let Some((_, meta)) = &found.meta_title {
        return Some(strip_site_name(meta).to_string());
    }
    let h1 = get(&found.h1);
    match (get(&found.title), h1) {
        (Some(title), Some(h1)) if shares_most_words(h1, title) => Some(h1.to_string()),
        (Some(title), _) => Some(strip_site_name(title).to_string()),
        (None, h1) => h1.or_else(|| get(&found.h1_elsewhere)).map(str::to_string),
    }
}

/// Whether at least half the words of `a` are words of `b` (case ignored).
fn shares_most_words(a: &str, b: &str) -> bool {
    let b: Vec<String> = b.split_whitespace().map(str::to_lowercase).collect();
    let words: Vec<String> = a.split_whitespace().map(str::to_lowercase).collect();
    let shared = words.iter().filter(|w| b.contains(w)).count();
    !words.is_empty() && shared * 2 >= words.len()
}

/// The page title without the site's name: "Story | Site" -> "Story".
fn strip_site_name(title: &str) -> &str {
    for sep in [" | ", " - ", " — ", " – ", " :: ", " · ", " » "] {
        if let Some(at) = title.rfind(sep) {
            let head = title.get(..at).unwrap_or("");
            if head.split_whitespace().count() >= 3 {
                return head;
            }
        }
    }
    title
}

/// Length of a wire-service tag opening a paragraph: "(MENAFN) ", "(AP) — ". The tag is
/// dropped so the lede reads as a sentence; the rest of the span is untouched.
fn wire_prefix(text: &str) -> usize {
    let Some(rest) = text.strip_prefix('(') else { return 0 };
    let Some(close) = rest.find(')') else { return 0 };
    let inner = rest.get(..close).unwrap_or("");
    let tag_like = (2..=40).contains(&inner.len())
        && inner.chars().next().is_some_and(char::is_uppercase)
        && inner.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '&'))
        && inner.split_whitespace().count() <= 5;
    if !tag_like {
        return 0;
    }
    let mut at = 1 + close + 1;
    let after = text.get(at..).unwrap_or("");
    let trimmed = after.trim_start_matches([' ', '-', '—', '–']);
    at += after.len() - trimmed.len();
    if at == 2 + close
        || !trimmed.chars().next().is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '“' | '\'' | '‘'))
    {
        return 0;
    }
    at
}

/// The key under which blocks count as the same: kind class and case ignored (spacing is
/// already folded). A fingerprint under the document's key: no copy of the text is kept, and
/// no page can be built to make two of its blocks collide. Only ever probed in a seen-set.
fn fold_key(kind: BlockKind, text: &str) -> u64 {
    use std::hash::Hasher as _;
    let mut h = crate::hash::fingerprint();
    h.write_u8(if kind == BlockKind::Heading { 1 } else { 2 });
    // Lower-cased into a small buffer, hashed a buffer at a time: the hasher streams, so where
    // the buffer is cut does not change the key.
    let mut buf = [0u8; 64];
    let mut len = 0;
    for c in text.chars().flat_map(char::to_lowercase) {
        if len + 4 > buf.len() {
            h.write(buf.get(..len).unwrap_or(&[]));
            len = 0;
        }
        if let Some(slot) = buf.get_mut(len..) {
            len += c.encode_utf8(slot).len();
        }
    }
    h.write(buf.get(..len).unwrap_or(&[]));
    h.finish()
}

/// The first line of a block, shortened to a headline's length at a word boundary.
fn first_line(text: &str) -> String {
    const MAX: usize = 100;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    let at = cut.rfind(' ').filter(|&i| i > MAX / 2).unwrap_or(cut.len());
    format!("{}…", cut.get(..at).unwrap_or(&cut).trim_end())
}

/// The stages shared by text and HTML: contextual boilerplate, repeated blocks, the article
/// among the page's furniture, the stories.
fn assemble(
    text: String,
    map: OffsetMap,
    raw: Vec<Kept>,
    mut removed: usize,
    doc_title: Option<String>,
    settings: Settings,
    is_html: bool,
) -> Cleaned {
    let words_total = classify::count_words(&text);
    let kept = drop_by_context(&text, raw, settings, &mut removed);
    let Folded { kept, folded_words, repeated_before, echo_before, duplicates } = fold_repeats(&text, kept);
    // One block is the article whatever it says (and has no line above it to be its
    // headline): a short note pays nothing here.
    let found = if settings.whole || kept.len() <= 1 {
        Found { kept, folded_words, title: None, language: None }
    } else {
        let folded = Folded { kept, folded_words, repeated_before, echo_before, duplicates };
        find_article(&text, folded, settings, is_html, doc_title.is_none(), &mut removed)
    };
    let mut cleaned = gather(&text, &found, doc_title, settings, &mut removed);
    if !is_html && !settings.whole {
        asides::mark_standfirst(&text, &mut cleaned.blocks);
        removed += asides::drop_author_bio(&text, &mut cleaned.blocks, found.language.or(settings.language));
    }
    cleaned.duplicates_folded = duplicates;
    cleaned.words_total = words_total;
    cleaned.boilerplate_removed = removed;
    // The main story's blocks may be fewer than the finder kept (other stories split off).
    cleaned.language = found.language.filter(|_| cleaned.blocks.len() == found.kept.len());
    Cleaned { text, map, ..cleaned }
}

/// Drops what is boilerplate by its place: the comments, a disclaimer's label and its text,
/// a list of other stories under its label, consent notices; and strips wire prefixes.
fn drop_by_context(text: &str, mut kept: Vec<Kept>, settings: Settings, removed: &mut usize) -> Vec<Kept> {
    let get = |span: &Range<usize>| text.get(span.clone()).unwrap_or("");
    let comments_from = if settings.whole { None } else { comments_start(text, &kept) };
    let mut after_disclaimer = false;
    let mut in_related = false;
    // In place: a page of a block every few bytes has no room for a second list of them.
    let mut next = 0;
    kept.retain_mut(|b| {
        let n = next;
        next += 1;
        let t = get(&b.span());
        let pending = std::mem::take(&mut after_disclaimer);
        let drop = if comments_from.is_some_and(|c| n >= c) || (pending && b.kind == BlockKind::Paragraph) {
            true
        } else if pending && b.kind == BlockKind::Heading && words(t) <= AUTHOR_NAME_WORDS {
            // An author's box names the author under its label ("Autor", "Dr. Thomas
            // Schulte"), then gives the bio.
            after_disclaimer = true;
            true
        } else if boilerplate::is_disclaimer_label(t) {
            after_disclaimer = true;
            true
        } else if boilerplate::is_related_label(t) {
            in_related = true;
            true
        } else if in_related && (b.kind != BlockKind::Paragraph || (!ends_statement(t) && words(t) < 15)) {
            true
        } else {
            in_related = false;
            (t.len() <= LINE_RULES_MAX && boilerplate::is_disclaimer(t)) || boilerplate::is_cookie_notice(t)
        };
        if drop {
            *removed += 1;
            return false;
        }
        if b.kind == BlockKind::Paragraph {
            b.start = narrow(b.start as usize + wire_prefix(t));
        }
        true
    });
    kept
}

/// The fewest words of the bio under an author box's label.
const AUTHOR_BIO_WORDS: usize = 8;

/// The most words of an author's name under an author box's label.
const AUTHOR_NAME_WORDS: usize = 4;

/// Whether `text` ends as a statement does (a full stop, an ellipsis, a colon or a semicolon):
/// a teaser's headline under a "Related" label may end with a question or an exclamation
/// ("Standort Deutschland – zu großes Geschäftsrisiko?"), the article's next paragraph ends as
/// prose does.
fn ends_statement(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(['"', '\'', '”', '’', '»', ')']);
    t.ends_with(['.', '…', '。', ':', ';'])
}

/// Folds repeated blocks (a headline printed twice, a whole article pasted twice). Returns the
/// blocks left, for each the words of the repeats folded into it (they were read too), and how
/// many were folded.
fn fold_repeats(text: &str, mut kept: Vec<Kept>) -> Folded {
    // One block repeats nothing: no keys, no map.
    if kept.len() < 2 {
        let zeros = vec![0; kept.len()];
        let echo_before = vec![None; kept.len()];
        return Folded {
            kept,
            folded_words: zeros.clone(),
            repeated_before: zeros,
            echo_before,
            duplicates: 0,
        };
    }
    let get = |span: &Range<usize>| text.get(span.clone()).unwrap_or("");
    // The keys are hashes an input can steer: the map hashes them under the document's key.
    // Each key leads to the block it was first seen in, which its repeats are folded into (the
    // block before a repeat may be furniture the article finder drops, and its count with it).
    let mut seen: crate::hash::Map<u64, usize> =
        HashMap::with_capacity_and_hasher(kept.len(), Default::default());
    let mut duplicates = 0;
    let mut folded_words: Vec<u32> = Vec::with_capacity(kept.len());
    let mut repeated_before: Vec<u32> = Vec::with_capacity(kept.len());
    let mut repeated = 0;
    let mut echo_before: Vec<Option<u32>> = Vec::with_capacity(kept.len());
    let mut echo = None;
    let contents = table_of_contents(text, &kept);
    let mut n = 0;
    kept.retain(|b| {
        n += 1;
        if contents.binary_search(&(n - 1)).is_ok() {
            // Read again where its sections begin: neither text nor furniture between.
            duplicates += 1;
            repeated += words(get(&b.span()));
            return false;
        }
        // Code repeats its lines ("FROM series,", "}") as prose never does.
        if b.kind == BlockKind::Code {
            folded_words.push(0);
            repeated_before.push(narrow(std::mem::take(&mut repeated)));
            echo_before.push(echo.take());
            return true;
        }
        match seen.entry(fold_key(b.kind, get(&b.span()))) {
            Entry::Vacant(slot) => {
                slot.insert(folded_words.len());
                folded_words.push(0);
                repeated_before.push(narrow(std::mem::take(&mut repeated)));
                echo_before.push(echo.take());
                true
            }
            Entry::Occupied(first) => {
                duplicates += 1;
                if let Some(w) = folded_words.get_mut(*first.get()) {
                    *w = w.saturating_add(narrow(classify::count_words(get(&b.span()))));
                }
                // (A repeated label, "Photo" or "Advertisement", is furniture all the same.)
                let t = get(&b.span());
                if ends_sentence(t) && words(t) >= REPEATED_PROSE_WORDS {
                    repeated += words(t);
                }
                // (A headline's copy may end like a sentence: "…", "?".)
                if words(t) <= ECHO_WORDS {
                    echo = u32::try_from(*first.get()).ok();
                }
                false
            }
        }
    });
    Folded { kept, folded_words, repeated_before, echo_before, duplicates }
}

/// The fewest entries of a table of contents.
const CONTENTS_MIN_ENTRIES: usize = 3;

/// Which blocks are entries of a table of contents (see [`contents`]), in order.
fn table_of_contents(text: &str, kept: &[Kept]) -> Vec<usize> {
    contents_among(
        kept.iter()
            .enumerate()
            .filter(|(_, b)| b.kind == BlockKind::Heading)
            .map(|(i, b)| (i, text.get(b.span()).unwrap_or(""))),
    )
}

/// [`contents`] of the items (blocks or lines) that are headings, given as `(index, text)` in
/// order: keyed only when there are enough of them to hold a table of contents and its
/// sections (most texts have a few headings, or none).
fn contents_among<'a>(headings: impl Iterator<Item = (usize, &'a str)> + Clone) -> Vec<usize> {
    if headings.clone().count() < 2 * CONTENTS_MIN_ENTRIES {
        return Vec::new();
    }
    let keyed: Vec<(usize, u64)> = headings.map(|(i, t)| (i, fold_key(BlockKind::Heading, t))).collect();
    contents(&keyed)
}

/// Which items (blocks or lines) are entries of tables of contents, in order, given the items
/// that are headings as `(index, key)` in order: runs of at least [`CONTENTS_MIN_ENTRIES`]
/// headings in a row of which two in three stand again later, in order and apart, as the
/// headings of the article's sections. A run ends at a heading that repeats an entry above it:
/// the first section's own heading, right under the table. (A menu printed again in the footer
/// stands again as a column, not apart.)
fn contents(headings: &[(usize, u64)]) -> Vec<usize> {
    let mut marks = Vec::new();
    // The last place each key stands.
    let mut last: crate::hash::Map<u64, usize> =
        HashMap::with_capacity_and_hasher(headings.len(), Default::default());
    for &(i, key) in headings {
        last.insert(key, i);
    }
    let mut in_run: crate::hash::Set<u64> = HashSet::default();
    let mut r = 0;
    while r < headings.len() {
        let mut e = r;
        while let Some(&(at, key)) = headings.get(e) {
            let next_in_row = e == r || headings.get(e - 1).is_some_and(|&(prev, _)| prev + 1 == at);
            if !next_in_row || !in_run.insert(key) {
                break;
            }
            e += 1;
        }
        let run = headings.get(r..e).unwrap_or(&[]);
        let end = run.last().map_or(0, |&(at, _)| at + 1);
        let again: Vec<usize> =
            run.iter().filter_map(|(_, key)| last.get(key).copied()).filter(|&at| at >= end).collect();
        // (Emptied entry by entry: clearing a set costs its capacity, which one long run
        // would leave large for every short run after it.)
        for (_, key) in run {
            in_run.remove(key);
        }
        let apart = again.windows(2).all(|w| w[1] > w[0] + 1);
        if run.len() >= CONTENTS_MIN_ENTRIES && apart && again.len() * 3 >= run.len() * 2 {
            marks.extend(run.iter().map(|&(at, _)| at));
        }
        r = e.max(r + 1);
    }
    marks
}

/// A repeated block of at least this many words that ends like a sentence is prose read again.
const REPEATED_PROSE_WORDS: usize = 8;
/// A repeated line of at most this many words may be a headline's copy.
const ECHO_WORDS: usize = 30;

/// The blocks left by [`fold_repeats`].
struct Folded {
    kept: Vec<Kept>,
    /// For each block, the words of its repeats.
    folded_words: Vec<u32>,
    /// For each block, the words of the prose repeats folded away since the block before it:
    /// they are article text read once already, not furniture dropped between the two.
    repeated_before: Vec<u32>,
    /// For each block, the block whose line was printed again right before it (the last such
    /// short line folded since the block before it): a headline's copy above the article.
    echo_before: Vec<Option<u32>>,
    duplicates: usize,
}

/// The blocks the article finder kept, with the words folded into each, and the plain-text
/// headline it found above them.
struct Found {
    kept: Vec<Kept>,
    folded_words: Vec<u32>,
    title: Option<String>,
    /// The article's language as its own sample reads it, when every block kept is the
    /// article's and the language was detected.
    language: Option<Language>,
}

/// The article among the page's furniture (a text with no clear prose, a list or a single
/// line, is read whole), and in plain text its headline, when the page has no title of its own.
// (Its one caller is `assemble`: kept apart, it costs the module about 0.8 kB gzip.)
#[inline(always)]
fn find_article(
    text: &str,
    folded: Folded,
    settings: Settings,
    is_html: bool,
    untitled: bool,
    removed: &mut usize,
) -> Found {
    let get = |span: &Range<usize>| text.get(span.clone()).unwrap_or("");
    let Folded { mut kept, folded_words, repeated_before, echo_before, .. } = folded;
    let detected = settings.language.is_none().then(|| page_language(text, &kept));
    let page = settings.language.or(detected.map(|(page, _)| page));
    let stops = body::Stops::of(page.unwrap_or(Language::Undetermined));
    let facts = block_facts(text, &kept, &repeated_before, &echo_before, is_html);
    // Read into the facts: on a page of a line every dozen bytes, the finder's tables next
    // are the peak of memory.
    drop((repeated_before, echo_before));
    let mut article = body::article(&facts, stops, is_html);
    if !article.contains(&true) {
        article.iter_mut().for_each(|k| *k = true);
    }
    // In plain text the headline is one of the lines just above the article.
    let opening = (0..kept.len()).find(|&i| {
        article.get(i) == Some(&true)
            && kept.get(i).is_some_and(|b| !matches!(b.kind, BlockKind::Heading | BlockKind::Code))
    });
    let headline = opening.filter(|_| !is_html && untitled).and_then(|f| headline::find(&facts, f));
    drop(facts);
    let mut title = None;
    if let Some(h) = headline {
        title = kept.get(h).map(|b| headline::shown(get(&b.span())).to_string());
        // The headline informs scoring; it is never a summary sentence.
        if let Some(b) = kept.get_mut(h) {
            b.kind = BlockKind::Heading;
        }
        if let Some(k) = article.get_mut(h) {
            *k = true;
        }
    }
    let before = kept.len();
    let mut flags = article.iter();
    let mut words = folded_words.iter();
    let mut kept_words = Vec::with_capacity(kept.len());
    kept.retain(|_| {
        let keep = flags.next().copied().unwrap_or(true);
        let w = words.next().copied().unwrap_or(0);
        if keep {
            kept_words.push(w);
        }
        keep
    });
    *removed += before - kept.len();
    // The article's own language is known when every block stays in it.
    let language = detected.filter(|_| kept.len() == before).map(|(_, article)| article);
    Found { kept, folded_words: kept_words, title, language }
}

/// What the article finder reads of each kept block: its text, its kind and links, and the
/// words dropped as furniture just before it.
fn block_facts<'a>(
    text: &'a str,
    kept: &[Kept],
    repeated_before: &[u32],
    echo_before: &[Option<u32>],
    is_html: bool,
) -> Vec<body::Facts<'a>> {
    let mut last_end = 0;
    kept.iter()
        .zip(repeated_before)
        .zip(echo_before)
        .map(|((b, &repeated), &echo_of)| {
            // In plain text the lines dropped as furniture are still in the text between
            // blocks; in HTML that text is the page's asides, read by their tags already.
            let between = if is_html { "" } else { text.get(last_end..b.span().start).unwrap_or("") };
            last_end = b.span().end;
            // A photo's caption stands between an article's paragraphs (after its lede, most
            // often): it does not separate them as a menu does.
            // Nor does a prompt to the reader (a newsletter box between paragraphs): alone it
            // never ends the article; it counts as a label's word.
            let captions: usize = between
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(|l| {
                    if boilerplate::is_caption(l) {
                        words(l)
                    } else if boilerplate::is_prompt_line(l) {
                        words(l).saturating_sub(1)
                    } else {
                        0
                    }
                })
                .sum();
            body::Facts {
                text: text.get(b.span()).unwrap_or(""),
                // Punctuation left alone on a line ("});") is no dropped text, nor is a repeat.
                gap_before: crate::mem::narrow(
                    words(between)
                        .saturating_sub(
                            between
                                .split_whitespace()
                                .filter(|w| !w.chars().any(char::is_alphanumeric))
                                .count(),
                        )
                        .saturating_sub(repeated as usize)
                        .saturating_sub(captions),
                ),
                kind: b.kind,
                link_bytes: b.link_bytes,
                echo_of: echo_of.unwrap_or(body::NO_ECHO),
            }
        })
        .collect()
}

/// The main story among the segments: the first, unless it is a small part of the whole (a
/// teaser before the story), then the longest. Returns the first and the main.
fn main_story(segments: &[articles::Segment]) -> (Option<usize>, Option<usize>) {
    let first = segments.iter().position(|s| s.words > 0);
    let longest = segments.iter().enumerate().fold(None, |best: Option<(usize, usize)>, (i, s)| match best {
        Some((_, w)) if w >= s.words => best,
        _ => Some((i, s.words)),
    });
    let main = match (first, longest) {
        (Some(f), Some((l, lw))) => {
            let fw = segments.get(f).map_or(0, |s| s.words);
            Some(if fw >= MAIN_MIN_WORDS || fw * 3 >= lw { f } else { l })
        }
        _ => None,
    };
    (first, main)
}

/// Splits the article into stories and gathers the main one's blocks and title, and the
/// others as (headline, span). The text, map and counts are the caller's to fill in.
fn gather(
    text: &str,
    found: &Found,
    doc_title: Option<String>,
    settings: Settings,
    removed: &mut usize,
) -> Cleaned {
    let get = |span: &Range<usize>| text.get(span.clone()).unwrap_or("");
    let kept = &found.kept;
    let items: Vec<Item> =
        kept.iter().map(|b| Item { text: get(&b.span()), kind: b.kind, boundary: b.boundary }).collect();
    let segments = if settings.whole { vec![articles::whole(&items)] } else { articles::split(&items) };
    drop(items);
    *removed += segments.iter().map(|s| s.teasers.len()).sum::<usize>();
    let (first, main) = main_story(&segments);

    let span_of = |i: usize| kept.get(i).map(|b| b.span());
    let mut blocks = Vec::new();
    let mut title = if main == first { doc_title.or_else(|| found.title.clone()) } else { doc_title };
    let mut others = Vec::new();
    let mut extra_words = 0;
    let Some(m) = main else {
        // Nothing but headings (a one-line paste without a full stop): read them as text.
        blocks = kept.iter().map(|b| Block { span: b.span(), kind: BlockKind::Paragraph }).collect();
        return Cleaned { blocks, title, ..Cleaned::default() };
    };
    for (n, seg) in segments.iter().enumerate() {
        if n == m {
            extra_words =
                seg.blocks.iter().filter_map(|&i| found.folded_words.get(i)).map(|&w| w as usize).sum();
            blocks = seg
                .blocks
                .iter()
                .filter_map(|&i| kept.get(i).map(|b| Block { span: b.span(), kind: b.kind }))
                .collect();
            // A heading introduces what follows it: after the article's last text, it is the
            // label of furniture dropped below ("Related", "Comments", "Newsletter").
            if let Some(last) = blocks.iter().rposition(|b| b.kind != BlockKind::Heading) {
                *removed += blocks.len() - last - 1;
                blocks.truncate(last + 1);
            }
            if title.is_none() {
                // (A story's heading that is a date, a trail or a section's label names nothing.)
                title = seg
                    .title
                    .and_then(span_of)
                    .map(|r| get(&r))
                    .filter(|t| headline::may_title(t))
                    .map(str::to_string);
            }
        } else if seg.words >= MIN_OTHER_WORDS {
            let ends = seg.blocks.iter().chain(seg.title.iter()).filter_map(|&i| span_of(i));
            let (start, end) = ends.fold((usize::MAX, 0), |(s, e), r| (s.min(r.start), e.max(r.end)));
            let headline = match seg.title.and_then(span_of) {
                Some(t) => get(&t).to_string(),
                None => seg
                    .blocks
                    .first()
                    .and_then(|&i| span_of(i))
                    .map_or_else(String::new, |r| first_line(get(&r))),
            };
            if start < end {
                others.push((headline, start..end));
            }
        } else {
            *removed += seg.blocks.len() + usize::from(seg.trailing_title);
        }
    }
    Cleaned { blocks, title, others, folded_words: extra_words, ..Cleaned::default() }
}

/// Where the readers' comments start: a comment-section heading ("12 Comments", "Leave a
/// reply") with enough of the page's prose before it. The same label near the top of a page is
/// a link to the comments, not their start.
fn comments_start(text: &str, blocks: &[Kept]) -> Option<usize> {
    // The first block has no prose before it: a text of one block has no comments to find.
    if blocks.len() < 2 {
        return None;
    }
    let prose = |b: &Kept| {
        let t = text.get(b.span()).unwrap_or("");
        if b.kind == BlockKind::Paragraph && ends_sentence(t) {
            words(t)
        } else {
            0
        }
    };
    let total: usize = blocks.iter().map(prose).sum();
    let mut before = 0;
    for (i, b) in blocks.iter().enumerate() {
        let t = text.get(b.span()).unwrap_or("");
        let enough = before >= COMMENTS_ARTICLE_PROSE || before * 4 >= total;
        if before >= COMMENTS_MIN_PROSE && enough && boilerplate::is_comments_label(t) {
            return Some(i);
        }
        before += prose(b);
    }
    None
}

/// The language of a page's prose, detected from its longer blocks (menus and labels say
/// little about it, and are read only when the longer blocks are few: then the longer ones
/// are read twice); and, from the same reading, what the article's own detection would say if
/// the article is every one of these blocks (its sample: the first `DETECT_SAMPLE` bytes
/// or so of them, in order, each once).
fn page_language(text: &str, kept: &[Kept]) -> (Language, Language) {
    let get = |b: &Kept| text.get(b.span()).unwrap_or("");
    // How many times the finder's sample takes each block (it is never written out).
    let mut times = vec![0u32; kept.len()];
    let mut len = 0;
    for pass in [80, 0] {
        for (b, n) in kept.iter().zip(times.iter_mut()) {
            if len >= DETECT_SAMPLE {
                break;
            }
            let t = get(b);
            if t.len() >= pass {
                len += t.len() + 1;
                *n += 1;
            }
        }
        if len >= DETECT_SAMPLE / 4 {
            break;
        }
    }
    let mut taken = 0;
    let parts: Vec<(&str, u32, u32)> = kept
        .iter()
        .zip(times)
        .map(|(b, n)| {
            let in_article = taken < DETECT_SAMPLE;
            taken += b.span().len();
            (get(b), n, u32::from(in_article))
        })
        .filter(|&(_, a, b)| a + b > 0)
        .collect();
    lang::detect_pair(&parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_KOREA: &str = include_str!("../../tests/golden/seed-menafn-korea/input.txt");
    const SEED_TWO: &str = include_str!("../../tests/golden/seed-arabnews-two-articles/input.txt");

    fn show(c: &Cleaned) -> Vec<String> {
        c.blocks.iter().map(|b| format!("{:?}: {}", b.kind, &c.text[b.span.clone()])).collect()
    }

    #[test]
    fn seed_korea_keeps_the_story_and_its_title() {
        let c = clean(SEED_KOREA, Settings::default());
        let blocks = show(&c);
        assert_eq!(blocks.len(), 8, "{blocks:#?}");
        assert_eq!(
            blocks[0],
            "Heading: Russia, N. Korea Say U.S. Military Move Fuels Korean Peninsula Tensions"
        );
        assert!(blocks[1].starts_with("Paragraph: Russia announced on Sunday"), "{}", blocks[1]);
        assert!(blocks[7].starts_with("Paragraph: Lavrov’s visit to Wonsan"));
        assert_eq!(
            c.title.as_deref(),
            Some("Russia, N. Korea Say U.S. Military Move Fuels Korean Peninsula Tensions")
        );
        assert!(c.others.is_empty());
        // Dateline, language link, 3 menu rows, timestamp, wire id, disclaimer label and text,
        // 7 widget words.
        assert_eq!(c.boilerplate_removed, 16);
        assert_eq!(c.duplicates_folded, 1);
        // The lede's span starts after "(MENAFN) " and maps back exactly.
        let lede = c.original_span(c.blocks[1].span.clone());
        assert!(SEED_KOREA[lede].starts_with("Russia announced on Sunday"));
    }

    #[test]
    fn seed_two_articles_finds_both_and_the_trailing_title() {
        let c = clean(SEED_TWO, Settings::default());
        let blocks = show(&c);
        assert_eq!(blocks.len(), 17, "{blocks:#?}");
        assert!(blocks.iter().all(|b| b.starts_with("Paragraph: ")));
        assert!(blocks[0].starts_with("Paragraph: SEOUL: Russia’s foreign minister"));
        assert!(blocks[16].starts_with("Paragraph: The Wonsan-Kalma tourist zone"));
        assert_eq!(
            c.title.as_deref(),
            Some("Russia warns US, South Korea and Japan against forming security alliance targeting North Korea")
        );
        assert_eq!(c.others.len(), 1);
        let (headline, span) = &c.others[0];
        assert_eq!(headline, "Mali, Burkina say restricting entry for US nationals in reciprocal move");
        let source = &SEED_TWO[c.original_span(span.clone())];
        assert!(source.starts_with(headline.as_str()));
        assert!(source.trim_end().ends_with("Canada and Mexico."));
        // Short Url, the link, two teaser bullets, the copyright line.
        assert_eq!(c.boilerplate_removed, 5);
        // The headline printed twice and the second story's eight repeated paragraphs.
        assert_eq!(c.duplicates_folded, 9);
    }

    /// What a plain-text block's source reads as once cleaned: invisibles gone, spaces folded.
    fn folded_source(source: &str) -> String {
        let kept: String = source.chars().filter(|&c| text::classify(c) != text::CharClass::Remove).collect();
        kept.split(|c: char| text::classify(c) != text::CharClass::Plain)
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, failure_persistence: None, ..Default::default() })]

        #[test]
        fn plain_spans_map_to_their_source(parts in proptest::collection::vec(proptest::sample::select(vec![
            "Word", "word", ". ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\u{200B}", "\u{A0}", "\u{AD}", "\t",
            "é", "中文", "Tags", "- ", "1. ", "(AP) ", "SEOUL: ", "©", "http://x.io/a", ",", "\u{0}", "\u{2029}",
        ]), 0..60)) {
            let input: String = parts.concat();
            let c = clean(&input, Settings::default());
            for b in &c.blocks {
                let span = c.original_span(b.span.clone());
                let source = input.get(span.clone());
                proptest::prop_assert!(source.is_some(), "{span:?} not on char boundaries");
                let text = &c.text[b.span.clone()];
                proptest::prop_assert_eq!(folded_source(source.unwrap_or("")), text.to_string());
            }
            for (_, span) in &c.others {
                proptest::prop_assert!(input.get(c.original_span(span.clone())).is_some());
            }
        }

        #[test]
        fn html_spans_are_char_ranges(parts in proptest::collection::vec(proptest::sample::select(vec![
            "<p>", "</p>", "<div class=\"share\">", "</div>", "<script>x<p>", "</script>", "&amp;", "&#x41;", "&bogus;",
            "<h1>", "</h1>", "<li>", "<br>", "<!--", "-->", "Text é", " ", "\n", "<article>", "</article>", "<",
            "\"", "'", ">", "<a href='", "中",
        ]), 0..60)) {
            let input = format!("<!doctype html>{}", parts.concat());
            let c = clean(&input, Settings::default());
            let mut last = 0;
            for b in &c.blocks {
                let span = c.original_span(b.span.clone());
                proptest::prop_assert!(input.get(span.clone()).is_some(), "{span:?} not on char boundaries");
                proptest::prop_assert!(span.start >= last, "blocks out of order");
                last = span.end;
            }
        }
    }

    #[test]
    fn degenerate_inputs_give_no_blocks() {
        for input in ["", "   ", "\n\n", "\u{200B}\u{FEFF}", "Tags\nShare"] {
            assert!(clean(input, Settings::default()).blocks.is_empty(), "{input:?}");
        }
        let c = clean("hello world", Settings::default());
        assert_eq!(show(&c), ["Paragraph: hello world"]);
    }
}
