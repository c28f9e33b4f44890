//! Recognising page furniture: navigation, widgets, datelines, disclaimers, copyright lines,
//! share links and wire-service identifiers. The rules are word lists (English plus a few words
//! each of French, German and Spanish) and cheap shape tests; each looks at one line or block.
//!
//! The rules err towards keeping text: a short real paragraph ("He refused.") ends with
//! punctuation and matches none of them.

/// Widget labels that are boilerplate when they stand alone on a line (compared folded: lower
/// case, surrounding punctuation and a trailing colon ignored).
const WIDGETS: &[&str] = &[
    // English
    "tags",
    "tag",
    "label",
    "labels",
    "comments",
    "comment",
    "no comment",
    "no comments",
    "category",
    "categories",
    "date",
    "search",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "print",
    "email",
    "e-mail",
    "advertisement",
    "advertising",
    "sponsored",
    "sponsored content",
    "related",
    "related articles",
    "related stories",
    "related news",
    "related posts",
    "read more",
    "read also",
    "read next",
    "see also",
    "more",
    "more stories",
    "more news",
    "subscribe",
    "subscribe now",
    "follow us",
    "follow",
    "sign up",
    "sign in",
    "log in",
    "login",
    "register",
    "newsletter",
    "menu",
    "home",
    "close",
    "next",
    "previous",
    "back to top",
    "skip to content",
    "skip to main content",
    "accept",
    "accept all",
    "accept cookies",
    "cookies",
    "cookie settings",
    "manage cookies",
    "short url",
    "short link",
    "shortlink",
    "permalink",
    "copy link",
    "link copied",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "telegram",
    "reddit",
    "pinterest",
    "x",
    "most read",
    "most popular",
    "trending",
    "recommended",
    "you may also like",
    "top stories",
    "latest news",
    "latest",
    "listen",
    "listen to this article",
    "watch",
    "video",
    "loading",
    "loading...",
    "continue reading",
    "advertisement - scroll to continue",
    "story continues below advertisement",
    "scroll to continue",
    "view comments",
    "leave a comment",
    "add comment",
    "post a comment",
    "reply",
    "report",
    "like",
    "tweet",
    "save",
    "bookmark",
    "font size",
    "text size",
    "a a a",
    "edition",
    "live",
    "breaking",
    "breaking news",
    "opinion",
    "topics",
    "keywords",
    "updated",
    "published",
    "photo",
    "photos",
    "gallery",
    "image",
    // French
    "partager",
    "imprimer",
    "commentaires",
    "commentaire",
    "lire aussi",
    "à lire aussi",
    "lire la suite",
    "publicité",
    "s'abonner",
    "abonnez-vous",
    "suivez-nous",
    "rechercher",
    "accueil",
    "voir aussi",
    "sur le même sujet",
    "les plus lus",
    "fermer",
    "envoyer",
    // German
    "teilen",
    "drucken",
    "kommentare",
    "kommentar",
    "werbung",
    "anzeige",
    "mehr zum thema",
    "weiterlesen",
    "abonnieren",
    "suche",
    "startseite",
    "lesen sie auch",
    "artikel teilen",
    "schließen",
    "meistgelesen",
    // Spanish
    "compartir",
    "imprimir",
    "comentarios",
    "comentario",
    "publicidad",
    "leer más",
    "suscríbete",
    "buscar",
    "inicio",
    "te puede interesar",
    "relacionados",
    "noticias relacionadas",
    "cerrar",
    "lo más leído",
];

/// Line openings that make a short line boilerplate ("Photo: AFP", "Tags: Russia, Korea").
const PREFIXES: &[&str] = &[
    "tags:",
    "tag:",
    "keywords:",
    "topics:",
    "filed under",
    "category:",
    "categories:",
    "photo:",
    "photo by",
    "photos:",
    "photograph:",
    "file photo",
    "image:",
    "image credit",
    "image source",
    "picture:",
    "credit:",
    "credits:",
    "read more:",
    "read also:",
    "see also:",
    "related:",
    "also read:",
    "share this",
    "follow us on",
    "subscribe to",
    "sign up for",
    "click here",
    "advertisement",
    "reporting by",
    "editing by",
    "writing by",
    "additional reporting by",
    "© ",
    "(c) ",
    "copyright ",
    "foto:",
    "crédit photo",
    "crédits photo",
    "lire aussi",
    "à lire aussi",
    "bildquelle",
    "lesen sie auch",
    "mehr zum thema",
    "lee también",
    "lea también",
    "suivez-nous",
    "follow us",
    "all rights reserved",
    "last updated",
    "updated:",
    "published:",
    "posted:",
    "share:",
    "partager:",
    "teilen:",
    "compartir:",
];

