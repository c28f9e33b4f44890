//! Native timings through the public API, printed as JSON lines for `scripts/bench.sh`:
//!
//! * `stages DOCS`  per-stage split over a set of documents (NUL-separated texts): sentence
//!   segmentation alone, a trivial Lead-3 (segment until three sentences: the floor any
//!   summariser pays), language detection, analysis (clean, segment, tokenise, score),
//!   selection from an analysed document, and the whole pipeline; median of five runs.
//! * `scaling DOCS` one document grown from 10 kB to 5 MB by concatenating different documents,
//!   plus adversarial shapes; time per MB at each size, median of three runs.
//! * `write DOCS BYTES OUT` writes such a grown document to OUT (for the memory measurement).
//! * `shape NAME BYTES OUT` writes a hostile shape of benches/shapes.rs to OUT.
//!
//! Built with `harness = false`; plain `std::time::Instant`, no benchmark framework.
#![allow(dead_code)]

use std::hint::black_box;
use std::time::Instant;

use briefly::{lang, segment, summarise, Budget, Document, Options};

#[path = "shapes.rs"]
mod shapes;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// Median wall time of `runs` runs of `f`.
fn time(runs: usize, mut f: impl FnMut()) -> f64 {
    f(); // warm-up
    median(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed().as_secs_f64()
            })
            .collect(),
    )
}

fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').map(str::trim).filter(|p| !p.is_empty())
}

/// The cheapest summary there is: the first three sentences, found by segmenting only as far
/// as needed.
fn lead3(text: &str) -> usize {
    let mut found = 0;
    for p in paragraphs(text) {
        // Three news sentences fit in 2 kB; a one-paragraph article is not segmented whole.
        let end = (0..=p.len().min(2048)).rev().find(|&i| p.is_char_boundary(i)).unwrap_or(0);
        found += segment::sentences(&p[..end], briefly::Language::English).len();
        if found >= 3 {
            break;
        }
    }
    found
}

/// A named timed job.
type Job<'a> = Box<dyn FnMut() + 'a>;

fn stages(docs: &[String]) {
    let bytes: usize = docs.iter().map(String::len).sum();
    let options = Options::new();
    let analysed: Vec<Document> = docs.iter().map(|d| Document::analyse(d, &options)).collect();
    let detected: Vec<_> = docs.iter().map(|d| lang::detect(d)).collect();
    let runs: [(&str, Job); 6] = [
        (
            "segment",
            Box::new(|| {
                for (d, &l) in docs.iter().zip(&detected) {
                    for p in paragraphs(d) {
                        black_box(segment::sentences(black_box(p), l));
                    }
                }
            }),
        ),
        (
            "lead3",
            Box::new(|| {
                for d in docs {
                    black_box(lead3(black_box(d)));
                }
            }),
        ),
        (
            "detect",
            Box::new(|| {
                for d in docs {
                    let end =
                        (0..=d.len().min(16 * 1024)).rev().find(|&i| d.is_char_boundary(i)).unwrap_or(0);
                    black_box(lang::detect(black_box(&d[..end])));
                }
            }),
        ),
        (
            "analyse",
            Box::new(|| {
                for d in docs {
                    black_box(Document::analyse(black_box(d), &options));
                }
            }),
        ),
        (
            "select",
            Box::new(|| {
                for doc in &analysed {
                    black_box(doc.summary(Budget::Sentences(3)));
                }
            }),
        ),
        (
            "summarise",
            Box::new(|| {
                for d in docs {
                    black_box(summarise(black_box(d), &options));
                }
            }),
        ),
    ];
    for (name, mut f) in runs {
        let secs = time(5, &mut f);
        println!(
            "{{\"kind\":\"stage\",\"stage\":\"{name}\",\"seconds\":{secs},\"bytes\":{bytes},\"docs\":{}}}",
            docs.len()
        );
    }
}

/// Concatenates documents (cycling, each one different until the pool runs out) up to `bytes`.
fn grown(docs: &[String], bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 64 * 1024);
    for d in docs.iter().cycle() {
        if out.len() >= bytes || docs.is_empty() {
            break;
        }
        out.push_str(d);
        out.push_str("\n\n");
    }
    let end = (0..=bytes.min(out.len())).rev().find(|&i| out.is_char_boundary(i)).unwrap_or(0);
    out.truncate(end);
    out
}

fn report(shape: &str, text: &str) {
    let options = Options::new();
    let runs = if text.len() > 1 << 20 { 3 } else { 5 };
    let secs = time(runs, || {
        black_box(summarise(black_box(text), &options));
    });
    println!("{{\"kind\":\"scaling\",\"shape\":\"{shape}\",\"bytes\":{},\"seconds\":{secs}}}", text.len());
}

fn scaling(docs: &[String]) {
    for kb in [10, 50, 100, 500, 1000, 2000, 5000] {
        report("articles", &grown(docs, kb * 1000));
    }
    let words = ["council", "budget", "river", "school", "bridge", "vote", "mayor", "city", "report"];
    for mb in [1usize, 5] {
        let n = mb * 1_000_000;
        let mut s = String::with_capacity(n + 16);
        let mut i = 0usize;
        while s.len() < n {
            s.push_str(words[i % words.len()]);
            s.push(' ');
            i = i.wrapping_mul(31).wrapping_add(7);
        }
        report("no-punctuation", &s);
        let mut s = String::with_capacity(n + 16);
        let mut i = 0usize;
        while s.len() < n {
            s.push_str(&format!("Word{}. ", i % 100_003));
            i += 7919;
        }
        report("tiny-sentences", &s);
        let para = grown(docs, 20_000).replace('\n', " ");
        report("repeated-paragraph", &para.repeat(n / para.len().max(1)));
        report("one-paragraph", &grown(docs, n).replace('\n', " "));
    }
}

fn load(path: &str) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    String::from_utf8_lossy(&bytes).split('\0').filter(|d| !d.trim().is_empty()).map(str::to_string).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["stages", path] => stages(&load(path)),
        ["scaling", path] => scaling(&load(path)),
        ["shape", name, bytes, out] => {
            let n: usize = bytes.parse().unwrap_or(1_000_000);
            let Some((_, make)) = shapes::SHAPES.iter().find(|(s, _)| s == name) else {
                return eprintln!("unknown shape {name}");
            };
            std::fs::write(out, make(n)).unwrap_or_else(|e| panic!("{out}: {e}"));
        }
        ["write", path, bytes, out] => {
            let n: usize = bytes.parse().unwrap_or(5_000_000);
            std::fs::write(out, grown(&load(path), n)).unwrap_or_else(|e| panic!("{out}: {e}"));
        }
        _ => eprintln!(
            "usage: stages (stages|scaling) DOCS | write DOCS BYTES OUT | shape NAME BYTES OUT\n\
             (DOCS: NUL-separated texts; shapes: benches/shapes.rs)"
        ),
    }
}
