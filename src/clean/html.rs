//! Pasted HTML source: detecting it, and reducing it to text blocks in one linear pass.
//!
//! This is not a conforming HTML parser; it is a tolerant tokenizer with an element stack that
//! knows which elements hold no readable text (script, style, svg...), which hold page furniture
//! (nav, header, footer, aside, form...), which start a block, and which hold the article
//! (article, main). Text is copied with its offsets so that sentences point into the source.

use std::ops::Range;

use super::entities::{self, Decoded};
use super::map::TextBuilder;
use super::text::{char_at, classify, is_special, CharClass};
use super::{BlockKind, RawBlock};

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
    ("math", Effect::Hidden),
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

/// Classes that hide text from sighted readers ("Opens in a new window" for screen readers).
const HIDDEN_CLASSES: &[&str] =
    &["sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "hidden"];

/// Class words that vouch for content and overrule [`FURNITURE_CLASSES`] ("article-body").
const CONTENT_CLASSES: &[&str] = &["article", "content", "story", "body", "post", "entry", "main", "text"];

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

/// Whether `input` is HTML source rather than prose: it opens like a document, or it is dense
/// with block tags. Prose that mentions `<script>` or `<img src=x onerror=...>` is not HTML.
pub(crate) fn looks_like_html(input: &str) -> bool {
    let head = input.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    let lower: String = head.chars().take(16).collect::<String>().to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") || lower.starts_with("<?xml") {
        return true;
    }
    let bytes = input.as_bytes();
    let sample = &bytes[..bytes.len().min(64 * 1024)];
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
            .get(at..(at + 256).min(sample.len()))
            .and_then(|r| r.iter().position(|&b| b == b'>'))
            .unwrap_or(0)
            + 1;
    }
    let starts_with_tag = head.starts_with('<') && {
        let (_, n) = tag_name(head.as_bytes(), 1, &mut buf);
        buf.get(..n).and_then(lookup).is_some_and(|(_, e)| !matches!(e, Effect::Raw))
    };
    let lines = sample.iter().filter(|&&b| b == b'\n').count() + 1;
    if lines >= BARE_TEXT_MIN_LINES && tag_lines * BARE_TEXT_SHARE < lines {
        return false;
    }
    (starts_with_tag && closing >= 1 && known >= 2)
        || (structural >= 3 && closing >= 2)
        || (known >= 4 && closing >= 2 && tag_bytes * 20 >= sample.len())
}

/// Context inherited from open elements.
#[derive(Debug, Clone, Copy, Default)]
struct Ctx {
    hidden: bool,
    furniture: bool,
    container: Option<u32>,
    kind: Option<(BlockKind, u8)>,
    link: bool,
    pre: bool,
    cell: bool,
}

/// An open element.
#[derive(Debug, Clone, Copy)]
struct Open {
    tag: usize,
    ctx: Ctx,
}

