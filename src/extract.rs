//! The article as Briefly reads it, for callers that want the text rather than a summary: what a
//! reader view shows, with the menus, teasers, bylines, captions, share prompts and other stories
//! of a pasted page left out, and each block's span in the input.

use serde::Serialize;

use crate::clean::BlockKind;
use crate::display;
use crate::document;
use crate::lang::Language;
use crate::options::Options;
use crate::summary::Article;

/// The main article of a text, block by block.
///
/// ```
/// use briefly::{extract, BlockKind, Options};
/// let page = "<nav><a href=/>Home</a> <a href=/news>News</a></nav>\
///     <article><h1>Storm hits coast</h1><p>The storm reached the coast on Monday night, and \
///     thousands of homes lost power as the wind brought down lines across the region.</p></article>";
/// let article = extract(page, &Options::new());
/// assert_eq!(article.title.as_deref(), Some("Storm hits coast"));
/// assert_eq!(article.blocks[0].kind, BlockKind::Heading);
/// assert!(article.blocks.iter().all(|b| !b.text.contains("Home")));
/// let b = &article.blocks[1];
/// assert!(page[b.start..b.end].starts_with("The storm"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extract {
    /// The article's title, when one was found.
    pub title: Option<String>,
    /// The language the article reads as (detected unless forced).
    pub language: Language,
    /// Its blocks in document order: headings, paragraphs, list items and lines of code, each
    /// once.
    pub blocks: Vec<Block>,
    /// Further articles found in the text after the main one (not in `blocks`).
    pub articles: Vec<Article>,
}

/// One block of the article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Its text as shown: whitespace folded, entities decoded, citation marks and Markdown
    /// syntax left out.
    pub text: String,
    /// Start of the block's source in the input, a byte offset (half-open span).
    pub start: usize,
    /// End of the block's source in the input, a byte offset (exclusive).
    pub end: usize,
}

/// The main article of `text` (plain text or HTML source), found the way a summary finds it,
/// with the language and `whole` settings of `options`. Never fails: input without an article
/// gives no blocks.
pub fn extract(text: &str, options: &Options) -> Extract {
    let (mut cleaned, language) = document::read(text, options);
    let blocks = cleaned
        .blocks
        .iter()
        .filter_map(|b| {
            let shown = display::shown(&cleaned.text[b.span.clone()]);
            let text = shown.trim();
            (!text.is_empty()).then(|| {
                let source = cleaned.original_span(b.span.clone());
                Block { kind: b.kind, text: text.to_string(), start: source.start, end: source.end }
            })
        })
        .collect();
    Extract { title: cleaned.title.take(), language, blocks, articles: cleaned.other_articles() }
}
