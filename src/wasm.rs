//! The JavaScript binding (conversion only).
//!
//! Everything here turns JS values into core types and core results into plain JS objects; the
//! summarising itself lives in the rest of the crate. Three conversions matter:
//! - options: each own key of the options object goes through [`Options::set`], so unknown keys
//!   and bad values are refused with the core's message, which names the option;
//! - spans: the core's byte offsets become UTF-16 offsets, so `input.slice(start, end)` in JS is
//!   the sentence's source;
//! - errors: thrown as `Error` (via [`JsError`]), never a trap.

use std::sync::Once;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::utf16::Utf16Offsets;
use crate::{BlockKind, Budget, Document, Extract, Language, Options, Setting, Summary};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** How to summarise. Give at most one of `sentences`, `ratio` and `words`. */
export interface SummaryOptions {
  /** At most this many sentences (a whole number from 1); the default is 3. */
  sentences?: number | null;
  /** This fraction of the article's sentences, greater than 0 and at most 1. */
  ratio?: number | null;
  /** At most this many words (a whole number from 1); at least one sentence is kept. */
  words?: number | null;
  /** A language code such as "en" (see `languages()`), or "auto" (the default) to detect it. */
  language?: string | null;
  /** How many keywords to report (0 for none); the default is 8. */
  keywords?: number | null;
  /** Read the whole input as one text: no search for the article among page furniture, no
   * split into several stories (the default is false). */
  whole?: boolean | null;
}

/** One sentence of a summary. `start`/`end` are UTF-16 offsets: `input.slice(start, end)` is its source. */
export interface SummarySentence {
  /** Position among the article's sentences (0 for the first). */
  index: number;
  /** The sentence as shown: whitespace folded, HTML entities decoded. */
  text: string;
  /** Salience, higher is more central; comparable within one article only. */
  score: number;
  start: number;
  end: number;
}

/** A key term of the article, as it most often appears in the text. */
export interface SummaryKeyword {
  term: string;
  /** Weight relative to the top keyword's 1. */
  score: number;
}

/** Another article found in the same text after the summarised one (UTF-16 offsets). */
export interface SummaryArticle {
  title: string;
  start: number;
  end: number;
}

/** Counts describing the input and the summary. */
export interface SummaryStats {
  /** Words read as the article (CJK characters count as words). */
  wordsIn: number;
  /** Words in the whole input, furniture and other stories included. */
  wordsTotal: number;
  wordsOut: number;
  sentencesIn: number;
  sentencesOut: number;
  boilerplateRemoved: number;
  duplicatesFolded: number;
  articlesFound: number;
}

/** A summary: the chosen sentences in document order, keywords, language and counts. */
export interface Summary {
  sentences: SummarySentence[];
  keywords: SummaryKeyword[];
  /** The language code the text was summarised as ("und" when undetermined). */
  language: string;
  title: string | null;
  articles: SummaryArticle[];
  stats: SummaryStats;
}

/** One block of an extracted article (UTF-16 offsets: `input.slice(start, end)` is its source). */
export interface ArticleBlock {
  kind: "heading" | "paragraph" | "list_item" | "code";
  /** The block as shown: whitespace folded, entities decoded, citation marks left out. */
  text: string;
  start: number;
  end: number;
}

/** The article as Briefly reads it, page furniture and other stories left out. */
export interface ExtractedArticle {
  title: string | null;
  /** The language code the article reads as ("und" when undetermined). */
  language: string;
  blocks: ArticleBlock[];
  articles: SummaryArticle[];
}

/** A language Briefly has specific rules for. */
export interface LanguageInfo {
  code: string;
  name: string;
}
"#;

/// Summarises `text` (plain text or HTML source). Throws an `Error` naming the option when an
/// option is invalid.
#[wasm_bindgen(unchecked_return_type = "Summary")]
pub fn summarise(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "SummaryOptions | null")] options: JsValue,
) -> Result<JsValue, JsError> {
    install_panic_hook();
    let text = text_argument(&text)?;
    let options = options_argument(&options)?;
    to_js(&SummaryDto::new(&crate::summarise(&text, &options), &text))
}

/// The article in `text` (plain text or HTML source) as Briefly reads it: its headings,
/// paragraphs and list items, with the menus, teasers, captions and other stories of a pasted
/// page left out. Only the `language` and `whole` options apply (a length is validated but
/// changes nothing). Throws an `Error` naming the option when an option is invalid.
#[wasm_bindgen(unchecked_return_type = "ExtractedArticle")]
pub fn extract(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "SummaryOptions | null")] options: JsValue,
) -> Result<JsValue, JsError> {
    install_panic_hook();
    let text = text_argument(&text)?;
    let options = options_argument(&options)?;
    to_js(&ExtractDto::new(&crate::extract(&text, &options), &text))
}

