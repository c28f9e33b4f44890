//! Pasted HTML source: detecting it, and reducing it to text blocks in one linear pass.
//!
//! This is not a conforming HTML parser; it is a tolerant tokenizer with an element stack that
//! knows which elements hold no readable text (script, style, svg...), which hold page furniture
//! (nav, header, footer, aside, form...), which start a block, and which hold the article
//! (article, main). Text is copied with its offsets so that sentences point into the source.

use std::ops::Range;

use super::boilerplate::ends_sentence;
use super::entities::{self, Decoded};
use super::map::TextBuilder;
use super::text::{classify, is_special, CharClass};
use super::{BlockKind, RawBlock};
use crate::classify::char_at;

/// Deepest element stack kept; deeper elements are treated as inline (bounded work per tag).
const MAX_DEPTH: usize = 512;

/// What an element does to its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Effect {
    /// Inline: nothing.
    Inline,
    /// Starts and ends a block.
    Block,
    /// A heading of this level (a block).
    Heading(u8),
    /// A list item (a block).
    Item,
    /// A link (inline), for link density.
    Link,
    /// A block whose text is page furniture: kept out of the article, counted as removed.
    Furniture,
    /// A block that holds the article.
    Container,
    /// No readable text inside (parsed, not shown).
    Hidden,
    /// Raw text up to its end tag, never shown.
    Raw,
    /// The document title (raw text, entities decoded).
    Title,
    /// No content; `true` when it breaks a line (br, hr).
    Void(bool),
    /// Preformatted block: line ends are block breaks.
    Pre,
    /// A table cell (a block): a short one is data, not prose.
    Cell,
}

/// Known elements, with what they do.
static TAGS: &[(&str, Effect)] = &[
    ("a", Effect::Link),
    ("address", Effect::Block),
    // A formula's source (TeX) beside its MathML: never shown.
    ("annotation", Effect::Hidden),
    ("annotation-xml", Effect::Hidden),
    ("area", Effect::Void(false)),
    ("article", Effect::Container),
    ("aside", Effect::Furniture),
    ("audio", Effect::Hidden),
    ("b", Effect::Inline),
    ("base", Effect::Void(false)),
    ("blockquote", Effect::Block),
    ("body", Effect::Block),
    ("br", Effect::Void(true)),
    ("button", Effect::Hidden),
    ("canvas", Effect::Hidden),
    ("caption", Effect::Block),
    ("center", Effect::Block),
    ("col", Effect::Void(false)),
    ("datalist", Effect::Hidden),
    ("dd", Effect::Item),
    ("details", Effect::Block),
    ("dialog", Effect::Furniture),
    ("div", Effect::Block),
    ("dl", Effect::Block),
    ("dt", Effect::Item),
    ("em", Effect::Inline),
    ("embed", Effect::Void(false)),
    ("fieldset", Effect::Block),
    ("figcaption", Effect::Furniture),
    ("figure", Effect::Block),
    ("footer", Effect::Furniture),
    ("form", Effect::Furniture),
    ("h1", Effect::Heading(1)),
    ("h2", Effect::Heading(2)),
    ("h3", Effect::Heading(3)),
    ("h4", Effect::Heading(4)),
    ("h5", Effect::Heading(5)),
    ("h6", Effect::Heading(6)),
    ("head", Effect::Furniture),
    ("header", Effect::Furniture),
    ("hgroup", Effect::Block),
    ("hr", Effect::Void(true)),
    ("html", Effect::Block),
    ("i", Effect::Inline),
    ("iframe", Effect::Raw),
    ("img", Effect::Void(false)),
    ("input", Effect::Void(false)),
    ("legend", Effect::Block),
    ("li", Effect::Item),
    ("link", Effect::Void(false)),
    ("main", Effect::Container),
    ("map", Effect::Hidden),
    // MathML is the formula's text, as typeset pages hold it ("a ≠ 0").
    ("math", Effect::Inline),
    ("menu", Effect::Furniture),
    ("meta", Effect::Void(false)),
    ("nav", Effect::Furniture),
    ("noembed", Effect::Raw),
    ("noframes", Effect::Raw),
    ("noscript", Effect::Raw),
    ("object", Effect::Hidden),
    ("ol", Effect::Block),
    ("option", Effect::Hidden),
    ("p", Effect::Block),
    ("param", Effect::Void(false)),
    ("picture", Effect::Hidden),
    ("pre", Effect::Pre),
    ("script", Effect::Raw),
    ("section", Effect::Block),
    ("select", Effect::Hidden),
    ("source", Effect::Void(false)),
    ("span", Effect::Inline),
    ("strong", Effect::Inline),
    ("style", Effect::Raw),
    ("summary", Effect::Block),
    ("svg", Effect::Hidden),
    ("table", Effect::Block),
    ("tbody", Effect::Block),
    ("td", Effect::Cell),
    ("template", Effect::Raw),
    ("textarea", Effect::Raw),
    ("tfoot", Effect::Block),
    ("th", Effect::Cell),
    ("thead", Effect::Block),
    ("title", Effect::Title),
    ("tr", Effect::Block),
    ("track", Effect::Void(false)),
    ("ul", Effect::Block),
    ("video", Effect::Hidden),
    ("wbr", Effect::Void(false)),
    ("xmp", Effect::Raw),
];

/// Block elements that mark a page as HTML when they appear as tags in it.
const STRUCTURAL: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "td",
    "section",
    "article",
    "main",
    "body",
    "head",
    "html",
    "blockquote",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "title",
    "meta",
    "link",
];

/// Class and id words of page furniture (matched against the parts of a class name split at
/// `-` and `_`).
const FURNITURE_CLASSES: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "share",
    "sharing",
    "social",
    "related",
    "comments",
    "comment",
    "footer",
    "sidebar",
    "newsletter",
    "subscribe",
    "subscription",
    "cookie",
    "cookies",
    "consent",
    "promo",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "sponsored",
    "popup",
    "modal",
    "masthead",
    "widget",
    "toolbar",
    "pagination",
    "skip",
    "byline",
    "tags",
    "recommended",
    "outbrain",
    "taboola",
    "disclaimer",
    "tweet",
    "twitter",
    "instagram",
    "embed",
];

