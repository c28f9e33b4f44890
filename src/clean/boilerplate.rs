//! Recognising page furniture: navigation, widgets, datelines, disclaimers, copyright lines,
//! share links and wire-service identifiers. The rules are word lists (every language's own, from
//! its profile: `lang::Furniture`) and cheap shape tests; each looks at one line or block.
//!
//! The rules err towards keeping text: a short real paragraph ("He refused.") ends with
//! punctuation and matches none of them.

use crate::classify::whitespace_words;
use crate::lang::furniture;

/// Lines longer than this (in bytes) are prose to every rule but the copyright, link and wire-id
/// ones; the rules stay cheap on long articles.
const PROSE_BYTES: usize = 160;

/// The most words a credit line has.
const CREDIT_MAX_WORDS: usize = 40;

/// The most words a line opening with one of the profiles' `prefixes` may have and still be
/// boilerplate.
const PREFIX_MAX_WORDS: usize = 15;

/// Lower case with surrounding spaces, punctuation and decoration removed.
fn fold(line: &str) -> String {
    let line = line.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, ':' | '»' | '›' | '>' | '|' | '-' | '•' | '·' | '→' | '(' | ')' | '[' | ']' | '…')
    });
    // Characters without case lowercase to themselves, and ASCII as ASCII does: a line of them
    // (a Chinese post) is not looked up character by character in the case tables.
    if line.chars().all(|c| c.is_ascii() || is_caseless(c)) {
        line.to_ascii_lowercase()
    } else {
        line.to_lowercase()
    }
}

/// Han ideographs, CJK and general punctuation and the fullwidth marks and digits: characters
/// that have no case (a test holds every one of them to it).
fn is_caseless(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF01}'..='\u{FF20}')
}

/// Pieces of the phrases of the profiles' `rights`, in lower and upper case: a line with none of
/// them is not lowercased and searched (a test holds every profile's phrases to this).
const RIGHTS_STEMS: &[&str] = &["eserv", "ESERV", "éserv", "ÉSERV", "orbehalten", "ORBEHALTEN"];

/// Whether `line` says "all rights reserved" in one of the profiles' `rights` phrases.
fn reserves_rights(line: &str) -> bool {
    RIGHTS_STEMS.iter().any(|s| line.contains(s)) && {
        let lower = line.to_lowercase();
        contains_any(&lower, &furniture().rights)
    }
}

/// Whether `text` contains any of `patterns`. A pattern whose first or last byte the text
/// lacks cannot occur in it: one pass over the text spares most of the substring searches of
/// a long list, which on a short line cost more than the rest of its rules.
fn contains_any(text: &str, patterns: &[&str]) -> bool {
    let mut present = [0u64; 4];
    for &b in text.as_bytes() {
        present[usize::from(b >> 6)] |= 1 << (b & 63);
    }
    let has = |b: Option<&u8>| b.map_or(true, |&b| present[usize::from(b >> 6)] >> (b & 63) & 1 == 1);
    patterns.iter().any(|p| has(p.as_bytes().first()) && has(p.as_bytes().last()) && text.contains(p))
}

/// Whether a line ends like a sentence.
pub(crate) fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '」', '』']);
    trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？', ';', ':', '؟', '।', ','])
}

/// Whether `line` (cleaned) is boilerplate; `raw` is its source in the input, where the runs of
/// spaces that separate navigation items survive.
pub(crate) fn is_boilerplate_line(line: &str, raw: &str) -> bool {
    if !line.chars().any(char::is_alphanumeric) {
        // Only decoration ("|", "***", "—").
        return true;
    }
    if line.len() > PROSE_BYTES {
        // Prose: of the furniture only a copyright notice or a bare link is this long.
        let words = whitespace_words(line);
        return opens_with_copyright(line)
            || ends_in_copyright(line, words)
            || (line.len() < 400 && (reserves_rights(line) || is_meta_row(line)))
            || is_url_line(line)
            || is_wire_id(line)
            || is_markup_line(line)
            || long_prompt(line, words);
    }
    let folded = fold(line);
    // "Am meisten gelesen...*": a label's trailing dots and marks are decoration.
    let label = folded.trim_end_matches(['.', '*']);
    if folded.len() <= 40
        && [folded.as_str(), label].iter().any(|l| {
            furniture().widgets.binary_search(l).is_ok() || furniture().names.binary_search(l).is_ok()
        })
    {
        return true;
    }
    let words = whitespace_words(line);
    let first = folded.as_bytes().first();
    if words <= PREFIX_MAX_WORDS
        && furniture().prefixes.iter().any(|p| p.as_bytes().first() == first && folded.starts_with(p))
    {
        return true;
    }
    if words <= CREDIT_MAX_WORDS && furniture().credits.iter().any(|p| folded.starts_with(p)) {
        return true;
    }
    if words <= PREFIX_MAX_WORDS && folded.ends_with("opens new tab") {
        return true;
    }
    if opens_with_copyright(line) || (words <= 40 && reserves_rights(&folded)) {
        return true;
    }
    is_date_line(&folded)
        || is_meta_row(line)
        || is_photo_credit(&folded, words)
        || is_url_line(line)
        || is_wire_id(line)
        || is_navigation(raw)
        || is_language_switcher(&folded)
        || is_byline(line)
        || is_share_row(&folded)
        || is_hatnote(&folded, words)
        || is_account_prompt(&folded, words)
        || ends_in_credit(line, words)
        || ends_in_copyright(line, words)
        || is_reader_prompt(line, &folded, words)
        || is_reading_time(line, &folded, words)
        || is_figure_caption(&folded, words)
        || (words <= PROMPT_MAX_WORDS && is_teaser_blurb(&folded))
}