/// An article analysed once, to be summarised at any length without analysing it again (a
/// length slider calls `summary` on every move).
#[wasm_bindgen]
pub struct Analysis {
    // Kept to convert the spans of every later summary to UTF-16.
    text: String,
    document: Document,
    budget: Budget,
}

#[wasm_bindgen]
impl Analysis {
    /// Analyses `text` with `options` (its language and keyword settings are fixed here; its
    /// length, if given, is the default for `summary()`).
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "SummaryOptions | null")] options: JsValue,
    ) -> Result<Analysis, JsError> {
        install_panic_hook();
        let text = text_argument(&text)?;
        let options = options_argument(&options)?;
        let document = Document::analyse(&text, &options);
        Ok(Analysis { text, document, budget: options.budget() })
    }

    /// The summary at the length `options` asks for (`sentences`, `ratio` or `words`; the
    /// constructor's length when none is given). Language and keywords were fixed by the
    /// constructor, so those keys are validated but change nothing.
    #[wasm_bindgen(unchecked_return_type = "Summary")]
    pub fn summary(
        &self,
        #[wasm_bindgen(unchecked_optional_param_type = "SummaryOptions | null")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        install_panic_hook();
        let budget = options_argument(&options)?.given_budget().unwrap_or(self.budget);
        to_js(&SummaryDto::new(&self.document.summary(budget), &self.text))
    }

    /// How many sentences the article has (the longest possible summary).
    #[wasm_bindgen(getter, js_name = sentenceCount)]
    pub fn sentence_count(&self) -> usize {
        self.document.sentence_count()
    }

    /// The code of the language the article is analysed as.
    #[wasm_bindgen(getter)]
    pub fn language(&self) -> String {
        self.document.language().code().to_string()
    }
}

/// The languages Briefly has specific rules for, as `{ code, name }`, plus `und` (no specific
/// language) last.
#[wasm_bindgen(unchecked_return_type = "LanguageInfo[]")]
pub fn languages() -> Result<JsValue, JsError> {
    install_panic_hook();
    let list: Vec<LanguageDto> =
        Language::ALL.iter().map(|l| LanguageDto { code: l.code(), name: l.name() }).collect();
    to_js(&list)
}

#[wasm_bindgen]
extern "C" {
    // `Object.keys` with `catch`: a Proxy passed as options may throw, and an exception must
    // not unwind through Rust frames.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(object: &JsValue) -> Result<web_sys::js_sys::Array, JsValue>;
}

fn text_argument(text: &JsValue) -> Result<String, JsError> {
    text.as_string().ok_or_else(|| {
        JsError::new(&format!("invalid argument \"text\": expected a string, got {}", type_name(text)))
    })
}

/// Builds [`Options`] from a JS options value: `undefined`/`null` mean the defaults; every own
/// enumerable key is handed to [`Options::set`], which refuses unknown keys and bad values.
fn options_argument(value: &JsValue) -> Result<Options, JsError> {
    let mut options = Options::new();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() || web_sys::js_sys::Array::is_array(value) {
        return Err(JsError::new(&format!(
            "invalid argument \"options\": expected an object such as {{ sentences: 3 }}, got {}",
            type_name(value)
        )));
    }
    let keys = object_keys(value).map_err(|e| js_failure("argument \"options\"", &e))?;
    for key in keys.iter() {
        let Some(key) = key.as_string() else { continue };
        let setting = web_sys::js_sys::Reflect::get(value, &JsValue::from_str(&key))
            .map_err(|e| js_failure(&format!("option {:?}", key.chars().take(40).collect::<String>()), &e))?;
        let text = setting.as_string();
        let setting = match (&text, setting.as_f64(), setting.as_bool()) {
            _ if setting.is_undefined() || setting.is_null() => Setting::Absent,
            (_, Some(x), _) => Setting::Number(x),
            (Some(s), _, _) => Setting::Text(s),
            (_, _, Some(b)) => Setting::Bool(b),
            _ => Setting::Other(type_name(&setting)),
        };
        options.set(&key, setting).map_err(|e| JsError::new(&e.to_string()))?;
    }
    Ok(options)
}

/// A JS exception raised while reading the options (a throwing getter or Proxy trap), reported
/// as an error that names where it happened (`what`: `option "sentences"`).
fn js_failure(what: &str, error: &JsValue) -> JsError {
    let detail = error
        .dyn_ref::<web_sys::js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "an exception".into());
    JsError::new(&format!("invalid {what}: reading it threw {detail}"))
}