/// The block being written.
#[derive(Debug, Clone)]
struct Current {
    start: usize,
    ctx: Ctx,
    link_bytes: usize,
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

/// An attribute value as text: references decoded, white space folded, at most 300 chars.
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
    out.split_whitespace().take(60).collect::<Vec<_>>().join(" ").chars().take(300).collect()
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
        // Table cells of a few words ("Length", "2,850 km") are data, not prose.
        let data_cell = cur.ctx.cell
            && self.out.text().get(span.clone()).is_some_and(|t| t.split_whitespace().count() < 8);
        self.found.blocks.push(RawBlock {
            span,
            kind,
            furniture: cur.ctx.furniture || data_cell,
            container: cur.ctx.container,
            link_bytes: cur.link_bytes,
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
            self.cur = Some(Current { start: self.out.len(), ctx, link_bytes: 0 });
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
                match entities::decode(input, i, range.end) {
                    Some((decoded, len)) => {
                        let mut tmp = [0u8; 4];
                        let s = match decoded {
                            Decoded::Str(s) => s,
                            Decoded::Char(c) => c.encode_utf8(&mut tmp),
                        };
                        let first = s.chars().next().map_or(CharClass::Remove, classify);
                        match first {
                            CharClass::Plain => self.piece(s, i..i + len, false, ctx),
                            CharClass::Remove => {}
                            _ => self.space(i..i + len),
                        }
                        i += len;
                        copy_from = i;
                    }
                    None => i += 1,
                }
                continue;
            }
            let Some((c, len)) = char_at(input, i) else { break };
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
                    let mut j = i;
                    while j < range.end {
                        match char_at(input, j) {
                            Some((c, len)) if matches!(classify(c), CharClass::Space | CharClass::Remove) => {
                                j += len
                            }
                            Some((c, len)) if !ctx.pre && classify(c) != CharClass::Plain => j += len,
                            _ => break,
                        }
                    }
                    self.space(i..j);
                    i = j;
                    copy_from = j;
                }
            }
        }
        self.copy(copy_from..range.end.min(input.len()), ctx);
    }

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
            i += 1;
            while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let Some(close) = bytes.get(i + 1..).and_then(|r| r.iter().position(|&b| b == q)) else {
                        // An unclosed quote would swallow the page: end the tag at the next '>'.
                        let end = bytes.get(at..).and_then(|r| r.iter().position(|&b| b == b'>'));
                        return (attrs, end.map_or(bytes.len(), |e| at + e + 1), false);
                    };
                    value = input.get(i + 1..i + 1 + close).unwrap_or("");
                    i += close + 2;
                }
                _ => {
                    let start = i;
                    while bytes.get(i).is_some_and(|&b| !(b.is_ascii_whitespace() || b == b'>')) {
                        i += 1;
                    }
                    value = input.get(start..i).unwrap_or("");
                }
            }
        }
        if name.eq_ignore_ascii_case("class") {
            attrs.class = value;
        } else if name.eq_ignore_ascii_case("id") {
            attrs.id = value;
        } else if name.eq_ignore_ascii_case("role") {
            attrs.role = value;
        } else if name.eq_ignore_ascii_case("name") || name.eq_ignore_ascii_case("property") {
            attrs.meta_key = value;
        } else if name.eq_ignore_ascii_case("content") {
            attrs.content = value;
        } else if name.eq_ignore_ascii_case("hidden")
            || (name.eq_ignore_ascii_case("aria-hidden") && value.eq_ignore_ascii_case("true"))
            || (name.eq_ignore_ascii_case("style")
                && value.replace(' ', "").to_ascii_lowercase().contains("display:none"))
        {
            attrs.hidden = true;
        }
    }
}

/// Whether a class hides the element's text from sighted readers.
fn hidden_class(attrs: &Attrs) -> bool {
    attrs.class.split_whitespace().any(|c| HIDDEN_CLASSES.iter().any(|h| c.eq_ignore_ascii_case(h)))
}

