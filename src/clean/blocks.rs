//! Plain-text lines to blocks: paragraphs (hard-wrapped lines joined), headings, list items.

use super::boilerplate::ends_sentence;
use super::text::Line;
use super::{BlockKind, RawBlock};

/// The longest line, in characters, that can be a heading.
const HEADING_MAX_CHARS: usize = 150;
/// The most words a heading has.
const HEADING_MAX_WORDS: usize = 20;

/// Lines shorter than this (in characters) say nothing of a wrap column: headings, stubs.
const WRAP_MIN_LINE: usize = 20;
/// The widest wrap column looked for: longer lines are unwrapped paragraphs.
const WRAP_MAX_WIDTH: usize = 100;
/// The narrowest wrap column: below it, short lines are a list or verse, not wrapping.
const WRAP_MIN_WIDTH: usize = 40;
/// Lines needed to judge wrapping at all.
const WRAP_MIN_LINES: usize = 4;
/// A wrapped text has at most one line in this many longer than its column.
const WRAP_LONG_ONE_IN: usize = 10;
/// A line within this fraction of the column (4/5) counts as reaching it.
const WRAP_NEAR: (usize, usize) = (4, 5);
/// A line at least this fraction of the column (3/4) was wrapped, so it joins the next.
const WRAP_FULL: (usize, usize) = (3, 4);

/// The byte length of a list marker opening `line` ("- ", "+ ", "• ", "1. ", "2) "), if any.
pub(crate) fn list_marker(line: &str) -> Option<usize> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    if matches!(first, '-' | '+' | '*' | '•' | '◦' | '▪' | '‣' | '·' | '–' | '●' | '○' | '■')
    {
        let (at, c) = chars.next()?;
        return (c == ' ').then_some(at + 1);
    }
    if first.is_ascii_digit() {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let rest = line.as_bytes().get(digits..digits + 2)?;
        return (digits <= 3 && matches!(rest, [b'.' | b')', b' '])).then_some(digits + 2);
    }
    None
}

/// Characters that write a quantity: digits and the common vulgar fractions.
fn quantity_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '½' | '¼' | '¾' | '⅓' | '⅔' | '⅛')
}

/// Whether a short line opens with a quantity set apart from the words it measures ("250 g
/// Mehl", "½ TL Salz", "2 Eier", "1,5 kg Kartoffeln"): an ingredient or a specification. A page
/// number, a time ("20:37") or a date alone has no words after it.
pub(crate) fn measured_line(line: &str) -> bool {
    let t = line.trim_start();
    let (amount, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
    // "1,5", "1/2", "2-3": the amount ends in a figure; "1." or "2)" numbers a list item.
    amount.starts_with(quantity_char)
        && amount.ends_with(quantity_char)
        && amount.chars().all(|c| quantity_char(c) || matches!(c, ',' | '.' | '/' | '-' | '–'))
        && rest.chars().any(char::is_alphabetic)
        && !CURRENCIES.iter().any(|c| rest.trim().eq_ignore_ascii_case(c))
}

/// A list of measures has at least this many lines opening with a quantity ...
const MEASURE_LIST_LINES: usize = 5;
/// ... and they are at least one in this many of its lines.
const MEASURE_LIST_SHARE_DIV: usize = 2;

/// Whether a run of `lines` short lines, `measured` of them opening with a quantity (see
/// [`measured_line`]), is a list of measures: a recipe's ingredients, a product's data.
pub(crate) fn is_measure_list(measured: usize, lines: usize) -> bool {
    measured >= MEASURE_LIST_LINES && measured * MEASURE_LIST_SHARE_DIV >= lines
}

/// Currencies after an amount: a column of prices ("5 EUR", "10 EUR") is a donation form's or
/// a shop's buttons, not a list of measures.
const CURRENCIES: &[&str] =
    &["eur", "euro", "usd", "chf", "gbp", "pln", "zł", "czk", "kč", "sek", "nok", "dkk", "fr.", "dollar"];

/// The byte length of a Markdown heading marker opening `line` ("# ", "### "), if any.
fn markdown_heading(line: &str) -> Option<usize> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    ((1..=6).contains(&hashes) && line.as_bytes().get(hashes) == Some(&b' ') && line.len() > hashes + 1)
        .then_some(hashes + 1)
}