/// The most words a line opening with one of [`PREFIXES`] may have and still be boilerplate.
const PREFIX_MAX_WORDS: usize = 15;

/// Language names that stand alone on a line in a page's language switcher.
const LANGUAGES: &[&str] = &[
    "english",
    "français",
    "francais",
    "deutsch",
    "español",
    "espanol",
    "italiano",
    "português",
    "portugues",
    "русский",
    "عربي",
    "العربية",
    "中文",
    "简体中文",
    "繁體中文",
    "日本語",
    "한국어",
    "türkçe",
    "فارسی",
    "עברית",
    "nederlands",
    "polski",
    "svenska",
    "हिन्दी",
    "اردو",
    "bahasa indonesia",
    "tiếng việt",
    "ελληνικά",
    "українська",
    "en",
    "fr",
    "de",
    "es",
    "ar",
];

/// Words a date or time line is made of (months and weekdays in en/fr/de/es, zones, labels).
const DATE_WORDS: &[&str] = &[
    "date",
    "published",
    "updated",
    "posted",
    "last",
    "on",
    "at",
    "gmt",
    "utc",
    "am",
    "pm",
    "est",
    "edt",
    "cet",
    "cest",
    "bst",
    "pst",
    "pdt",
    "ist",
    "ast",
    "msk",
    "kst",
    "jst",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "le",
    "publié",
    "mis",
    "à",
    "jour",
    "januar",
    "februar",
    "märz",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "am",
    "um",
    "uhr",
    "veröffentlicht",
    "aktualisiert",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "de",
    "del",
    "publicado",
    "actualizado",
    "today",
    "yesterday",
    "ago",
    "hours",
    "hour",
    "minutes",
    "min",
    "h",
];

/// Phrases meaning "all rights reserved".
const RIGHTS: &[&str] = &[
    "all rights reserved",
    "tous droits réservés",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
];

/// Labels of a disclaimer whose text follows in the next block.
const DISCLAIMERS: &[&str] = &[
    "legal disclaimer",
    "disclaimer",
    "avertissement",
    "avis de non-responsabilité",
    "haftungsausschluss",
    "aviso legal",
    "descargo de responsabilidad",
];

/// Labels of a list of links to other stories: what follows them is not the article.
const RELATED: &[&str] = &[
    "related",
    "related articles",
    "related stories",
    "related news",
    "read more",
    "read also",
    "read next",
    "more stories",
    "more news",
    "you may also like",
    "most read",
    "most popular",
    "recommended",
    "top stories",
    "latest news",
    "trending",
    "lire aussi",
    "à lire aussi",
    "sur le même sujet",
    "les plus lus",
    "mehr zum thema",
    "lesen sie auch",
    "meistgelesen",
    "te puede interesar",
    "noticias relacionadas",
    "lo más leído",
];

/// Lower case with surrounding spaces, punctuation and decoration removed.
fn fold(line: &str) -> String {
    line.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '»' | '›' | '>' | '|' | '-' | '•' | '·' | '→')
    })
    .to_lowercase()
}

/// Whether a line ends like a sentence.
pub(crate) fn ends_sentence(line: &str) -> bool {
    let trimmed =
        line.trim_end_matches(|c: char| matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』'));
    trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？', ';', ':', '؟', '।', ','])
}

/// Whether `line` (cleaned) is boilerplate; `raw` is its source in the input, where the runs of
/// spaces that separate navigation items survive.
pub(crate) fn is_boilerplate_line(line: &str, raw: &str) -> bool {
    if !line.chars().any(char::is_alphanumeric) {
        // Only decoration ("|", "***", "—").
        return true;
    }
    let folded = fold(line);
    if folded.len() <= 40 && (WIDGETS.contains(&folded.as_str()) || LANGUAGES.contains(&folded.as_str())) {
        return true;
    }
    let words = line.split_whitespace().count();
    if words <= PREFIX_MAX_WORDS && PREFIXES.iter().any(|p| folded.starts_with(p)) {
        return true;
    }
    if line.starts_with('©') || (words <= 40 && RIGHTS.iter().any(|r| folded.contains(r))) {
        return true;
    }
    is_date_line(&folded)
        || is_url_line(line)
        || is_wire_id(line)
        || is_navigation(raw)
        || is_language_switcher(&folded)
        || is_byline(line)
        || is_share_row(&folded)
}

/// A line made only of dates, times and date words, with at least one number:
/// "date 2025-07-13 Tuesday, 02 January 2024 12:17 GMT", "2025-07-13 05:55:44".
fn is_date_line(folded: &str) -> bool {
    let mut numbers = 0;
    let mut tokens = 0;
    for token in folded.split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '(' || c == ')') {
        let token = token.trim_matches(|c: char| c == '.' || c == ':' || c == '-');
        if token.is_empty() {
            continue;
        }
        tokens += 1;
        if token
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | ':' | '.' | 'h' | 't' | 'z' | '+'))
        {
            if !token.chars().any(|c| c.is_ascii_digit()) {
                return false;
            }
            numbers += 1;
        } else if !DATE_WORDS.contains(&token) {
            return false;
        }
    }
    numbers > 0 && tokens <= 16
}

