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

#[test]
fn version_is_printed_by_long_and_short_flag() {
    let want = format!("briefly {}\n", env!("CARGO_PKG_VERSION"));
    assert_eq!(stdout(&briefly(&["--version"], "")), want);
    assert_eq!(stdout(&briefly(&["-V"], "")), want);
}

#[test]
fn short_flags_mean_the_same_as_long_ones() {
    for (short, long) in [
        (&["-s", "2"][..], &["--sentences", "2"][..]),
        (&["-s2"][..], &["--sentences=2"][..]),
        (&["-r", "0.4"][..], &["--ratio", "0.4"][..]),
        (&["-w", "12"][..], &["--words", "12"][..]),
        (&["-l", "en", "-s", "1"][..], &["--lang", "en", "--sentences", "1"][..]),
        (&["-k", "2", "--json"][..], &["--keywords", "2", "--json"][..]),
    ] {
        let (a, b) = (stdout(&briefly(short, ARTICLE)), stdout(&briefly(long, ARTICLE)));
        assert_eq!(a, b, "{short:?} differs from {long:?}");
        assert!(!a.is_empty());
    }
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&briefly(&["-k", "2", "--json"], ARTICLE))).unwrap();
    assert_eq!(v["keywords"].as_array().unwrap().len(), 2);
    assert_eq!(stdout(&briefly(&["-s", "2"], ARTICLE)).lines().count(), 2);
    assert_eq!(stdout(&briefly(&["-w", "12"], ARTICLE)).lines().count(), 1, "12 words fit one sentence");
    let batch = format!("{}\n", serde_json::json!({"id": 1, "text": ARTICLE}));
    assert_eq!(
        without_micros(&stdout(&briefly(&["--jsonl", "-j", "2", "-s", "1"], &batch))),
        without_micros(&stdout(&briefly(&["--jsonl", "--jobs", "2", "--sentences", "1"], &batch)))
    );
}