/// Whether `line`, standing alone, reads as a heading: short, no closing punctuation, not
/// starting in lower case. "Russia, N. Korea Say U.S. Military Move Fuels Korean Peninsula
/// Tensions" and "Mali, Burkina say restricting entry for US nationals in reciprocal move" are.
pub(crate) fn looks_like_heading(line: &str) -> bool {
    if line.len() > HEADING_MAX_CHARS * 4 || ends_sentence(line) || holds_a_sentence(line) {
        return false;
    }
    let chars = line.chars().count();
    if chars > HEADING_MAX_CHARS || line.split_whitespace().count() > HEADING_MAX_WORDS {
        return false;
    }
    match line.chars().find(|c| c.is_alphanumeric()) {
        Some(c) => !c.is_lowercase(),
        None => false,
    }
}

/// Whether a full sentence ends inside `line`: a lower-case word of four letters or more, a
/// stop and a capital ("Critics were loud. Nobody resigned [3]"). Such a line is text whose
/// last sentence lost its stop, not a heading; initials and abbreviations ("N. Korea",
/// "U.S. Military", "Dr. Who") do not count.
fn holds_a_sentence(line: &str) -> bool {
    line.match_indices(['.', '!', '?']).any(|(at, _)| {
        let word = line[..at].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let after = line[at + 1..].strip_prefix(' ').unwrap_or("");
        word.chars().count() >= 4
            && word.chars().all(|c| c.is_lowercase())
            && after.starts_with(char::is_uppercase)
    })
}

/// Whether `line` starts in lower case (the line before it was hard-wrapped).
fn starts_lowercase(line: &str) -> bool {
    line.chars().next().is_some_and(char::is_lowercase)
}

/// The wrap column of a hard-wrapped text, if the text looks hard-wrapped: most lines are near
/// one width of at most [`WRAP_MAX_WIDTH`] characters and many of those stop mid-sentence.
fn wrap_width(text: &str, lines: &[Line], boilerplate: &[bool]) -> Option<usize> {
    let mut lens = Vec::new();
    let mut long = 0;
    for (line, &bp) in lines.iter().zip(boilerplate) {
        if bp {
            continue;
        }
        let s = text.get(line.span.clone()).unwrap_or("");
        let n = s.chars().count();
        if n >= WRAP_MIN_LINE {
            if n > WRAP_MAX_WIDTH {
                long += 1;
            } else {
                lens.push((n, ends_sentence(s)));
            }
        }
    }
    let total = lens.len() + long;
    if total < WRAP_MIN_LINES || long * WRAP_LONG_ONE_IN > total {
        return None;
    }
    let width = lens.iter().map(|l| l.0).max()?;
    let near: Vec<_> = lens.iter().filter(|l| l.0 * WRAP_NEAR.1 >= width * WRAP_NEAR.0).collect();
    let open = near.iter().filter(|l| !l.1).count();
    // Half the lines reach the column and a third of those stop mid-sentence.
    (width >= WRAP_MIN_WIDTH && near.len() * 2 >= total && open * 3 >= near.len()).then_some(width)
}

/// Whether `c` draws a table's rules ("│", "─", "┼").
fn is_box_drawing(c: char) -> bool {
    ('\u{2500}'..='\u{257F}').contains(&c)
}

/// How a line reads as code or as a row of a table set as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum CodeMarks {
    /// Not at all: prose, a label, a name.
    None,
    /// As code does among code: a bare name ("series", "bounds;"), a query's keyword opening
    /// its clause ("SELECT *", "FROM series"), a bracket left open or closed, a row of numbers.
    Weak,
    /// As only code does: it draws a table's rules, calls ("avg(n)"), braces, assigns,
    /// closes with a semicolon, comments, or names in snake_case.
    Strong,
}

