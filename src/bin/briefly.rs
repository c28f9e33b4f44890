//! `briefly`: summarise a file or standard input from the command line, or many documents as
//! JSON lines on several threads (for evaluation and batch work).

use std::collections::BTreeMap;
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use briefly::{BlockKind, Document, Extract, Language, OptionKey, Options, Setting, Summary};
use serde::{Deserialize, Serialize};

const VERSION: &str = env!("CARGO_PKG_VERSION");

const USAGE: &str = "\
usage: briefly [FILE|-] [-s N | -r R | -w N] [-l CODE] [-k N] [-f text|md|json] [--lead] [--whole]
       briefly --article [FILE|-] [-l CODE] [-f text|md|json] [--whole]
       briefly --jsonl [-j N] [-s N | -r R | -w N] [-l CODE] [--lead] [--whole] < in.jsonl > out.jsonl

Summarises an article (plain text or HTML source) on this machine; nothing leaves it.

  FILE, -               the article; standard input when omitted or -
  -s, --sentences N     at most N sentences (default 3)
  -r, --ratio R         this fraction (0-1] of the article's sentences
  -w, --words N         at most N words (at least one sentence is kept)
  -l, --lang CODE       force the language (default auto; --languages lists the codes)
  -k, --keywords N      how many keywords md and json report (default 8, 0 for none)
  -f, --format FORMAT   text: the sentences, one per line (default)
                        md:   Markdown with the title, the sentences as a list and the keywords
                        json: the whole result (sentences with spans and scores, keywords,
                              language, title, other articles found, stats)
      --json            the same as --format json
      --lead            the Lead baseline: the first sentences within the budget, no scoring
      --article         print the article as read instead of a summary: its headings,
                        paragraphs and list items, the page furniture left out (json: each
                        block with its kind and span, the title, language, other articles)
      --whole           read the whole input as one text: no search for the article among
                        page furniture, no split into several stories
      --jsonl           batch mode: read lines {\"id\", \"text\", \"sentences\"?} and write lines
                        {\"id\", \"sentences\": [text], \"micros\"} in input order
  -j, --jobs N          threads for --jsonl (default: every core); the output is the same
                        for any N except the measured micros
      --languages       list the language codes and names
  -V, --version         print the version
  -h, --help            show this help

Spans: in json output, sentences[].start/end, blocks[].start/end and articles[].start/end are
byte offsets into the UTF-8 input (invalid UTF-8 is first replaced by U+FFFD, 3 bytes each), so
the bytes start..end of the input are the sentence's source.

Exit status: 0 on success, 1 when the input is empty or cannot be read, 2 for a bad flag.";

/// The most threads `--jobs` accepts; more than this is a typo, not a machine.
const MAX_JOBS: usize = 1024;

/// How many documents of a batch may be read ahead of the one being written, so memory stays
/// bounded however long the input and however slow one document is.
const WINDOW_PER_JOB: usize = 16;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Json,
}

struct Cli {
    input: Option<String>,
    options: Options,
    format: Format,
    format_given: bool,
    jsonl: bool,
    lead: bool,
    article: bool,
    jobs: Option<usize>,
}

enum Action {
    Help,
    Version,
    Languages,
    Run(Cli),
}

/// The flags that take a value, long and short spellings, with the option each sets.
const VALUE_FLAGS: [(&str, &str, &str); 8] = [
    ("--sentences", "-s", "sentences"),
    ("--ratio", "-r", "ratio"),
    ("--words", "-w", "words"),
    ("--lang", "-l", "language"),
    ("--language", "-l", "language"),
    ("--keywords", "-k", "keywords"),
    ("--jobs", "-j", "jobs"),
    ("--format", "-f", "format"),
];

/// Splits `-s2` and `--sentences=2` into the flag and its inline value.
fn split_flag(arg: &str) -> (&str, Option<&str>) {
    if arg.starts_with("--") {
        return match arg.split_once('=') {
            Some((f, v)) => (f, Some(v)),
            None => (arg, None),
        };
    }
    if arg.len() > 2
        && arg.is_char_boundary(2)
        && VALUE_FLAGS.iter().any(|(_, short, _)| arg.starts_with(short))
    {
        return (&arg[..2], Some(&arg[2..]));
    }
    // `-n` was the first short spelling of --sentences; it still works.
    if arg.len() > 2 && arg.starts_with("-n") && arg.is_char_boundary(2) {
        return (&arg[..2], Some(&arg[2..]));
    }
    (arg, None)
}

fn parse(args: &[String]) -> Result<Action, String> {
    let mut cli = Cli {
        input: None,
        options: Options::new(),
        format: Format::Text,
        format_given: false,
        jsonl: false,
        lead: false,
        article: false,
        jobs: None,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = split_flag(arg);
        let key = match flag {
            "-h" | "--help" => return Ok(Action::Help),
            "-V" | "--version" => return Ok(Action::Version),
            "--languages" => return Ok(Action::Languages),
            _ if cli.switch(flag)? => continue,
            "-n" => "sentences",
            _ => match VALUE_FLAGS.iter().find(|(long, short, _)| flag == *long || flag == *short) {
                Some((_, _, key)) => key,
                None if flag.starts_with('-') && flag != "-" => {
                    return Err(format!("unknown flag {flag}\n\n{USAGE}"));
                }
                None => {
                    if cli.input.replace(arg.clone()).is_some() {
                        return Err(format!("only one input file may be given\n\n{USAGE}"));
                    }
                    continue;
                }
            },
        };
        let value = inline
            .map(str::to_string)
            .or_else(|| it.next().cloned())
            .ok_or_else(|| format!("{flag} needs a value (see --help)"))?;
        cli.set(key, &value)?;
    }
    if cli.jobs.is_some() && !cli.jsonl {
        return Err("--jobs applies to --jsonl batches only".into());
    }
    if cli.article && (cli.jsonl || cli.lead || cli.options.given_budget().is_some()) {
        return Err("--article prints the whole article: --jsonl, --lead, -s, -r and -w do not apply".into());
    }
    if cli.format_given && cli.jsonl {
        return Err("--format and --json do not apply to --jsonl, whose lines have a fixed shape".into());
    }
    Ok(Action::Run(cli))
}

impl Cli {
    /// Applies `flag` if it is a switch (a flag without a value); says whether it was.
    fn switch(&mut self, flag: &str) -> Result<bool, String> {
        match flag {
            "--json" => {
                self.format = Format::Json;
                self.format_given = true;
            }
            "--jsonl" => self.jsonl = true,
            "--lead" => self.lead = true,
            "--article" => self.article = true,
            "--whole" => {
                self.options.set_key(OptionKey::Whole, Setting::Bool(true)).map_err(|e| e.to_string())?
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Sets what the flag for `key` (a [`VALUE_FLAGS`] key) gives: `value`, as typed.
    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        match key {
            "jobs" => self.jobs = Some(jobs(value)?),
            "format" => {
                self.format = format(value)?;
                self.format_given = true;
            }
            "language" => {
                language(value)?;
                self.options.set(key, Setting::Text(value)).map_err(|e| e.to_string())?;
            }
            _ => {
                let setting =
                    value.trim().parse::<f64>().map(Setting::Number).unwrap_or(Setting::Text(value));
                self.options.set(key, setting).map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }
}

fn jobs(value: &str) -> Result<usize, String> {
    match value.trim().parse::<usize>() {
        Ok(n) if (1..=MAX_JOBS).contains(&n) => Ok(n),
        _ => Err(format!(
            "invalid option \"jobs\": expected a whole number from 1 to {MAX_JOBS}, got {value:?}"
        )),
    }
}

fn format(value: &str) -> Result<Format, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "text" | "txt" => Ok(Format::Text),
        "md" | "markdown" => Ok(Format::Markdown),
        "json" => Ok(Format::Json),
        _ => Err(format!("invalid option \"format\": expected text, md or json, got {value:?}")),
    }
}

/// The languages a user can force: every one with specific rules (not `und`, which is what
/// text in any other language is summarised as).
fn real_languages() -> impl Iterator<Item = Language> {
    Language::ALL.into_iter().filter(|&l| l != Language::Undetermined)
}

/// Checks a `--lang` value here so that the message lists only the codes a user would choose.
fn language(value: &str) -> Result<(), String> {
    let code = value.trim();
    if code.is_empty() || code.eq_ignore_ascii_case("auto") || Language::from_code(code).is_some() {
        return Ok(());
    }
    let codes: Vec<&str> = real_languages().map(Language::code).collect();
    Err(format!(
        "invalid option \"language\": expected \"auto\" or one of {}, got {value:?} (--languages lists their names)",
        codes.join(", ")
    ))
}

#[derive(Deserialize)]
struct JsonlDoc {
    id: serde_json::Value,
    text: String,
    sentences: Option<f64>,
}

/// One batch line's answer: the output row, or an error naming the line.
fn answer(line_no: usize, line: &str, options: &Options, lead: bool) -> Result<String, String> {
    let doc: JsonlDoc = serde_json::from_str(line).map_err(|e| format!("line {line_no}: {e}"))?;
    let mut opts = options.clone();
    if let Some(k) = doc.sentences {
        // A per-document length replaces the command line's, whichever budget that was.
        let mut fresh = Options::new();
        if let Some(lang) = options.language() {
            fresh = fresh.with_language(lang.code()).map_err(|e| e.to_string())?;
        }
        fresh.set("sentences", Setting::Number(k)).map_err(|e| format!("line {line_no}: {e}"))?;
        opts = fresh.with_keywords(options.keywords()).with_whole(options.whole());
    }
    let t0 = Instant::now();
    let summary = summarise(&doc.text, &opts, lead);
    let micros = t0.elapsed().as_micros() as u64;
    let sentences: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
    // Room for the row from the start (the sentences, their quotes and commas, the id and the
    // keys), where writing it grew the buffer several times over.
    let room = 64 + sentences.iter().map(|s| s.len() + 3).sum::<usize>();
    let row = JsonlRow { id: &doc.id, micros, sentences };
    let mut out = Vec::with_capacity(room);
    serde_json::to_writer(&mut out, &row).map_err(|e| format!("line {line_no}: {e}"))?;
    String::from_utf8(out).map_err(|e| format!("line {line_no}: {e}"))
}

/// One batch line's output row, written straight from the summary (building a JSON value
/// first copied every sentence). Fields in the order a JSON object's keys sort, as rows
/// have always had them.
#[derive(Serialize)]
struct JsonlRow<'a> {
    id: &'a serde_json::Value,
    micros: u64,
    sentences: Vec<&'a str>,
}

/// Batch mode. The reading thread hands numbered lines to `jobs` workers; a writer puts their
/// answers back in input order. At most `jobs * WINDOW_PER_JOB` documents are in flight, and each
/// answer is written as soon as every earlier one is, so a caller that writes one line and waits
/// for its answer is served at once.
fn run_jsonl(options: &Options, lead: bool, jobs: usize) -> Result<(), String> {
    let window = jobs * WINDOW_PER_JOB;
    let (work_tx, work_rx) = mpsc::sync_channel::<(usize, usize, String)>(window);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = mpsc::channel::<(usize, Result<String, String>)>();
    // One credit per document in flight: the writer gives one back for each row it writes, and
    // drops them all when it stops, which ends the reading.
    let (credit_tx, credit_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        let _ = credit_tx.send(());
    }

    std::thread::scope(|scope| {
        for _ in 0..jobs {
            let work_rx = Arc::clone(&work_rx);
            let done_tx = done_tx.clone();
            scope.spawn(move || loop {
                // The lock is held only while taking the next line, never while summarising.
                let next = work_rx.lock().map_err(drop).and_then(|rx| rx.recv().map_err(drop));
                let Ok((seq, line_no, line)) = next else { break };
                if done_tx.send((seq, answer(line_no, &line, options, lead))).is_err() {
                    break;
                }
            });
        }
        // Only the workers hold the queue's receiver, so a send fails once they have all stopped.
        drop(work_rx);
        drop(done_tx);

        let writer = scope.spawn(move || write_in_order(done_rx, credit_tx));
        let read = read_lines(work_tx, credit_rx);
        let written = writer.join().unwrap_or_else(|_| Err("the output thread failed".into()));
        // An error in an earlier line is the one to report; a read error comes after every line read.
        written.and(read)
    })
}

/// Reads standard input line by line and queues each non-blank line, waiting for a credit first.
fn read_lines(
    work: mpsc::SyncSender<(usize, usize, String)>,
    credits: mpsc::Receiver<()>,
) -> Result<(), String> {
    let mut input = io::stdin().lock();
    let mut buf = Vec::new();
    let mut seq = 0;
    for line_no in 1.. {
        buf.clear();
        let n = input.read_until(b'\n', &mut buf).map_err(|e| format!("reading standard input: {e}"))?;
        if n == 0 {
            break;
        }
        let line = std::str::from_utf8(&buf).map_err(|_| format!("line {line_no}: not valid UTF-8"))?;
        if line.trim().is_empty() {
            continue;
        }
        if credits.recv().is_err() || work.send((seq, line_no, line.to_string())).is_err() {
            // The writer stopped (an error or a closed output): nothing more will be written.
            break;
        }
        seq += 1;
    }
    Ok(())
}

/// Writes the answers in input order, stopping at the first error.
fn write_in_order(
    done: mpsc::Receiver<(usize, Result<String, String>)>,
    credits: mpsc::SyncSender<()>,
) -> Result<(), String> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut pending = BTreeMap::new();
    let mut next = 0;
    for (seq, row) in done {
        pending.insert(seq, row);
        while let Some(row) = pending.remove(&next) {
            let row = row?;
            match writeln!(out, "{row}") {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(()),
                other => other.map_err(|e| e.to_string())?,
            }
            next += 1;
            let _ = credits.send(());
        }
        // Flush whenever the rows in hand are written, so interactive callers see their answer.
        match out.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(()),
            other => other.map_err(|e| e.to_string())?,
        }
    }
    Ok(())
}