/// A numbered figure's caption: "Abbildung 8: Vorgehensweise für grosse Ereignisse", "Fig. 3.
/// The samples after a week". Prose that refers to a figure runs on ("Figure 3 shows ...").
fn is_figure_caption(folded: &str, words: usize) -> bool {
    let mut tokens = folded.split_whitespace();
    let (Some(label), Some(number)) = (tokens.next(), tokens.next()) else { return false };
    let digits = number.trim_end_matches(['.', ':', ')']);
    words <= CREDIT_MAX_WORDS
        && furniture().figures.contains(&label)
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && (number.ends_with([':', '.', ')']) || tokens.next().is_some_and(|t| matches!(t, "-" | "–" | "|")))
}

/// Whether `line` is a photo's caption with its credit ("Die Spieler nach dem Finale. (Foto:
/// Privat)"): furniture, but furniture that stands inside an article, between its paragraphs.
/// A credit alone ("(All photos: Atlas staff)") is no caption: it may head the article.
pub(crate) fn is_caption(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let described = || {
        let folded = fold(line);
        furniture().credit_marks.iter().any(|m| {
            folded.find(m).is_some_and(|at| {
                folded
                    .get(..at)
                    .is_some_and(|caption| caption.split_whitespace().count() >= CAPTION_MIN_WORDS)
            })
        })
    };
    (words <= CREDIT_MAX_WORDS && described())
        || ends_in_copyright(line, words)
        || ends_in_credit(line, words)
}

/// Words a caption says before its credit.
const CAPTION_MIN_WORDS: usize = 3;

/// "© 2024 Example Ltd", "(c) 2016 - 2018 example.org": a copyright notice by its sign.
fn opens_with_copyright(line: &str) -> bool {
    line.starts_with('©')
        || (line.get(..4).is_some_and(|head| head.eq_ignore_ascii_case("(c) "))
            && line.get(4..).is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit())))
}

/// A prompt to subscribe, comment or pay, however it is worded around one of the profiles'
/// `prompts` ("Wenn du über Neues informiert werden willst, kannst du den Newsletter hier
/// abonnieren."): a paragraph of the article that quotes such a phrase runs longer.
fn is_reader_prompt(line: &str, folded: &str, words: usize) -> bool {
    // A short line is the prompt wherever the phrase stands; a longer one is the prompt only
    // when it opens or closes with it ("Sign up for our newsletter and get ..."): prose may
    // mention notifications or browsers in passing.
    let end = folded.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    // (Short in bytes too: a line of unspaced script is one "word", and searching every phrase
    // through each of its long lines was a tenth of a short Chinese post's time.)
    let anywhere = words <= PROMPT_ANYWHERE_WORDS && folded.len() <= PROMPT_ANYWHERE_BYTES;
    // A longer prompt puts its phrase in its opening sentence ("Wenn Sie Anmerkungen zu
    // diesem Artikel haben, können Sie …", "Bleiben Sie auf dem Laufenden mit unserem
    // kostenlosen Newsletter – …"): the prompt comes first, its details after it.
    let opening = (words <= PROMPT_MAX_WORDS)
        .then(|| folded.split_inclusive(['.', '!', '?']).next().unwrap_or(""))
        .filter(|o| o.split_whitespace().count() <= PROMPT_OPENING_WORDS && o.len() <= PROMPT_ANYWHERE_BYTES)
        .unwrap_or("");
    // The phrase stands among the opening's first words, or after words addressing the reader:
    // deep in a sentence of reporting it is not a prompt ("Under the new system, warnings will
    // be delivered to your inbox within a minute.").
    // (The opening is searched by `contains_any` first: most lack a phrase's end bytes.)
    let leads = || {
        furniture().prompts.iter().any(|p| {
            opening.find(p).is_some_and(|at| {
                let before = opening.get(..at).unwrap_or("").split_whitespace().count();
                before < PROMPT_LEAD_WORDS
                    || line.split_whitespace().take(before).any(|w| {
                        let w = w.trim_matches(|c: char| !c.is_alphabetic());
                        furniture().readers.binary_search(&w).is_ok()
                    })
            })
        })
    };
    words <= PROMPT_MAX_WORDS
        && (furniture()
            .prompts
            .iter()
            .any(|p| (anywhere && folded.contains(p)) || folded.starts_with(p) || end.ends_with(p))
            || (!opening.is_empty() && contains_any(opening, &furniture().prompts) && leads()))
}

/// Whether `line` is a prompt to the reader (see [`is_reader_prompt`]): furniture that may
/// stand between an article's paragraphs, as a caption does.
pub(crate) fn is_prompt_line(line: &str) -> bool {
    let words = whitespace_words(line);
    words <= PROMPT_MAX_WORDS && is_reader_prompt(line, &fold(line), words)
}

/// The most words of a longer prompt's opening sentence that holds its phrase.
const PROMPT_OPENING_WORDS: usize = 20;
/// A longer prompt's phrase starts among the first this many words of its opening sentence
/// ("Wenn Sie Anmerkungen zu diesem Artikel haben, …").
const PROMPT_LEAD_WORDS: usize = 4;

/// A line of at most this many words (and [`PROMPT_ANYWHERE_BYTES`]) holding a reader prompt's
/// phrase anywhere is the prompt.
const PROMPT_ANYWHERE_WORDS: usize = 15;
/// See [`PROMPT_ANYWHERE_WORDS`].
const PROMPT_ANYWHERE_BYTES: usize = 200;

/// A reader prompt of long words ("Benachrichtigung aktivieren: Dürfen wir Sie in Ihrem Browser
/// über die wichtigsten Nachrichten informieren?"), past the byte length of the other rules.
/// `words` is the line's count of words between white space.
fn long_prompt(line: &str, words: usize) -> bool {
    words <= PROMPT_MAX_WORDS && {
        let folded = fold(line);
        is_reader_prompt(line, &folded, words) || is_teaser_blurb(&folded)
    }
}