/// What marks of code `line` has. A line closed by a full stop or holding a sentence has none.
fn code_marks(line: &str) -> CodeMarks {
    if line.chars().any(is_box_drawing) {
        return CodeMarks::Strong;
    }
    if !line.chars().any(char::is_alphabetic) {
        return if line.chars().any(|c| c.is_ascii_digit()) { CodeMarks::Weak } else { CodeMarks::None };
    }
    if ends_full_stop(line) || holds_a_sentence(line) {
        return CodeMarks::None;
    }
    let bytes = line.as_bytes();
    let call = bytes.windows(2).any(|w| (w[0].is_ascii_alphanumeric() || w[0] == b'_') && w[1] == b'(');
    let snake = bytes
        .windows(3)
        .any(|w| w[0].is_ascii_alphanumeric() && w[1] == b'_' && w[2].is_ascii_alphanumeric());
    if call
        || snake
        || line.contains(['{', '}'])
        || [" = ", "==", "!=", "=>", "->", ":=", "::"].iter().any(|op| line.contains(op))
        || line.ends_with(';')
        || ["//", "/*", "# ", "-- "].iter().any(|c| line.starts_with(c))
    {
        return CodeMarks::Strong;
    }
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or("");
    let name = |w: &str| {
        let w = w.trim_end_matches([',', ';']);
        !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    };
    let keyword = first.len() >= 3 && first.bytes().all(|b| b.is_ascii_uppercase());
    let clause = keyword && words.next().map_or(true, |w| w == "*" || name(w));
    if clause
        || (name(first) && line.len() == first.len())
        || line.ends_with(['(', '[', '{'])
        || line.starts_with([')', ']', '}'])
    {
        CodeMarks::Weak
    } else {
        CodeMarks::None
    }
}

/// Whether `line` ends in a full stop (or a question or exclamation mark), as prose does and
/// code does not: code ends in ";", ",", ":" or a bracket.
fn ends_full_stop(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']']);
    trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？', '؟', '।'])
}

/// Whether a line is a sentence of prose: enough words, closed by a full stop.
fn prose_line(line: &str) -> bool {
    line.split_whitespace().count() >= PROSE_LINE_WORDS && ends_full_stop(line)
}

/// A line of prose has at least this many words.
const PROSE_LINE_WORDS: usize = 6;

/// A group of lines is code when this many of them (or all, if fewer) have code's own marks.
const CODE_MIN_STRONG: usize = 2;

/// The fence of a Markdown code block ("```", "```rust").
fn is_fence(line: &str) -> bool {
    line.starts_with("```")
}

