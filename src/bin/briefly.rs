//! `briefly`: summarise a file or standard input from the command line, or many documents as
//! JSON lines (for evaluation and batch work).

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use briefly::{Document, Options, Setting, Summary};
use serde::Deserialize;
use serde_json::json;

const USAGE: &str = "\
usage: briefly [FILE|-] [--sentences N | --ratio R | --words N] [--lang CODE] [--keywords N] [--json]
       briefly --jsonl [--sentences N | --ratio R | --words N] [--lang CODE] < docs.jsonl

Summarises an article (plain text or HTML) on this machine.
  FILE, -         the article; standard input when omitted or -
  --sentences N   at most N sentences (default 3)
  --ratio R       this fraction (0-1] of the article's sentences
  --words N       at most N words
  --lang CODE     force the language (en, fr, zh, ...; default auto)
  --keywords N    how many keywords --json reports (default 8)
  --json          print the whole result as JSON
  --lead          the Lead baseline: the first sentences within the budget, no scoring
  --jsonl         read lines {\"id\", \"text\", \"sentences\"?}, write {\"id\", \"sentences\", \"micros\"}
  -h, --help      show this help";

struct Cli {
    input: Option<String>,
    options: Options,
    json: bool,
    jsonl: bool,
    lead: bool,
}

fn parse(args: &[String]) -> Result<Option<Cli>, String> {
    let mut cli = Cli { input: None, options: Options::new(), json: false, jsonl: false, lead: false };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let key = match flag {
            "-h" | "--help" => return Ok(None),
            "--json" => {
                cli.json = true;
                continue;
            }
            "--jsonl" => {
                cli.jsonl = true;
                continue;
            }
            "--lead" => {
                cli.lead = true;
                continue;
            }
            "--sentences" | "-n" => "sentences",
            "--ratio" => "ratio",
            "--words" => "words",
            "--lang" | "--language" => "language",
            "--keywords" => "keywords",
            _ if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown flag {flag}\n\n{USAGE}"))
            }
            _ => {
                if cli.input.replace(arg.clone()).is_some() {
                    return Err(format!("only one input file may be given\n\n{USAGE}"));
                }
                continue;
            }
        };
        let value = inline.or_else(|| it.next().cloned()).ok_or_else(|| format!("{flag} needs a value"))?;
        let setting = if key == "language" {
            Setting::Text(&value)
        } else {
            value.trim().parse::<f64>().map(Setting::Number).unwrap_or(Setting::Text(&value))
        };
        cli.options.set(key, setting).map_err(|e| e.to_string())?;
    }
    Ok(Some(cli))
}

#[derive(Deserialize)]
struct JsonlDoc {
    id: serde_json::Value,
    text: String,
    sentences: Option<f64>,
}

fn run_jsonl(options: &Options, lead: bool) -> Result<(), String> {
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = line.map_err(|e| format!("reading standard input: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: JsonlDoc = serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let mut opts = options.clone();
        if let Some(k) = doc.sentences {
            let mut fresh = Options::new();
            if let Some(lang) = options.language() {
                fresh = fresh.with_language(lang.code()).map_err(|e| e.to_string())?;
            }
            fresh.set("sentences", Setting::Number(k)).map_err(|e| format!("line {}: {e}", n + 1))?;
            opts = fresh.with_keywords(options.keywords());
        }
        let t0 = Instant::now();
        let summary = summarise(&doc.text, &opts, lead);
        let micros = t0.elapsed().as_micros() as u64;
        let sentences: Vec<&str> = summary.sentences.iter().map(|s| s.text.as_str()).collect();
        let row = json!({ "id": doc.id, "sentences": sentences, "micros": micros });
        writeln!(out, "{row}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

fn summarise(text: &str, options: &Options, lead: bool) -> Summary {
    let doc = Document::analyse(text, options);
    if lead {
        doc.lead(options.budget())
    } else {
        doc.summary(options.budget())
    }
}

fn run(cli: Cli) -> Result<(), String> {
    if cli.jsonl {
        return run_jsonl(&cli.options, cli.lead);
    }
    let mut bytes = Vec::new();
    match cli.input.as_deref() {
        None | Some("-") => io::stdin().read_to_end(&mut bytes).map(drop),
        Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map(drop),
    }
    .map_err(|e| format!("reading {}: {e}", cli.input.as_deref().unwrap_or("standard input")))?;
    // Pasted text is sometimes not valid UTF-8; summarise what can be read rather than refuse.
    let text = String::from_utf8_lossy(&bytes);
    let summary = summarise(&text, &cli.options, cli.lead);
    let mut out = io::stdout().lock();
    let result = if cli.json {
        serde_json::to_writer_pretty(&mut out, &summary).map_err(io::Error::from).and_then(|_| writeln!(out))
    } else {
        summary.sentences.iter().try_for_each(|s| writeln!(out, "{}", s.text))
    };
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|e| e.to_string()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args) {
        Ok(None) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Some(cli)) => match run(cli) {
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