/// A bare link: "https://arab.news/7n6kt", "www.example.com/story".
fn is_url_line(line: &str) -> bool {
    let line = line.trim();
    if line.contains(char::is_whitespace) || line.len() < 4 {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("www.")
        || (lower.contains('/') && lower.split('/').next().is_some_and(|host| is_domain(host)))
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
    line.len() >= 16
        && !line.contains(char::is_whitespace)
        && line.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && line.chars().filter(char::is_ascii_digit).count() >= 10
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
        if !LANGUAGES.contains(&item) {
            return false;
        }
        any = true;
    }
    any
}

/// A lone byline: "By Jane Smith", "By Jane Smith and Ali Khan".
fn is_byline(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or("");
    if !matches!(first, "By" | "BY" | "Par" | "Von" | "Por") {
        return false;
    }
    let rest: Vec<&str> = words.collect();
    !rest.is_empty()
        && rest.len() <= 6
        && !ends_sentence(line)
        && rest.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || matches!(*w, "and" | "und" | "et" | "y" | "&")
        })
}

/// A row of share buttons: "Facebook Twitter WhatsApp Email".
fn is_share_row(folded: &str) -> bool {
    let mut n = 0;
    for w in folded.split_whitespace() {
        if !matches!(
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
        ) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// "Legal Disclaimer:" alone: the next block is the disclaimer's text.
pub(crate) fn is_disclaimer_label(text: &str) -> bool {
    text.len() < 60 && DISCLAIMERS.contains(&fold(text).as_str())
}

/// A block that is itself a disclaimer ("Disclaimer: the views expressed...").
pub(crate) fn is_disclaimer(text: &str) -> bool {
    let head: String = text.chars().take(40).collect::<String>().to_lowercase();
    DISCLAIMERS.iter().any(|d| head.strip_prefix(d).is_some_and(|rest| rest.trim_start().starts_with(':')))
}

/// "Related", "Read more": the headlines after it lead elsewhere.
pub(crate) fn is_related_label(text: &str) -> bool {
    text.len() < 60 && RELATED.contains(&fold(text).as_str())
}

/// A cookie or consent notice.
pub(crate) fn is_cookie_notice(text: &str) -> bool {
    if text.len() > 400 {
        return false;
    }
    let lower = text.to_lowercase();
    (lower.contains("cookie") || lower.contains("témoin"))
        && [
            "we use",
            "this site",
            "this website",
            "uses cookies",
            "accept",
            "consent",
            "privacy policy",
            "nous utilisons",
            "wir verwenden",
            "utilizamos",
            "usamos",
        ]
        .iter()
        .any(|p| lower.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bp(line: &str) -> bool {
        is_boilerplate_line(line, line)
    }

    #[test]
    fn seed_furniture_is_boilerplate() {
        for line in [
            "date 2025-07-13 Tuesday, 02 January 2024 12:17 GMT",
            "2025-07-13 05:55:44",
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
            "By Jane Smith",
            "***",
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
        ] {
            assert!(!bp(line), "{line}");
        }
        assert!(!is_boilerplate_line(
            "Russia warns  US, South Korea and Japan against",
            "Russia warns  US, South Korea and Japan against"
        ));
    }

    #[test]
    fn disclaimers_and_labels() {
        assert!(is_disclaimer_label("Legal Disclaimer:"));
        assert!(is_disclaimer("Disclaimer: the views are the author's own."));
        assert!(!is_disclaimer("The disclaimer was long."));
        assert!(is_related_label("Read more"));
        assert!(is_cookie_notice("We use cookies to improve your experience. Accept"));
        assert!(!is_cookie_notice("The bakery sold cookies all day."));
    }
}