/// Which lines are code: those inside a Markdown fence (the fences themselves are marked
/// boilerplate: markup), and those of a group of lines with no blank line between them (a
/// `<pre>` copied from a page) that draws a table, or that the text introduces (or that
/// follows code) and of which at least half read as code and [`CODE_MIN_STRONG`] as nothing
/// but code, none as prose. Code lines are never boilerplate.
pub(crate) fn mark_code(text: &str, lines: &[Line], boilerplate: &mut [bool]) -> Vec<bool> {
    let line_text = |i: usize| lines.get(i).and_then(|l| text.get(l.span.clone())).unwrap_or("");
    let mut code = vec![false; lines.len()];
    // Fences pair up in order; one that nothing closes is text (a line of decoration, a quote
    // of the syntax), and so is a fenced stretch that is mostly prose (two stray fences around
    // an article must not take all of it for code).
    let fences: Vec<usize> = (0..lines.len()).filter(|&i| is_fence(line_text(i))).collect();
    for pair in fences.chunks_exact(2) {
        let (open, close) = (pair[0], pair[1]);
        let inside = open + 1..close;
        let prose = inside.clone().filter(|&k| prose_line(line_text(k))).count();
        if prose * 2 > inside.len() {
            continue;
        }
        for k in [open, close] {
            if let Some(b) = boilerplate.get_mut(k) {
                *b = true;
            }
        }
        for k in inside {
            if let Some(slot) = code.get_mut(k) {
                *slot = true;
            }
            if let Some(b) = boilerplate.get_mut(k) {
                *b = false;
            }
        }
    }
    // Whether the text before the group introduces it ("... the mean is:"), or it follows code
    // (a query's result under the query): code nothing introduces is as likely a page's
    // script pasted along.
    let mut introduced = false;
    let mut i = 0;
    while i < lines.len() {
        let mut end = i + 1;
        while lines.get(end).is_some_and(|l| !l.blank_before) {
            end += 1;
        }
        let group = i..end;
        i = end;
        let kept: Vec<usize> = group.clone().filter(|&k| boilerplate.get(k) == Some(&false)).collect();
        if group.clone().any(|k| code.get(k) == Some(&true)) {
            introduced = true;
            continue;
        }
        // A table's rows draw its rules; a page's decoration draws a line here and there.
        let rows = kept.iter().filter(|&&k| line_text(k).chars().any(is_box_drawing)).count();
        let table = rows >= 2 && rows * 2 >= kept.len();
        let intro = std::mem::replace(
            &mut introduced,
            kept.last().is_some_and(|&k| line_text(k).ends_with([':', '：'])),
        );
        let marks: Vec<CodeMarks> = kept.iter().map(|&k| code_marks(line_text(k))).collect();
        let strong = marks.iter().filter(|&&m| m == CodeMarks::Strong).count();
        let codes = marks.iter().filter(|&&m| m != CodeMarks::None).count();
        let prose = kept.iter().any(|&k| prose_line(line_text(k)));
        let code_group = intro && strong >= CODE_MIN_STRONG.min(kept.len()) && codes * 2 >= kept.len();
        if group.len() >= 2 && !kept.is_empty() && !prose && (table || code_group) {
            introduced = true;
            for k in kept {
                if let Some(slot) = code.get_mut(k) {
                    *slot = true;
                }
            }
        }
    }
    code
}

/// The most characters of a line that holds one token of a formula ("x", "≠", "12", "sin").
const FORMULA_TOKEN_CHARS: usize = 3;
/// A formula rendered one token a line has at least this many lines.
const FORMULA_MIN_TOKENS: usize = 3;

/// Whether `c` is a relation or an operator only mathematics writes ("=", "≤", "∑", "−"):
/// a menu's decoration ("|", "-", "›", "+") is none, nor are the dots, stars and bars a menu
/// sets between its items ("∙", "⋅", "∗", "∣", "⋯").
fn is_math_operator(c: char) -> bool {
    let separator = matches!(
        c,
        '\u{2217}'..='\u{2219}' | '\u{2223}' | '\u{2236}' | '\u{22C4}'..='\u{22C6}' | '\u{22EE}'..='\u{22F1}'
    );
    (matches!(c, '=' | '±' | '×' | '÷' | '−' | '√' | '∞')
        || ('\u{2200}'..='\u{22FF}').contains(&c)
        || ('\u{2A00}'..='\u{2AFF}').contains(&c))
        && !separator
}

/// Whether `c` relates two sides of a formula ("=", "≠", "≤", "<", "∈", "⊂", "→"): the mark
/// of an equation, which no menu sets between its items.
fn is_relation(c: char) -> bool {
    matches!(c, '=' | '<' | '>' | '→' | '⇒' | '⇔' | '\u{2208}'..='\u{220D}' | '\u{221D}')
        || ('\u{2243}'..='\u{228B}').contains(&c)
}

/// Whether `line` leaves a clause unfinished for what follows to go on ("When", "This
/// expression", "is given by:"): no sentence ended, no heading.
fn unfinished_clause(line: &str) -> bool {
    line.trim_end().ends_with([',', ':']) || !(ends_sentence(line) || looks_like_heading(line))
}