/// Class words of an article's lead paragraph, its standfirst: pages often print it above the
/// `<article>` element that holds the rest.
const LEDE_CLASSES: &[&str] = &["lead", "lede", "intro", "standfirst", "dek", "summary"];

/// Classes that hide text from sighted readers ("Opens in a new window" for screen readers).
/// (A typesetter that draws a formula as text copies it in MathML for screen readers too.)
const HIDDEN_CLASSES: &[&str] =
    &["sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "hidden", "mjx_assistive_mathml"];

/// An id of at least this many words (joined by `-` or `_`) is a heading's anchor: its words
/// are no furniture hint.
const SLUG_PARTS: usize = 4;

/// Class words that vouch for content and overrule [`FURNITURE_CLASSES`] ("article-body",
/// "cuerpo-ad": the Spanish body of an article, not an advertisement), in the languages whose
/// sites name their classes in their own words.
const CONTENT_CLASSES: &[&str] = &[
    "article",
    "content",
    "story",
    "body",
    "post",
    "entry",
    "main",
    "text",
    "articulo",
    "articolo",
    "artikel",
    "contenido",
    "conteudo",
    "contenu",
    "cuerpo",
    "corpo",
    "inhalt",
    "testo",
    "texte",
    "texto",
];

/// Looks up a lower-case tag name.
fn lookup(name: &[u8]) -> Option<(usize, Effect)> {
    let k = TAGS.binary_search_by(|(n, _)| n.as_bytes().cmp(name)).ok()?;
    TAGS.get(k).map(|&(_, e)| (k, e))
}

/// Reads a tag name at `at`, lower-cased into `buf` (names longer than the buffer are unknown).
fn tag_name(bytes: &[u8], at: usize, buf: &mut [u8; 16]) -> (usize, usize) {
    let mut i = at;
    let mut n = 0;
    while let Some(&b) = bytes.get(i) {
        if !(b.is_ascii_alphanumeric() || b == b'-' || b == b':') {
            break;
        }
        if let Some(slot) = buf.get_mut(n) {
            *slot = b.to_ascii_lowercase();
        }
        n += 1;
        i += 1;
    }
    (i, n)
}

/// Pasted text of at least this many lines is read as text when fewer than one line in
/// [`BARE_TEXT_SHARE`] holds a tag (HTML source, even hand-wrapped, has tags on most lines).
const BARE_TEXT_MIN_LINES: usize = 20;
/// See [`BARE_TEXT_MIN_LINES`].
const BARE_TEXT_SHARE: usize = 10;
/// Pasted text that does not open with a tag is read as text when fewer than one line in this
/// many holds one (HTML source opens with its markup).
const BARE_TEXT_SHARE_UNTAGGED: usize = 3;
/// Sniffing reads at most this much of the input: a page shows what it is in its first tags.
const SNIFF_BYTES: usize = 64 * 1024;
/// How far a tag's end is looked for when measuring tag density (keeps sniffing linear).
const TAG_LOOK_BYTES: usize = 256;
/// Markup dense enough that one byte in this many is inside a known tag is HTML.
const TAG_DENSITY: usize = 20;

/// Whether `input` is HTML source rather than prose: it opens like a document, or it is dense
/// with block tags. Prose that mentions `<script>` or `<img src=x onerror=...>` is not HTML.
pub(crate) fn looks_like_html(input: &str) -> bool {
    let head = input.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    let lower: String = head.chars().take(16).collect::<String>().to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") || lower.starts_with("<?xml") {
        return true;
    }
    let bytes = input.as_bytes();
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let (mut known, mut closing, mut structural, mut tag_bytes) = (0usize, 0usize, 0usize, 0usize);
    // Lines that hold a known tag: in a page's visible text pasted with a stray tag or two (a
    // tracking pixel's `<img>` from a `<noscript>`), nearly every line is bare text.
    let (mut tag_lines, mut last_tag) = (0usize, None);
    let mut buf = [0u8; 16];
    let mut i = 0;
    while let Some(offset) = sample.get(i..).and_then(|rest| rest.iter().position(|&b| b == b'<')) {
        let at = i + offset;
        let close = sample.get(at + 1) == Some(&b'/');
        let name_at = at + 1 + usize::from(close);
        let (end, n) = tag_name(sample, name_at, &mut buf);
        i = at + 1;
        let Some(name) = buf.get(..n) else { continue };
        if n == 0
            || lookup(name).is_none()
            || !matches!(sample.get(end), Some(b'>' | b' ' | b'/' | b'\n' | b'\t'))
        {
            continue;
        }
        known += 1;
        closing += usize::from(close);
        if last_tag.map_or(true, |last| sample.get(last..at).is_some_and(|gap| gap.contains(&b'\n'))) {
            tag_lines += 1;
        }
        last_tag = Some(at);
        if STRUCTURAL.iter().any(|s| s.as_bytes() == name) {
            structural += 1;
        }
        // Bounded look for the tag's end: a sample full of unclosed tags stays linear.
        tag_bytes += sample
            .get(at..(at + TAG_LOOK_BYTES).min(sample.len()))
            .and_then(|r| r.iter().position(|&b| b == b'>'))
            .unwrap_or(0)
            + 1;
    }
    let starts_with_tag = head.starts_with('<') && {
        let (_, n) = tag_name(head.as_bytes(), 1, &mut buf);
        buf.get(..n).and_then(lookup).is_some_and(|(_, e)| !matches!(e, Effect::Raw))
    };
    let lines = sample.iter().filter(|&&b| b == b'\n').count() + 1;
    // Text that opens with words and holds a tutorial's markup samples still has most of its
    // lines bare.
    let share = if starts_with_tag { BARE_TEXT_SHARE } else { BARE_TEXT_SHARE_UNTAGGED };
    if lines >= BARE_TEXT_MIN_LINES && tag_lines * share < lines {
        return false;
    }
    (starts_with_tag && closing >= 1 && known >= 2)
        || (structural >= 3 && closing >= 2)
        || (known >= 4 && closing >= 2 && tag_bytes * TAG_DENSITY >= sample.len())
}

