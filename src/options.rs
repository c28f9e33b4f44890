//! Summary options: validated once, up front, so that summarising itself never fails.
//!
//! Options arrive from three places: Rust callers (typed builder methods), the command line
//! (strings) and JavaScript (loosely typed values). All three go through [`Options::set`], so the
//! rules and the error messages are the same everywhere.

use std::fmt;
use std::str::FromStr;

use crate::error::Error;
use crate::lang::Language;

/// The most sentences, words or keywords a caller may ask for; larger requests are refused
/// rather than silently clamped so that a typo (`sentences: 3e9`) is noticed.
pub const MAX_COUNT: u64 = 1_000_000;

/// How long the summary may be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Budget {
    /// At most this many sentences.
    Sentences(usize),
    /// This fraction of the article's sentences, in (0, 1]; at least one sentence.
    Ratio(f64),
    /// At most this many words; at least one sentence is always chosen.
    Words(usize),
}

impl Default for Budget {
    fn default() -> Self {
        Budget::Sentences(3)
    }
}

/// A value given for an option, as it arrives from a loosely typed caller (JavaScript, a flag).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Setting<'a> {
    /// No value (`null` / `undefined`): the option keeps its default.
    Absent,
    /// A number.
    Number(f64),
    /// A string.
    Text(&'a str),
    /// A boolean.
    Bool(bool),
    /// Anything else; the payload names its type for the error message ("an object").
    Other(&'a str),
}

/// What to summarise and how: the length budget, the language and the number of keywords.
///
/// ```
/// use briefly::{Budget, Options};
/// let options = Options::new().with_budget(Budget::Ratio(0.2)).with_language("fr").unwrap();
/// assert_eq!(options.budget(), Budget::Ratio(0.2));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    budget: Budget,
    /// Which length option was given by name, if one was: a second one conflicts with it.
    budget_key: Option<OptionKey>,
    language: Option<Language>,
    keywords: usize,
    whole: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { budget: Budget::default(), budget_key: None, language: None, keywords: 8, whole: false }
    }
}

/// An option [`Options::set`] accepts, by name.
///
/// ```
/// use briefly::OptionKey;
/// let key: OptionKey = "ratio".parse().unwrap();
/// assert_eq!(key, OptionKey::Ratio);
/// assert_eq!(key.as_str(), "ratio");
/// assert!("sentance".parse::<OptionKey>().unwrap_err().to_string().contains("\"sentance\""));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OptionKey {
    /// `sentences`: at most this many sentences.
    Sentences,
    /// `ratio`: this fraction of the article's sentences.
    Ratio,
    /// `words`: at most this many words.
    Words,
    /// `language`: a language code, or `auto`.
    Language,
    /// `keywords`: how many keywords to report.
    Keywords,
    /// `whole`: read the whole input as one text.
    Whole,
}

impl OptionKey {
    /// Every option, in the order error messages list them.
    pub const ALL: [OptionKey; 6] = [
        OptionKey::Sentences,
        OptionKey::Ratio,
        OptionKey::Words,
        OptionKey::Language,
        OptionKey::Keywords,
        OptionKey::Whole,
    ];

    /// The option's name as callers spell it (`"sentences"`).
    pub const fn as_str(self) -> &'static str {
        match self {
            OptionKey::Sentences => "sentences",
            OptionKey::Ratio => "ratio",
            OptionKey::Words => "words",
            OptionKey::Language => "language",
            OptionKey::Keywords => "keywords",
            OptionKey::Whole => "whole",
        }
    }

    /// Whether the option sets the summary's length (only one of those may be given).
    pub const fn is_length(self) -> bool {
        matches!(self, OptionKey::Sentences | OptionKey::Ratio | OptionKey::Words)
    }
}

impl FromStr for OptionKey {
    type Err = Error;