/// Which lines are a formula rendered one token a line, as a page's typeset mathematics pastes
/// ("a", "≠", "0"): runs of at least [`FORMULA_MIN_TOKENS`] lines of one short token each (blank
/// lines between allowed: a system of equations sets its rows apart) that relate two sides
/// ("="), or that go on a clause left unfinished and set an operator of mathematics between
/// two operands ("3", "−", "x"). They are the article's, never furniture; [`build`] joins them
/// into the text around them.
pub(crate) fn mark_formulas(text: &str, lines: &[Line]) -> Vec<bool> {
    let line_text = |i: usize| lines.get(i).and_then(|l| text.get(l.span.clone())).unwrap_or("");
    let token = |i: usize| {
        i < lines.len() && {
            let t = line_text(i);
            !t.contains(char::is_whitespace) && t.chars().count() <= FORMULA_TOKEN_CHARS
        }
    };
    let operand = |t: &str| t.chars().any(char::is_alphanumeric);
    let mut marks = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        let (mut relations, mut operations) = (0, 0);
        while token(j) {
            let t = line_text(j);
            // (A relation stands between its sides: a pager's "<" and ">" open and close it.)
            relations += usize::from(t.chars().any(is_relation) && j > i && token(j + 1));
            // (An operator between two operands: "a", "+", "b".)
            operations += usize::from(
                t.chars().any(is_math_operator)
                    && j > i
                    && operand(line_text(j - 1))
                    && token(j + 1)
                    && operand(line_text(j + 1)),
            );
            j += 1;
        }
        let goes_on = i.checked_sub(1).is_some_and(|k| unfinished_clause(line_text(k)));
        if j - i >= FORMULA_MIN_TOKENS && (relations > 0 || (operations > 0 && goes_on)) {
            marks.iter_mut().take(j).skip(i).for_each(|m| *m = true);
        }
        i = j.max(i + 1);
    }
    marks
}

/// A line of casual Chinese or Japanese prose holds at least this many CJK characters ...
const HAN_LINE_CHARS: usize = 12;
/// ... and stands among at least this many such lines in a row.
const HAN_LINE_RUN: usize = 3;

/// Whether `line` could be a sentence of casual Chinese or Japanese with its stop left out:
/// mostly CJK, at least [`HAN_LINE_CHARS`] of them, the last character one of them (a closing
/// bracket or quote after it aside).
fn han_line(line: &str) -> bool {
    let cjk = line.chars().filter(|&c| crate::classify::is_cjk_core(c)).count();
    let end = line.trim_end().trim_end_matches([')', '）', '"', '”', '」', '』', '》']);
    cjk >= HAN_LINE_CHARS
        && cjk * 2 > line.chars().filter(|c| !c.is_whitespace()).count()
        && end.chars().last().is_some_and(crate::classify::is_cjk_core)
}

/// A text written without stops has at most one line (or paragraph) of CJK that holds a stop
/// ("。", "！", "？") for this many lines of CJK that end bare.
const STOPLESS_SHARE: usize = 4;

/// Whether a text of these lines (or paragraphs) is written without stops, one clause a line,
/// as casual Chinese or Japanese is: almost none of its CJK lines holds a stop. A news story
/// ends its sentences with stops; the bare lines after it are headlines.
pub(crate) fn written_without_stops<'a>(lines: impl Iterator<Item = &'a str>) -> bool {
    let (mut stopped, mut bare) = (0usize, 0usize);
    for line in lines {
        if han_line(line) {
            bare += 1;
        } else if line.contains(['。', '！', '？'])
            && line.chars().filter(|&c| crate::classify::is_cjk_core(c)).count() >= HAN_LINE_CHARS
        {
            stopped += 1;
        }
    }
    bare > 0 && stopped * STOPLESS_SHARE <= bare
}

/// The most non-space characters of a label over a list ("相关新闻", "下一篇") ...
const HAN_LABEL_CHARS: usize = 6;
/// ... and the most such labels in a row between the article and the list.
const HAN_LABEL_RUN: usize = 2;