fn summarise(text: &str, options: &Options, lead: bool) -> Summary {
    let doc = Document::analyse(text, options);
    if lead {
        doc.lead(options.budget())
    } else {
        doc.summary(options.budget())
    }
}

/// Characters that would otherwise start Markdown syntax (the page's download escapes the same).
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The summary as Markdown: the title as a heading, the sentences as a list, the keywords last;
/// the same text as the page's "Download" gives.
fn markdown(summary: &Summary) -> String {
    let mut out = format!("# {}\n\n", md_escape(summary.title.as_deref().unwrap_or("Summary")));
    for s in &summary.sentences {
        out.push_str(&format!("- {}\n", md_escape(&s.text)));
    }
    if !summary.keywords.is_empty() {
        let terms: Vec<String> = summary.keywords.iter().map(|k| md_escape(&k.term)).collect();
        out.push_str(&format!("\n**Keywords:** {}\n", terms.join(", ")));
    }
    out
}

fn run(cli: Cli) -> Result<(), String> {
    if cli.jsonl {
        let jobs = cli.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        // Batch rows carry no keywords: not weighing them saves a tenth of a short text's time.
        return run_jsonl(&cli.options.clone().with_keywords(0), cli.lead, jobs);
    }
    let mut bytes = Vec::new();
    match cli.input.as_deref() {
        None | Some("-") => {
            if io::stdin().is_terminal() {
                eprintln!("briefly: reading the article from the terminal; end it with Ctrl-D (see --help)");
            }
            io::stdin().read_to_end(&mut bytes).map(drop)
        }
        Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map(drop),
    }
    .map_err(|e| format!("reading {}: {e}", cli.input.as_deref().unwrap_or("standard input")))?;
    // Pasted text is sometimes not valid UTF-8; summarise what can be read rather than refuse.
    let text = String::from_utf8_lossy(&bytes);
    if text.trim().is_empty() {
        let source = match cli.input.as_deref() {
            None | Some("-") => "standard input".to_string(),
            Some(path) => path.to_string(),
        };
        return Err(format!("{source} is empty: there is no article to summarise (see --help)"));
    }
    let mut out = io::stdout().lock();
    let result = if cli.article {
        write_article(&mut out, &briefly::extract(&text, &cli.options), cli.format)
    } else {
        write_summary(&mut out, &summarise(&text, &cli.options, cli.lead), cli.format)
    };
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| e.to_string()),
    }
}

