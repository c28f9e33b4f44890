//! News datelines ("SEOUL:", "New Delhi (CNN)", "PARIS (Reuters) -") open a story's first
//! sentence but are not part of it: a summary shows the sentence without them.

/// Agencies whose name in brackets closes a dateline.
const AGENCIES: [&str; 14] = [
    "CNN",
    "Reuters",
    "AP",
    "AFP",
    "MENAFN",
    "AFX",
    "UPI",
    "dpa",
    "EFE",
    "ANSA",
    "Xinhua",
    "PTI",
    "IANS",
    "Bloomberg",
];
/// A dateline's place is short: "Lagos, Nigeria", "NEW YORK".
const MAX_PLACE: usize = 40;
/// A place's or outlet's words are capitalised, but for short joining words of up to this
/// many bytes ("Rio de Janeiro", "Port of Spain").
const MAX_JOINING_WORD: usize = 3;

/// Where a story's first sentence starts once its dateline is left out: the dateline's length,
/// or 0 if it has none or is all the sentence holds (a bare "SEOUL:" stays as it is).
pub(crate) fn skip(sentence: &str) -> usize {
    let n = dateline_len(sentence);
    if n < sentence.len() {
        n
    } else {
        0
    }
}

/// The length in bytes of the dateline that opens `sentence`, or 0 if it has none.
pub(crate) fn dateline_len(sentence: &str) -> usize {
    let (place, rest) = place(sentence);
    let after_place = &sentence[place..];
    // "New Delhi (CNN)Thankfully" or "(CNN) -- The"
    if let Some(inner) = rest.strip_prefix('(') {
        if let Some(close) = inner.find(')') {
            if AGENCIES.iter().any(|a| inner[..close].eq_ignore_ascii_case(a)) {
                let consumed = place + (rest.len() - inner.len()) + close + 1;
                let after = &sentence[consumed..];
                let after = &after[separator(after)..];
                return sentence.len() - after.trim_start().len();
            }
            // Any outlet's name glued to the first word: "(The Hollywood Reporter)It may be".
            let consumed = place + (rest.len() - inner.len()) + close + 1;
            if is_outlet(&inner[..close]) && sentence[consumed..].starts_with(char::is_uppercase) {
                return consumed;
            }
        }
        return 0;
    }
    // "SEOUL: Russia" / "WASHINGTON — The": a place in capitals and a separator.
    let caps = place > 1 && sentence[..place].chars().all(|c| !c.is_lowercase());
    let sep = separator(after_place);
    if caps && sep > 0 && after_place[sep..].starts_with(char::is_uppercase) {
        return place + sep;
    }
    0
}

/// An outlet's name is a few capitalised words ("The Hollywood Reporter", "EW.com", "WIRED").
const MAX_OUTLET_WORDS: usize = 5;

/// Whether `name` reads as an outlet's name: up to [`MAX_OUTLET_WORDS`] words of letters,
/// the first capitalised and the rest capitalised or short ("Journal of Commerce").
fn is_outlet(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    name.len() <= MAX_PLACE
        && words.len() <= MAX_OUTLET_WORDS
        && name.starts_with(char::is_uppercase)
        && words.iter().all(|w| {
            !w.is_empty()
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '&' | '\'' | '-' | '’'))
                && (w.starts_with(char::is_uppercase) || w.len() <= MAX_JOINING_WORD)
        })
}

/// The dateline's place: capitalised words, commas and spaces up to an opening bracket or a
/// separator. Returns its length (trailing spaces included) and what follows.
fn place(s: &str) -> (usize, &str) {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if i > MAX_PLACE || !(c.is_alphabetic() || matches!(c, ' ' | ',' | '.' | '\'' | '-')) {
            break;
        }
        end = i + c.len_utf8();
    }
    let candidate = &s[..end];
    let words_capitalised = candidate
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with(char::is_uppercase) || w.len() <= MAX_JOINING_WORD);
    if !words_capitalised {
        return (0, s);
    }
    // Keep the trailing " -" of "WASHINGTON -" out of the place; the separator takes it.
    let trimmed = candidate.trim_end_matches(['-', ' ']);
    let end =
        trimmed.len() + (candidate.len() - trimmed.len()) - candidate[trimmed.len()..].trim_start().len();
    (end, &s[end..])
}

/// A separator after a dateline: ":", "-", "--", "—", "–" with the spaces around it.
fn separator(s: &str) -> usize {
    let t = s.trim_start();
    let lead = s.len() - t.len();
    for sep in ["--", ":", "—", "–", "-"] {
        if let Some(rest) = t.strip_prefix(sep) {
            let after = rest.trim_start();
            // "U.S.-led" is not a separator: one must be followed by a space or a capital.
            if sep == "-" && !rest.starts_with(' ') {
                return 0;
            }
            return lead + sep.len() + (rest.len() - after.len());
        }
    }
    0
}

/// A story's dateline is within its first this many characters.
const STORY_DATELINE_CHARS: usize = 60;
/// A dateline's story shows lower-case letters within this many characters.
const STORY_TEXT_CHARS: usize = 200;
/// The region after a dateline's place is short: "Ivory Coast", "D.C.".
const MAX_REGION: usize = 30;