/// Which lines are prose of a post in casual Chinese or Japanese, one sentence a line and no
/// stops: in a text [`written_without_stops`], runs of at least [`HAN_LINE_RUN`] lines in a row
/// that [`han_line`] takes. Such a line reads as a heading for want of a stop, but a page has
/// no column of headings. A run that a short label or two sets apart from prose above it
/// ("相关新闻", "上一篇") is a list of links under the label, not the post's.
fn han_prose(text: &str, lines: &[Line]) -> Vec<bool> {
    let line_text = |i: usize| lines.get(i).and_then(|l| text.get(l.span.clone())).unwrap_or("");
    let mut marks = vec![false; lines.len()];
    if !written_without_stops((0..lines.len()).map(line_text)) {
        return marks;
    }
    let is = |i: usize| i < lines.len() && han_line(line_text(i));
    let label = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count() <= HAN_LABEL_CHARS;
    let labelled = |i: usize| {
        let labels = (0..i).rev().take_while(|&k| label(line_text(k))).take(HAN_LABEL_RUN + 1).count();
        (1..=HAN_LABEL_RUN).contains(&labels)
            && i.checked_sub(labels + 1)
                .is_some_and(|k| han_line(line_text(k)) || ends_sentence(line_text(k)))
    };
    let mut i = 0;
    while i < lines.len() {
        let mut j = i;
        while is(j) {
            j += 1;
        }
        if j - i >= HAN_LINE_RUN && !labelled(i) {
            marks.iter_mut().take(j).skip(i).for_each(|m| *m = true);
        }
        i = j.max(i + 1);
    }
    marks
}