/// A teaser's blurb with its link to the story: sentences, then one of the profiles' `read_on`
/// ("Regelmäßig beantwortet der Forscher Fragen zum Virus. Mehr", "Das lässt sie sich nicht
/// zweimal sagen! Weiterlesen"). The article's own paragraphs end in their sentence.
fn is_teaser_blurb(folded: &str) -> bool {
    furniture().read_on.iter().any(|r| {
        folded.strip_suffix(r).and_then(|rest| rest.strip_suffix(' ')).is_some_and(|blurb| {
            let blurb = blurb.trim_end();
            blurb.split_whitespace().count() >= TEASER_MIN_WORDS
                && (ends_sentence(blurb) || blurb.ends_with("..."))
        })
    })
}

/// Whether `line` is a read-on link alone ("Read more", "Weiterlesen »"): the end of a teaser.
pub(crate) fn is_read_on(line: &str) -> bool {
    line.len() <= 40 && {
        let folded = fold(line);
        let label = folded.trim_end_matches(['.', '…']);
        furniture().read_on.binary_search(&label).is_ok()
    }
}

/// Words of a teaser's blurb before its read-on link.
const TEASER_MIN_WORDS: usize = 5;

/// The most words of a line holding a reading-time note ("By Jane Doe Feb 8, 2020 5 min read").
const READING_TIME_MAX_WORDS: usize = 12;

/// A reading-time note: a number and one of the profiles' `reading_time` phrases on a short
/// line that does not end like a sentence ("5 min read", "11 minut czytania", "Lesezeit: 4
/// Minuten").
fn is_reading_time(line: &str, folded: &str, words: usize) -> bool {
    // The number stands next to the phrase ("5 min read", "Lesezeit: 4"): "Top 10 novels to
    // read time and again" is a headline.
    let numeric = |w: Option<&str>| {
        w.is_some_and(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).bytes().any(|b| b.is_ascii_digit()))
    };
    words <= READING_TIME_MAX_WORDS
        && folded.contains(|c: char| c.is_ascii_digit())
        && !ends_sentence(line)
        && furniture().reading_time.iter().any(|p| {
            folded.match_indices(p).any(|(at, _)| {
                let before = folded.get(..at).and_then(|b| b.split_whitespace().next_back());
                let after = folded.get(at + p.len()..).and_then(|a| a.split_whitespace().next());
                numeric(before) || numeric(after)
            })
        })
}

/// A caption ending in its copyright credit: "Marco Odermatt, Ski-Star aus der Schweiz. © AFP /
/// MARCO BERTORELLO", "Bei der Beckenkippung sinkt der Brustkorb ein. © Pferderevue". Prose
/// that mentions the sign goes on after the name.
fn ends_in_copyright(line: &str, words: usize) -> bool {
    let Some((caption, credit)) = line.rsplit_once('©') else {
        return false;
    };
    words <= CREDIT_MAX_WORDS
        && !caption.trim().is_empty()
        && credit.split_whitespace().count() <= COPYRIGHT_CREDIT_WORDS
        && !credit.contains(['.', '!', '?'])
}

/// The most words of a caption's credit after the copyright sign: an office's name and the
/// photographer's ("© Presse- und Informationsamt der Bundesregierung | Jesco Denzel").
const COPYRIGHT_CREDIT_WORDS: usize = 10;

/// The most words a hatnote or an account prompt has.
const PROMPT_MAX_WORDS: usize = 40;

/// A reference work's note on other pages of the name: "For matrices with symmetry over the
/// real number field, see symmetric matrix.", "This article is about the city."
fn is_hatnote(folded: &str, words: usize) -> bool {
    words <= PROMPT_MAX_WORDS
        && ((folded.starts_with("for ")
            && folded.rsplit_once(", see ").is_some_and(|(_, target)| !target.contains(',')))
            || folded.starts_with("this article is about"))
}

/// An invitation to an account, however long: "Sign up for a free Medical News Today account to
/// customize your medical and health news experiences."
fn is_account_prompt(folded: &str, words: usize) -> bool {
    // The prompt's verb, then what it offers: "Log in with …", "Register for …".
    let invites = ["sign up ", "sign in ", "log in ", "login ", "register ", "create a "].iter().any(|p| {
        folded.strip_prefix(p).is_some_and(|rest| {
            ["with ", "for ", "to ", "or ", "and ", "now", "free ", "an ", "your "]
                .iter()
                .any(|w| rest.starts_with(w))
        })
    });
    words <= PROMPT_MAX_WORDS && invites && folded.contains(" account")
}

/// The most words of a caption's trailing credit ("… - Heinrich Aikawa/Instituto Lula").
const TRAILING_CREDIT_WORDS: usize = 6;