/// How a value reads in an error message ("an array", "a string").
fn type_name(value: &JsValue) -> &'static str {
    if value.is_undefined() {
        "undefined"
    } else if value.is_null() {
        "null"
    } else if value.as_bool().is_some() {
        "a boolean"
    } else if value.as_f64().is_some() {
        "a number"
    } else if value.is_string() {
        "a string"
    } else if value.is_bigint() {
        "a bigint"
    } else if value.is_symbol() {
        "a symbol"
    } else if value.is_function() {
        "a function"
    } else if web_sys::js_sys::Array::is_array(value) {
        "an array"
    } else {
        "an object"
    }
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    // json_compatible: plain objects and arrays, and `null` (not `undefined`) for a missing title.
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the summary: {e}")))
}

/// Reports a panic on the console before the module traps: the trap alone says only
/// "unreachable". The core is meant never to panic; this is for the report if it does.
fn install_panic_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&JsValue::from_str(&format!("briefly panicked: {info}")));
        }));
    });
}

#[derive(Serialize)]
struct LanguageDto {
    code: &'static str,
    name: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SummaryDto<'a> {
    sentences: Vec<SentenceDto<'a>>,
    keywords: Vec<KeywordDto<'a>>,
    language: &'static str,
    title: Option<&'a str>,
    articles: Vec<ArticleDto<'a>>,
    stats: StatsDto,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SentenceDto<'a> {
    index: usize,
    text: &'a str,
    score: f64,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct KeywordDto<'a> {
    term: &'a str,
    score: f64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArticleDto<'a> {
    title: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct ExtractDto<'a> {
    title: Option<&'a str>,
    language: &'static str,
    blocks: Vec<BlockDto<'a>>,
    articles: Vec<ArticleDto<'a>>,
}

#[derive(Serialize)]
struct BlockDto<'a> {
    kind: BlockKind,
    text: &'a str,
    start: usize,
    end: usize,
}

impl<'a> ExtractDto<'a> {
    /// The extract with its byte spans into `input` converted to UTF-16 offsets.
    fn new(extract: &'a Extract, input: &str) -> Self {
        let spans = extract
            .blocks
            .iter()
            .flat_map(|b| [b.start, b.end])
            .chain(extract.articles.iter().flat_map(|a| [a.start, a.end]))
            .collect::<Vec<_>>();
        let mut units = utf16_pairs(input, &spans);
        ExtractDto {
            title: extract.title.as_deref(),
            language: extract.language.code(),
            blocks: extract
                .blocks
                .iter()
                .zip(units.by_ref())
                .map(|(b, (start, end))| BlockDto { kind: b.kind, text: &b.text, start, end })
                .collect(),
            articles: extract
                .articles
                .iter()
                .zip(units)
                .map(|(a, (start, end))| ArticleDto { title: &a.title, start, end })
                .collect(),
        }
    }
}

/// `spans`, byte offsets into `input` taken two by two, as UTF-16 (start, end) pairs.
fn utf16_pairs(input: &str, spans: &[usize]) -> impl Iterator<Item = (usize, usize)> {
    let converted = Utf16Offsets::new(input).to_utf16(spans);
    converted
        .chunks_exact(2)
        .map(|pair| match pair {
            [start, end] => (*start, *end),
            _ => (0, 0),
        })
        .collect::<Vec<_>>()
        .into_iter()
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct StatsDto {
    words_in: usize,
    words_total: usize,
    words_out: usize,
    sentences_in: usize,
    sentences_out: usize,
    boilerplate_removed: usize,
    duplicates_folded: usize,
    articles_found: usize,
}

impl<'a> SummaryDto<'a> {
    /// The summary with its byte spans into `input` converted to UTF-16 offsets.
    fn new(summary: &'a Summary, input: &str) -> Self {
        let spans = summary
            .sentences
            .iter()
            .flat_map(|s| [s.start, s.end])
            .chain(summary.articles.iter().flat_map(|a| [a.start, a.end]))
            .collect::<Vec<_>>();
        let mut units = utf16_pairs(input, &spans);
        let sentences = summary
            .sentences
            .iter()
            .zip(units.by_ref())
            .map(|(s, (start, end))| SentenceDto {
                index: s.index,
                text: &s.text,
                score: s.score,
                start,
                end,
            })
            .collect();
        let articles = summary
            .articles
            .iter()
            .zip(units)
            .map(|(a, (start, end))| ArticleDto { title: &a.title, start, end })
            .collect();
        let s = &summary.stats;
        SummaryDto {
            sentences,
            keywords: summary.keywords.iter().map(|k| KeywordDto { term: &k.term, score: k.score }).collect(),
            language: summary.language.code(),
            title: summary.title.as_deref(),
            articles,
            stats: StatsDto {
                words_in: s.words_in,
                words_total: s.words_total,
                words_out: s.words_out,
                sentences_in: s.sentences_in,
                sentences_out: s.sentences_out,
                boilerplate_removed: s.boilerplate_removed,
                duplicates_folded: s.duplicates_folded,
                articles_found: s.articles_found,
            },
        }
    }
}