/// Groups lines into blocks. Boilerplate lines separate blocks; each line of `code` is a block
/// of its own; the lines of a `formula` join each other and the clause around them (a block of
/// formula alone is read as code: the article's, never a sentence). Returns the blocks and the
/// positions of the `\n`s inside joined paragraphs (they become spaces).
pub(crate) fn build(
    text: &str,
    lines: &[Line],
    boilerplate: &[bool],
    code: &[bool],
    formula: &[bool],
) -> (Vec<RawBlock>, Vec<usize>) {
    let width = wrap_width(text, lines, boilerplate);
    let line_text = |i: usize| lines.get(i).and_then(|l| text.get(l.span.clone())).unwrap_or("");
    let is_code = |i: usize| code.get(i).copied().unwrap_or(false);
    let is_formula = |i: usize| formula.get(i).copied().unwrap_or(false);
    let prose = han_prose(text, lines);
    // At most a block per line kept: reserved once, where doubling would leave up to half the
    // room unused on a page of a million one-line stories.
    let mut blocks = Vec::with_capacity(boilerplate.iter().filter(|&&b| !b).count());
    let mut joins = Vec::new();
    let mut i = 0;
    while let Some(first) = lines.get(i) {
        if boilerplate.get(i).copied().unwrap_or(true) {
            i += 1;
            continue;
        }
        if is_code(i) {
            let span = first.span.clone();
            blocks.push(RawBlock {
                span,
                kind: BlockKind::Code,
                furniture: false,
                lede: false,
                container: None,
                link_bytes: 0,
                data: false,
            });
            i += 1;
            continue;
        }
        let list = list_marker(line_text(i)).is_some();
        let mut end = i;
        while let Some(next) = lines.get(end + 1) {
            let (in_formula, to_formula) = (is_formula(end), is_formula(end + 1));
            // (A formula's rows stand apart by blank lines; the formula goes on.)
            let blank = next.blank_before && !(in_formula && to_formula);
            if blank || boilerplate.get(end + 1).copied().unwrap_or(true) || is_code(end + 1) {
                break;
            }
            let (cur, after) = (line_text(end), line_text(end + 1));
            if list_marker(after).is_some() && !to_formula {
                break;
            }
            let wrapped = width.is_some_and(|w| cur.chars().count() * WRAP_FULL.1 >= w * WRAP_FULL.0);
            let joined = if to_formula {
                // A clause goes on in the formula after it; a heading over it does not.
                in_formula || !(ends_sentence(cur) || looks_like_heading(cur))
            } else {
                // A formula goes on in the clause after it unless that opens a sentence. A
                // comma ends no paragraph ("He said,\n“We will go.”").
                (in_formula && !after.starts_with(char::is_uppercase))
                    || wrapped
                    || cur.ends_with(',')
                    || (!ends_sentence(cur) && starts_lowercase(after))
            };
            if !joined {
                break;
            }
            if let Some(line) = lines.get(end) {
                joins.push(line.span.end);
                if next.blank_before {
                    joins.push(line.span.end + 1);
                }
            }
            end += 1;
        }
        let mut span = first.span.start..lines.get(end).map_or(first.span.end, |l| l.span.end);
        // A Markdown heading ("## Results"): a heading without its marker.
        if end == i {
            if let Some(marker) = markdown_heading(line_text(i)) {
                span.start += marker;
                blocks.push(RawBlock {
                    span,
                    kind: BlockKind::Heading,
                    furniture: false,
                    lede: false,
                    container: None,
                    link_bytes: 0,
                    data: false,
                });
                i = end + 1;
                continue;
            }
        }
        let kind = if (i..=end).all(is_formula) {
            BlockKind::Code
        } else if list {
            BlockKind::ListItem
        } else if end == i && looks_like_heading(line_text(i)) && prose.get(i) != Some(&true) {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        blocks.push(RawBlock {
            span,
            kind,
            furniture: false,
            lede: false,
            container: None,
            link_bytes: 0,
            data: false,
        });
        i = end + 1;
    }
    (blocks, joins)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::map::TextBuilder;
    use crate::clean::text::normalise;

    #[test]
    fn measured_lines_open_with_an_amount_of_something() {
        for line in [
            "250 g Mehl",
            "½ TL Salz",
            "2 Eier (Gr. M)",
            "1,5 kg Kartoffeln",
            "2-3 cloves garlic",
            "1 Pck. Backpulver",
        ] {
            assert!(measured_line(line), "{line:?}");
        }
        // List numbers, times, dates, page numbers and prices measure nothing.
        for line in
            ["1. Introduction", "2) Second step", "20:37", "12.03.2024", "7", "5 EUR", "2,50 EUR", "Salz"]
        {
            assert!(!measured_line(line), "{line:?}");
        }
    }

    fn kinds(input: &str) -> Vec<(String, BlockKind)> {
        let mut out = TextBuilder::default();
        let lines = normalise(input, &mut out);
        let (mut text, _) = out.finish();
        let mut boilerplate = vec![false; lines.len()];
        let code = mark_code(&text, &lines, &mut boilerplate);
        let formula = mark_formulas(&text, &lines);
        let (blocks, joins) = build(&text, &lines, &boilerplate, &code, &formula);
        crate::clean::map::newlines_to_spaces(&mut text, &joins);
        blocks.into_iter().map(|b| (text[b.span].to_string(), b.kind)).collect()
    }

    /// The lines `kinds` reads as code.
    fn code(input: &str) -> Vec<String> {
        kinds(input).into_iter().filter(|(_, k)| *k == BlockKind::Code).map(|(t, _)| t).collect()
    }

    #[test]
    fn code_the_text_introduces_is_code_line_by_line() {
        let tutorial = "A good place to start looking for a reasonable value is the mean:\n\n\
                        SELECT avg(n)\nFROM unnest(array[2, 3, 5]) AS n;\n\n\
                        The mean is about 3.3, as expected.\n";
        assert_eq!(code(tutorial), ["SELECT avg(n)", "FROM unnest(array[2, 3, 5]) AS n;"]);
        // A page's script pasted along, which nothing introduces, is judged as text.
        let script = "Multiplayer, Voice chat, Store\n\nwindow._taboola = window._taboola || [];\n\
                      _taboola.push({ mode: 'thumbnails' });\n";
        assert!(code(script).is_empty());
        // Nor is a group of prose lines, whatever it is introduced by.
        let prose = "The mayor said:\nThe budget passes on Tuesday after months of debate.\n\
                     It raises spending on schools (by a tenth) this year.\n";
        assert!(code(prose).is_empty());
    }

    #[test]
    fn a_table_set_as_text_is_code() {
        let table = "Say hello to the summary of the week.\n\n period │ entries\n\
                     ──────┼────────\n 18:00 │ 4084\n 17:59 │ 3927\n";
        assert_eq!(code(table), ["period │ entries", "──────┼────────", "18:00 │ 4084", "17:59 │ 3927"]);
        // A rule drawn once under a menu is decoration, not a table.
        let menu = "Home\nNews\n────────\nSport\n";
        assert!(code(menu).is_empty());
    }

    #[test]
    fn a_markdown_fence_holds_code_and_its_fences_go() {
        let md = "Run it:\n\n```sh\ncargo build\nls target\n```\n\nIt builds.\n";
        assert_eq!(code(md), ["cargo build", "ls target"]);
        let texts: Vec<String> = kinds(md).into_iter().map(|(t, _)| t).collect();
        assert!(!texts.iter().any(|t| t.contains("```")), "{texts:?}");
        // A fence nothing closes is text, and so is prose between two stray fences.
        assert!(code("```\nThe syntax opens a block.\n").is_empty());
        let stray = "```\nThe council approved the budget on Tuesday after a long debate.\n\
                     The mayor said she would sign it into law within the week.\n```\n";
        assert!(code(stray).is_empty());
    }

    #[test]
    fn headings_paragraphs_lists() {
        let got = kinds(
            "Mali, Burkina say restricting entry for US nationals\nABIDJAN: Mali and Burkina Faso acted.\n\
             The list grew\nlonger this month.\n- first point\n2) second point\nIt ended.",
        );
        assert_eq!(
            got,
            [
                ("Mali, Burkina say restricting entry for US nationals".into(), BlockKind::Heading),
                ("ABIDJAN: Mali and Burkina Faso acted.".into(), BlockKind::Paragraph),
                ("The list grew longer this month.".into(), BlockKind::Paragraph),
                ("- first point".into(), BlockKind::ListItem),
                ("2) second point".into(), BlockKind::ListItem),
                ("It ended.".into(), BlockKind::Paragraph),
            ]
        );
    }

    #[test]
    fn markdown_headings_lose_their_marker() {
        let got = kinds("# Budget passes\nThe council voted.\n## Reactions.\n#hashtag line");
        assert_eq!(got[0], ("Budget passes".into(), BlockKind::Heading));
        assert!(!looks_like_heading("Critics were loud. Nobody resigned [3]"));
        assert!(looks_like_heading(
            "Russia, N. Korea Say U.S. Military Move Fuels Korean Peninsula Tensions"
        ));
        assert!(looks_like_heading("Dr. Who returns to screens"));
        assert_eq!(got[2], ("Reactions.".into(), BlockKind::Heading));
        assert_eq!(got[3].1, BlockKind::Paragraph);
    }

    #[test]
    fn hard_wrapped_text_is_joined() {
        let input = "The committee met on Tuesday to discuss the budget for the\n\
                     coming year. Members argued about the cost of the new bridge\n\
                     and whether the town could afford it without raising taxes\n\
                     again. In the end they voted to delay.\n\n\
                     A second meeting is planned for March, when the engineers will\n\
                     present revised estimates to the full council and the public.\n";
        let got = kinds(input);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].0.starts_with("The committee met") && got[0].0.ends_with("voted to delay."));
    }

    #[test]
    fn markers() {
        assert_eq!(list_marker("- a"), Some(2));
        assert_eq!(list_marker("+ a"), Some(2));
        assert_eq!(list_marker("• a"), Some(4));
        assert_eq!(list_marker("12. a"), Some(4));
        assert_eq!(list_marker("2024. a"), None);
        assert_eq!(list_marker("-a"), None);
        assert_eq!(list_marker("3.5 million"), None);
    }
}
