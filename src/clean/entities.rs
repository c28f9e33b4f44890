//! HTML character references: the common named ones and all numeric ones.

/// Named references, sorted by name for binary search.
static NAMED: &[(&str, &str)] = &[
    ("AElig", "Æ"),
    ("Aacute", "Á"),
    ("Agrave", "À"),
    ("Auml", "Ä"),
    ("Ccedil", "Ç"),
    ("Eacute", "É"),
    ("Egrave", "È"),
    ("Iacute", "Í"),
    ("Ntilde", "Ñ"),
    ("Oacute", "Ó"),
    ("Ouml", "Ö"),
    ("Uacute", "Ú"),
    ("Uuml", "Ü"),
    ("aacute", "á"),
    ("acirc", "â"),
    ("aelig", "æ"),
    ("agrave", "à"),
    ("amp", "&"),
    ("apos", "'"),
    ("aring", "å"),
    ("atilde", "ã"),
    ("auml", "ä"),
    ("bdquo", "„"),
    ("brvbar", "¦"),
    ("bull", "•"),
    ("ccedil", "ç"),
    ("cent", "¢"),
    ("copy", "©"),
    ("dagger", "†"),
    ("deg", "°"),
    ("divide", "÷"),
    ("eacute", "é"),
    ("ecirc", "ê"),
    ("egrave", "è"),
    ("emsp", "\u{2003}"),
    ("ensp", "\u{2002}"),
    ("euml", "ë"),
    ("euro", "€"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("gt", ">"),
    ("hellip", "…"),
    ("iacute", "í"),
    ("icirc", "î"),
    ("iexcl", "¡"),
    ("igrave", "ì"),
    ("iquest", "¿"),
    ("iuml", "ï"),
    ("laquo", "«"),
    ("ldquo", "“"),
    ("lrm", "\u{200E}"),
    ("lsaquo", "‹"),
    ("lsquo", "‘"),
    ("lt", "<"),
    ("mdash", "—"),
    ("middot", "·"),
    ("minus", "−"),
    ("nbsp", "\u{A0}"),
    ("ndash", "–"),
    ("not", "¬"),
    ("ntilde", "ñ"),
    ("oacute", "ó"),
    ("ocirc", "ô"),
    ("oelig", "œ"),
    ("ograve", "ò"),
    ("ordf", "ª"),
    ("ordm", "º"),
    ("oslash", "ø"),
    ("otilde", "õ"),
    ("ouml", "ö"),
    ("para", "¶"),
    ("permil", "‰"),
    ("plusmn", "±"),
    ("pound", "£"),
    ("prime", "′"),
    ("quot", "\""),
    ("raquo", "»"),
    ("rdquo", "”"),
    ("reg", "®"),
    ("rlm", "\u{200F}"),
    ("rsaquo", "›"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("sect", "§"),
    ("shy", "\u{AD}"),
    ("szlig", "ß"),
    ("thinsp", "\u{2009}"),
    ("times", "×"),
    ("trade", "™"),
    ("uacute", "ú"),
    ("ucirc", "û"),
    ("ugrave", "ù"),
    ("uuml", "ü"),
    ("yacute", "ý"),
    ("yen", "¥"),
    ("yuml", "ÿ"),
    ("zwj", "\u{200D}"),
    ("zwnj", "\u{200C}"),
];

/// What browsers show for numeric references 0x80-0x9F (the Windows-1252 characters).
const WINDOWS_1252: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}',
    '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The character a C1 control (U+0080-U+009F) stands for in text that was Windows-1252 but
/// decoded as Latin-1 (“ ” – arrive as U+0093, U+0094, U+0096), or `None` where Windows-1252
/// leaves the code undefined.
pub(crate) fn windows_1252(c: char) -> Option<char> {
    let i = u32::from(c).checked_sub(0x80)?;
    WINDOWS_1252.get(i as usize).copied().filter(|w| !w.is_control())
}

/// The character a C1 control in decoded text stands for: [`windows_1252`], U+0085 aside (a
/// line end either way).
pub(crate) fn read_as_latin_1(c: char) -> Option<char> {
    windows_1252(c).filter(|_| c != '\u{0085}')
}

/// A decoded reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decoded {
    /// A named reference's text.
    Str(&'static str),
    /// A numeric reference's character.
    Char(char),
}

/// Decodes the reference starting at the `&` at byte `at` of `s`, reading no further than `end`.
/// Returns what it stands for and its length in bytes, or `None` when it is not a reference
/// (the `&` is then literal text).
pub(crate) fn decode(s: &str, at: usize, end: usize) -> Option<(Decoded, usize)> {
    let bytes = s.as_bytes().get(at..end.min(s.len()))?;
    if bytes.first() != Some(&b'&') {
        return None;
    }
    if bytes.get(1) == Some(&b'#') {
        let (hex, digits_from) = match bytes.get(2) {
            Some(b'x') | Some(b'X') => (true, 3),
            _ => (false, 2),
        };
        let mut value: u32 = 0;
        let mut i = digits_from;
        while let Some(&b) = bytes.get(i) {
            let digit = match (hex, b) {
                (_, b'0'..=b'9') => u32::from(b - b'0'),
                (true, b'a'..=b'f') => u32::from(b - b'a' + 10),
                (true, b'A'..=b'F') => u32::from(b - b'A' + 10),
                _ => break,
            };
            // Saturate: an absurdly long number is simply invalid.
            value = value.saturating_mul(if hex { 16 } else { 10 }).saturating_add(digit);
            i += 1;
        }
        if i == digits_from {
            return None;
        }
        let len = if bytes.get(i) == Some(&b';') { i + 1 } else { i };
        return Some((Decoded::Char(numeric(value)), len));
    }
    let mut i = 1;
    while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) && i <= 32 {
        i += 1;
    }
    let name = std::str::from_utf8(bytes.get(1..i)?).ok()?;
    let found = NAMED.binary_search_by(|(n, _)| n.cmp(&name)).ok().and_then(|k| NAMED.get(k))?;
    if bytes.get(i) == Some(&b';') {
        Some((Decoded::Str(found.1), i + 1))
    } else if matches!(name, "amp" | "lt" | "gt" | "quot" | "nbsp" | "copy" | "reg") {
        // Legacy references that browsers accept without the semicolon.
        Some((Decoded::Str(found.1), i))
    } else {
        None
    }
}

