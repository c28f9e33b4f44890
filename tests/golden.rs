//! Golden cases: `tests/golden/<slug>/` holds `input.txt` or `input.html`, `expected.txt` (the
//! default summary, one sentence per line) and optionally `forbidden.txt` (strings that must not
//! appear in any summary sentence or keyword: boilerplate, the other article's text...).
//!
//! Every sentence's span must also point at its source: the input's text at `start..end`, read
//! the way the cleaner reads it (tags stripped and entities decoded for HTML, invisible
//! characters dropped, spaces folded), is the sentence.
//!
//! An optional `keywords.txt` lists what the top keywords must hold, one per line: a term or
//! phrase that must be among them, or, after `!`, one that must not be (a fragment, a generic word).
//!
//! `BLESS=1 cargo test --test golden` rewrites `expected.txt` from the current output.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use briefly::{summarise, Options};

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .expect("tests/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// Drops invisible characters and folds whitespace, as the cleaner does.
fn fold_spaces(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200F}' | '\u{FEFF}' | '\u{AD}' | '\u{2060}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The visible text of an HTML excerpt: tags removed, the entities the cases use decoded.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            rest = rest.find('>').map_or("", |e| &rest[e + 1..]);
        } else if c == '&' {
            let end = rest.find(';').filter(|&e| e < 12);
            let decoded = end.and_then(|e| entity(&rest[1..e]));
            match (end, decoded) {
                (Some(e), Some(d)) => {
                    out.push(d);
                    rest = &rest[e + 1..];
                }
                _ => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    fold_spaces(&out.replace('\u{A0}', " "))
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let value = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(value);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "eacute" => 'é',
        "mdash" => '—',
        "ndash" => '–',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "laquo" => '«',
        "raquo" => '»',
        "euro" => '€',
        "pound" => '£',
        "middot" => '·',
        "copy" => '©',
        "hellip" => '…',
        _ => return None,
    })
}

/// Expected and actual lines side by side, marking the lines that differ.
fn side_by_side(expected: &[String], actual: &[String]) -> String {
    let mut out = String::new();
    for i in 0..expected.len().max(actual.len()) {
        let e = expected.get(i).map_or("<none>", String::as_str);
        let a = actual.get(i).map_or("<none>", String::as_str);
        let mark = if e == a { " " } else { "≠" };
        let _ = writeln!(out, "{mark} {i}: expected: {e}\n{mark} {i}:   actual: {a}");
    }
    out
}

#[test]
fn golden_cases() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = String::new();
    let mut ran = 0;
    for dir in cases() {
        let slug = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let (input, is_html) =
            match (fs::read_to_string(dir.join("input.txt")), fs::read_to_string(dir.join("input.html"))) {
                (Ok(text), _) => (text, false),
                (_, Ok(html)) => (html, true),
                _ => {
                    let _ = writeln!(failures, "[{slug}] no input.txt or input.html");
                    continue;
                }
            };
        ran += 1;
        let summary = summarise(&input, &Options::new());
        let actual: Vec<String> = summary.sentences.iter().map(|s| s.text.clone()).collect();

        if actual.is_empty() {
            let _ = writeln!(failures, "[{slug}] empty summary");
        }
        for s in &summary.sentences {
            let Some(source) = input.get(s.start..s.end) else {
                let _ = writeln!(
                    failures,
                    "[{slug}] span {}..{} is not a char range of the input",
                    s.start, s.end
                );
                continue;
            };
            let seen = if is_html { visible(source) } else { fold_spaces(source) };
            if seen != fold_spaces(&s.text) {
                let _ = writeln!(
                    failures,
                    "[{slug}] span does not hold its sentence:\n  sentence: {}\n  source:   {}",
                    s.text, source
                );
            }
            if !is_html && !s.text.contains(char::is_whitespace) && source != s.text {
                let _ = writeln!(
                    failures,
                    "[{slug}] plain-text span differs from sentence: {source:?} vs {:?}",
                    s.text
                );
            }
        }
        if let Ok(forbidden) = fs::read_to_string(dir.join("forbidden.txt")) {
            for needle in forbidden.lines().map(str::trim).filter(|l| !l.is_empty()) {
                for s in &summary.sentences {
                    if s.text.contains(needle) {
                        let _ = writeln!(failures, "[{slug}] forbidden {needle:?} in sentence: {}", s.text);
                    }
                }
                for k in &summary.keywords {
                    if k.term.contains(needle) {
                        let _ = writeln!(failures, "[{slug}] forbidden {needle:?} in keyword: {}", k.term);
                    }
                }
            }
        }

        if let Ok(expected) = fs::read_to_string(dir.join("keywords.txt")) {
            let shown: Vec<&str> = summary.keywords.iter().map(|k| k.term.as_str()).collect();
            for line in expected.lines().map(str::trim).filter(|l| !l.is_empty()) {
                match line.strip_prefix('!') {
                    Some(banned) if shown.contains(&banned) => {
                        let _ = writeln!(failures, "[{slug}] keyword {banned:?} shown: {shown:?}");
                    }
                    None if !shown.contains(&line) => {
                        let _ = writeln!(failures, "[{slug}] keyword {line:?} missing: {shown:?}");
                    }
                    _ => {}
                }
            }
        }

        let expected_path = dir.join("expected.txt");
        if bless {
            let mut body = actual.join("\n");
            body.push('\n');
            fs::write(&expected_path, body).expect("write expected.txt");
            continue;
        }
        match fs::read_to_string(&expected_path) {
            Ok(expected) => {
                let expected: Vec<String> =
                    expected.lines().map(str::to_string).filter(|l| !l.is_empty()).collect();
                if expected != actual {
                    let _ =
                        writeln!(failures, "[{slug}] summary differs:\n{}", side_by_side(&expected, &actual));
                }
            }
            Err(_) => {
                let _ = writeln!(failures, "[{slug}] no expected.txt (run with BLESS=1)");
            }
        }
    }
    assert!(ran >= 10, "only {ran} golden cases found");
    assert!(failures.is_empty(), "golden cases failed:\n{failures}");
}