/// Context inherited from open elements.
#[derive(Debug, Clone, Copy, Default)]
struct Ctx {
    hidden: bool,
    furniture: bool,
    /// Inside an element whose class names the article's lead paragraph ([`LEDE_CLASSES`]).
    lede: bool,
    container: Option<u32>,
    kind: Option<(BlockKind, u8)>,
    link: bool,
    pre: bool,
    cell: bool,
    /// Inside a formula (`<math>`).
    math: bool,
    /// Inside a `<header>` read on trial: a header nested in it is judged with it, not again
    /// (each trial reads the blocks after it, so nested trials would read them once per level).
    on_trial: bool,
}

/// An open element.
#[derive(Debug, Clone, Copy)]
struct Open {
    tag: usize,
    ctx: Ctx,
    /// For a `<header>` inside an article, read as text on trial: the first block written
    /// inside it (see [`HEADER_ARTICLE_WORDS`]).
    header_from: Option<usize>,
    /// For a table's row (`<tr>`): the first block written inside it (see [`ROW_MAX_BLOCKS`]).
    row_from: Option<usize>,
}

/// A cell of prose has less than this share (1/2) of its text in links.
const ROW_PROSE_LINKS: (usize, usize) = (1, 2);
/// A table's row of at most this many blocks is a row of data (a film, its year, what it is
/// about); more is a table laying out a page, its cells holding menus and whole columns.
const ROW_MAX_BLOCKS: usize = 8;

/// A `<header>` inside an article or the main content is read as the article's text when it
/// holds at least this many words of paragraphs (some pages wrap the whole story in it); a
/// smaller one holds the headline, a standfirst and the byline, and stays furniture as the
/// page's header is.
const HEADER_ARTICLE_WORDS: usize = 100;

/// A paragraph of a small article header with at least this many words that ends like a
/// sentence is the standfirst, the article's opening: the rest (headline, byline, date, a
/// kicker) stays furniture.
const STANDFIRST_MIN_WORDS: usize = 10;

/// The block being written.
#[derive(Debug, Clone)]
struct Current {
    start: usize,
    ctx: Ctx,
    link_bytes: usize,
    /// Bytes of its text outside formulas.
    prose_bytes: usize,
}

/// What extraction found.
#[derive(Debug, Default)]
pub(crate) struct Extracted {
    /// Blocks in document order (furniture included, marked).
    pub blocks: Vec<RawBlock>,
    /// The `<title>`'s span in the cleaned text.
    pub title: Option<Range<usize>>,
    /// The first headline `<h1>`'s span in the cleaned text (in the content, or in a header
    /// inside an article).
    pub h1: Option<Range<usize>>,
    /// The first `<h1>` in page furniture outside any article (often the site's logo).
    pub h1_elsewhere: Option<Range<usize>>,
    /// The headline the page declares for sharing (`og:title` and its kin), entities decoded,
    /// with the rank of the key it came from (lower is more trusted).
    pub meta_title: Option<(usize, String)>,
}

/// `<meta>` keys that carry the article's headline, most trusted first (the order Mozilla
/// Readability reads them in).
const META_TITLES: [&str; 8] = [
    "dc:title",
    "dcterm:title",
    "og:title",
    "weibo:article:title",
    "weibo:webpage:title",
    "title",
    "twitter:title",
    "parsely-title",
];

/// Notes a `<meta>` headline when it outranks the one found so far.
fn note_meta_title(found: &mut Extracted, attrs: &Attrs) {
    let key = attrs.meta_key.trim();
    // "property" may hold several space-separated names.
    let Some(rank) = key
        .split_whitespace()
        .filter_map(|k| META_TITLES.iter().position(|t| t.eq_ignore_ascii_case(k)))
        .min()
    else {
        return;
    };
    if found.meta_title.as_ref().is_some_and(|(r, _)| *r <= rank) {
        return;
    }
    let title = decode_attribute(attrs.content);
    if title.chars().any(char::is_alphanumeric) {
        found.meta_title = Some((rank, title));
    }
}

/// A `<meta>` headline is cut to this many words: longer is a description, not a title.
const ATTRIBUTE_MAX_WORDS: usize = 60;
/// And to this many characters.
const ATTRIBUTE_MAX_CHARS: usize = 300;
/// A table cell of fewer words is data ("Length", "2,850 km"), not prose: read as the
/// article's, never summarised.
const DATA_CELL_MAX_WORDS: usize = 8;

/// An attribute value as text: references decoded, white space folded, at most
/// [`ATTRIBUTE_MAX_WORDS`] words and [`ATTRIBUTE_MAX_CHARS`] chars.
fn decode_attribute(value: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while let Some(c) = value.get(i..).and_then(|r| r.chars().next()) {
        if c == '&' {
            if let Some((decoded, len)) = entities::decode(value, i, value.len()) {
                match decoded {
                    Decoded::Str(s) => out.push_str(s),
                    Decoded::Char(c) => out.push(c),
                }
                i += len;
                continue;
            }
        }
        out.push(c);
        i += c.len_utf8();
    }
    out.split_whitespace()
        .take(ATTRIBUTE_MAX_WORDS)
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(ATTRIBUTE_MAX_CHARS)
        .collect()
}

/// How strict extraction is; a page that yields nothing is read again more leniently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Strictness {
    /// Furniture elements, classes and roles are all dropped.
    Full,
    /// Class and role hints ignored.
    NoClasses,
    /// Only hidden content dropped.
    HiddenOnly,
}

struct Writer<'a> {
    input: &'a str,
    out: TextBuilder,
    found: Extracted,
    cur: Option<Current>,
    pending_space: Option<Range<usize>>,
}

