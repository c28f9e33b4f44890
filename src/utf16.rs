//! Byte offsets into a UTF-8 string mapped to UTF-16 code-unit offsets.
//!
//! The core reports spans as byte offsets into the input; JavaScript indexes strings in UTF-16
//! code units, so the binding converts every span before it leaves the module
//! (`input.slice(start, end)` must be the sentence's source).
//!
//! A JS string may hold lone surrogates, which are not valid UTF-8. The binding receives them as
//! U+FFFD (the encoder replaces each lone surrogate by one replacement character): one UTF-16
//! unit in, one UTF-16 unit back, so offsets past them stay aligned with the caller's string.
//!
//! Only the binding uses this, but it is plain Rust so it is compiled and tested on every target.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

/// Converts byte offsets into one text to UTF-16 offsets, many at a time, in one pass over the
/// text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Utf16Offsets<'a> {
    text: &'a str,
}

impl<'a> Utf16Offsets<'a> {
    /// Prepares conversions for offsets into `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        Utf16Offsets { text }
    }

    /// The UTF-16 offset of each byte offset, in the order given.
    ///
    /// Offsets past the end map to the text's UTF-16 length. An offset inside a character (never
    /// produced by the core, whose spans are on character boundaries) maps to the UTF-16 offset
    /// just after that character, so that a span never shrinks below what it covers.
    pub(crate) fn to_utf16(self, byte_offsets: &[usize]) -> Vec<usize> {
        let bytes = self.text.as_bytes();
        let mut out = vec![0; byte_offsets.len()];
        // ASCII is one unit per byte: the common case needs no walk at all.
        if bytes.is_ascii() {
            for (o, &b) in out.iter_mut().zip(byte_offsets) {
                *o = b.min(bytes.len());
            }
            return out;
        }
        // Visit the offsets in ascending order so the text is walked once, however many there are.
        let order = crate::order::by_key(byte_offsets.iter().map(|&b| b as u64));
        let mut pos = 0;
        let mut units = 0;
        for i in order {
            let target = byte_offsets.get(i).copied().unwrap_or(0).min(bytes.len());
            if target > pos {
                units += utf16_len(bytes.get(pos..target).unwrap_or_default());
                pos = target;
            }
            if let Some(o) = out.get_mut(i) {
                *o = units;
            }
        }
        out
    }
}

/// UTF-16 units in a run of UTF-8 bytes: one per character (every byte that is not a
/// continuation byte starts one), plus one more for each four-byte character (a surrogate pair).
/// Counting bytes rather than decoding characters keeps the loop branch-free.
fn utf16_len(bytes: &[u8]) -> usize {
    bytes.iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The obvious, slow definition the fast one must agree with.
    fn reference(text: &str, byte: usize) -> usize {
        text.char_indices().take_while(|&(i, _)| i < byte).map(|(_, c)| c.len_utf16()).sum()
    }

    fn boundaries(text: &str) -> Vec<usize> {
        text.char_indices().map(|(i, _)| i).chain([text.len()]).collect()
    }

    #[test]
    fn matches_char_by_char_count_on_mixed_scripts() {
        let text = "Hi 👋🏽 — 東京は晴れ。 مرحبا بالعالم! Ünïcödé 𝕏 end";
        let offsets = boundaries(text);
        let got = Utf16Offsets::new(text).to_utf16(&offsets);
        let want: Vec<usize> = offsets.iter().map(|&b| reference(text, b)).collect();
        assert_eq!(got, want);
        assert_eq!(got.last(), Some(&text.encode_utf16().count()));
    }

    #[test]
    fn slicing_the_utf16_string_gives_the_same_text() {
        let text = "Première phrase. 😀 Second 文 sentence! Third 👩‍👩‍👧 one?";
        let units: Vec<u16> = text.encode_utf16().collect();
        for (start, end) in [(0, 17), (18, 42), (43, text.len())] {
            let [s, e] = Utf16Offsets::new(text).to_utf16(&[start, end])[..] else { unreachable!() };
            assert_eq!(String::from_utf16(&units[s..e]).unwrap(), text[start..end]);
        }
    }

    #[test]
    fn keeps_the_callers_order_and_handles_repeats() {
        let text = "ab😀cd";
        // Bytes: a=0 b=1 😀=2..6 c=6 d=7; units: a=0 b=1 😀=2..4 c=4 d=5.
        assert_eq!(Utf16Offsets::new(text).to_utf16(&[7, 0, 6, 2, 6, 8]), vec![5, 0, 4, 2, 4, 6]);
    }

    #[test]
    fn ascii_is_identity_and_out_of_range_is_clamped() {
        let text = "plain ascii";
        assert_eq!(Utf16Offsets::new(text).to_utf16(&[0, 5, 11, 99]), vec![0, 5, 11, 11]);
        assert_eq!(Utf16Offsets::new("é").to_utf16(&[99, usize::MAX]), vec![1, 1]);
        assert_eq!(Utf16Offsets::new("").to_utf16(&[0, 3]), vec![0, 0]);
        assert!(Utf16Offsets::new("x").to_utf16(&[]).is_empty());
    }

    #[test]
    fn offsets_inside_a_character_round_up() {
        // 😀 is 4 bytes and 2 units: any offset inside it maps past it, never into the pair.
        let text = "a😀b";
        assert_eq!(Utf16Offsets::new(text).to_utf16(&[2, 3, 4, 5]), vec![3, 3, 3, 3]);
    }

    #[test]
    fn replacement_character_keeps_lone_surrogates_aligned() {
        // The JS string "a\uD800b" arrives as "a\u{FFFD}b": U+FFFD is 3 bytes but one UTF-16
        // unit, the same single unit the lone surrogate had, so "b" stays at JS offset 2.
        let js_units: Vec<u16> = vec![0x61, 0xD800, 0x62];
        let received = String::from_utf16_lossy(&js_units);
        assert_eq!(received, "a\u{FFFD}b");
        let b = received.find('b').unwrap();
        let [start, end] = Utf16Offsets::new(&received).to_utf16(&[b, b + 1])[..] else { unreachable!() };
        assert_eq!((start, end), (2, 3));
        assert_eq!(js_units[start..end], [0x62]);
        // A surrogate pair stays a pair: one 4-byte character, two units.
        let pair = String::from_utf16(&[0xD83D, 0xDE00, 0x21]).unwrap();
        assert_eq!(Utf16Offsets::new(&pair).to_utf16(&[4, 5]), vec![2, 3]);
    }

    #[test]
    fn long_text_many_offsets() {
        let text = "Ωμέγα 😀 text. ".repeat(2000);
        let offsets: Vec<usize> = boundaries(&text).into_iter().rev().step_by(7).collect();
        let got = Utf16Offsets::new(&text).to_utf16(&offsets);
        for (&b, &u) in offsets.iter().zip(&got).step_by(97) {
            assert_eq!(u, reference(&text, b), "byte {b}");
        }
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(got.first(), Some(&units.len()));
    }
}
