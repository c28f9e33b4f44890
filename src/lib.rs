//! Briefly summarises articles on the reader's own device.
//!
//! It is extractive: it picks the sentences that carry an article. Pasted text is first
//! [cleaned](Summary::stats) (navigation, disclaimers, share links and repeated blocks dropped;
//! HTML source reduced to its text), split into sentences with per-language repairs
//! ("U.S. Military" stays one sentence), tokenised (stop words, stemming, CJK character n-grams)
//! and scored by TF-IDF with position, title and length cues. Selection keeps to a budget,
//! skips sentences that repeat a chosen one, prefers sentences that read on their own and
//! returns them in document order, each with the byte span of its source.
//!
//! The same code runs natively and, compiled to WebAssembly, in the browser; results are
//! identical on both.
//!
//! # Example
//! ```
//! use briefly::{summarise, Options, Budget};
//! let text = "The city council approved the new budget on Tuesday. \
//!     The budget raises spending on schools by ten percent. \
//!     Critics said the plan ignores road repairs. \
//!     The mayor will sign the budget next week.";
//! let summary = summarise(text, &Options::new().with_budget(Budget::Sentences(2)));
//! assert_eq!(summary.sentences.len(), 2);
//! for s in &summary.sentences {
//!     assert_eq!(&text[s.start..s.end], s.text);
//! }
//! ```
//!
//! Options are validated when they are set ([`Options::set`] names the bad option in its
//! error); summarising itself never fails and never panics. Empty or degenerate input gives an
//! empty summary.
#![deny(missing_docs)]

mod classify;
mod clean;
mod dateline;
mod display;
mod document;
mod error;
mod extract;
mod hash;
mod keywords;
pub mod lang;
mod mem;
mod options;
mod order;
mod score;
pub mod segment;
mod select;
mod summary;
mod tokenise;
mod utf16;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use clean::BlockKind;
pub use document::Document;
pub use error::Error;
pub use extract::{extract, Block, Extract};
pub use lang::Language;
pub use options::{Budget, OptionKey, Options, Setting, MAX_COUNT, OPTION_NAMES};
pub use summary::{Article, Keyword, Sentence, Stats, Summary};

/// Summarises `text` (plain text or HTML source) with `options`.
pub fn summarise(text: &str, options: &Options) -> Summary {
    Document::analyse(text, options).summary(options.budget())
}
