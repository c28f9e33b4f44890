//! How a chosen sentence reads when shown on its own.
//!
//! The span of a sentence always covers its source exactly; the text shown leaves out what only
//! makes sense in the page around it: citation marks ("[1]", "[citation needed]"), Markdown
//! syntax (`**`, backticks, a leading `#` or `>`), and a quote mark whose partner lies in
//! another sentence. A sentence that only introduces what follows ("The steps are:") is not
//! offered at all.

use std::borrow::Cow;

/// Words a bracketed note may have to count as a citation mark ("[citation needed]").
const NOTE_WORDS: usize = 3;
/// The most digits a numeric citation mark has ("[999]"); longer bracketed numbers are data.
const CITATION_DIGITS: usize = 3;

/// Whether `sentence` ends by announcing what follows it (a list, a quote, a table): shown
/// alone it promises what the summary does not hold.
pub(crate) fn introduces(sentence: &str) -> bool {
    let t = sentence.trim_end();
    // A detached stop after the colon or comma marks where a quote or list was cut out of the
    // text ("the top 10 beaches in the world: .", "Canestrini, who works on such cases, .").
    let (t, cut) = match t.strip_suffix(" .") {
        Some(head) => (head.trim_end(), true),
        None => (t, false),
    };
    let t = t.trim_end_matches(['"', '\'', '”', '’', '»', ')']).trim_end();
    t.ends_with([':', '：']) || cut && t.ends_with(',')
}

/// Whether `sentence` is a row of capitalised labels rather than a sentence: a menu pasted
/// inline with the text ("CNET Reviews Best Products Appliances Audio Cameras ..."). Words of
/// [`MENU_WORDS`] or more, nearly all capitalised; a headline in title case is a heading, not
/// a sentence, and never reaches here.
pub(crate) fn is_label_row(sentence: &str) -> bool {
    // (A team line-up or a list of names is capitalised too, but separated by commas.) Tested
    // first: most sentences have a comma, and then their words need no counting.
    if sentence.contains([',', ';']) {
        return false;
    }
    let (mut words, mut capitalised) = (0, 0);
    for w in sentence.split_whitespace() {
        words += 1;
        capitalised += usize::from(w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
    }
    let (share, of) = MENU_CAPITALISED;
    words >= MENU_WORDS && capitalised * of >= words * share
}

/// Words a row of labels has at least.
const MENU_WORDS: usize = 10;
/// Of a row of labels, at least this many words in so many are capitalised (or figures): a
/// menu has a few lowercase joiners ("and", "of"), a sentence many.
const MENU_CAPITALISED: (usize, usize) = (8, 10);

/// `sentence` as it is shown.
pub(crate) fn shown(sentence: &str) -> Cow<'_, str> {
    // By bytes (the four marks outside ASCII start with 0xC2 or 0xE2): testing each character
    // against all eleven cost more than the rest of showing a plain sentence.
    let ascii_mark = |b: u8| matches!(b, b'[' | b'*' | b'`' | b'#' | b'>' | b'_' | b'"');
    let marked = if sentence.is_ascii() {
        sentence.bytes().any(ascii_mark)
    } else {
        sentence.bytes().enumerate().any(|(i, b)| {
            ascii_mark(b)
                || matches!(b, 0xC2 | 0xE2)
                    && sentence.get(i..).is_some_and(|rest| rest.starts_with(['“', '”', '«', '»']))
        })
    };
    if !marked {
        return Cow::Borrowed(sentence);
    }
    // Most marked sentences hold only quotation marks: with nothing to strip or respace, the
    // steps below would copy them unchanged, a character at a time, before balancing them.
    let nothing_to_strip =
        !sentence.bytes().any(|b| matches!(b, b'[' | b'*' | b'`')) && !sentence.starts_with(['#', '>']);
    if nothing_to_strip && spaced_once(sentence) && !SPACED_PUNCTUATION.iter().any(|p| sentence.contains(p)) {
        return Cow::Owned(balance_quotes(sentence));
    }
    let mut out = String::with_capacity(sentence.len());
    let mut rest = sentence.trim_start_matches(['#', '>', ' ']);
    if rest.len() == sentence.len() || !sentence.starts_with(['#', '>']) {
        rest = sentence;
    }
    while let Some(c) = rest.chars().next() {
        if c == '[' {
            if let Some(len) = citation_len(rest) {
                rest = rest.get(len..).unwrap_or("");
                continue;
            }
        }
        // Bold; "__" is left, identifiers use it ("window.__pwned").
        if rest.starts_with("**") {
            rest = rest.get(2..).unwrap_or("");
            continue;
        }
        if c == '`' {
            rest = rest.get(1..).unwrap_or("");
            continue;
        }
        out.push(c);
        rest = rest.get(c.len_utf8()..).unwrap_or("");
    }
    let mut text = out.split_whitespace().collect::<Vec<_>>().join(" ");
    // Space left before punctuation by a removed mark: "the bridge [3] ." -> "the bridge."
    for p in SPACED_PUNCTUATION {
        while let Some(at) = text.find(p) {
            text.replace_range(at..at + 1, "");
        }
    }
    Cow::Owned(balance_quotes(&text))
}

