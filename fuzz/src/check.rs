//! Invariants every summary and every segmentation must satisfy, whatever the input.
//!
//! One copy, shared by the fuzz targets, the property tests, the hostile-input tests and the
//! corpus replay (each includes this file with `#[path]`), so that a crash the fuzzer finds is
//! judged by exactly the same rules when it is replayed under `cargo test`.
#![allow(dead_code)]

use std::ops::Range;

use briefly::{segment, Budget, Document, Language, Options, Setting, Summary, OPTION_NAMES};

/// How [`summary`] reports a sentence chosen twice.
pub const REPEATED: &str = "repeated sentence";

/// Every language a caller can force (the undetermined one included: it must work too).
pub fn languages() -> Vec<Language> {
    let mut all: Vec<Language> = Language::codes().iter().filter_map(|c| Language::from_code(c)).collect();
    if let Some(und) = Language::from_code("und") {
        if !all.contains(&und) {
            all.push(und);
        }
    }
    all
}

/// The letters and digits of `s`, lower-cased: what survives whitespace folding, entity
/// decoding and quote normalisation in a sentence's shown text.
fn alnum(s: &str) -> Vec<char> {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Whether `needle` occurs in `hay` in order (not necessarily contiguously).
fn subsequence(needle: &[char], hay: &[char]) -> bool {
    let mut it = hay.iter();
    needle.iter().all(|c| it.any(|h| h == c))
}

/// Checks `summary`, made from `text` with `options`. `plain` says the input is plain text (no
/// markup or entities), in which case each sentence's letters must be found, in order, in the
/// span it claims as its source. Returns the first broken rule.
pub fn summary(text: &str, options: &Options, summary: &Summary, plain: bool) -> Result<(), String> {
    let n = summary.sentences.len();
    if summary.stats.sentences_out != n {
        return Err(format!("stats.sentences_out {} but {n} sentences", summary.stats.sentences_out));
    }
    if summary.stats.sentences_in > 0 && n == 0 {
        return Err(format!("{} sentences in but an empty summary", summary.stats.sentences_in));
    }
    if n > summary.stats.sentences_in {
        return Err(format!("{n} sentences out of {} in", summary.stats.sentences_in));
    }
    let mut previous: Option<(usize, usize)> = None;
    for s in &summary.sentences {
        let (start, end) = (s.start, s.end);
        if !(start < end && end <= text.len()) {
            return Err(format!("span {start}..{end} empty or outside 0..{}", text.len()));
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(format!("span {start}..{end} not on char boundaries"));
        }
        if s.text.trim().is_empty() {
            return Err(format!("sentence {} is blank", s.index));
        }
        if !s.score.is_finite() {
            return Err(format!("sentence {} score {}", s.index, s.score));
        }
        if s.index >= summary.stats.sentences_in {
            return Err(format!("index {} >= sentences_in {}", s.index, summary.stats.sentences_in));
        }
        if let Some((index, prev_end)) = previous {
            if s.index == index {
                return Err(format!("{REPEATED}: sentence {index} ({start}..{end}) chosen twice"));
            }
            if s.index <= index || start < prev_end {
                return Err(format!(
                    "sentence {} ({start}..{end}) not after sentence {index} (ends {prev_end})",
                    s.index
                ));
            }
        }
        previous = Some((s.index, end));
        if plain && !subsequence(&alnum(&s.text), &alnum(&text[start..end])) {
            return Err(format!("sentence {:?} not found in its span {:?}", s.text, &text[start..end]));
        }
    }
    match options.budget() {
        Budget::Sentences(k) if n > k => return Err(format!("{n} sentences for a budget of {k}")),
        Budget::Ratio(r) => {
            let most = ((r * summary.stats.sentences_in as f64).ceil() as usize).max(1);
            if n > most {
                return Err(format!("{n} sentences for ratio {r} of {}", summary.stats.sentences_in));
            }
        }
        Budget::Words(w) if n > 1 && summary.stats.words_out > w => {
            return Err(format!("{} words in {n} sentences for a budget of {w}", summary.stats.words_out));
        }
        _ => {}
    }
    if summary.keywords.len() > options.keywords() {
        return Err(format!("{} keywords, {} asked", summary.keywords.len(), options.keywords()));
    }
    for k in &summary.keywords {
        if !(k.score.is_finite() && (0.0..=1.0).contains(&k.score)) || k.term.trim().is_empty() {
            return Err(format!("keyword {:?} score {}", k.term, k.score));
        }
    }
    for a in &summary.articles {
        let ok = a.start <= a.end
            && a.end <= text.len()
            && text.is_char_boundary(a.start)
            && text.is_char_boundary(a.end);
        if !ok {
            return Err(format!("article span {}..{} bad in 0..{}", a.start, a.end, text.len()));
        }
    }
    if let Some(forced) = options.language() {
        if summary.language != forced {
            return Err(format!("language {:?} forced, {:?} reported", forced, summary.language));
        }
    }
    Ok(())
}

/// Summarises `text` twice and through an analysed document, and checks that all agree and
/// that the result keeps every rule of [`summary`].
pub fn summarise(text: &str, options: &Options, plain: bool) -> Result<Summary, String> {
    let first = briefly::summarise(text, options);
    summary(text, options, &first, plain)?;
    let again = briefly::summarise(text, options);
    if again != first {
        return Err("summarising the same input twice gave different summaries".into());
    }
    let via_document = Document::analyse(text, options).summary(options.budget());
    if via_document != first {
        return Err("Document::analyse(..).summary(budget) differs from summarise".into());
    }
    Ok(first)
}

/// Checks sentence ranges from [`segment::sentences`] of `paragraph`.
pub fn ranges(paragraph: &str, ranges: &[Range<usize>]) -> Result<(), String> {
    let mut last_end = 0;
    for r in ranges {
        if !(r.start < r.end && r.end <= paragraph.len()) {
            return Err(format!("range {r:?} empty or outside 0..{}", paragraph.len()));
        }
        if !paragraph.is_char_boundary(r.start) || !paragraph.is_char_boundary(r.end) {
            return Err(format!("range {r:?} not on char boundaries"));
        }
        if r.start < last_end {
            return Err(format!("range {r:?} overlaps or precedes the one ending at {last_end}"));
        }
        last_end = r.end;
        let s = &paragraph[r.clone()];
        if s.trim() != s {
            return Err(format!("range {r:?} not trimmed: {s:?}"));
        }
    }
    Ok(())
}

/// Segments `paragraph` as `language` and checks the ranges.
pub fn segment(paragraph: &str, language: Language) -> Result<(), String> {
    ranges(paragraph, &segment::sentences(paragraph, language))
}

/// Options decoded from the head of a fuzz input, and the text after it.
///
/// Layout: byte 0 is the number of `Options::set` calls (mod 4); each call takes 10 bytes:
/// a key selector, a value kind and 8 value bytes. Keys include garbage on purpose; the
/// result of each call is checked (a refusal must name the option), then ignored.
pub fn decode(data: &[u8]) -> Result<(Options, String), String> {
    let mut options = Options::new();
    let calls = data.first().map_or(0, |b| usize::from(b % 4));
    let mut rest = data.get(1..).unwrap_or(&[]);
    let codes = Language::codes();
    for _ in 0..calls {
        let Some((head, tail)) = rest.split_first_chunk::<10>() else { break };
        rest = tail;
        let garbage = String::from_utf8_lossy(&head[2..]).into_owned();
        let key: &str = match head[0] % 8 {
            k @ 0..=4 => OPTION_NAMES[usize::from(k)],
            5 => "",
            6 => "Sentences",
            _ => &garbage,
        };
        let bits =
            u64::from_le_bytes([head[2], head[3], head[4], head[5], head[6], head[7], head[8], head[9]]);
        let small = f64::from(head[2]) / f64::from(head[3].max(1));
        let code = codes.get(usize::from(head[2]) % (codes.len() + 2)).copied().unwrap_or("auto");
        let value = match head[1] % 9 {
            0 => Setting::Absent,
            1 => Setting::Number(f64::from_bits(bits)),
            2 => Setting::Number(f64::from(head[2] % 12)),
            3 => Setting::Number(small),
            4 => Setting::Text(code),
            5 => Setting::Text(&garbage),
            6 => Setting::Bool(head[2] & 1 == 1),
            7 => Setting::Other("an object"),
            _ => Setting::Number(f64::from(u16::from_le_bytes([head[2], head[3]]))),
        };
        if let Err(e) = options.set(key, value) {
            let shown: String = key.chars().take(40).collect();
            if e.option() != shown && !OPTION_NAMES.contains(&e.option()) {
                return Err(format!("refusing {key:?} = {value:?} named {:?}: {e}", e.option()));
            }
            if !e.to_string().contains(&format!("\"{}\"", e.option())) {
                return Err(format!("error for {key:?} does not quote the option: {e}"));
            }
        }
    }
    Ok((options, String::from_utf8_lossy(rest).into_owned()))
}

/// The language a `segment` fuzz input asks for (its first byte) and its text (the rest).
pub fn decode_segment(data: &[u8]) -> (Language, String) {
    let all = languages();
    let language = data.first().and_then(|&b| all.get(usize::from(b) % all.len().max(1)).copied());
    let text = String::from_utf8_lossy(data.get(1..).unwrap_or(&[])).into_owned();
    (language.unwrap_or(Language::English), text)
}

/// Runs one `summarise` fuzz input through every check.
pub fn run_summarise(data: &[u8]) -> Result<(), String> {
    let (options, text) = decode(data)?;
    summarise(&text, &options, false).map(|_| ())
}

/// Runs one `segment` fuzz input through every check.
pub fn run_segment(data: &[u8]) -> Result<(), String> {
    let (language, text) = decode_segment(data);
    segment(&text, language)?;
    // Each line on its own too: the pipeline segments paragraphs, not whole documents.
    for line in text.lines() {
        segment(line, language)?;
    }
    Ok(())
}

/// Pieces the structured generator assembles: real article furniture, so that the cleaner,
/// the article splitter, dateline stripping and selection all see what pages really hold.
const WORDS: &[&str] = &[
    "the",
    "minister",
    "said",
    "on",
    "Monday",
    "that",
    "prices",
    "rose",
    "3.5%",
    "in",
    "Paris",
    "Korea",
    "budget",
    "he",
    "But",
    "This",
    "river",
    "flooded",
    "towns",
    "U.S.",
    "Dr.",
    "e.g.",
    "«Oui»",
    "\"quoted\"",
    "(aside)",
    "—",
    "北京",
    "市场",
    "東京",
    "에서",
    "Москва",
    "القاهرة",
    "naïve",
    "İstanbul",
    "1,200",
    "2024",
    "www.example.org",
    "a@b.cc",
    "ﬁnance",
    "🙂",
];
const DATELINES: &[&str] = &[
    "PARIS (Reuters) - ",
    "LONDON, March 3 (AP) — ",
    "PARIS1: ",
    "WASHINGTON — ",
    "BEIJING, 5 janvier (AFP) - ",
    "By Jane Doe, Staff Writer\n",
];
const TAGS: &[(&str, &str)] = &[
    ("<p>", "</p>"),
    ("<h1>", "</h1>"),
    ("<h2 class=\"title\">", "</h2>"),
    ("<li>", "</li>"),
    ("<div class=\"share social\">", "</div>"),
    ("<nav>", "</nav>"),
    ("<footer>", "</footer>"),
    ("<script>var x = '<p>';", "</script>"),
    ("<style>p{}", "</style>"),
    ("<article><h1>", "</h1>"),
    ("<blockquote>", "</blockquote>"),
    ("<a href=\"/x\">", "</a>"),
    ("<!-- ", " -->"),
    ("<title>", "</title>"),
    ("<td>", "</td>"),
];
const ENTITIES: &[&str] =
    &["&amp;", "&nbsp;", "&#8217;", "&#x201C;", "&quot;", "&bogus;", "&#0;", "&#99999999;"];

/// Builds a document from fuzz bytes: each byte is an instruction (mod 16) and some take the
/// next byte as an argument. Short inputs make long, well-formed-looking articles, so the
/// fuzzer reaches cleaning and selection without first having to discover "<p>" or ". ".
pub fn structured(data: &[u8]) -> String {
    let mut out = String::new();
    let mut open: Vec<&str> = Vec::new();
    let mut i = 0;
    let arg = |i: &mut usize| {
        let b = data.get(*i).copied().unwrap_or(0);
        *i += 1;
        usize::from(b)
    };
    while i < data.len() {
        let op = data[i] % 16;
        i += 1;
        match op {
            0..=4 => {
                // A sentence of a few words.
                let n = 1 + arg(&mut i) % 12;
                let seed = arg(&mut i);
                for k in 0..n {
                    if k > 0 {
                        out.push(' ');
                    }
                    out.push_str(WORDS[(seed * 7 + k * 13 + k * k) % WORDS.len()]);
                }
                out.push_str([". ", "! ", "? ", "。", ".\" ", "…", "", "; "][seed % 8]);
            }
            5 => out.push_str("\n\n"),
            6 => out.push('\n'),
            7 => out.push_str(DATELINES[arg(&mut i) % DATELINES.len()]),
            8 => {
                let (o, c) = TAGS[arg(&mut i) % TAGS.len()];
                out.push_str(o);
                open.push(c);
            }
            9 => {
                if let Some(c) = open.pop() {
                    out.push_str(c);
                }
            }
            10 => out.push_str(ENTITIES[arg(&mut i) % ENTITIES.len()]),
            11 => {
                // Repeat the last stretch: duplicate paragraphs, boilerplate on every page.
                let n = (1 + arg(&mut i)) * 8;
                let mut from = out.len().saturating_sub(n);
                while !out.is_char_boundary(from) {
                    from += 1;
                }
                let tail = out[from..].to_string();
                out.push_str(&tail);
            }
            12 => {
                // Raw bytes, lossily decoded: whatever the fuzzer wants.
                let n = arg(&mut i) % 32;
                let start = i.min(data.len());
                let end = (start + n).min(data.len());
                out.push_str(&String::from_utf8_lossy(&data[start..end]));
                i = end;
            }
            13 => out.push_str(
                ["<br>", "<hr/>", "<img src=x alt=\"a. b.\">", "<", ">", "</", "<p", "\u{a0}"]
                    [arg(&mut i) % 8],
            ),
            14 => out.push_str(
                ["Share this:", "Advertisement", "Read more", "© 2024 News Ltd", "Related:", "Subscribe"]
                    [arg(&mut i) % 6],
            ),
            _ => out.push_str(["1. ", "- ", "* ", "• ", "“", "”", "\t", "\r\n"][arg(&mut i) % 8]),
        }
    }
    out
}

/// Runs one `structured` fuzz input: options from its head, a generated document from the
/// rest, summarised with every check.
pub fn run_structured(data: &[u8]) -> Result<(), String> {
    let (options, _) = decode(data)?;
    let calls = data.first().map_or(0, |b| usize::from(b % 4));
    let body = data.get((1 + calls * 10).min(data.len())..).unwrap_or(&[]);
    let text = structured(body);
    summarise(&text, &options, false).map(|_| ())
}
