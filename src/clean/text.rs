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

/// [`classify`] for plain text, where a C1 control standing for a Windows-1252 character (text
/// that was Windows-1252 but read as Latin-1) is text: [`normalise`] writes the character.
fn classify_text(c: char) -> CharClass {
    match super::entities::read_as_latin_1(c) {
        Some(_) => CharClass::Plain,
        None => classify(c),
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
    let mut n =
        Normaliser { input, out, lines: Vec::new(), copy_from: 0, line_start: None, blank_before: true };
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if !is_special(b) {
            i += 1;
            continue;
        }
        let has_content = n.line_start.is_some() || n.copy_from < i;
        // One space between words is the common case: keep copying.
        if b == b' ' && has_content && bytes.get(i + 1).is_some_and(|&next| !is_special(next)) {
            i += 2;
            continue;
        }
        let Some(c) = char_at(input, i) else { break };
        match classify_text(c) {
            CharClass::Plain => i = n.plain(i, c),
            CharClass::Remove => {
                n.flush(i);
                i += c.len_utf8();
                n.copy_from = i;
            }
            CharClass::Space => i = n.space(i, has_content),
            CharClass::Newline | CharClass::Paragraph => i = n.line_end(i),
        }
    }
    n.flush(bytes.len());
    if let Some(start) = n.line_start {
        n.lines.push(Line { span: start..n.out.len(), blank_before: n.blank_before });
    }
    n.lines
}

/// The state of [`normalise`].
struct Normaliser<'a, 'b> {
    input: &'a str,
    out: &'b mut TextBuilder,
    lines: Vec<Line>,
    /// Start of the input not yet copied.
    copy_from: usize,
    /// Start of the current line's content in `out`.
    line_start: Option<usize>,
    /// Whether a blank line precedes the current line.
    blank_before: bool,
}

impl Normaliser<'_, '_> {
    /// Copies the input from `copy_from` to `to`.
    fn flush(&mut self, to: usize) {
        flush(self.input, self.copy_from..to, self.out, &mut self.line_start);
    }

    /// Passes the plain character `c` at `i`, writing a Windows-1252 one read as a C1 control
    /// (“ ” – ) as itself; returns the position after it.
    fn plain(&mut self, i: usize, c: char) -> usize {
        let len = c.len_utf8();
        if let Some(w) = super::entities::windows_1252(c) {
            self.flush(i);
            self.line_start.get_or_insert(self.out.len());
            self.out.replace(w.encode_utf8(&mut [0; 4]), i..i + len);
            self.copy_from = i + len;
        }
        i + len
    }

    /// Folds the run of white space at `i` into one space between words, none at a line's
    /// ends; returns where the run ends.
    fn space(&mut self, i: usize, has_content: bool) -> usize {
        self.flush(i);
        let mut j = i;
        while let Some(c) = char_at(self.input, j) {
            match classify_text(c) {
                CharClass::Space | CharClass::Remove => j += c.len_utf8(),
                _ => break,
            }
        }
        let at_line_end = char_at(self.input, j)
            .map_or(true, |c| matches!(classify_text(c), CharClass::Newline | CharClass::Paragraph));
        if has_content && !at_line_end {
            if j - i == 1 && self.input.as_bytes().get(i) == Some(&b' ') {
                self.copy_from = i;
            } else {
                self.out.replace(" ", i..j);
                self.copy_from = j;
            }
        } else {
            self.copy_from = j;
        }
        j
    }

    /// Ends the line at the line ends from `i` (with the white space among them): one line
    /// end, or a blank line if there were two; returns where the next line starts.
    fn line_end(&mut self, i: usize) -> usize {
        self.flush(i);
        let mut j = i;
        let mut newlines = 0;
        let mut after_cr = false;
        while let Some(c) = char_at(self.input, j) {
            match classify_text(c) {
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
            j += c.len_utf8();
        }
        if let Some(start) = self.line_start.take() {
            self.lines.push(Line { span: start..self.out.len(), blank_before: self.blank_before });
            self.blank_before = newlines >= 2;
            if j < self.input.len() {
                let end = if newlines >= 2 { "\n\n" } else { "\n" };
                // A line end kept as it was is a copy: it joins the lines' run, and a page of
                // short lines keeps a handful of runs, not two per line.
                if self.input.get(i..j) == Some(end) {
                    self.out.copy(end, i);
                } else {
                    self.out.replace(end, i..j);
                }
            }
        }
        self.copy_from = j;
        j
    }
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
    fn windows_1252_controls_become_their_characters() {
        let input = "\u{93}Sim\u{94}, disse \u{96} s\u{E3}o dispon\u{ED}veis\u{96} \u{E9} o fim\u{81}.\n\u{93}Sim\u{94}";
        let (text, lines, map) = run(input);
        assert_eq!(text, "“Sim”, disse – são disponíveis– é o fim.\n“Sim”");
        assert_eq!(lines.len(), 2);
        assert_eq!(&input[map.original(0..3)], "\u{93}");
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