/// The character a numeric reference stands for, as browsers decode it.
fn numeric(value: u32) -> char {
    match value {
        0x80..=0x9F => WINDOWS_1252.get((value - 0x80) as usize).copied().unwrap_or('\u{FFFD}'),
        0 => '\u{FFFD}',
        v => char::from_u32(v).unwrap_or('\u{FFFD}'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(NAMED.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn named_and_numeric() {
        let d = |s: &str| decode(s, 0, s.len());
        assert_eq!(d("&amp;x"), Some((Decoded::Str("&"), 5)));
        assert_eq!(d("&eacute;"), Some((Decoded::Str("é"), 8)));
        assert_eq!(d("&amp x"), Some((Decoded::Str("&"), 4)));
        assert_eq!(d("&#8217;"), Some((Decoded::Char('’'), 7)));
        assert_eq!(d("&#x1F600;"), Some((Decoded::Char('😀'), 9)));
        assert_eq!(d("&#xD800;"), Some((Decoded::Char('\u{FFFD}'), 8)));
        assert_eq!(d("&#99999999999999;"), Some((Decoded::Char('\u{FFFD}'), 17)));
        assert_eq!(d("&#0;"), Some((Decoded::Char('\u{FFFD}'), 4)));
        assert_eq!(d("&#150;"), Some((Decoded::Char('–'), 6)));
        assert_eq!(d("&bogus;"), None);
        assert_eq!(d("&"), None);
        assert_eq!(d("&#;"), None);
        assert_eq!(d("&mdash"), None);
    }
}