    /// The option of that exact name; an unknown name is refused with an error naming it and
    /// listing the options there are.
    fn from_str(name: &str) -> Result<Self, Error> {
        OptionKey::ALL
            .into_iter()
            .find(|k| k.as_str() == name)
            .ok_or_else(|| Error::unknown_option(name, &OPTION_NAMES))
    }
}

impl fmt::Display for OptionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The option names [`Options::set`] accepts: [`OptionKey::ALL`] spelled out.
pub const OPTION_NAMES: [&str; OptionKey::ALL.len()] = {
    let mut names = [""; OptionKey::ALL.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = OptionKey::ALL[i].as_str();
        i += 1;
    }
    names
};

impl Options {
    /// Three sentences, automatic language detection, eight keywords.
    pub fn new() -> Self {
        Self::default()
    }

    /// The length budget.
    pub fn budget(&self) -> Budget {
        self.budget
    }

    /// The forced language, or `None` to detect it.
    pub fn language(&self) -> Option<Language> {
        self.language
    }

    /// How many keywords to report.
    pub fn keywords(&self) -> usize {
        self.keywords
    }

    /// Whether to read the whole input as one text: no search for the article inside a page,
    /// no split into several stories (line-level furniture such as share buttons still goes).
    pub fn whole(&self) -> bool {
        self.whole
    }

    /// Reads the whole input as one text (see [`Options::whole`]).
    pub fn with_whole(mut self, whole: bool) -> Self {
        self.whole = whole;
        self
    }

    /// Sets the length budget. Out-of-range values are clamped into range (use [`Options::set`]
    /// to have them refused instead).
    pub fn with_budget(mut self, budget: Budget) -> Self {
        self.budget = match budget {
            Budget::Sentences(n) => Budget::Sentences(n.max(1)),
            Budget::Words(n) => Budget::Words(n.max(1)),
            Budget::Ratio(r) if r.is_finite() && r > 0.0 => Budget::Ratio(r.min(1.0)),
            Budget::Ratio(_) => Budget::Ratio(1.0),
        };
        self
    }

    /// Forces a language by its code (`"en"`, `"zh"`, ...), or `"auto"` to detect it.
    pub fn with_language(mut self, code: &str) -> Result<Self, Error> {
        self.set("language", Setting::Text(code))?;
        Ok(self)
    }

    /// Sets how many keywords to report (0 for none).
    pub fn with_keywords(mut self, n: usize) -> Self {
        self.keywords = n;
        self
    }

    /// The length budget if one was given by name through [`Options::set`], else `None` (a
    /// caller with a length of its own falls back to it then).
    pub fn given_budget(&self) -> Option<Budget> {
        self.budget_key.map(|_| self.budget)
    }

    /// Sets one option by name from a loosely typed value, refusing an unknown name or anything
    /// out of range with an error that names the option. `Setting::Absent` leaves the default
    /// in place.
    ///
    /// Only one of `sentences`, `ratio` and `words` may be given.
    pub fn set(&mut self, key: &str, value: Setting<'_>) -> Result<(), Error> {
        self.set_key(key.parse()?, value)
    }

    /// [`Options::set`] for an option already known by its key.
    pub fn set_key(&mut self, key: OptionKey, value: Setting<'_>) -> Result<(), Error> {
        if value == Setting::Absent {
            return Ok(());
        }
        let name = key.as_str();
        match key {
            OptionKey::Sentences => {
                let n = count(name, value, 1)?;
                self.set_budget(key, Budget::Sentences(n))
            }
            OptionKey::Words => {
                let n = count(name, value, 1)?;
                self.set_budget(key, Budget::Words(n))
            }
            OptionKey::Ratio => {
                let r = number(name, value)?;
                if !(r > 0.0 && r <= 1.0) {
                    return Err(Error::invalid(
                        name,
                        "a number greater than 0 and at most 1",
                        &describe(value),
                    ));
                }
                self.set_budget(key, Budget::Ratio(r))
            }
            OptionKey::Keywords => {
                self.keywords = count(name, value, 0)?;
                Ok(())
            }
            OptionKey::Whole => match value {
                Setting::Bool(b) => {
                    self.whole = b;
                    Ok(())
                }
                _ => Err(Error::invalid(name, "true or false", &describe(value))),
            },
            OptionKey::Language => self.set_language(value),
        }
    }