fn write_summary(out: &mut impl Write, summary: &Summary, format: Format) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, summary).map_err(io::Error::from)?;
            writeln!(out)
        }
        Format::Markdown => out.write_all(markdown(summary).as_bytes()),
        Format::Text => summary.sentences.iter().try_for_each(|s| writeln!(out, "{}", s.text)),
    }
}

/// The article as read: text blocks apart by a blank line; Markdown with the title and headings
/// as headings and list items as a list; or the whole extract as JSON.
fn write_article(out: &mut impl Write, article: &Extract, format: Format) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, article).map_err(io::Error::from)?;
            writeln!(out)
        }
        Format::Text => {
            // Lines of code stay together; other blocks are paragraphs apart.
            let mut text = String::new();
            let mut prev = None;
            for b in &article.blocks {
                if prev.is_some() {
                    text.push_str(if (prev, b.kind) == (Some(BlockKind::Code), BlockKind::Code) {
                        "\n"
                    } else {
                        "\n\n"
                    });
                }
                text.push_str(&b.text);
                prev = Some(b.kind);
            }
            writeln!(out, "{text}")
        }
        Format::Markdown => {
            let mut md = String::new();
            let title = article.title.as_deref();
            if let Some(title) = title {
                md.push_str(&format!("# {}\n\n", md_escape(title)));
            }
            let mut blocks = article.blocks.iter().peekable();
            // The headline itself is the title line already.
            if blocks.peek().is_some_and(|b| b.kind == BlockKind::Heading && Some(b.text.as_str()) == title) {
                blocks.next();
            }
            let blocks: Vec<&briefly::Block> = blocks.collect();
            for run in blocks.chunk_by(|a, b| a.kind == BlockKind::Code && b.kind == BlockKind::Code) {
                let Some(first) = run.first() else { continue };
                let text = md_escape(&first.text);
                md.push_str(&match first.kind {
                    BlockKind::Heading => format!("## {text}\n\n"),
                    // (A bullet typed in a plain-text paste is the list's own.)
                    BlockKind::ListItem => format!("- {}\n\n", md_escape(without_bullet(&first.text))),
                    BlockKind::Paragraph => format!("{text}\n\n"),
                    BlockKind::Code => code_fence(run.iter().map(|b| b.text.as_str())),
                });
            }
            out.write_all(md.trim_end().as_bytes())?;
            writeln!(out)
        }
    }
}