/// Whether `text` opens with a dateline: "SEOUL:", "ABIDJAN, Ivory Coast:", "PARIS (Reuters) -",
/// "NEW YORK (AP) —". Looser than [`dateline_len`] (any bracketed agency, any capitalised
/// place): it tells where a new story starts in a paste, not what to cut from a sentence.
pub(crate) fn has_dateline(text: &str) -> bool {
    let head: String = text.chars().take(STORY_DATELINE_CHARS).collect();
    // A dateline opens a story's text: a line that is only "URL:" or "NOTE:" opens nothing, and
    // an interviewer's question after their label ("L.A. WEEKLY: What is ...?") opens no story.
    // (A story's text has lower-case letters; a place's capitals have none.)
    if text.trim_end().ends_with(['?', '？']) || !text.chars().take(STORY_TEXT_CHARS).any(char::is_lowercase)
    {
        return false;
    }
    // "PLACE (Agency) -" or "Place, Month 1 (Agency) -".
    if let Some(open) = head.find(" (") {
        if let Some(close) = head.get(open..).and_then(|r| r.find(") ")).map(|c| open + c) {
            let after = head.get(close + 2..).unwrap_or("");
            if after.starts_with(['-', '—', '–'])
                && head.get(..open).is_some_and(|p| p.chars().next().is_some_and(char::is_uppercase))
            {
                return true;
            }
        }
    }
    // "PLACE:" / "PLACE —" in capitals, optionally ", Region".
    let place: String =
        head.chars().take_while(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'')).collect();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3 {
        return false;
    }
    let mut rest = head.get(place.len()..).unwrap_or("");
    if let Some(region) = rest.strip_prefix(", ") {
        let end = region.find([':', '—', '–']).unwrap_or(region.len());
        if end > MAX_REGION {
            return false;
        }
        rest = region.get(end..).unwrap_or("");
    }
    let rest = rest.trim_start();
    rest.starts_with(':') || rest.starts_with("— ") || rest.starts_with("– ") || rest.starts_with("- ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> &str {
        &s[dateline_len(s)..]
    }

    #[test]
    fn agency_datelines() {
        assert_eq!(
            strip("(CNN)Share, and your gift will be multiplied."),
            "Share, and your gift will be multiplied."
        );
        assert_eq!(strip("New Delhi (CNN)Thankfully, no one was hurt."), "Thankfully, no one was hurt.");
        assert_eq!(strip("Lagos, Nigeria (CNN)With partial results in."), "With partial results in.");
        assert_eq!(
            strip("PARIS (Reuters) - The French government said so."),
            "The French government said so."
        );
        assert_eq!(strip("(CNN) -- The storm hit."), "The storm hit.");
        assert_eq!(strip("(MENAFN) Russia announced on Sunday."), "Russia announced on Sunday.");
    }

    #[test]
    fn any_outlet_glued_to_the_first_word() {
        assert_eq!(
            strip("(The Hollywood Reporter)It may be time for a remake."),
            "It may be time for a remake."
        );
        assert_eq!(strip("(Billboard)From the first note, fans sang."), "From the first note, fans sang.");
        assert_eq!(strip("LOS ANGELES (EW.com)The show returns."), "The show returns.");
        // Only a name glued to a capitalised word is a tag: a note in brackets is kept.
        for s in [
            "(Update) The vote was held.",
            "(pictured)Kim waved.",
            "(The vote, 12 to 3)Passed.",
            "(Billboard)from here.",
        ] {
            assert_eq!(strip(s), s, "{s}");
        }
    }

    #[test]
    fn capitalised_place_and_separator() {
        assert_eq!(strip("SEOUL: Russia’s foreign minister warned."), "Russia’s foreign minister warned.");
        assert_eq!(strip("WASHINGTON — The Senate voted."), "The Senate voted.");
    }

    #[test]
    fn ordinary_openings_are_kept() {
        for s in [
            "Russia announced on Sunday that talks went well.",
            "The ministry (which declined to comment) said nothing.",
            "Note: this is not a dateline.",
            "U.S.-led forces moved in.",
            "Kim (pictured) waved.",
            "NATO - the alliance - met.",
        ] {
            assert_eq!(strip(s), s, "{s}");
        }
    }

    #[test]
    fn a_sentence_that_is_all_dateline_is_kept() {
        assert_eq!(skip("(CNN) Rain fell on Monday."), "(CNN) ".len());
        assert_eq!(skip("(CNN)"), 0);
        assert_eq!(skip("Rain fell on Monday."), 0);
    }

    #[test]
    fn a_dateline_opens_a_new_story() {
        for t in [
            "SEOUL: Russia's foreign minister",
            "ABIDJAN: Mali and",
            "PARIS (Reuters) - The",
            "NEW YORK (AP) — A fire",
            "WASHINGTON, D.C. — The",
        ] {
            assert!(has_dateline(t), "{t}");
        }
        for t in [
            "Russia announced on Sunday",
            "US: a view",
            "The (new) plan - a",
            "I: me",
            "URL:",
            "NOTE: ",
            "L.A. WEEKLY: What is your work about?",
        ] {
            assert!(!has_dateline(t), "{t}");
        }
    }
}
