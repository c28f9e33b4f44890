//! The `lede` crate behind the same JSONL front end as `briefly --jsonl`: reads lines
//! `{"id", "text"}` on standard input and writes `{"id", "summary", "micros"}`, where `micros`
//! is the time summarising took (parsing and printing excluded, as in `briefly --jsonl`).
//!
//!   briefly-bench-peer [CHARS] < docs.jsonl     (CHARS: lede's length budget, default 400,
//!                                                about three news sentences)

use std::io::{self, BufRead, Write};
use std::time::Instant;

#[derive(serde::Deserialize)]
struct Doc {
    id: serde_json::Value,
    text: String,
}

fn main() {
    let chars: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(400);
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let Ok(doc) = serde_json::from_str::<Doc>(&line) else {
            eprintln!("peer: skipping a line that is not {{\"id\", \"text\"}}");
            continue;
        };
        let t = Instant::now();
        let result = lede::summarize(&doc.text, chars, lede::Mode::Default);
        let micros = t.elapsed().as_micros() as u64;
        let row = serde_json::json!({ "id": doc.id, "summary": result.summary, "micros": micros });
        let _ = writeln!(out, "{row}");
    }
}