#[test]
fn help_says_spans_are_byte_offsets_and_spans_are_bytes() {
    let help = stdout(&briefly(&["--help"], ""));
    assert!(help.contains("byte offsets into") && help.contains("UTF-8 input"), "{help}");
    for flag in ["-s, --sentences", "-j, --jobs", "--format", "-V, --version"] {
        assert!(help.contains(flag), "help lacks {flag}");
    }
    // Multi-byte text: the offsets are bytes, not characters or UTF-16 units.
    let text =
        "Le café «Ça va» ouvre à Zürich. Die Straße schließt früh am Abend. Ёлки растут медленно зимой.";
    let v: serde_json::Value = serde_json::from_str(&stdout(&briefly(&["--json", "-r", "1"], text))).unwrap();
    let sentences = v["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 3, "{v}");
    for s in sentences {
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(&text.as_bytes()[start..end], s["text"].as_str().unwrap().as_bytes());
    }
    assert_eq!(sentences[2]["end"].as_u64().unwrap() as usize, text.len());
}

#[test]
fn empty_input_is_an_error_with_a_message() {
    for input in ["", "  \n\t \r\n"] {
        let out = briefly(&[], input);
        assert_eq!(out.status.code(), Some(1), "{input:?} exited {:?}", out.status);
        assert!(out.stdout.is_empty());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("standard input is empty"), "{err}");
    }
    let dir = std::env::temp_dir().join(format!("briefly-cli-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("empty.txt");
    std::fs::write(&path, "").unwrap();
    let out = briefly(&[path.to_str().unwrap(), "--json"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty.txt is empty"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn languages_listed_are_the_real_codes_only() {
    let out = briefly(&["--lang", "xx"], ARTICLE);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("\"language\"") && err.contains("en, fr, de"), "{err}");
    assert!(!err.contains("und"), "{err}");
    let list = stdout(&briefly(&["--languages"], ""));
    let codes: Vec<&str> = list.lines().map(|l| l.split_whitespace().next().unwrap()).collect();
    assert!(list.lines().any(|l| l == "fr  French"), "{list}");
    assert!(codes.contains(&"zh") && codes.contains(&"hi"), "{list}");
    assert!(!codes.contains(&"und"), "{list}");
    // Every code listed is accepted by --lang.
    for code in codes {
        assert!(briefly(&["--lang", code, "-s", "1"], ARTICLE).status.success(), "--lang {code} refused");
    }
}

/// A batch row with its timing blanked: the only field that may differ between runs.
fn without_micros(rows: &str) -> String {
    rows.lines()
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
            assert!(v["micros"].is_u64(), "{l}");
            v["micros"] = 0.into();
            format!("{v}\n")
        })
        .collect()
}

/// Forty documents of different sizes and languages, some with their own length.
fn batch() -> String {
    let golden = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut texts: Vec<String> = std::fs::read_dir(&golden)
        .unwrap()
        .filter_map(|e| std::fs::read_to_string(e.unwrap().path().join("input.txt")).ok())
        .collect();
    texts.sort();
    assert!(texts.len() >= 5, "the golden inputs are there");
    (0..40)
        .map(|i| {
            let text = &texts[i % texts.len()];
            let doc = if i % 3 == 0 {
                serde_json::json!({"id": i, "text": text, "sentences": 1 + i % 4})
            } else {
                serde_json::json!({"id": format!("doc-{i}"), "text": text})
            };
            format!("{doc}\n")
        })
        .collect()
}

#[test]
fn jobs_give_the_same_rows_in_input_order_as_one_job() {
    let input = batch();
    for mode in [&[][..], &["--lead"][..], &["-r", "0.3"][..]] {
        let one =
            without_micros(&stdout(&briefly(&[&["--jsonl", "--jobs", "1"][..], mode].concat(), &input)));
        assert_eq!(one.lines().count(), 40);
        for jobs in ["2", "3", "8"] {
            let many = stdout(&briefly(&[&["--jsonl", "-j", jobs][..], mode].concat(), &input));
            assert_eq!(without_micros(&many), one, "--jobs {jobs} {mode:?}");
        }
        let default_jobs = stdout(&briefly(&[&["--jsonl"][..], mode].concat(), &input));
        assert_eq!(without_micros(&default_jobs), one, "default jobs {mode:?}");
    }
    let one = without_micros(&stdout(&briefly(&["--jsonl", "-j", "1"], &input)));
    let ids: Vec<serde_json::Value> =
        one.lines().map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].clone()).collect();
    assert_eq!(ids[0], 0);
    assert_eq!(ids[1], "doc-1");
    assert_eq!(ids[39], 39);
    let lead = without_micros(&stdout(&briefly(&["--jsonl", "-j", "2", "--lead"], &input)));
    assert_ne!(lead, one, "--lead is the baseline, not the summariser");
}

#[test]
fn a_bad_line_in_a_parallel_batch_stops_after_every_earlier_row() {
    let mut input = batch();
    input.push_str("{\"id\": \"broken\"\n");
    input.push_str(&batch());
    let out = briefly(&["--jsonl", "-j", "4"], &input);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("line 41"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 40);
}

#[test]
fn jobs_must_be_a_positive_count_and_need_jsonl() {
    for args in [&["--jsonl", "-j", "0"][..], &["--jsonl", "--jobs", "two"][..], &["--jsonl", "-j", "-1"][..]]
    {
        let out = briefly(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("\"jobs\""), "{args:?}");
    }
    let out = briefly(&["-j", "2"], ARTICLE);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--jsonl"));
}

#[test]
fn markdown_format_has_title_sentences_and_keywords() {
    let page = "<html><head><title>Budget vote</title></head><body><article><h1>Council passes the *new* budget</h1>\
        <p>The city council approved a new budget on Tuesday after a long debate.</p>\
        <p>The budget raises spending on schools by ten percent and hires two hundred teachers.</p>\
        <p>Critics said the plan ignores road repairs that residents have demanded for years.</p>\
        <p>The mayor said she would sign the budget next week.</p></article></body></html>";
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&briefly(&["--json", "-s", "2", "-k", "3"], page))).unwrap();
    let md = stdout(&briefly(&["--format", "md", "-s", "2", "-k", "3"], page));
    let title = json["title"].as_str().expect("the page has a title");
    let escaped = title.replace('*', "\\*");
    assert!(md.starts_with(&format!("# {escaped}\n\n")), "{md}");
    let bullets: Vec<&str> = md.lines().filter_map(|l| l.strip_prefix("- ")).collect();
    let sentences: Vec<&str> =
        json["sentences"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert_eq!(bullets, sentences);
    let terms: Vec<&str> =
        json["keywords"].as_array().unwrap().iter().map(|k| k["term"].as_str().unwrap()).collect();
    assert!(md.ends_with(&format!("\n\n**Keywords:** {}\n", terms.join(", "))), "{md}");
    // No title and no keywords: a plain heading and no keyword line.
    let plain = stdout(&briefly(&["-f", "markdown", "-k", "0", "-s", "1"], ARTICLE));
    assert!(plain.starts_with("# Summary\n\n- "), "{plain}");
    assert!(!plain.contains("Keywords"), "{plain}");
}