    /// The `language` option: a code, or `auto` (or nothing but spaces) to detect it.
    fn set_language(&mut self, value: Setting<'_>) -> Result<(), Error> {
        let name = OptionKey::Language.as_str();
        let Setting::Text(code) = value else {
            return Err(Error::invalid(name, "a language code such as \"en\" or \"auto\"", &describe(value)));
        };
        let code = code.trim();
        if code.is_empty() || code.eq_ignore_ascii_case("auto") {
            self.language = None;
            return Ok(());
        }
        match Language::from_code(code) {
            Some(lang) => {
                self.language = Some(lang);
                Ok(())
            }
            None => Err(Error::invalid(
                name,
                &format!("\"auto\" or one of {}", Language::codes().join(", ")),
                &describe(value),
            )),
        }
    }

    fn set_budget(&mut self, key: OptionKey, budget: Budget) -> Result<(), Error> {
        if let Some(previous) = self.budget_key.filter(|&p| p != key) {
            return Err(Error::conflict(previous.as_str(), key.as_str()));
        }
        self.budget_key = Some(key);
        self.budget = budget;
        Ok(())
    }
}

fn number(name: &str, value: Setting<'_>) -> Result<f64, Error> {
    match value {
        Setting::Number(x) if x.is_finite() => Ok(x),
        _ => Err(Error::invalid(name, "a finite number", &describe(value))),
    }
}

fn count(name: &str, value: Setting<'_>, min: u64) -> Result<usize, Error> {
    let expected = format!("a whole number from {min} to {MAX_COUNT}");
    let x = number(name, value).map_err(|_| Error::invalid(name, &expected, &describe(value)))?;
    if x.fract() != 0.0 || x < min as f64 || x > MAX_COUNT as f64 {
        return Err(Error::invalid(name, &expected, &describe(value)));
    }
    Ok(x as usize)
}

/// Decimals an error message shows of a number.
const SHOWN_DECIMALS: u32 = 6;