impl Writer<'_> {
    /// Ends the current block.
    fn brk(&mut self) {
        self.pending_space = None;
        let Some(cur) = self.cur.take() else { return };
        let span = cur.start..self.out.len();
        let (kind, level) = cur.ctx.kind.unwrap_or((BlockKind::Paragraph, 0));
        if level == 1 {
            // A site's logo is often an <h1> in the page header; the story's own headline is
            // outside the furniture, or in a header inside the article.
            let headline = !cur.ctx.furniture || cur.ctx.container.is_some();
            let slot = if headline { &mut self.found.h1 } else { &mut self.found.h1_elsewhere };
            if slot.is_none() {
                *slot = Some(span.clone());
            }
        }
        // Table cells of a few words ("Length", "2,850 km") are data, not prose: the article's
        // like its code, and like it never a sentence of the summary.
        let data_cell = cur.ctx.cell
            && self
                .out
                .text()
                .get(span.clone())
                .is_some_and(|t| t.split_whitespace().count() < DATA_CELL_MAX_WORDS);
        // So is a formula set apart from the text (a displayed equation).
        let formula = cur.prose_bytes == 0 && kind == BlockKind::Paragraph;
        self.found.blocks.push(RawBlock {
            span,
            kind: if data_cell || formula { BlockKind::Code } else { kind },
            furniture: cur.ctx.furniture,
            lede: cur.ctx.lede,
            container: cur.ctx.container,
            link_bytes: cur.link_bytes,
            data: false,
        });
    }

    /// Writes visible text; `src` is its source range, `identity` when it is a verbatim copy.
    fn piece(&mut self, piece: &str, src: Range<usize>, identity: bool, ctx: Ctx) {
        if piece.is_empty() {
            return;
        }
        if self.cur.is_none() {
            if self.out.len() > 0 {
                self.out.replace("\n\n", src.start..src.start);
            }
            self.cur = Some(Current { start: self.out.len(), ctx, link_bytes: 0, prose_bytes: 0 });
        } else if let Some(ws) = self.pending_space.take() {
            if ws.len() == 1 && self.input.as_bytes().get(ws.start) == Some(&b' ') {
                self.out.copy(" ", ws.start);
            } else {
                self.out.replace(" ", ws);
            }
        }
        if identity {
            self.out.copy(piece, src.start);
        } else {
            self.out.replace(piece, src);
        }
        if let Some(cur) = self.cur.as_mut() {
            if ctx.link {
                cur.link_bytes += piece.len();
            }
            if !ctx.math {
                cur.prose_bytes += piece.len();
            }
        }
    }

    /// Notes whitespace: one space if text follows in the same block.
    fn space(&mut self, src: Range<usize>) {
        if self.cur.is_some() {
            self.pending_space = Some(match self.pending_space.take() {
                Some(ws) => ws.start..src.end,
                None => src,
            });
        }
    }

    /// Writes the text node `range` (no tags in it): whitespace collapsed, entities decoded.
    fn text(&mut self, range: Range<usize>, ctx: Ctx) {
        if ctx.hidden {
            return;
        }
        let input = self.input;
        let bytes = input.as_bytes();
        let mut copy_from = range.start;
        let mut i = range.start;
        while i < range.end {
            let Some(&b) = bytes.get(i) else { break };
            if b != b'&' && !is_special(b) {
                i += 1;
                continue;
            }
            if b == b' '
                && copy_from < i
                && bytes.get(i + 1).is_some_and(|&n| n != b'&' && !is_special(n))
                && i + 1 < range.end
            {
                i += 2;
                continue;
            }
            self.copy(copy_from..i, ctx);
            copy_from = i;
            if b == b'&' {
                // An entity is written as what it stands for; a lone '&' is text.
                match self.entity(i, range.end, ctx) {
                    Some(next) => (i, copy_from) = (next, next),
                    None => i += 1,
                }
                continue;
            }
            let Some(c) = char_at(input, i) else { break };
            let len = c.len_utf8();
            // A C1 control standing for a Windows-1252 character (a page that was Windows-1252
            // but was read as Latin-1) is that character, as in plain text.
            if let Some(w) = entities::read_as_latin_1(c) {
                self.piece(w.encode_utf8(&mut [0; 4]), i..i + len, false, ctx);
                i += len;
                copy_from = i;
                continue;
            }
            match classify(c) {
                CharClass::Plain => i += len,
                CharClass::Remove => {
                    i += len;
                    copy_from = i;
                }
                CharClass::Newline | CharClass::Paragraph if ctx.pre => {
                    self.brk();
                    i += len;
                    copy_from = i;
                }
                _ => {
                    let j = self.space_end(i, range.end, ctx.pre);
                    self.space(i..j);
                    i = j;
                    copy_from = j;
                }
            }
        }
        self.copy(copy_from..range.end.min(input.len()), ctx);
    }

    /// Writes the character reference at `i` (before `end`); returns the position after it, or
    /// `None` when it is not one.
    fn entity(&mut self, i: usize, end: usize, ctx: Ctx) -> Option<usize> {
        let (decoded, len) = entities::decode(self.input, i, end)?;
        let mut tmp = [0u8; 4];
        let s = match decoded {
            Decoded::Str(s) => s,
            Decoded::Char(c) => c.encode_utf8(&mut tmp),
        };
        match s.chars().next().map_or(CharClass::Remove, classify) {
            CharClass::Plain => self.piece(s, i..i + len, false, ctx),
            CharClass::Remove => {}
            _ => self.space(i..i + len),
        }
        Some(i + len)
    }

    /// The end of the run of white space (and invisible characters) from `i`, before `end`;
    /// outside `<pre>` line ends are white space too.
    fn space_end(&self, mut i: usize, end: usize, pre: bool) -> usize {
        while i < end {
            match char_at(self.input, i) {
                Some(c) if entities::read_as_latin_1(c).is_some() => break,
                Some(c) if matches!(classify(c), CharClass::Space | CharClass::Remove) => i += c.len_utf8(),
                Some(c) if !pre && classify(c) != CharClass::Plain => i += c.len_utf8(),
                _ => break,
            }
        }
        i
    }

    /// Copies `range` of the input verbatim.
    fn copy(&mut self, range: Range<usize>, ctx: Ctx) {
        if let Some(piece) = self.input.get(range.clone()) {
            self.piece(piece, range, true, ctx);
        }
    }
}