/// A caption ending in its credit after a dash, photographer and agency joined by a slash, with
/// no full stop: "Lula (ao centro) recebe réplica da taça - Heinrich Aikawa/Instituto Lula".
fn ends_in_credit(line: &str, words: usize) -> bool {
    let Some((_, credit)) = line.rsplit_once(" - ").or_else(|| line.rsplit_once(" – ")) else {
        return false;
    };
    let credit_words = credit.split_whitespace().count();
    words <= CREDIT_MAX_WORDS
        && credit_words <= TRAILING_CREDIT_WORDS
        && credit.split_whitespace().any(|w| {
            w.split_once('/').is_some_and(|(a, b)| {
                !a.is_empty() && !b.is_empty() && a.chars().chain(b.chars()).all(char::is_alphabetic)
            })
        })
        && !ends_sentence(credit)
        && credit.split_whitespace().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// A row of article metadata between separators: "Le Monde | 04.05.2015 à 13h36 • Mis à
/// jour le 05.05.2015 | Par Martin Untersinger": three or more short parts, one of them a
/// date or an author.
fn is_meta_row(line: &str) -> bool {
    // Without a separator the line is one part: no row.
    if !line.contains(META_SEPARATORS) {
        return false;
    }
    let parts: Vec<&str> = line.split(META_SEPARATORS).map(str::trim).filter(|p| !p.is_empty()).collect();
    // A comment's or a post's date and author: "24. März 2004, 19:49 | Genesis".
    if let [a, b] = parts.as_slice() {
        let name = |p: &str| p.split_whitespace().count() <= META_NAME_WORDS && !ends_sentence(p);
        let date = |p: &str| is_date_line(&fold(p));
        return (date(a) && name(b)) || (name(a) && date(b));
    }
    parts.len() >= 3
        && parts.iter().all(|p| p.split_whitespace().count() <= META_PART_WORDS && !ends_sentence(p))
        && parts.iter().any(|p| is_byline(p) || p.chars().filter(char::is_ascii_digit).count() >= 4)
}

/// What separates the parts of a metadata row.
const META_SEPARATORS: [char; 3] = ['|', '•', '·'];

/// Words of the name beside a date in a two-part metadata row.
const META_NAME_WORDS: usize = 3;

/// Words a part of a metadata row may have.
const META_PART_WORDS: usize = 12;

/// A caption with its credit, at most [`CREDIT_MAX_WORDS`] words.
fn is_photo_credit(folded: &str, words: usize) -> bool {
    words <= CREDIT_MAX_WORDS && contains_any(folded, &furniture().credit_marks)
}

/// A line made only of dates, times and date words, with at least one number:
/// "date 2025-07-13 Tuesday, 02 January 2024 12:17 GMT", "2025-07-13 05:55:44".
fn is_date_line(folded: &str) -> bool {
    let mut numbers = 0;
    let mut tokens = 0;
    // "Energie 12.12.2022, 08:30 Uhr": a section's name may lead a full date.
    let (mut kicker, mut full_date) = (false, false);
    for token in folded.split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '(' || c == ')') {
        let token = token.trim_matches(|c: char| matches!(c, '.' | ':' | '-' | '/' | '–' | '—' | '·' | '•'));
        if token.is_empty() {
            continue;
        }
        tokens += 1;
        // "gmt+1", "utc-05:00": a zone with its offset.
        let token = token.strip_prefix("gmt").or_else(|| token.strip_prefix("utc")).unwrap_or(token);
        // "9:00pm": a time with its half of the day.
        let token = match token.strip_suffix("am").or_else(|| token.strip_suffix("pm")) {
            Some(time) if time.starts_with(|c: char| c.is_ascii_digit()) => time,
            _ => token,
        };
        if token.is_empty() {
            continue;
        }
        if token
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | ':' | '.' | 'h' | 't' | 'z' | '+'))
        {
            if !token.chars().any(|c| c.is_ascii_digit()) {
                return false;
            }
            numbers += 1;
            full_date |= token.chars().filter(|c| matches!(c, '.' | '/' | '-')).count() == 2;
        } else if furniture().date_words.binary_search(&token).is_err() {
            if tokens > 1 || !token.chars().all(char::is_alphabetic) {
                return false;
            }
            kicker = true;
        }
    }
    numbers > 0 && tokens <= 16 && (full_date || !kicker)
}

/// At least this share of a markup line's bytes are inside its tags.
const MARKUP_SHARE: f64 = 0.5;

/// A long line of raw markup in a text paste (a `<noscript>` advertisement's `<div><a
/// href=...><img src=...>`, a tracking pixel): it opens with a tag and is mostly tags. Prose
/// that quotes a tag ("The preview showed <script> as typed") opens with words; a tutorial's
/// code sample has short lines (only long lines are asked).
fn is_markup_line(line: &str) -> bool {
    let bytes = line.as_bytes();
    if !(bytes.first() == Some(&b'<')
        && bytes.get(1).is_some_and(|&b| b.is_ascii_alphabetic() || b == b'/' || b == b'!'))
    {
        return false;
    }
    let (mut inside, mut all, mut in_tag) = (0usize, 0usize, false);
    for c in line.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ => {}
        }
        inside += usize::from(in_tag || c == '>');
        all += 1;
    }
    inside as f64 >= MARKUP_SHARE * all as f64
}

/// The fewest keys (`"name":`) that make a line a script's data.
const DATA_KEYS: usize = 3;

/// A script's data printed as text (`{"path":{"baseUrl":"\/"},"isFront":false}`), as a page
/// whose scripts did not run shows it: a JSON object or array of objects, keyed by quoted
/// names. No sentence opens with `{"`. (Judged at any length: such a line runs long.)
pub(crate) fn is_data_line(line: &str) -> bool {
    let t = line.trim_start();
    (t.starts_with("{\"") || t.starts_with("[{\"")) && t.matches("\":").count() >= DATA_KEYS
}