#[test]
fn format_text_and_json_match_the_defaults() {
    assert_eq!(stdout(&briefly(&["--format", "text"], ARTICLE)), stdout(&briefly(&[], ARTICLE)));
    assert_eq!(stdout(&briefly(&["--format=json"], ARTICLE)), stdout(&briefly(&["--json"], ARTICLE)));
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&briefly(&["--format", "json"], ARTICLE))).unwrap();
    assert!(
        v["sentences"][0]["text"].is_string() && v["stats"]["words_in"].is_u64() && v.get("title").is_some()
    );
    let out = briefly(&["--format", "xml"], ARTICLE);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"format\""));
    assert_eq!(briefly(&["--jsonl", "--format", "md"], "").status.code(), Some(2));
}

/// The threads of a running process (Linux: one entry per thread under /proc/PID/task).
#[cfg(target_os = "linux")]
fn threads_of(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/task")).map(|d| d.count()).unwrap_or(0)
}

#[cfg(target_os = "linux")]
#[test]
fn jobs_start_that_many_workers_and_answer_each_line_as_it_comes() {
    use std::io::{BufRead, BufReader};
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for (args, workers) in [(&["--jsonl", "-j", "3"][..], 3), (&["--jsonl"][..], cores)] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_briefly"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Workers, plus the reading and the writing thread. They all start at once; wait for them
        // rather than guess how long that takes.
        let want = workers + 2;
        let mut seen = 0;
        for _ in 0..500 {
            seen = threads_of(child.id());
            if seen == want {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(seen, want, "{args:?}");
        // A caller that writes one document and waits gets its answer before sending more.
        let mut stdin = child.stdin.take().unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        for id in 0..3 {
            writeln!(stdin, "{}", serde_json::json!({"id": id, "text": ARTICLE, "sentences": 1})).unwrap();
            stdin.flush().unwrap();
            let mut line = String::new();
            stdout.read_line(&mut line).unwrap();
            let row: serde_json::Value = serde_json::from_str(&line).unwrap();
            assert_eq!(row["id"], id);
        }
        drop(stdin);
        assert!(child.wait().unwrap().success());
    }
}

#[test]
fn whole_reads_the_input_as_one_text_in_both_modes() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/seed-arabnews-two-articles/input.txt");
    let text = std::fs::read_to_string(path).unwrap();
    let json = |args: &[&str]| -> serde_json::Value {
        serde_json::from_str(&stdout(&briefly(args, &text))).unwrap()
    };
    let split = json(&["--json"]);
    let whole = json(&["--json", "--whole"]);
    assert_eq!(split["articles"].as_array().unwrap().len(), 1, "the seed holds a second story");
    assert!(whole["articles"].as_array().unwrap().is_empty(), "{whole}");
    assert!(whole["stats"]["words_in"].as_u64() > split["stats"]["words_in"].as_u64());
    // In a batch, a line's own length keeps --whole.
    let batch = format!("{}\n", serde_json::json!({"id": 1, "text": text, "sentences": 2}));
    let rows = without_micros(&stdout(&briefly(&["--jsonl", "--whole", "-j", "2"], &batch)));
    let row: serde_json::Value = serde_json::from_str(rows.trim()).unwrap();
    let direct = json(&["--json", "--whole", "-s", "2"]);
    let want: Vec<&serde_json::Value> =
        direct["sentences"].as_array().unwrap().iter().map(|s| &s["text"]).collect();
    assert_eq!(row["sentences"].as_array().unwrap().iter().collect::<Vec<_>>(), want);
}