/// A list item's text without the bullet it was typed with ("- one", "• one"); numbers stay.
fn without_bullet(item: &str) -> &str {
    let mut chars = item.chars();
    match (chars.next(), chars.next()) {
        (Some('-' | '+' | '*' | '•' | '◦' | '▪' | '‣' | '·' | '–' | '●' | '○' | '■'), Some(' ')) => {
            chars.as_str().trim_start()
        }
        _ => item,
    }
}

/// Lines of code as a Markdown fence, longer than any run of backticks inside it.
fn code_fence<'a>(lines: impl Iterator<Item = &'a str> + Clone) -> String {
    let longest = lines.clone().flat_map(|l| l.split(|c| c != '`')).map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let body: Vec<&str> = lines.collect();
    format!("{fence}\n{}\n{fence}\n\n", body.join("\n"))
}

/// Prints `text` to standard output; a closed pipe (`briefly --help | head`) is not an error.
fn print(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("briefly: {e}");
            ExitCode::FAILURE
        }
        _ => ExitCode::SUCCESS,
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args) {
        Ok(Action::Help) => print(&format!("{USAGE}\n")),
        Ok(Action::Version) => print(&format!("briefly {VERSION}\n")),
        Ok(Action::Languages) => {
            print(&real_languages().map(|l| format!("{:<4}{}\n", l.code(), l.name())).collect::<String>())
        }
        Ok(Action::Run(cli)) => match run(cli) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("briefly: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("briefly: {e}");
            ExitCode::from(2)
        }
    }
}