/// A number as an error message shows it: a whole number as such, others to
/// [`SHOWN_DECIMALS`] decimals. (Rust's float formatter is a fourteenth of the wasm module,
/// and this is its only use.)
fn shown_number(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let a = x.abs();
    if a >= 1e15 {
        return format!("{sign}infinity or a number over 10^15");
    }
    let scale = 10u64.pow(SHOWN_DECIMALS);
    let scaled = (a * scale as f64).round() as u64;
    let (whole, frac) = (scaled / scale, scaled % scale);
    if scaled == 0 && a > 0.0 {
        return format!("{sign}0.{}1 or less", "0".repeat(SHOWN_DECIMALS as usize - 1));
    }
    let sign = if scaled == 0 { "" } else { sign };
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{frac:0width$}", width = SHOWN_DECIMALS as usize);
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

fn describe(value: Setting<'_>) -> String {
    match value {
        Setting::Absent => "nothing".into(),
        Setting::Number(x) => shown_number(x),
        Setting::Text(s) => {
            let short: String = s.chars().take(40).collect();
            format!("the string {short:?}")
        }
        Setting::Bool(b) => format!("{b}"),
        Setting::Other(kind) => kind.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_messages_read_as_written() {
        assert_eq!(shown_number(3.0), "3");
        assert_eq!(shown_number(-2.0), "-2");
        assert_eq!(shown_number(1.5), "1.5");
        assert_eq!(shown_number(0.1 + 0.2), "0.3");
        assert_eq!(shown_number(-0.0), "0");
        assert_eq!(shown_number(1e-9), "0.000001 or less");
        assert_eq!(shown_number(f64::NAN), "NaN");
        assert_eq!(shown_number(f64::NEG_INFINITY), "-infinity or a number over 10^15");
        let msg = Options::new().set("sentences", Setting::Number(2.5)).unwrap_err().to_string();
        assert!(msg.contains("got 2.5"), "{msg}");
    }

    fn refused(key: &str, value: Setting<'_>) -> String {
        Options::new().set(key, value).unwrap_err().to_string()
    }

    #[test]
    fn valid_settings_apply() {
        let mut o = Options::new();
        o.set("sentences", Setting::Number(5.0)).unwrap();
        o.set("language", Setting::Text("de")).unwrap();
        o.set("keywords", Setting::Number(0.0)).unwrap();
        assert_eq!(o.budget(), Budget::Sentences(5));
        assert_eq!(o.language(), Some(Language::German));
        assert_eq!(o.keywords(), 0);
        assert!(!o.whole());
        o.set("whole", Setting::Bool(true)).unwrap();
        assert!(o.whole());
        o.set("language", Setting::Text("auto")).unwrap();
        assert_eq!(o.language(), None);
    }

    #[test]
    fn absent_keeps_default() {
        let mut o = Options::new();
        for key in OPTION_NAMES {
            o.set(key, Setting::Absent).unwrap();
        }
        assert_eq!(o, Options::new());
    }

    #[test]
    fn bad_counts_name_the_option() {
        for bad in [-1.0, 0.0, 2.5, f64::NAN, f64::INFINITY, 1e12] {
            let msg = refused("sentences", Setting::Number(bad));
            assert!(msg.contains("\"sentences\""), "{msg}");
        }
        assert!(refused("words", Setting::Number(-3.0)).contains("\"words\""));
        assert!(refused("sentences", Setting::Text("3")).contains("string"));
        assert!(refused("keywords", Setting::Bool(true)).contains("\"keywords\""));
        assert!(refused("whole", Setting::Number(1.0)).contains("\"whole\""));
    }

    #[test]
    fn ratio_must_be_in_half_open_unit_interval() {
        for bad in [0.0, -0.1, 1.01, f64::NAN] {
            assert!(refused("ratio", Setting::Number(bad)).contains("\"ratio\""));
        }
        let mut o = Options::new();
        o.set("ratio", Setting::Number(1.0)).unwrap();
        assert_eq!(o.budget(), Budget::Ratio(1.0));
    }

    #[test]
    fn unknown_keys_and_languages_are_refused() {
        assert!(refused("sentance", Setting::Number(3.0)).contains("\"sentance\""));
        let msg = refused("language", Setting::Text("xx"));
        assert!(msg.contains("\"language\"") && msg.contains("en"), "{msg}");
    }

    #[test]
    fn names_and_keys_agree() {
        for key in OptionKey::ALL {
            assert_eq!(key.as_str().parse::<OptionKey>(), Ok(key));
        }
        assert_eq!(OPTION_NAMES, ["sentences", "ratio", "words", "language", "keywords", "whole"]);
        // Names are matched exactly, as JavaScript keys are.
        assert!("Sentences".parse::<OptionKey>().is_err());
    }

    #[test]
    fn a_given_length_is_told_apart_from_the_default() {
        let mut o = Options::new();
        o.set("keywords", Setting::Number(3.0)).unwrap();
        o.set("words", Setting::Absent).unwrap();
        assert_eq!(o.given_budget(), None);
        o.set("words", Setting::Number(40.0)).unwrap();
        assert_eq!(o.given_budget(), Some(Budget::Words(40)));
        assert_eq!(Options::new().with_budget(Budget::Sentences(2)).given_budget(), None);
    }

    #[test]
    fn two_budgets_conflict() {
        let mut o = Options::new();
        o.set("sentences", Setting::Number(3.0)).unwrap();
        let msg = o.set("ratio", Setting::Number(0.5)).unwrap_err().to_string();
        assert!(msg.contains("sentences") && msg.contains("ratio"), "{msg}");
    }
}