/// Finds `</name` (any case) at or after `from`.
fn find_end_tag(bytes: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut i = from;
    while let Some(offset) = bytes.get(i..).and_then(|rest| rest.iter().position(|&b| b == b'<')) {
        let at = i + offset;
        if bytes.get(at + 1) == Some(&b'/')
            && bytes.get(at + 2..at + 2 + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && !bytes.get(at + 2 + name.len()).is_some_and(u8::is_ascii_alphanumeric)
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// The attributes that matter, read from a start tag.
#[derive(Debug, Default)]
struct Attrs<'a> {
    class: &'a str,
    id: &'a str,
    role: &'a str,
    hidden: bool,
    /// A `<meta>`'s `name` or `property`.
    meta_key: &'a str,
    /// A `<meta>`'s `content`.
    content: &'a str,
}

/// Reads attributes from `at` to the end of the start tag. Returns them, the position after
/// the `>`, and whether the tag closed itself (`/>`).
fn attributes(input: &str, at: usize) -> (Attrs<'_>, usize, bool) {
    let bytes = input.as_bytes();
    let mut attrs = Attrs::default();
    let mut i = at;
    let mut self_closing = false;
    loop {
        while bytes.get(i).is_some_and(|b| b.is_ascii_whitespace() || *b == b'/') {
            self_closing = bytes.get(i) == Some(&b'/');
            i += 1;
        }
        match bytes.get(i) {
            None => return (attrs, bytes.len(), false),
            Some(b'>') => return (attrs, i + 1, self_closing),
            _ => {}
        }
        self_closing = false;
        let name_start = i;
        while bytes.get(i).is_some_and(|&b| !(b.is_ascii_whitespace() || matches!(b, b'=' | b'>' | b'/'))) {
            i += 1;
        }
        let name = input.get(name_start..i).unwrap_or("");
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let mut value = "";
        if bytes.get(i) == Some(&b'=') {
            let Some((v, next)) = attribute_value(input, i + 1) else {
                // An unclosed quote would swallow the page: end the tag at the next '>'.
                let end = bytes.get(at..).and_then(|r| r.iter().position(|&b| b == b'>'));
                return (attrs, end.map_or(bytes.len(), |e| at + e + 1), false);
            };
            (value, i) = (v, next);
        }
        attrs.note(name, value);
    }
}

/// The attribute value from `from` (just after its `=`) and the position after it; `None`
/// when its quote is never closed.
fn attribute_value(input: &str, from: usize) -> Option<(&str, usize)> {
    let bytes = input.as_bytes();
    let mut i = from;
    while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    if let Some(&q @ (b'"' | b'\'')) = bytes.get(i) {
        let close = bytes.get(i + 1..)?.iter().position(|&b| b == q)?;
        return Some((input.get(i + 1..i + 1 + close).unwrap_or(""), i + close + 2));
    }
    let start = i;
    while bytes.get(i).is_some_and(|&b| !(b.is_ascii_whitespace() || b == b'>')) {
        i += 1;
    }
    Some((input.get(start..i).unwrap_or(""), i))
}

impl<'a> Attrs<'a> {
    /// Keeps attribute `name="value"` if it is one that matters.
    fn note(&mut self, name: &str, value: &'a str) {
        let is = |n: &str| name.eq_ignore_ascii_case(n);
        if is("class") {
            self.class = value;
        } else if is("id") {
            self.id = value;
        } else if is("role") {
            self.role = value;
        } else if is("name") || is("property") {
            self.meta_key = value;
        } else if is("content") {
            self.content = value;
        } else if is("hidden")
            || (is("aria-hidden") && value.eq_ignore_ascii_case("true"))
            || (is("style") && value.replace(' ', "").to_ascii_lowercase().contains("display:none"))
        {
            self.hidden = true;
        }
    }
}

/// Whether a class hides the element's text from sighted readers.
fn hidden_class(attrs: &Attrs) -> bool {
    attrs.class.split_whitespace().any(|c| HIDDEN_CLASSES.iter().any(|h| c.eq_ignore_ascii_case(h)))
}

/// Whether a class names the article's lead paragraph ("lead", "article-intro").
fn lede_class(attrs: &Attrs) -> bool {
    attrs
        .class
        .split_whitespace()
        .flat_map(|c| c.split(['-', '_']))
        .any(|part| LEDE_CLASSES.iter().any(|l| part.eq_ignore_ascii_case(l)))
}

/// Whether class or id words name page furniture (and none vouches for content).
fn furniture_class(attrs: &Attrs) -> bool {
    // An id of many words is the anchor of a section's heading ("sharing-with-a-single-
    // developer"), which names the section's subject, not a widget.
    let anchor = |id: &&str| id.split(['-', '_']).count() >= SLUG_PARTS;
    let ids = attrs.id.split_whitespace().filter(|id| !anchor(id));
    let mut furniture = false;
    for word in attrs.class.split_whitespace().chain(ids) {
        for part in word.split(['-', '_']) {
            let part = part.to_ascii_lowercase();
            if CONTENT_CLASSES.contains(&part.as_str()) {
                return false;
            }
            furniture |= FURNITURE_CLASSES.contains(&part.as_str());
        }
    }
    furniture
}

/// Reduces HTML source to blocks of text in `out`.
pub(crate) fn extract(input: &str, strictness: Strictness) -> (TextBuilder, Extracted) {
    let mut p = Parser {
        bytes: input.as_bytes(),
        strictness,
        w: Writer {
            input,
            out: TextBuilder::with_capacity(input.len() / 2),
            found: Extracted::default(),
            cur: None,
            pending_space: None,
        },
        stack: Vec::new(),
        open_count: vec![0u32; TAGS.len()],
        containers: 0,
        prose_row: None,
        buf: [0u8; 16],
    };
    let bytes = p.bytes;
    let mut text_from = 0;
    let mut i = 0;
    while let Some(offset) = bytes.get(i..).and_then(|rest| rest.iter().position(|&b| b == b'<')) {
        let at = i + offset;
        let ctx = p.ctx();
        let next = bytes.get(at + 1).copied().unwrap_or(0);
        // Not a tag: the '<' is text.
        if !(next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?')) {
            i = at + 1;
            continue;
        }
        p.w.text(text_from..at, ctx);
        i = match next {
            b'!' | b'?' => p.skip_markup(at),
            b'/' => p.end_tag(at),
            _ => p.start_tag(at, ctx),
        };
        text_from = i;
    }
    let ctx = p.ctx();
    p.w.text(text_from..bytes.len(), ctx);
    p.w.brk();
    // Elements left open at the end close here (a header on trial is judged).
    p.truncate(0);
    (p.w.out, p.w.found)
}

/// The tag reader: the text written so far and the elements open.
struct Parser<'a> {
    bytes: &'a [u8],
    strictness: Strictness,
    w: Writer<'a>,
    stack: Vec<Open>,
    /// How many of each tag are on the stack.
    open_count: Vec<u32>,
    /// Containers opened so far: the next one's number.
    containers: u32,
    /// The blocks of the last row settled that holds prose, its data cells not yet marked: a
    /// row like it right after makes the two a table of data.
    prose_row: Option<std::ops::Range<usize>>,
    /// A tag name, lower-cased.
    buf: [u8; 16],
}

impl Parser<'_> {
    /// The context of the innermost open element.
    fn ctx(&self) -> Ctx {
        self.stack.last().map_or(Ctx::default(), |o| o.ctx)
    }

    /// The position after the `>` that ends what starts at or after `from`, or the end.
    fn after_gt(&self, from: usize) -> usize {
        self.bytes
            .get(from..)
            .and_then(|r| r.iter().position(|&b| b == b'>'))
            .map_or(self.bytes.len(), |e| from + e + 1)
    }

    /// Skips a comment, doctype or processing instruction at `at`; returns where text resumes.
    fn skip_markup(&self, at: usize) -> usize {
        if self.bytes.get(at..at + 4) == Some(b"<!--") {
            self.bytes
                .get(at + 4..)
                .and_then(|r| r.windows(3).position(|x| x == b"-->"))
                .map_or(self.bytes.len(), |e| at + 4 + e + 3)
        } else {
            self.after_gt(at)
        }
    }

    /// Closes the open elements from `k` up.
    fn truncate(&mut self, k: usize) {
        let (mut header_from, mut row_from) = (None, None);
        for open in self.stack.drain(k..) {
            if let Some(n) = self.open_count.get_mut(open.tag) {
                *n = n.saturating_sub(1);
            }
            // The outermost header or row (drained first) is settled: its blocks hold the inner
            // ones'.
            header_from = header_from.or(open.header_from);
            row_from = row_from.or(open.row_from);
        }
        if let Some(from) = row_from {
            self.w.brk();
            self.settle_row(from);
        }
        if let Some(from) = header_from {
            self.w.brk();
            self.settle_header(from);
        }
    }

    /// Judges the cells of a table's row from block `from`: in a short row that holds prose (a
    /// description beside a film's name and year), the data cells are the row's data, not a
    /// link list nor a stray number. A cell that is one link throughout is data only where two
    /// such rows follow each other: a table laying out a page holds its row of links beside the
    /// story once.
    fn settle_row(&mut self, from: usize) {
        let end = self.w.found.blocks.len();
        let blocks = self.w.found.blocks.get(from..).unwrap_or_default();
        // (Counted first: a row is read at most [`ROW_MAX_BLOCKS`] blocks deep, however many
        // rows a nested table closes.)
        if blocks.len() > ROW_MAX_BLOCKS {
            return;
        }
        let prose = blocks.iter().any(|b| {
            b.kind == BlockKind::Paragraph
                && !b.furniture
                && b.link_bytes * ROW_PROSE_LINKS.1 < b.span.len() * ROW_PROSE_LINKS.0
        });
        if !prose {
            return;
        }
        let previous = self.prose_row.replace(from..end).filter(|p| p.end == from);
        let table = previous.is_some();
        let rows = self.w.found.blocks.get_mut(previous.map_or(from, |p| p.start)..end).unwrap_or_default();
        for b in rows.iter_mut().filter(|b| b.kind == BlockKind::Code) {
            b.data |= table || b.link_bytes < b.span.len();
        }
    }

    /// Judges the blocks of an article's `<header>` from block `from`: furniture after all
    /// unless they hold an article's worth of paragraphs.
    fn settle_header(&mut self, from: usize) {
        let text = self.w.out.text();
        let blocks = self.w.found.blocks.get_mut(from..).unwrap_or_default();
        let words: usize = blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph && !b.furniture)
            .map(|b| text.get(b.span.clone()).map_or(0, |t| t.split_whitespace().count()))
            .sum();
        if words < HEADER_ARTICLE_WORDS {
            for b in blocks {
                let t = text.get(b.span.clone()).unwrap_or("");
                let standfirst = b.kind == BlockKind::Paragraph
                    && t.split_whitespace().count() >= STANDFIRST_MIN_WORDS
                    && ends_sentence(t);
                b.furniture |= !standfirst;
            }
        }
    }

    /// Reads the end tag at `at`; returns where text resumes.
    fn end_tag(&mut self, at: usize) -> usize {
        let (name_end, n) = tag_name(self.bytes, at + 2, &mut self.buf);
        let end = self.after_gt(name_end);
        if n == 0 {
            return end;
        }
        let Some((tag, effect)) = self.buf.get(..n).and_then(lookup) else { return end };
        if !matches!(effect, Effect::Inline | Effect::Link | Effect::Hidden) {
            self.w.brk();
        }
        // Counts make an end tag without a start tag cost nothing (no search of the stack).
        if self.open_count.get(tag).is_some_and(|&n| n > 0) {
            if let Some(k) = self.stack.iter().rposition(|o| o.tag == tag) {
                self.truncate(k);
            }
        } else if matches!(effect, Effect::Heading(_)) && self.heading_open() {
            // Any heading's end tag ends the open heading, as browsers read `<h2>...</h3>`:
            // else the rest of the page would be one heading.
            let heading = |o: &Open| TAGS.get(o.tag).is_some_and(|t| matches!(t.1, Effect::Heading(_)));
            if let Some(k) = self.stack.iter().rposition(heading) {
                self.truncate(k);
            }
        }
        end
    }

    /// Whether a heading element (`<h1>` to `<h6>`) is open.
    fn heading_open(&self) -> bool {
        ["h1", "h2", "h3", "h4", "h5", "h6"].iter().any(|h| {
            lookup(h.as_bytes()).is_some_and(|(tag, _)| self.open_count.get(tag).is_some_and(|&n| n > 0))
        })
    }

    /// Reads the start tag at `at` (inside an element of context `ctx`); returns where text
    /// resumes.
    fn start_tag(&mut self, at: usize, ctx: Ctx) -> usize {
        let (name_end, n) = tag_name(self.bytes, at + 1, &mut self.buf);
        let (attrs, end, self_closing) = attributes(self.w.input, name_end);
        let Some((tag, effect)) = self.buf.get(..n).and_then(lookup) else {
            // A formula's tokens (`<mi>a</mi><mo>=</mo>`) are set apart as its typesetting
            // spaces them.
            if ctx.math && !ctx.hidden {
                self.w.space(at..end);
            }
            return end;
        };
        let name = TAGS.get(tag).map_or("", |t| t.0);
        match effect {
            Effect::Raw | Effect::Title => return self.raw_text(effect, name, end, ctx),
            Effect::Void(breaks) => {
                if name == "meta" {
                    note_meta_title(&mut self.w.found, &attrs);
                }
                if breaks {
                    self.w.brk();
                }
                return end;
            }
            _ => {}
        }
        // A header inside an article or the main content may wrap the article's text: it is
        // read on trial (see `HEADER_ARTICLE_WORDS`); the page's header is outside them.
        let on_trial = name == "header" && ctx.container.is_some() && !ctx.furniture && !ctx.on_trial;
        let effect = if on_trial || (name == "header" && ctx.on_trial) { Effect::Block } else { effect };
        let effect = self.hinted(effect, name, &attrs);
        let mut inner = self.inner_ctx(ctx, effect, &attrs);
        inner.on_trial |= on_trial;
        inner.math |= name == "math";
        if !matches!(effect, Effect::Inline | Effect::Link | Effect::Hidden) {
            self.w.brk();
            inner = self.open_block(name, &attrs, inner);
        }
        let header_from = (on_trial && effect == Effect::Block).then_some(self.w.found.blocks.len());
        let row_from = (name == "tr").then_some(self.w.found.blocks.len());
        if !self_closing && self.stack.len() < MAX_DEPTH {
            self.stack.push(Open { tag, ctx: inner, header_from, row_from });
            if let Some(n) = self.open_count.get_mut(tag) {
                *n += 1;
            }
        }
        end
    }

    /// Skips the content of a raw-text element (`<script>`, `<style>`, ...) whose start tag
    /// ends at `end`, noting the first visible `<title>`; returns where text resumes.
    fn raw_text(&mut self, effect: Effect, name: &str, end: usize, ctx: Ctx) -> usize {
        let close = find_end_tag(self.bytes, end, name);
        if effect == Effect::Title && !ctx.hidden && self.w.found.title.is_none() {
            self.w.brk();
            let title_ctx = Ctx { furniture: true, kind: Some((BlockKind::Heading, 0)), ..Ctx::default() };
            self.w.text(end..close.unwrap_or(self.bytes.len()), title_ctx);
            self.w.brk();
            self.w.found.title = self.w.found.blocks.pop().map(|b| b.span);
        }
        close.map_or(self.bytes.len(), |c| self.after_gt(c))
    }

    /// The element's effect once its role and class hints are read (under full strictness).
    fn hinted(&self, effect: Effect, name: &str, attrs: &Attrs) -> Effect {
        if self.strictness != Strictness::Full
            || effect == Effect::Container
            || matches!(name, "html" | "body")
        {
            return effect;
        }
        let role = attrs.role.to_ascii_lowercase();
        if matches!(role.as_str(), "main" | "article") {
            Effect::Container
        } else if matches!(
            role.as_str(),
            "navigation" | "banner" | "contentinfo" | "complementary" | "search" | "dialog" | "menu"
        ) || (effect != Effect::Link && furniture_class(attrs))
        {
            Effect::Furniture
        } else {
            effect
        }
    }

    /// The context inside an element with `effect` and `attrs`, opened in `ctx`.
    fn inner_ctx(&mut self, ctx: Ctx, effect: Effect, attrs: &Attrs) -> Ctx {
        let mut inner = ctx;
        if attrs.hidden || (self.strictness != Strictness::HiddenOnly && hidden_class(attrs)) {
            inner.hidden = true;
        }
        inner.lede |= lede_class(attrs);
        match effect {
            Effect::Heading(level) => inner.kind = Some((BlockKind::Heading, level)),
            Effect::Item => inner.kind = Some((BlockKind::ListItem, 0)),
            Effect::Link => inner.link = true,
            Effect::Hidden => inner.hidden = true,
            Effect::Pre => {
                inner.pre = true;
                inner.kind = Some((BlockKind::Code, 0));
            }
            Effect::Cell => inner.cell = true,
            Effect::Furniture => inner.furniture |= self.strictness != Strictness::HiddenOnly,
            Effect::Container => {
                self.containers += 1;
                inner.container = Some(self.containers);
            }
            _ => {}
        }
        inner
    }

    /// Closes what a block element `name` implicitly ends, as browsers do; returns its context
    /// (`inner`, or a list item's own when it ends an open one).
    fn open_block(&mut self, name: &str, attrs: &Attrs, inner: Ctx) -> Ctx {
        let is = |o: &Open, names: &[&str]| TAGS.get(o.tag).is_some_and(|t| names.contains(&t.0));
        // A paragraph cannot hold a block: an open <p> ends here.
        if self.stack.last().is_some_and(|o| is(o, &["p"])) {
            self.truncate(self.stack.len() - 1);
        }
        if name != "li" {
            return inner;
        }
        // A list item ends the one open in the same list.
        let Some(k) = self.stack.iter().rposition(|o| is(o, &["li", "ul", "ol"])) else { return inner };
        if !self.stack.get(k).is_some_and(|o| is(o, &["li"])) {
            return inner;
        }
        self.truncate(k);
        let mut item = Ctx { kind: Some((BlockKind::ListItem, 0)), ..self.ctx() };
        if attrs.hidden {
            item.hidden = true;
        }
        item
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_table_is_sorted() {
        assert!(TAGS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn detection() {
        assert!(looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>"));
        assert!(looks_like_html("  <p>One &amp; two.</p>\n<p>Three.</p>"));
        assert!(looks_like_html("Intro\n<div><p>One</p><p>Two</p><ul><li>x</li></ul></div>"));
        assert!(!looks_like_html("The attacker posted <img src=x onerror=alert(1)> in a comment."));
        assert!(!looks_like_html("Never trust <script> tags. A <script>alert(1)</script> test ran."));
        assert!(!looks_like_html("<script>alert(1)</script> is the classic test payload, the report said."));
        assert!(!looks_like_html("Plain prose with 3 < 4 and a > b."));
        // A page's visible text, headed by the tracking pixel of a `<noscript>`.
        let pasted = format!(
            "<div><img src=\"https://stats.example/b?c=1\" width=\"0\" height=\"0\" /></div>\n{}",
            "Home\nNews\nA line of the article that goes on for a while.\n".repeat(10)
        );
        assert!(!looks_like_html(&pasted));
        let wrapped = format!(
            "<article>\n{}</article>",
            "<p>A paragraph\nwrapped by hand\nover lines.</p>\n".repeat(10)
        );
        assert!(looks_like_html(&wrapped));
    }

    fn blocks(input: &str) -> Vec<(String, BlockKind, bool)> {
        let (out, found) = extract(input, Strictness::Full);
        let (text, _) = out.finish();
        found.blocks.iter().map(|b| (text[b.span.clone()].to_string(), b.kind, b.furniture)).collect()
    }

    #[test]
    fn blocks_kinds_and_hidden_text() {
        let got = blocks(
            "<html><head><title>T &amp; U</title><style>p{}</style></head><body><nav><a>Home</a></nav>\
             <h1>Big  news</h1><p>First <b>bold</b>\n line.<script>var x='<p>';</script></p>\
             <ul><li>One<li>Two</ul><p>A&nbsp;&nbsp;b &#8212; c<br>d</p><svg><text>no</text></svg></body></html>",
        );
        let kept: Vec<_> = got.iter().filter(|b| !b.2).map(|b| (b.0.as_str(), b.1)).collect();
        assert_eq!(
            kept,
            [
                ("Big news", BlockKind::Heading),
                ("First bold line.", BlockKind::Paragraph),
                ("One", BlockKind::ListItem),
                ("Two", BlockKind::ListItem),
                ("A b — c", BlockKind::Paragraph),
                ("d", BlockKind::Paragraph),
            ]
        );
        assert!(got.iter().any(|b| b.0 == "Home" && b.2));
    }

    #[test]
    fn a_heading_closed_by_another_level_ends_there() {
        // `<h2>...</h3>`: browsers end the heading at any heading's end tag.
        let got =
            blocks("<h2>The standfirst, closed by the wrong tag.</h3><p>The story's first paragraph.</p>");
        let kinds: Vec<_> = got.iter().map(|b| (b.0.as_str(), b.1)).collect();
        assert_eq!(
            kinds,
            [
                ("The standfirst, closed by the wrong tag.", BlockKind::Heading),
                ("The story's first paragraph.", BlockKind::Paragraph)
            ]
        );
    }

    #[test]
    fn an_article_header_is_furniture_but_its_standfirst_or_a_whole_story_in_it() {
        let furniture = |input: &str| -> Vec<(String, bool)> {
            blocks(input).into_iter().map(|(t, _, f)| (t, f)).collect()
        };
        // The page's header, then an article's header: headline, byline, standfirst.
        let small = furniture(
            "<header><p>Daily Herald: news from the valley since 1888, read by everyone here.</p></header>\
             <article><header><h1>Rivers burst</h1><p>By Ann Lee</p>\
             <p>Two rivers burst their banks overnight and the old town was cleared by morning.</p></header>\
             <p>Text.</p></article>",
        );
        let flags: Vec<bool> = small.iter().map(|b| b.1).collect();
        assert_eq!(flags, [true, true, true, false, false], "{small:?}");
        // A page that wraps the whole story in its article's header.
        let para = "The river rose by two metres in a night, and the firemen worked until dawn to clear the streets of the old town.";
        let story = format!(
            "<article><header><h3>Rivers burst</h3>{}</header></article>",
            format!("<p>{para}</p>").repeat(5)
        );
        assert!(furniture(&story).iter().all(|b| !b.1), "{:?}", furniture(&story));
        // Left open to the end of the input, it is judged all the same.
        assert!(furniture("<article><header><h1>Rivers</h1><p>By Ann Lee</p>").iter().all(|b| b.1));
    }

    #[test]
    fn class_words_for_the_body_in_other_languages_vouch_for_content() {
        let flags = |input: &str| blocks(input).into_iter().map(|b| b.2).collect::<Vec<_>>();
        assert_eq!(flags("<div class=\"cuerpo-ad\"><p>El presidente viaja hoy al sur.</p></div>"), [false]);
        assert_eq!(flags("<div class=\"inhalt-ad\"><p>Der Rat tagt am Montag.</p></div>"), [false]);
        assert_eq!(flags("<div class=\"ad-slot\"><p>Jetzt kaufen</p></div>"), [true]);
    }

    #[test]
    fn the_headline_not_the_logo_is_the_h1() {
        let (_, found) = extract(
            "<header><h1>Daily Herald</h1></header><article><header><h1>Rivers burst</h1></header><p>Text.</p></article>",
            Strictness::Full,
        );
        assert!(found.h1.is_some() && found.h1 != found.h1_elsewhere);
        let (out, found) = extract("<header><h1>Daily Herald</h1></header><p>Text.</p>", Strictness::Full);
        let (text, _) = out.finish();
        assert_eq!(found.h1, None);
        assert_eq!(found.h1_elsewhere.map(|r| &text[r]), Some("Daily Herald"));
    }

    #[test]
    fn screen_reader_text_and_embeds_are_left_out() {
        let got = blocks(
            "<p>Read the <a href=\"/r\">report<span class=\"sr-only\"> (opens in a new window)</span></a> now.</p>\
             <blockquote class=\"twitter-tweet\"><p>So proud of the team today!</p></blockquote>",
        );
        let kept: Vec<_> = got.iter().filter(|b| !b.2).map(|b| b.0.as_str()).collect();
        assert_eq!(kept, ["Read the report now."]);
    }

    #[test]
    fn spans_point_into_the_source() {
        let input = "<p>Caf&eacute; <i>au</i> lait.</p>";
        let (out, found) = extract(input, Strictness::Full);
        let (text, map) = out.finish();
        let b = &found.blocks[0];
        assert_eq!(&text[b.span.clone()], "Café au lait.");
        assert_eq!(&input[map.original(b.span.clone())], "Caf&eacute; <i>au</i> lait.");
    }

    #[test]
    fn malformed_input_does_not_lose_text() {
        for input in ["<p class=\"x>Text", "<", "<p", "a<b", "<!--", "</", "<div><<<>>>", "&#x;&#;&"] {
            let _ = extract(input, Strictness::Full);
        }
        let got = blocks("<p>a < b and c</p>");
        assert_eq!(got[0].0, "a < b and c");
    }
}