/// A bare link: "https://arab.news/7n6kt", "www.example.com/story".
fn is_url_line(line: &str) -> bool {
    let line = line.trim();
    // Each of the tests below needs a slash or an opening "www.": most lines, found without
    // either by bytes, are not decoded and searched for white space.
    let www = line.get(..4).is_some_and(|head| head.eq_ignore_ascii_case("www."));
    if !www && !line.as_bytes().contains(&b'/') {
        return false;
    }
    if line.contains(char::is_whitespace) || line.len() < 4 {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
        || (lower.contains('/') && lower.split('/').next().is_some_and(is_domain))
}

/// "example.com", "arab.news": letters, digits, dots and hyphens with a dotted letter suffix.
fn is_domain(host: &str) -> bool {
    let Some((name, tld)) = host.rsplit_once('.') else { return false };
    !name.is_empty()
        && tld.len() >= 2
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

/// A wire-service identifier: one long token of letters and many digits
/// ("MENAFN13072025000045017169ID1109793835").
fn is_wire_id(line: &str) -> bool {
    let line = line.trim();
    // By bytes: a character outside ASCII fails the test whichever of its bytes is tested, and
    // a line of these bytes has no white space.
    line.len() >= 16
        && line.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        && line.bytes().filter(u8::is_ascii_digit).count() >= 10
}

/// A row of short items separated by wide gaps or bars: "US   Europe   Arab   Asia",
/// "Home | World | Business".
fn is_navigation(raw: &str) -> bool {
    if raw.len() > 400 {
        return false;
    }
    let (mut items, mut longest, mut words) = (0, 0, 0);
    let (mut run, mut wide, mut in_word, mut punctuated) = (0, false, false, false);
    let mut end_item = |words: &mut usize| {
        if *words > 0 {
            items += 1;
            longest = longest.max(*words);
        }
        *words = 0;
    };
    for c in raw.chars() {
        if matches!(c, '|' | '•' | '·' | '»' | '¦') {
            end_item(&mut words);
            (run, wide, in_word) = (0, false, false);
        } else if c.is_whitespace() {
            run += 1;
            wide |= c != ' ';
            in_word = false;
        } else {
            // Three spaces, or two with a no-break space or tab, separate items; one separates words.
            if run >= 3 || (run >= 2 && wide) {
                end_item(&mut words);
            }
            (run, wide) = (0, false);
            if !in_word {
                words += 1;
                in_word = true;
            }
            punctuated |= matches!(c, '.' | '!' | '?' | ',' | ';' | ':');
        }
    }
    end_item(&mut words);
    items >= 2 && longest <= 3 && !punctuated
}

/// "English | Français | Deutsch".
fn is_language_switcher(folded: &str) -> bool {
    let mut any = false;
    for item in folded.split(|c: char| c == '|' || c == '/' || c == '·' || c.is_whitespace()) {
        if item.is_empty() {
            continue;
        }
        if furniture().names.binary_search(&item).is_err() {
            return false;
        }
        any = true;
    }
    any
}

/// The most capitalised words of an author's name before a date ("Jane Q. Doe Monday, …").
const DATED_NAME_WORDS: usize = 4;

/// An article's metadata line, which stands between its headline and its text: a date, a
/// byline, a row of both, or a byline with its date ("Jane Doe Monday, February 29, 2016 @ 11:10
/// PM UTC", "By Jane Doe@jdoe Updated Jul 24, 2018, 2:15pm EDT", "Posted by jdoe, kim on
/// 2019-02-15, all posts").
pub(crate) fn is_article_meta(line: &str) -> bool {
    let folded = fold(line);
    if is_date_line(&folded) || is_byline(line) || is_meta_row(line) {
        return true;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let dated = words.iter().any(|w| has_year_or_time(w));
    // "By Jane Doe …" or "Posted by jdoe …" with a date or a time somewhere after it.
    let by = |w: &str| furniture().bylines.iter().any(|b| b.eq_ignore_ascii_case(w));
    let date_word = |w: &str| furniture().date_words.binary_search(&fold(w).as_str()).is_ok();
    let led_by_byline = match words.as_slice() {
        // (A headline may open on a date: "By March 2030, Every Bus in Town Will Run on …".)
        [first, second, ..] if by(first) => capitalised(second) && !date_word(second.trim_end_matches(',')),
        // "Posted by jdoe …", "Posted on Friday, 15 April 2016Saturday, …".
        [first, second, ..] => date_word(first) && (by(second) || date_word(second)),
        _ => false,
    };
    if dated && led_by_byline && words.len() <= META_PART_WORDS {
        return true;
    }
    // A name, then nothing but the date: "Jane Doe Monday, February 29, 2016 @ 11:10 PM UTC"
    // (a name and a year alone, "Olympia 2022", is an event's).
    (1..=DATED_NAME_WORDS.min(words.len().saturating_sub(2))).any(|k| {
        words.iter().take(k).all(|w| capitalised(w))
            && is_date_line(&fold(&words[k..].join(" ").replace('@', " ")))
    })
}

/// Whether `text` opens with a byline: one of the profiles' `bylines` alone on its line ("por",
/// the name on the next), or followed by a capitalised name, not a date word, and then a comma,
/// the line's end or the name's next line ("By Alex Heath, a deputy editor …", not "By
/// Tuesday, engineers had …").
pub(crate) fn opens_with_byline(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let by = |w: &str| furniture().bylines.iter().any(|b| b.eq_ignore_ascii_case(w));
    match (words.next(), words.next()) {
        (Some(first), None) => by(first),
        (Some(first), Some(second))
            if by(first) && second.starts_with(char::is_uppercase) && !is_date_word(second) =>
        {
            let name: Vec<&str> =
                text.split([',', '|', '\n']).next().unwrap_or("").split_whitespace().collect();
            name.len() <= BYLINE_NAME_WORDS + 1
        }
        _ => false,
    }
}

/// Whether `word` holds a year ("2016", "2019-02-15,") or a time of day ("11:10", "2:15pm").
fn has_year_or_time(word: &str) -> bool {
    let digits: Vec<&str> = word.split(|c: char| !c.is_ascii_digit()).filter(|d| !d.is_empty()).collect();
    let year = digits.iter().any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    let time = word.contains(':') && digits.len() >= 2 && digits.iter().all(|d| d.len() <= 2);
    year || time
}

/// Whether `word` is one of the profiles' `date_words` ("Tuesday,"): "By Tuesday, engineers
/// had …" opens a sentence, not a byline.
fn is_date_word(word: &str) -> bool {
    furniture().date_words.binary_search(&fold(word).trim_end_matches([',', '.'])).is_ok()
}

/// A lone byline: "By Jane Smith", "By Jane Smith and Ali Khan".
fn is_byline(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or("");
    if !furniture().bylines.contains(&first) {
        return false;
    }
    // "By Jane Doe, City Hall reporter": the name, then the author's role after a comma.
    let (name, role) = match line.split_once([',', '|']) {
        Some((name, role)) => (name, Some(role)),
        None => (line, None),
    };
    let rest: Vec<&str> = name.split_whitespace().skip(1).collect();
    let named = !rest.first().is_some_and(|w| is_date_word(w))
        && !rest.is_empty()
        && rest.len() <= 6
        && rest.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase()) || furniture().byline_joins.contains(w)
        });
    (match role {
        None => named && !ends_sentence(line),
        Some(role) => named && role.split_whitespace().count() <= BYLINE_ROLE_WORDS,
    }) || dated_byline(&line.split_whitespace().skip(1).collect::<Vec<_>>())
}