/// Whether class or id words name page furniture (and none vouches for content).
fn furniture_class(attrs: &Attrs) -> bool {
    let mut furniture = false;
    for word in attrs.class.split_whitespace().chain(attrs.id.split_whitespace()) {
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

/// Closes the open elements from `k` up.
fn truncate(stack: &mut Vec<Open>, open_count: &mut [u32], k: usize) {
    for open in stack.drain(k..) {
        if let Some(n) = open_count.get_mut(open.tag) {
            *n = n.saturating_sub(1);
        }
    }
}

/// Reduces HTML source to blocks of text in `out`.
pub(crate) fn extract(input: &str, strictness: Strictness) -> (TextBuilder, Extracted) {
    let bytes = input.as_bytes();
    let mut w = Writer {
        input,
        out: TextBuilder::with_capacity(input.len() / 2),
        found: Extracted::default(),
        cur: None,
        pending_space: None,
    };
    let mut stack: Vec<Open> = Vec::new();
    let mut open_count = vec![0u32; TAGS.len()];
    let mut containers = 0u32;
    let mut buf = [0u8; 16];
    let mut text_from = 0;
    let mut i = 0;
    while let Some(offset) = bytes.get(i..).and_then(|rest| rest.iter().position(|&b| b == b'<')) {
        let at = i + offset;
        let ctx = stack.last().map_or(Ctx::default(), |o| o.ctx);
        let next = bytes.get(at + 1).copied().unwrap_or(0);
        // Not a tag: the '<' is text.
        if !(next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?')) {
            i = at + 1;
            continue;
        }
        w.text(text_from..at, ctx);
        if next == b'!' || next == b'?' {
            let end = if bytes.get(at..at + 4) == Some(b"<!--") {
                bytes
                    .get(at + 4..)
                    .and_then(|r| r.windows(3).position(|x| x == b"-->"))
                    .map(|e| at + 4 + e + 3)
            } else {
                bytes.get(at..).and_then(|r| r.iter().position(|&b| b == b'>')).map(|e| at + e + 1)
            };
            i = end.unwrap_or(bytes.len());
            text_from = i;
            continue;
        }
        if next == b'/' {
            let (name_end, n) = tag_name(bytes, at + 2, &mut buf);
            let end = bytes
                .get(name_end..)
                .and_then(|r| r.iter().position(|&b| b == b'>'))
                .map_or(bytes.len(), |e| name_end + e + 1);
            i = end;
            text_from = end;
            if n == 0 {
                continue;
            }
            let Some((tag, effect)) = buf.get(..n).and_then(lookup) else { continue };
            if !matches!(effect, Effect::Inline | Effect::Link | Effect::Hidden) {
                w.brk();
            }
            // Counts make an end tag without a start tag cost nothing (no search of the stack).
            if open_count.get(tag).is_some_and(|&n| n > 0) {
                if let Some(k) = stack.iter().rposition(|o| o.tag == tag) {
                    truncate(&mut stack, &mut open_count, k);
                }
            }
            continue;
        }
        let (name_end, n) = tag_name(bytes, at + 1, &mut buf);
        let (attrs, end, self_closing) = attributes(input, name_end);
        i = end;
        text_from = end;
        let Some((tag, effect)) = buf.get(..n).and_then(lookup) else { continue };
        let name = TAGS.get(tag).map_or("", |t| t.0);
        match effect {
            Effect::Raw | Effect::Title => {
                let close = find_end_tag(bytes, end, name);
                let content_end = close.unwrap_or(bytes.len());
                if effect == Effect::Title && !ctx.hidden && w.found.title.is_none() {
                    w.brk();
                    let title_ctx =
                        Ctx { furniture: true, kind: Some((BlockKind::Heading, 0)), ..Ctx::default() };
                    w.text(end..content_end, title_ctx);
                    w.brk();
                    w.found.title = w.found.blocks.pop().map(|b| b.span);
                }
                let after = close
                    .and_then(|c| {
                        bytes.get(c..).and_then(|r| r.iter().position(|&b| b == b'>')).map(|e| c + e + 1)
                    })
                    .unwrap_or(bytes.len());
                i = after;
                text_from = after;
                continue;
            }
            Effect::Void(breaks) => {
                if name == "meta" {
                    note_meta_title(&mut w.found, &attrs);
                }
                if breaks {
                    w.brk();
                }
                continue;
            }
            _ => {}
        }
        let mut inner = ctx;
        let mut effect = effect;
        if strictness == Strictness::Full && effect != Effect::Container && !matches!(name, "html" | "body") {
            let role = attrs.role.to_ascii_lowercase();
            if matches!(role.as_str(), "main" | "article") {
                effect = Effect::Container;
            } else if matches!(
                role.as_str(),
                "navigation" | "banner" | "contentinfo" | "complementary" | "search" | "dialog" | "menu"
            ) || (effect != Effect::Link && furniture_class(&attrs))
            {
                effect = Effect::Furniture;
            }
        }
        if attrs.hidden || (strictness != Strictness::HiddenOnly && hidden_class(&attrs)) {
            inner.hidden = true;
        }
        match effect {
            Effect::Heading(level) => inner.kind = Some((BlockKind::Heading, level)),
            Effect::Item => inner.kind = Some((BlockKind::ListItem, 0)),
            Effect::Link => inner.link = true,
            Effect::Hidden => inner.hidden = true,
            Effect::Pre => inner.pre = true,
            Effect::Cell => inner.cell = true,
            Effect::Furniture => inner.furniture |= strictness != Strictness::HiddenOnly,
            Effect::Container => {
                containers += 1;
                inner.container = Some(containers);
            }
            _ => {}
        }
        let block = !matches!(effect, Effect::Inline | Effect::Link | Effect::Hidden);
        if block {
            w.brk();
            // A paragraph cannot hold a block: an open <p> ends here, as browsers do.
            if stack.last().is_some_and(|o| TAGS.get(o.tag).is_some_and(|t| t.0 == "p")) {
                let top = stack.len() - 1;
                truncate(&mut stack, &mut open_count, top);
            }
            if name == "li" {
                if let Some(k) = stack
                    .iter()
                    .rposition(|o| TAGS.get(o.tag).is_some_and(|t| matches!(t.0, "li" | "ul" | "ol")))
                {
                    if TAGS.get(stack.get(k).map_or(0, |o| o.tag)).is_some_and(|t| t.0 == "li") {
                        truncate(&mut stack, &mut open_count, k);
                        inner = Ctx {
                            kind: Some((BlockKind::ListItem, 0)),
                            ..stack.last().map_or(Ctx::default(), |o| o.ctx)
                        };
                        if attrs.hidden {
                            inner.hidden = true;
                        }
                    }
                }
            }
        }
        if !self_closing && stack.len() < MAX_DEPTH {
            stack.push(Open { tag, ctx: inner });
            if let Some(n) = open_count.get_mut(tag) {
                *n += 1;
            }
        }
    }
    let ctx = stack.last().map_or(Ctx::default(), |o| o.ctx);
    w.text(text_from..bytes.len(), ctx);
    w.brk();
    (w.out, w.found)
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