/// `text` without the citation marks at its end ("… met in 1854.[48][49]" ends "1854.").
pub(crate) fn without_trailing_citations(mut text: &str) -> &str {
    while text.ends_with(']') {
        let Some(open) = text.rfind('[') else { break };
        match text.get(open..).and_then(citation_len) {
            Some(len) if open + len == text.len() => text = text.get(..open).unwrap_or("").trim_end(),
            _ => break,
        }
    }
    text
}

/// A space before punctuation, which [`shown`] closes up.
const SPACED_PUNCTUATION: [&str; 6] = [" .", " ,", " ;", " :", " !", " ?"];

/// Whether `text` is the same after `split_whitespace` and joining with single spaces: no
/// white space but single spaces between words.
fn spaced_once(text: &str) -> bool {
    let single = !text.starts_with(' ') && !text.ends_with(' ') && !text.contains("  ");
    single
        && if text.is_ascii() {
            !text.bytes().any(|b| matches!(b, b'\t'..=b'\r'))
        } else {
            text.chars().all(|c| c == ' ' || !c.is_whitespace())
        }
}

/// The length of a citation mark at the start of `s`: "[12]", "[citation needed]", "[note 3]".
/// (Letter notes such as "[a]" are left: "arr[i]" is code as often.)
fn citation_len(s: &str) -> Option<usize> {
    let close = s.get(1..)?.find(']')? + 1;
    let inner = s.get(1..close)?;
    let numeric =
        !inner.is_empty() && inner.len() <= CITATION_DIGITS && inner.chars().all(|c| c.is_ascii_digit());
    let lower = inner.to_lowercase();
    let note = matches!(lower.as_str(), "citation needed" | "edit" | "clarification needed" | "who?")
        || (lower.starts_with("note ") && inner.split_whitespace().count() <= NOTE_WORDS);
    (numeric || note).then_some(close + 1)
}

/// Drops an opening quote mark whose closing one is in a later sentence, and a closing one
/// whose opening one was in an earlier sentence.
fn balance_quotes(text: &str) -> String {
    let mut t = text.to_string();
    for (open, close) in [('“', '”'), ('«', '»'), ('„', '“')] {
        let opens = t.matches(open).count();
        let closes = t.matches(close).count();
        if open == '„' || opens == closes {
            continue;
        }
        if opens > closes && t.starts_with(open) {
            t = t.trim_start_matches(open).trim_start().to_string();
        } else if closes > opens && t.ends_with(close) {
            t = t.trim_end_matches(close).to_string();
        }
    }
    if t.matches('"').count() % 2 == 1 {
        if t.starts_with('"') {
            t = t.trim_start_matches('"').to_string();
        } else if t.ends_with('"') {
            t = t.trim_end_matches('"').to_string();
        }
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citation_marks_and_markdown_are_not_shown() {
        assert_eq!(shown("The bridge closed in 1998.[3][4]"), "The bridge closed in 1998.");
        assert_eq!(shown("It grew [citation needed] fast."), "It grew fast.");
        assert_eq!(shown("The **bold** claim uses `code` here."), "The bold claim uses code here.");
        assert_eq!(shown("## Results are in."), "Results are in.");
        assert_eq!(shown("Set arr[i] to one."), "Set arr[i] to one.");
        assert_eq!(shown("window.__pwned is set."), "window.__pwned is set.");
    }

    #[test]
    fn trailing_citations_are_not_the_end_of_a_sentence() {
        assert_eq!(without_trailing_citations("It met in 1854.[48][49]"), "It met in 1854.");
        assert_eq!(without_trailing_citations("Read arr[i]"), "Read arr[i]");
        assert_eq!(without_trailing_citations("[12]"), "");
    }

    #[test]
    fn quoted_sentences_are_shown_as_the_general_steps_show_them() {
        for t in [
            "“We will go,” he said .",
            "\"Yes\"  she said.",
            " \"Yes\" she said.",
            "\"Yes\"\tshe said.",
            "«Oui»\u{a0}dit-il.",
            "\"Go.\"",
        ] {
            let general =
                balance_quotes(&t.split_whitespace().collect::<Vec<_>>().join(" ").replace(" .", "."));
            assert_eq!(shown(t), general, "{t:?}");
        }
        assert!(spaced_once("a \"b\" c"));
        assert!(!spaced_once("a\u{a0}b"));
    }

    #[test]
    fn a_quote_split_across_sentences_reads_whole() {
        assert_eq!(shown("“We will go."), "We will go.");
        assert_eq!(shown("We will win,” she said."), "We will win,” she said.");
        assert_eq!(shown("We will win.”"), "We will win.");
        assert_eq!(shown("“We will win,” she said."), "“We will win,” she said.");
    }

    #[test]
    fn rows_of_labels_are_not_sentences() {
        assert!(is_label_row(
            "CNET Reviews Best Products CNET 100 Appliances Audio Cameras Cars Desktops Drones"
        ));
        assert!(!is_label_row("The city council approved the new budget on Tuesday after months of debate."));
    }

    #[test]
    fn sentences_that_announce_a_list_are_known() {
        assert!(introduces("The steps are:"));
        assert!(introduces("Here are TripAdvisor's top 10 beaches in the world: ."));
        assert!(introduces("According to lawyer Nicola Canestrini, who works on such cases, ."));
        assert!(!introduces("Prices rose, economists said ."));
        assert!(introduces("He said: \""));
        assert!(!introduces("It ended."));
    }
}