/// A byline's name followed by its date: "Von Anja Berger am 14. Mai 2014, 15:40 Uhr", "By Jane
/// Doe on March 3, 2021" (`words` after the byline's first word).
fn dated_byline(words: &[&str]) -> bool {
    let name = words
        .iter()
        .take_while(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase()) || furniture().byline_joins.contains(w)
        })
        .count();
    let date = words.get(name..).unwrap_or_default().join(" ");
    (1..=BYLINE_NAME_WORDS).contains(&name) && is_date_line(&fold(&date))
}

/// The most words of the name in a dated byline.
const BYLINE_NAME_WORDS: usize = 4;

/// Words an author's role may take after the name in a byline ("a deputy editor and author of
/// the Command Line newsletter").
const BYLINE_ROLE_WORDS: usize = 20;

/// A row of share buttons: "Facebook Twitter WhatsApp Email", or with the shared headline
/// inside it ("Share The 21 best movies of 2017 tweet share Reddit Pocket Flipboard Email").
fn is_share_row(folded: &str) -> bool {
    let (mut shares, mut words) = (0, 0);
    for w in folded.split_whitespace() {
        words += 1;
        shares += usize::from(is_share_word(w));
    }
    (shares >= 2 && shares == words) || (shares >= SHARE_ROW_MIN && shares * 2 >= words)
}

/// Whether `text` has a share button's name among its words ("Share via Email").
pub(crate) fn names_a_share_button(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        is_share_word(&w) && !matches!(w.as_str(), "x" | "copy" | "link" | "print")
    })
}

/// Share buttons that make a row with a headline inside it a share row.
const SHARE_ROW_MIN: usize = 4;

/// A share button's label.
fn is_share_word(w: &str) -> bool {
    matches!(
        w,
        "facebook"
            | "twitter"
            | "whatsapp"
            | "linkedin"
            | "telegram"
            | "reddit"
            | "pinterest"
            | "email"
            | "e-mail"
            | "print"
            | "share"
            | "x"
            | "messenger"
            | "copy"
            | "link"
            | "mail"
            | "sms"
            | "tweet"
            | "pocket"
            | "flipboard"
            | "tumblr"
    )
}

/// "Legal Disclaimer:" alone: the next block is the disclaimer's text.
pub(crate) fn is_disclaimer_label(text: &str) -> bool {
    text.len() < 60 && furniture().disclaimers.contains(&fold(text).as_str())
}

/// A block that is itself a disclaimer ("Disclaimer: the views expressed...").
pub(crate) fn is_disclaimer(text: &str) -> bool {
    furniture().disclaimers.iter().any(|d| {
        text.as_bytes().get(..d.len()).is_some_and(|head| head.eq_ignore_ascii_case(d.as_bytes()))
            && text.get(d.len()..).is_some_and(|rest| rest.trim_start().starts_with(':'))
    })
}

/// "Related", "Read more": the headlines after it lead elsewhere.
pub(crate) fn is_related_label(text: &str) -> bool {
    // (A label may end in an emoji: "Keep Reading 🚀".)
    text.len() < 60
        && furniture()
            .related
            .contains(&fold(text).trim_end_matches(|c: char| !c.is_alphanumeric()).trim_end())
}

/// Whether `text` heads a table of contents ("Contents", "Table of contents", "Inhalt").
pub(crate) fn is_contents_label(text: &str) -> bool {
    text.len() < 40 && furniture().contents.contains(&fold(text).as_str())
}

/// Whether `text` heads a comment section: a label of the profiles' `comments`, optionally with
/// a count ("23 Comments", "Comments (4)").
pub(crate) fn is_comments_label(text: &str) -> bool {
    if text.len() >= 60 {
        return false;
    }
    let folded = fold(text);
    let label =
        folded.trim_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '(' | ')'));
    furniture().comments.contains(&label) || counts_comments(&folded)
}

/// The most words of a sentence that counts the comments below ("Se han publicado 11
/// comentarios", "There are 12 comments").
const COMMENT_COUNT_WORDS: usize = 6;

/// A short line ending in a count of comments: a number, then one of the profiles' `comments`.
fn counts_comments(folded: &str) -> bool {
    let words: Vec<&str> = folded.split_whitespace().collect();
    match words.as_slice() {
        [.., number, label] if words.len() <= COMMENT_COUNT_WORDS => {
            number.chars().all(|c| c.is_ascii_digit())
                && furniture().comments.contains(&label.trim_end_matches(['.', ':', '!']))
        }
        _ => false,
    }
}

/// Consent notices run long ("We use cookies and similar technologies to improve your
/// browsing experience, personalize content and offers, ..."); an article about cookies is
/// longer still.
const COOKIE_NOTICE_BYTES: usize = 1200;

/// Pieces of the words of the profiles' `cookies`: most blocks never mention cookies, and a block
/// with none of these is not lowercased and searched (a test holds every profile's words to this).
const COOKIE_STEMS: &[&str] = &["ookie", "OOKIE", "émoin"];

