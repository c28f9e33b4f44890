//! Properties that hold for any input and any valid options: no panic, spans in bounds and on
//! char boundaries, sentences in document order, budgets kept, finite scores, determinism,
//! and re-selection from an analysed document equal to summarising afresh.

use briefly::{segment, Budget, Document, Language, Options};
use proptest::prelude::*;

#[path = "../fuzz/src/check.rs"]
mod check;

const WORDS: &[&str] = &[
    "the",
    "council",
    "approved",
    "budget",
    "on",
    "Tuesday",
    "Mr",
    "Dr",
    "U.S.",
    "e.g.",
    "3.5",
    "1,200",
    "percent",
    "schools",
    "\"quoted\"",
    "(aside)",
    "it's",
    "Straße",
    "école",
    "naïve",
    "Москва",
    "Ελλάδα",
    "x",
    "A",
    "he",
    "said",
    "www.example.com",
    "a@b.co",
    "#tag",
    "...",
    "—",
    "'",
    "$40",
    "No.",
    "St.",
];
const PUNCT: &[&str] =
    &[". ", "! ", "? ", ", ", "; ", ": ", " - ", "\n", "\n\n", " ", "... ", ".\" ", "?!", "…"];
const CJK: &[&str] = &[
    "中国",
    "北京",
    "经济",
    "发展",
    "日本",
    "東京",
    "です",
    "ました",
    "。",
    "！",
    "？",
    "，",
    "、",
    "「",
    "」",
];
const RTL: &[&str] =
    &["مرحبا", "العالم", "الحكومة", "قالت", "שלום", "ממשלה", "אמר", ".", "؟", "،", " ", "\u{200f}"];
const EMOJI: &[&str] = &["😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "❤️", " ", ". ", "✨"];
const HTML: &[&str] = &[
    "<p>",
    "</p>",
    "<div class=\"nav\">",
    "</div>",
    "<script>var x = 1 < 2;</script>",
    "<br>",
    "&amp;",
    "&nbsp;",
    "&#8217;",
    "&lt;",
    "<h1>",
    "</h1>",
    "<title>",
    "</title>",
    "<!-- c -->",
    "<li>",
    "<a href='/'>",
    "</a>",
    "<style>p{}</style>",
    "<",
    ">",
    "&",
    "&#xZZ;",
];
const CONTROL: &[&str] = &[
    "\r\n", "\r", "\t", "\u{0}", "\u{7}", "\u{b}", "\u{c}", "\u{85}", "\u{2028}", "\u{2029}", "\u{200b}",
    "\u{feff}", "\u{202e}", "\u{ad}", "\u{300}", " ", "\u{a0}", "\u{3000}",
];

fn from(pool: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(pool), 0..max).prop_map(|parts| parts.concat())
}

fn prose() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(WORDS), prop::sample::select(PUNCT)), 0..120)
        .prop_map(|parts| parts.into_iter().flat_map(|(w, p)| [w, p]).collect())
}

/// Text from a mix of generators; the flag says whether it is plain (no markup or entities).
fn text() -> impl Strategy<Value = (String, bool)> {
    prop_oneof![
        any::<String>().prop_map(|s| (s, false)),
        prose().prop_map(|s| (s, true)),
        from(CJK, 200).prop_map(|s| (s, true)),
        from(RTL, 200).prop_map(|s| (s, true)),
        from(EMOJI, 100).prop_map(|s| (s, true)),
        (prose(), from(HTML, 40)).prop_map(|(a, b)| (format!("{b}{a}{b}"), false)),
        (prose(), from(CONTROL, 40), prose()).prop_map(|(a, b, c)| (format!("{a}{b}{c}"), false)),
        prop::collection::vec((prose(), from(CONTROL, 3), from(CJK, 20), from(EMOJI, 3)), 0..6).prop_map(
            |v| {
                let s = v.into_iter().map(|(a, b, c, d)| format!("{a}{b}{c}{d}")).collect::<String>();
                (s, false)
            }
        ),
    ]
}

fn budget() -> impl Strategy<Value = Budget> {
    prop_oneof![
        (1usize..20).prop_map(Budget::Sentences),
        (1u32..=100).prop_map(|p| Budget::Ratio(f64::from(p) / 100.0)),
        (1usize..300).prop_map(Budget::Words),
    ]
}

fn options() -> impl Strategy<Value = Options> {
    let codes: Vec<&'static str> = std::iter::once("auto").chain(Language::codes()).collect();
    (budget(), prop::sample::select(codes), 0usize..20).prop_map(|(b, code, k)| {
        let o = Options::new().with_budget(b).with_keywords(k);
        o.clone().with_language(code).unwrap_or(o)
    })
}

proptest! {
    // No failure files in the tree: a failure prints its minimal input, which belongs in
    // tests/regressions.rs once fixed.
    #![proptest_config(ProptestConfig { cases: 192, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any text, any valid options: a summary that keeps every rule, the same twice.
    #[test]
    fn summaries_keep_their_invariants((text, plain) in text(), options in options()) {
        if let Err(broken) = check::summarise(&text, &options, plain) {
            prop_assert!(false, "{broken}\ninput: {text:?}\noptions: {options:?}");
        }
    }

    /// The page's length control re-selects from one analysis: that must equal summarising
    /// afresh at the new length, for every length.
    #[test]
    fn reselection_equals_summarising_afresh(
        (text, _) in text(), options in options(), budgets in prop::collection::vec(budget(), 1..4)
    ) {
        let doc = Document::analyse(&text, &options);
        for b in budgets {
            let fresh = briefly::summarise(&text, &options.clone().with_budget(b));
            prop_assert_eq!(doc.summary(b), fresh, "budget {:?}, input {:?}", b, text);
        }
    }

    /// A longer budget never gives fewer sentences.
    #[test]
    fn more_sentences_asked_never_gives_fewer((text, _) in text(), k in 1usize..10) {
        let doc = Document::analyse(&text, &Options::new());
        let short = doc.summary(Budget::Sentences(k)).sentences.len();
        let long = doc.summary(Budget::Sentences(k + 1)).sentences.len();
        prop_assert!(long >= short, "{} sentences for k={} but {} for k+1", short, k, long);
    }

    /// Segmentation of any paragraph in any language: trimmed, non-empty, ordered, in bounds.
    #[test]
    fn segmentation_ranges_are_well_formed((text, _) in text(), lang in prop::sample::select(check::languages())) {
        let ranges = segment::sentences(&text, lang);
        if let Err(broken) = check::ranges(&text, &ranges) {
            prop_assert!(false, "{broken}\ninput: {text:?}, language {lang:?}");
        }
        // Nothing but whitespace is lost between sentences... except what segmentation may
        // legitimately skip; at least every letter must land in some sentence.
        let covered: usize = ranges.iter().map(|r| text[r.clone()].chars().filter(|c| c.is_alphanumeric()).count()).sum();
        let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
        prop_assert_eq!(covered, letters, "letters dropped by segmentation of {:?}", text);
    }
}
