//! The native tool's modes, run as a user runs them.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const ARTICLE: &str = "The city council approved a new budget on Tuesday after a long debate. \
The budget raises spending on schools by ten percent and hires two hundred teachers. \
Critics said the plan ignores road repairs that residents have demanded for years. \
The mayor said she would sign the budget next week. \
Officials expect the new teachers to start in the autumn term.";

fn briefly(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_briefly"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the briefly binary runs");
    // A refused flag exits before reading its input: a broken pipe here is expected.
    let _ = child.stdin.take().expect("stdin is piped").write_all(stdin.as_bytes());
    child.wait_with_output().expect("briefly finishes")
}

fn stdout(out: &Output) -> String {
    assert!(out.status.success(), "briefly failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).expect("output is UTF-8")
}

#[test]
fn prints_sentences_of_the_article_one_per_line() {
    let text = stdout(&briefly(&["--sentences", "2"], ARTICLE));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    for line in &lines {
        assert!(ARTICLE.contains(line), "{line:?} is not a sentence of the article");
    }
}

#[test]
fn reads_a_file_argument() {
    let dir = std::env::temp_dir().join(format!("briefly-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("article.txt");
    std::fs::write(&path, ARTICLE).unwrap();
    let from_file = stdout(&briefly(&[path.to_str().unwrap(), "--sentences=1"], ""));
    let from_stdin = stdout(&briefly(&["-", "--sentences=1"], ARTICLE));
    assert_eq!(from_file, from_stdin);
    assert_eq!(from_file.lines().count(), 1);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn json_carries_spans_keywords_language_and_stats() {
    let text = stdout(&briefly(&["--json", "--ratio", "0.4"], ARTICLE));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let sentences = v["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 2, "ceil(0.4 * 5) sentences: {text}");
    for s in sentences {
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(&ARTICLE[start..end], s["text"].as_str().unwrap());
    }
    assert_eq!(v["language"], "en");
    assert_eq!(v["stats"]["sentences_in"], 5);
    assert!(v["keywords"].as_array().unwrap().iter().any(|k| k["term"] == "budget"), "{text}");
}

#[test]
fn jsonl_batch_answers_every_line_in_order_with_timings() {
    let input = format!(
        "{}\n{}\n\n{}\n",
        serde_json::json!({"id": "a", "text": ARTICLE, "sentences": 1}),
        serde_json::json!({"id": 7, "text": ""}),
        serde_json::json!({"id": "c", "text": ARTICLE}),
    );
    let text = stdout(&briefly(&["--jsonl"], &input));
    let rows: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["id"], "a");
    assert_eq!(rows[0]["sentences"].as_array().unwrap().len(), 1);
    assert_eq!(rows[1]["id"], 7);
    assert_eq!(rows[1]["sentences"].as_array().unwrap().len(), 0);
    assert_eq!(rows[2]["sentences"].as_array().unwrap().len(), 3, "default is three sentences");
    assert!(rows.iter().all(|r| r["micros"].is_u64()));
}

#[test]
fn lead_mode_prints_the_first_sentences() {
    let text = stdout(&briefly(&["--lead", "--sentences", "2"], ARTICLE));
    assert!(text.starts_with("The city council approved"), "{text}");
    assert!(text.lines().nth(1).unwrap().starts_with("The budget raises"), "{text}");
}

#[test]
fn invalid_options_exit_non_zero_naming_the_option() {
    for (args, option) in [
        (&["--sentences", "0"][..], "sentences"),
        (&["--sentences", "2.5"][..], "sentences"),
        (&["--ratio", "1.5"][..], "ratio"),
        (&["--words", "-3"][..], "words"),
        (&["--lang", "xx"][..], "language"),
        (&["--sentences", "three"][..], "sentences"),
        (&["--sentences", "2", "--ratio", "0.5"][..], "ratio"),
    ] {
        let out = briefly(args, ARTICLE);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} was accepted");
        assert!(err.contains(&format!("\"{option}\"")), "{args:?}: {err}");
    }
    let out = briefly(&["--frobnicate"], ARTICLE);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--frobnicate"));
}

#[test]
fn invalid_jsonl_line_is_reported_with_its_number() {
    let out = briefly(&["--jsonl"], "{\"id\": 1, \"text\": \"Fine.\"}\nnot json\n");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
}

#[test]
fn binary_input_is_summarised_not_refused() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_briefly"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut bytes = ARTICLE.as_bytes().to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, 0x00, 0x80, b' ', b'E', b'n', b'd', b'.']);
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(!out.stdout.is_empty());
}