/// A cookie or consent notice.
pub(crate) fn is_cookie_notice(text: &str) -> bool {
    if text.len() > COOKIE_NOTICE_BYTES {
        return false;
    }
    if !COOKIE_STEMS.iter().any(|s| text.contains(s)) {
        return false;
    }
    let lower = text.to_lowercase();
    contains_any(&lower, &furniture().cookies) && contains_any(&lower, &furniture().consent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caseless_characters_lowercase_to_themselves() {
        let caseless = (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| is_caseless(c));
        for c in caseless {
            assert_eq!(c.to_lowercase().collect::<String>(), c.to_string(), "{c:?}");
        }
        for line in ["新闻 ABC：Σ说。", "Share ΣΑΣ", "“Read more” — 阅读全文", "İstanbul ＡＢ"]
        {
            assert_eq!(fold(line), line.trim().to_lowercase(), "{line:?}");
        }
    }

    #[test]
    fn whitespace_words_counts_as_split_whitespace() {
        for text in
            ["", " ", "a", " a b\tc\n", "a\u{b}b\u{c}c\rd", "x\u{1c}y", "née  à\u{a0}la", "一 二\u{3000}三"]
        {
            assert_eq!(whitespace_words(text), text.split_whitespace().count(), "{text:?}");
        }
    }

    #[test]
    fn contains_any_is_any_contains() {
        let patterns = ["photo:", "(foto", "crédit", "é", "x", ""];
        for text in ["", "a photo: b", "(fotos", "Crédit crédit", "café", "xyz", "photo", "no"] {
            for n in 0..=patterns.len() {
                let some = &patterns[..n];
                assert_eq!(
                    contains_any(text, some),
                    some.iter().any(|p| text.contains(p)),
                    "{text:?} {some:?}"
                );
            }
        }
    }

    fn bp(line: &str) -> bool {
        is_boilerplate_line(line, line)
    }

    #[test]
    fn script_data_is_no_text() {
        assert!(is_data_line(r#"{"site":{"base":"\/","lang":"en"},"user":null,"flags":{"beta":false}}"#));
        assert!(is_data_line(r#"  [{"id":1,"name":"a","tags":[]}]"#));
        // Prose, code and a lone object with a key or two are not data rows.
        assert!(!is_data_line("The settings file holds {\"a\": 1} and nothing else."));
        assert!(!is_data_line(r#"{"note": "short"}"#));
        assert!(!is_data_line("{ return x; }"));
    }

    #[test]
    fn shop_prompts_are_furniture() {
        assert!(bp("Like this recipe? Add the ingredients to your basket and get them delivered."));
        assert!(bp("Add to your cart"));
        assert!(!bp("Add the onions to the pan and stir until they are golden."));
    }

    #[test]
    fn article_metadata_lines() {
        for meta in [
            "Mara Lind Tuesday, March 3, 2020 @ 9:15 AM UTC",
            "By Jo Park@jopark Updated Aug 2, 2019, 4:05pm EDT",
            "Posted by jdoe, kim, Lea on 2021-06-04, all posts",
            "Posted on Friday, 15 April 2016Saturday, 4 March 2017",
            "By Karl Weiss March 4 at 6:10 PM",
            "Wednesday 12 March 2025",
        ] {
            assert!(is_article_meta(meta), "{meta}");
        }
        for headline in [
            "May Day marches draw thousands in 2019",
            "By the Numbers: The 2020 Budget",
            "By March 2030, Every Bus in Town Will Run on Batteries",
            "Weekly Facts #282 - 0.17 in sight",
            "Olympia 2022",
        ] {
            assert!(!is_article_meta(headline), "{headline}");
        }
    }

    #[test]
    fn every_profiles_words_pass_the_cheap_tests() {
        // A phrase without a stem would never be looked for: a new language's words must
        // bring their stem.
        let f = furniture();
        for phrase in &f.rights {
            assert!(RIGHTS_STEMS.iter().any(|s| phrase.contains(s)), "{phrase} has no stem in RIGHTS_STEMS");
        }
        for word in &f.cookies {
            assert!(COOKIE_STEMS.iter().any(|s| word.contains(s)), "{word} has no stem in COOKIE_STEMS");
        }
        // Lines are folded to lower case before they are compared (bylines are compared as written).
        for list in [&f.widgets, &f.prefixes, &f.credits, &f.names, &f.date_words, &f.rights, &f.disclaimers]
            .into_iter()
            .chain([
                &f.related,
                &f.comments,
                &f.contents,
                &f.credit_marks,
                &f.byline_joins,
                &f.cookies,
                &f.consent,
            ])
        {
            for w in list {
                assert_eq!(*w, w.to_lowercase(), "{w} must be lowercase");
                assert!(!w.is_empty());
            }
        }
        // Languages other than English bring their own furniture.
        assert!(bp("Lire aussi") && bp("Mehr zum Thema") && bp("Lo más leído") && bp("Français"));
        assert!(is_byline("Par Jean Dupont et Marie Curie") && is_byline("Von Hans Meier und Eva Roth"));
    }

    #[test]
    fn seed_furniture_is_boilerplate() {
        for line in [
            "date 2025-07-13 Tuesday, 02 January 2024 12:17 GMT",
            "2025-07-13 05:55:44",
            "5 min read",
            "Sign up for our newsletter and get the week's best stories from our reporters and editors every Friday",
            "Get the week's best stories from our reporters and editors every Friday: sign up for our newsletter",
            "عربي",
            "Tags",
            "No comment",
            "Search",
            "Short Url",
            "https://arab.news/7n6kt",
            "MENAFN13072025000045017169ID1109793835",
            "© 2025 SAUDI RESEARCH & PUBLISHING COMPANY, All Rights Reserved And subject to Terms of Use Agreement.",
            "Photo: AFP",
            "Tags: Russia, North Korea",
            "Facebook Twitter WhatsApp",
            "English | Français",
            "Publié le 12 mars 2024 à 10h30",
            "March 4, 2025 10:12 AM GMT+1 Updated 2 hours ago",
            "Reporting by Jane Doe in London; Additional reporting by Colleen Howe in Beijing; Editing by Louise Heavens",
            "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
            "(Photo by John Smith/AFP via Getty Images)",
            "AFP",
            "[Getty Images]",
            "By Jane Smith",
            "***",
            "Jump to navigation Jump to search",
            "March 13, 2015 9:00PM",
            "Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC",
            "From: Herald Sun",
            "24. März 2004, 19:49 | Genesis",
            "Photograph by Ed Marshall, Redonda Restoration Programme",
            "Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)",
            "For matrices with symmetry over the real number field, see symmetric matrix.",
            "Sign up for a free Medical News Today account to customize your medical and health news experiences.",
            "Share The 21 best movies of 2017 tweet share Reddit Pocket Flipboard Email",
            "Lula (ao centro) recebe de Tite réplica da taça da Libertadores - Heinrich Aikawa/Instituto Lula",
            "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
            "Bei der Beckenkippung nach hinten sinkt der Brustkorb ein. © Pferderevue",
            "Externer Inhalt",
            "Video recomendado",
            "Czytaj też: Sejm przyjął ustawę o drogach",
            "Vervielfältigung nur mit Genehmigung des Verlags",
            "(c) 2019 - 2023 example.org",
            "Wenn Sie über Neues aus dem Verein informiert werden wollen, können Sie unseren Newsletter hier abonnieren.",
            "Please sign in to leave a comment.",
            "Pour lire la suite de cet article, abonnez-vous.",
            "by Jane Doe Mar 3, 2021 7 min read",
            "Lesezeit: 6 Minuten",
            "8 minut czytania",
            "Abbildung 8: Vorgehensweise bei grossen Lawinen",
            "Was ist neu beim Hochwasser? Jede Woche erklärt die Forscherin im Podcast, was die Stadt jetzt plant. Mehr",
            "The band is back on tour this summer, and the tickets went fast. Read more »",
            "Die Zusatzbuchstaben des Modells stehen seit jeher für sportliches Fahren. War der Hersteller anfangs ... Weiterlesen",
            "Fig. 3. The samples after a week in the cold room",
            "Figure 2 – Sales by region",
            "You are using an outdated browser. Please upgrade your browser to improve your experience.",
            "Von Anja Berger am 14. Mai 2014, 15:40 Uhr",
            "von Anja Berger",
            "Es gibt derzeit keine bevorstehenden Veranstaltungen.",
            "Benachrichtigung aktivieren Dürfen wir Sie in Ihrem Browser über die wichtigsten Nachrichten des Tages informieren? Sie erhalten zwei bis fünf Meldungen pro Tag.",
            "By Jane Doe on March 3, 2021",
            "Wirtschaft 12.12.2022, 08:30 Uhr",
            "Zuletzt geändert 03.02.2021",
            "Meistgelesen...*",
            "Schulfest im Mai: die Kinder der dritten Klasse beim Tanz. © Stadtverwaltung Musterstadt | Referat Presse und Öffentlichkeit",
            "Notify me of follow-up comments by email.",
            "All texts on this site are licensed under a Creative Commons Attribution 4.0 license.",
        ] {
            assert!(bp(line), "{line}");
        }
        assert!(is_boilerplate_line("US Europe Arab Asia", "\u{a0} US \u{a0}  Europe \u{a0} Arab  Asia"));
        assert!(is_boilerplate_line("| Politics Economy", "| \u{a0}\u{a0} Politics \u{a0}  Economy"));
        assert!(is_boilerplate_line("Entertainment Sport", "\u{a0} Entertainment \u{a0}  Sport"));
    }

    #[test]
    fn real_text_is_kept() {
        for line in [
            "He refused.",
            "Russia, N. Korea Say U.S. Military Move Fuels Korean Peninsula Tensions",
            "Mali, Burkina say restricting entry for US nationals in reciprocal move",
            "Share prices fell sharply on Monday.",
            "The vote is on 12 March.",
            "By the end of the year, prices had doubled.",
            "Comments from the minister drew criticism.",
            "Europe",
            "For years, see the report, the town had no doctor.",
            "Registered users account for most of the traffic, the firm said in its report on Monday.",
            "The 21 best movies of 2017, and where to watch them",
            "The photo is marked © Reuters, and the agency says it was never licensed to the paper.",
            "Prices rose 3% - Q1/Q2 Figures",
            "The vote was close | 12 March 2024 and later.",
            "(c) the contract itself, which both sides had signed",
            "By March 3, 2021 the plant had closed.",
            "Chapter 3 2021",
            "Figure 3 shows the samples after a week in the cold room.",
            "Bild 2020 berichtete zuerst über den Fall.",
            "Die Preise stiegen im Mai, und im Juni noch mehr",
            "We wanted more. We got more",
            "Top 10",
            "The average reading time of the report was 12 minutes.",
            "Top 10 novels to read time and again",
            "Most apps ask you to allow notifications when you first open them, and most people tap yes",
            "A staff member said the team would sign up for our newsletter tool once it was cheaper, and the firm agreed",
            "Readers were asked to leave a comment under the story, and more than 2,000 did so within a day, the paper said, many of them angry about the plan to close the library and the two schools beside it on the edge of town.",
        ] {
            assert!(!bp(line), "{line}");
        }
        assert!(!is_boilerplate_line(
            "Russia warns  US, South Korea and Japan against",
            "Russia warns  US, South Korea and Japan against"
        ));
    }

    #[test]
    fn captions_say_something_before_their_credit() {
        assert!(is_caption("Die Spielerinnen nach dem Finale in Lyon. (Foto: Privat)"));
        assert!(is_caption("Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO"));
        assert!(!is_caption("(All photos: Atlas staff)"));
        assert!(!is_caption("The council met on Monday and agreed the budget."));
    }

    #[test]
    fn disclaimers_and_labels() {
        assert!(is_disclaimer_label("Legal Disclaimer:"));
        assert!(is_disclaimer("Disclaimer: the views are the author's own."));
        assert!(!is_disclaimer("The disclaimer was long."));
        assert!(is_related_label("Read more"));
        assert!(
            is_comments_label("Se han publicado 11 comentarios")
                && is_comments_label("There are 12 comments")
        );
        assert!(!is_comments_label("Readers sent 40 comments in an hour, the editor said"));
        assert!(is_related_label("Keep Reading 🚀") && is_related_label("Weiterlesen"));
        assert!(is_cookie_notice("We use cookies to improve your experience. Accept"));
        assert!(!is_cookie_notice("The bakery sold cookies all day."));
    }
}