/// A page with a menu, an article with a subheading, and furniture under its own labels after it.
const PAGE: &str = "<html><head><title>Storm floods towns | Herald</title></head><body>\
<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>\
<article><h1>Storm floods towns</h1>\
<p>Heavy rain flooded dozens of coastal towns on Thursday, forcing more than three thousand people from their homes.</p>\
<h2>Rail lines closed</h2>\
<p>Rail services between the two cities were suspended, and several schools closed as the roads turned into rivers.</p>\
<h2>Elsewhere on the Herald</h2><ul><li><a href=/a>Winter storms cost insurers billions</a></li>\
<li><a href=/b>How to protect your home</a></li></ul><h3>Our weekly picks</h3></article>\
<footer><p>&copy; 2025 The Herald. All rights reserved.</p></footer></body></html>";

#[test]
fn article_prints_the_article_as_read_without_the_furniture() {
    let text = stdout(&briefly(&["--article"], PAGE));
    let blocks: Vec<&str> = text.trim_end().split("\n\n").collect();
    assert_eq!(
        blocks,
        [
            "Storm floods towns",
            "Heavy rain flooded dozens of coastal towns on Thursday, forcing more than three thousand people from their homes.",
            "Rail lines closed",
            "Rail services between the two cities were suspended, and several schools closed as the roads turned into rivers.",
        ],
        "{text}"
    );
}

#[test]
fn article_json_gives_each_block_its_kind_and_source_span() {
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&briefly(&["--article", "--json"], PAGE))).unwrap();
    assert_eq!(v["title"], "Storm floods towns");
    assert_eq!(v["language"], "en");
    let blocks = v["blocks"].as_array().unwrap();
    let kinds: Vec<&str> = blocks.iter().map(|b| b["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["heading", "paragraph", "heading", "paragraph"]);
    for b in blocks {
        let (start, end) = (b["start"].as_u64().unwrap() as usize, b["end"].as_u64().unwrap() as usize);
        assert!(PAGE[start..end].contains(b["text"].as_str().unwrap()), "{b}");
    }
}

#[test]
fn article_markdown_has_the_title_and_subheadings_as_headings() {
    let md = stdout(&briefly(&["--article", "-f", "md"], PAGE));
    assert!(md.starts_with("# Storm floods towns\n\nHeavy rain"), "{md}");
    assert!(md.contains("\n\n## Rail lines closed\n\nRail services"), "{md}");
    assert_eq!(md.matches("Storm floods towns").count(), 1, "the headline once: {md}");
}

/// A tutorial pasted as text: prose that introduces a code sample, a list typed with bullets.
const TUTORIAL: &str = "Counting errors\n\n\
The query below counts the errors a server logged in each minute of the last hour:\n\n\
SELECT minute, count(*)\nFROM log GROUP BY minute;\n\n\
It needs two columns:\n\n- the minute\n- the status code\n\n\
Run it every minute and plot the counts to see at a glance when errors begin to rise.\n";

#[test]
fn article_shows_code_as_code_in_every_format() {
    let text = stdout(&briefly(&["--article"], TUTORIAL));
    assert!(text.contains("\n\nSELECT minute, count(*)\nFROM log GROUP BY minute;\n\n"), "{text}");
    let md = stdout(&briefly(&["--article", "-f", "md"], TUTORIAL));
    assert!(md.contains("\n\n```\nSELECT minute, count(*)\nFROM log GROUP BY minute;\n```\n\n"), "{md}");
    assert!(md.contains("\n\n- the minute\n\n- the status code\n\n"), "{md}");
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&briefly(&["--article", "--json"], TUTORIAL))).unwrap();
    let kinds: Vec<&str> =
        v["blocks"].as_array().unwrap().iter().map(|b| b["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["heading", "paragraph", "code", "code", "paragraph", "list_item", "list_item", "paragraph"]
    );
    // The summary never offers a line of code.
    let summary = stdout(&briefly(&["-s", "5"], TUTORIAL));
    assert!(!summary.contains("SELECT") && !summary.contains("FROM log"), "{summary}");
}

#[test]
fn article_refuses_summary_flags() {
    for flags in [&["--article", "-s", "2"][..], &["--article", "--lead"], &["--article", "--jsonl"]] {
        let out = briefly(flags, PAGE);
        assert_eq!(out.status.code(), Some(2), "{flags:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("--article"), "{flags:?}");
    }
}
