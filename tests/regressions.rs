//! Replays every checked-in fuzz input (`tests/fuzz-corpus/<target>/*`) through the same checks
//! the fuzz targets run, so that fixed crashes stay fixed on stable Rust without a fuzzer.

use std::fs;
use std::path::Path;

#[path = "../fuzz/src/check.rs"]
mod check;

/// Runs `run` on every file under `tests/fuzz-corpus/<target>/`; returns how many it replayed.
fn replay(target: &str, run: fn(&[u8]) -> Result<(), String>) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-corpus").join(target);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let mut failures = Vec::new();
    for path in &files {
        let data = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let outcome = std::panic::catch_unwind(|| run(&data)).unwrap_or_else(|panic| {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(format!("panicked: {message}"))
        });
        if let Err(broken) = outcome {
            failures.push(format!("{}: {broken}", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} inputs fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
    files.len()
}

#[test]
fn summarise_corpus_replays_cleanly() {
    assert!(replay("summarise", check::run_summarise) > 0, "the summarise corpus is empty");
}

#[test]
fn segment_corpus_replays_cleanly() {
    assert!(replay("segment", check::run_segment) > 0, "the segment corpus is empty");
}

#[test]
fn structured_corpus_replays_cleanly() {
    assert!(replay("structured", check::run_structured) > 0, "the structured corpus is empty");
}

/// The structured target must build real articles from short inputs, or it fuzzes nothing
/// the plain target does not.
#[test]
fn structured_inputs_build_articles() {
    // Dateline, a <p> with a sentence, a paragraph break, a heading, a repeated stretch.
    let data = [0u8, 7, 0, 8, 0, 0, 5, 3, 9, 5, 8, 1, 1, 2, 9, 9, 11, 3];
    let text = check::structured(&data[1..]);
    assert!(text.starts_with("PARIS (Reuters) - <p>"), "{text:?}");
    assert!(text.contains("</p>\n\n<h1>"), "{text:?}");
    let s = briefly::summarise(&text, &briefly::Options::new());
    assert!(s.stats.sentences_in >= 1, "{text:?} gave {:?}", s.stats);
}

/// The decoder the fuzz target uses must reach real options, or fuzzing tests only defaults.
#[test]
fn fuzz_inputs_decode_to_the_options_they_spell() {
    // One call: key 0 ("sentences"), kind 2 (a small whole number: 5 % 12).
    let data = [1u8, 0, 2, 5, 0, 0, 0, 0, 0, 0, 0, b'H', b'i', b'.'];
    let (options, text) = check::decode(&data).unwrap();
    assert_eq!(options.budget(), briefly::Budget::Sentences(5));
    assert_eq!(text, "Hi.");
    // A garbage key is refused (and the refusal checked), leaving the defaults.
    let data = [1u8, 7, 5, b'z', b'z', 0, 0, 0, 0, 0, 0, b'x'];
    let (options, text) = check::decode(&data).unwrap();
    assert_eq!(options, briefly::Options::new());
    assert_eq!(text, "x");
}

/// Minimal reproducers found by the property tests and the fuzzers, each checked exactly.
mod found {
    use briefly::{summarise, Budget, Options};

    /// Selection picked a sentence with no content terms twice: its entry was re-pushed when
    /// its antecedent was chosen, and both copies were taken.
    #[test]
    fn a_sentence_is_chosen_at_most_once() {
        let text = "Rain fell on Monday. He said so. Rain fell on Monday too.";
        let s = summarise(text, &Options::new().with_budget(Budget::Ratio(1.0)));
        let indices: Vec<usize> = s.sentences.iter().map(|x| x.index).collect();
        assert_eq!(indices, [0, 1], "{:?}", s.sentences);
    }

    /// A short line not ending in sentence punctuation (here a citation marker) was dropped
    /// whole, with the sentences in it, and not counted as boilerplate.
    #[test]
    fn a_short_line_ending_in_a_citation_keeps_its_sentences() {
        let text = "The council approved the budget. The mayor objected.\n\
            Critics were loud. Nobody resigned [3]\n\
            The vote comes next week.";
        let s = summarise(text, &Options::new().with_budget(Budget::Ratio(1.0)));
        let texts: Vec<&str> = s.sentences.iter().map(|x| x.text.as_str()).collect();
        assert!(texts.contains(&"Critics were loud."), "{texts:?}");
    }
}
