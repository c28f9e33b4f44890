//! The cleaned text and its map back to the input: piecewise runs, looked up by binary search.
//!
//! Most of the cleaned text is copied from the input unchanged (an identity run: a constant
//! offset). Everything else (a folded run of spaces, a `\r\n`, a decoded entity) is an atomic
//! run: its bytes all map to the whole source range they replaced, so a span that touches it
//! covers its source completely.

use std::ops::Range;

/// One run of the cleaned text.
#[derive(Debug, Clone, Copy)]
struct Run {
    /// Where the run starts in the cleaned text.
    at: usize,
    /// Where its source starts in the input.
    src: usize,
    /// The length of its source in the input.
    src_len: usize,
    /// Copied byte for byte (`src_len` equals the run's length in the cleaned text).
    identity: bool,
}

/// Builds the cleaned text and its offset map together.
#[derive(Debug, Clone, Default)]
pub(crate) struct TextBuilder {
    text: String,
    runs: Vec<Run>,
}

impl TextBuilder {
    /// An empty builder with room for about `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        TextBuilder { text: String::with_capacity(capacity), runs: Vec::new() }
    }

    /// The text so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The length of the text so far.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Appends `piece`, a verbatim copy of the input at `src_start`.
    pub fn copy(&mut self, piece: &str, src_start: usize) {
        if piece.is_empty() {
            return;
        }
        let at = self.text.len();
        match self.runs.last_mut() {
            // Contiguous with the previous copy: one run, so runs stay few on clean input.
            Some(last)
                if last.identity && last.src + last.src_len == src_start && last.at + last.src_len == at =>
            {
                last.src_len += piece.len();
            }
            _ => self.runs.push(Run { at, src: src_start, src_len: piece.len(), identity: true }),
        }
        self.text.push_str(piece);
    }

    /// Appends `piece`, which stands for the input's `src` range as a whole.
    pub fn replace(&mut self, piece: &str, src: Range<usize>) {
        if piece.is_empty() {
            return;
        }
        let at = self.text.len();
        self.runs.push(Run {
            at,
            src: src.start,
            src_len: src.end.saturating_sub(src.start),
            identity: false,
        });
        self.text.push_str(piece);
    }

    /// Finishes: the text and its map.
    pub fn finish(self) -> (String, OffsetMap) {
        (self.text, OffsetMap { runs: self.runs })
    }
}

/// Turns the `\n` at each of `positions` of `text` into a space (joined hard-wrapped lines).
/// Positions that do not hold a `\n` are ignored; the map is unaffected (one byte for one).
pub(crate) fn newlines_to_spaces(text: &mut String, positions: &[usize]) {
    if positions.is_empty() {
        return;
    }
    let mut bytes = std::mem::take(text).into_bytes();
    for &p in positions {
        if let Some(b) = bytes.get_mut(p) {
            if *b == b'\n' {
                *b = b' ';
            }
        }
    }
    // ASCII replaced by ASCII keeps the bytes valid UTF-8.
    *text = String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
}

/// Maps spans of the cleaned text back to the input.
#[derive(Debug, Clone, Default)]
pub(crate) struct OffsetMap {
    runs: Vec<Run>,
}

impl OffsetMap {
    /// The run holding cleaned byte `pos`, if any.
    fn run_at(&self, pos: usize) -> Option<&Run> {
        let i = self.runs.partition_point(|r| r.at <= pos);
        self.runs.get(i.checked_sub(1)?)
    }

    /// Where the source of the cleaned byte at `pos` starts.
    fn map_start(&self, pos: usize) -> usize {
        match self.run_at(pos) {
            Some(r) if r.identity => r.src + (pos - r.at).min(r.src_len),
            Some(r) => r.src,
            None => 0,
        }
    }

    /// Where the source of the cleaned bytes ending (exclusively) at `end` ends.
    fn map_end(&self, end: usize) -> usize {
        match end.checked_sub(1).and_then(|last| self.run_at(last)) {
            Some(r) if r.identity => r.src + (end - r.at).min(r.src_len),
            Some(r) => r.src + r.src_len,
            None => 0,
        }
    }

    /// The input span that `span` of the cleaned text came from: it covers every source byte
    /// of every cleaned byte in `span` (and whatever was removed between them).
    pub fn original(&self, span: Range<usize>) -> Range<usize> {
        let start = self.map_start(span.start);
        if span.end <= span.start {
            return start..start;
        }
        let end = self.map_end(span.end).max(start);
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_and_atomic_runs_map_back() {
        // Input: "a  b&amp;c" -> "a b&c"
        let mut b = TextBuilder::default();
        b.copy("a", 0);
        b.replace(" ", 1..3);
        b.copy("b", 3);
        b.replace("&", 4..9);
        b.copy("c", 9);
        let (text, map) = b.finish();
        assert_eq!(text, "a b&c");
        assert_eq!(map.original(0..1), 0..1);
        assert_eq!(map.original(0..3), 0..4);
        assert_eq!(map.original(2..5), 3..10);
        assert_eq!(map.original(3..4), 4..9);
        assert_eq!(map.original(5..5), 10..10);
    }

    #[test]
    fn contiguous_copies_share_a_run() {
        let mut b = TextBuilder::default();
        b.copy("ab", 0);
        b.copy("cd", 2);
        b.copy("ef", 10);
        assert_eq!(b.runs.len(), 2);
        let (_, map) = b.finish();
        assert_eq!(map.original(1..5), 1..11);
    }
}
