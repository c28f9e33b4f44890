//! Normalising plain text: line ends, invisible characters and runs of spaces, in one linear
//! pass that copies ordinary text in bulk.

use super::map::TextBuilder;
use crate::classify::char_at;
use std::ops::Range;

/// What a character becomes in the cleaned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CharClass {
    /// Kept as is.
    Plain,
    /// Horizontal space of any kind: folded into one `' '`.
    Space,
    /// A line end.
    Newline,
    /// A paragraph end (U+2029): a blank line.
    Paragraph,
    /// Invisible and meaningless once copied (zero-width space, bidi controls, soft hyphen,
    /// controls). The zero-width joiner and non-joiner stay: they build emoji sequences
    /// (👨‍👩‍👧) and Indic and Persian letter forms, and dropping them changed the words.
    Remove,
}

/// Classifies `c`.
pub(crate) fn classify(c: char) -> CharClass {
    match c {
        '\n' | '\r' | '\u{000C}' | '\u{0085}' | '\u{2028}' => CharClass::Newline,
        '\u{2029}' => CharClass::Paragraph,
        ' '
        | '\t'
        | '\u{000B}'
        | '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => CharClass::Space,
        '\u{00AD}'
        | '\u{061C}'
        | '\u{180E}'
        | '\u{200B}'
        | '\u{200E}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => CharClass::Remove,
        c if c.is_control() => CharClass::Remove,
        _ => CharClass::Plain,
    }
}

/// Bytes that may start a character that is not [`CharClass::Plain`]; every other byte is
/// copied without decoding. Continuation bytes (0x80-0xBF) are never special.
static SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    t[b' ' as usize] = true;
    t[0x7F] = true;
    // Lead bytes of U+0080-U+00BF, U+061C, U+1680/U+180E, U+2000-U+206F, U+3000, U+FEFF.
    t[0xC2] = true;
    t[0xD8] = true;
    t[0xE1] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// Whether byte `b` may start a non-plain character.
pub(crate) fn is_special(b: u8) -> bool {
    SPECIAL[usize::from(b)]
}

/// A non-empty line of the cleaned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    /// Its span in the cleaned text (no line end, no leading or trailing space).
    pub span: Range<usize>,
    /// Whether a blank line (or the start of the input) precedes it.
    pub blank_before: bool,
}

/// Normalises `input` into `out`: `\n` line ends (one blank line at most between lines), spaces
/// folded, lines trimmed, invisible characters removed. Returns the non-empty lines.
pub(crate) fn normalise(input: &str, out: &mut TextBuilder) -> Vec<Line> {
    let bytes = input.as_bytes();
    let n = bytes.len();
    let mut lines = Vec::new();
    // Start of the input region not yet copied; start of the current line's content in `out`.
    let mut copy_from = 0;
    let mut line_start: Option<usize> = None;
    let mut blank_before = true;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if !is_special(b) {
            i += 1;
            continue;
        }
        let has_content = line_start.is_some() || copy_from < i;
        // One space between words is the common case: keep copying.
        if b == b' ' && has_content && bytes.get(i + 1).is_some_and(|&next| !is_special(next)) {
            i += 2;
            continue;
        }
        let Some(c) = char_at(input, i) else { break };
        let len = c.len_utf8();
        match classify(c) {
            CharClass::Plain => i += len,
            CharClass::Remove => {
                flush(input, copy_from..i, out, &mut line_start);
                i += len;
                copy_from = i;
            }
            CharClass::Space => {
                flush(input, copy_from..i, out, &mut line_start);
                let mut j = i;
                while let Some(c) = char_at(input, j) {
                    let len = c.len_utf8();
                    match classify(c) {
                        CharClass::Space | CharClass::Remove => j += len,
                        _ => break,
                    }
                }
                let at_line_end = char_at(input, j)
                    .map_or(true, |c| matches!(classify(c), CharClass::Newline | CharClass::Paragraph));
                if has_content && !at_line_end {
                    if j - i == 1 && b == b' ' {
                        copy_from = i;
                    } else {
                        out.replace(" ", i..j);
                        copy_from = j;
                    }
                } else {
                    copy_from = j;
                }
                i = j;
            }
            CharClass::Newline | CharClass::Paragraph => {
                flush(input, copy_from..i, out, &mut line_start);
                let mut j = i;
                let mut newlines = 0;
                let mut after_cr = false;
                while let Some(c) = char_at(input, j) {
                    let len = c.len_utf8();
                    match classify(c) {
                        CharClass::Newline => {
                            // "\r\n" is one line end.
                            if !(c == '\n' && after_cr) {
                                newlines += 1;
                            }
                            after_cr = c == '\r';
                        }
                        CharClass::Paragraph => {
                            newlines += 2;
                            after_cr = false;
                        }
                        CharClass::Space | CharClass::Remove => after_cr = false,
                        CharClass::Plain => break,
                    }
                    j += len;
                }
                if let Some(start) = line_start.take() {
                    lines.push(Line { span: start..out.len(), blank_before });
                    blank_before = newlines >= 2;
                    if j < n {
                        out.replace(if newlines >= 2 { "\n\n" } else { "\n" }, i..j);
                    }
                }
                copy_from = j;
                i = j;
            }
        }
    }
    flush(input, copy_from..n, out, &mut line_start);
    if let Some(start) = line_start {
        lines.push(Line { span: start..out.len(), blank_before });
    }
    lines
}

/// Copies `input[range]` to `out`, noting where the line's content starts.
fn flush(input: &str, range: Range<usize>, out: &mut TextBuilder, line_start: &mut Option<usize>) {
    if let Some(piece) = input.get(range.clone()).filter(|p| !p.is_empty()) {
        if line_start.is_none() {
            *line_start = Some(out.len());
        }
        out.copy(piece, range.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &str) -> (String, Vec<Line>, super::super::map::OffsetMap) {
        let mut out = TextBuilder::default();
        let lines = normalise(input, &mut out);
        let (text, map) = out.finish();
        (text, lines, map)
    }

    #[test]
    fn line_ends_spaces_and_invisibles() {
        let input = "  One\u{00A0}\u{00A0}two\r\nthr\u{200B}ee \r\rfour\u{00AD}s\t\u{FEFF}  \n";
        let (text, lines, map) = run(input);
        assert_eq!(text, "One two\nthree\n\nfours");
        let spans: Vec<_> = lines.iter().map(|l| &text[l.span.clone()]).collect();
        assert_eq!(spans, ["One two", "three", "fours"]);
        assert_eq!(lines.iter().map(|l| l.blank_before).collect::<Vec<_>>(), [true, false, true]);
        assert_eq!(&input[map.original(lines[1].span.clone())], "thr\u{200B}ee");
        assert_eq!(&input[map.original(0..3)], "One");
    }

    #[test]
    fn plain_text_is_copied_in_one_run() {
        let input = "A plain line. Another one.\nSecond line here.";
        let (text, _, map) = run(input);
        assert_eq!(text, input);
        assert_eq!(map.original(14..26), 14..26);
    }

    #[test]
    fn degenerate_inputs() {
        for input in ["", " ", "\n\n\r", "\u{200B}", "\u{2029}x\u{2029}", "a\u{0}b"] {
            let (text, lines, _) = run(input);
            for l in &lines {
                assert!(!text[l.span.clone()].is_empty());
            }
        }
        assert_eq!(run("a\u{0}b").0, "ab");
    }
}
