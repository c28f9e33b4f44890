//! Recognising page furniture: navigation, widgets, datelines, disclaimers, copyright lines,
//! share links and wire-service identifiers. The rules are word lists (English plus a few words
//! each of French, German and Spanish) and cheap shape tests; each looks at one line or block.
//!
//! The rules err towards keeping text: a short real paragraph ("He refused.") ends with
//! punctuation and matches none of them.

/// Widget labels that are boilerplate when they stand alone on a line (compared folded: lower
/// case, surrounding punctuation and a trailing colon ignored), in English, French, German and
/// Spanish; sorted for binary search.
const WIDGETS: &[&str] = &[
    "a a a",
    "abonnez-vous",
    "abonnieren",
    "accept",
    "accept all",
    "accept cookies",
    "accueil",
    "add comment",
    "advertisement",
    "advertisement - scroll to continue",
    "advertising",
    "afp",
    "afp via getty images",
    "afp/getty images",
    "anadolu agency",
    "anzeige",
    "ap",
    "ap photo",
    "artikel teilen",
    "back to top",
    "bookmark",
    "breaking",
    "breaking news",
    "buscar",
    "categories",
    "category",
    "cerrar",
    "close",
    "comentario",
    "comentarios",
    "comment",
    "commentaire",
    "commentaires",
    "comments",
    "compartir",
    "continue reading",
    "cookie settings",
    "cookies",
    "copy link",
    "date",
    "dpa",
    "drucken",
    "e-mail",
    "edition",
    "email",
    "envoyer",
    "epa",
    "facebook",
    "fermer",
    "file photo",
    "follow",
    "follow us",
    "font size",
    "gallery",
    "getty images",
    "home",
    "image",
    "imprimer",
    "imprimir",
    "inicio",
    "keywords",
    "kommentar",
    "kommentare",
    "label",
    "labels",
    "latest",
    "latest news",
    "leave a comment",
    "leer más",
    "les plus lus",
    "lesen sie auch",
    "like",
    "link copied",
    "linkedin",
    "lire aussi",
    "lire la suite",
    "listen",
    "listen to this article",
    "live",
    "lo más leído",
    "loading",
    "loading...",
    "log in",
    "login",
    "manage cookies",
    "mehr zum thema",
    "meistgelesen",
    "menu",
    "more",
    "more news",
    "more stories",
    "most popular",
    "most read",
    "newsletter",
    "next",
    "no comment",
    "no comments",
    "noticias relacionadas",
    "opinion",
    "partager",
    "permalink",
    "photo",
    "photos",
    "pinterest",
    "post a comment",
    "previous",
    "print",
    "publicidad",
    "publicité",
    "published",
    "read also",
    "read more",
    "read next",
    "rechercher",
    "recommended",
    "reddit",
    "register",
    "relacionados",
    "related",
    "related articles",
    "related news",
    "related posts",
    "related stories",
    "reply",
    "report",
    "reuters",
    "s'abonner",
    "save",
    "schließen",
    "scroll to continue",
    "search",
    "see also",
    "share",
    "share on facebook",
    "share on twitter",
    "share this",
    "share this article",
    "share this story",
    "short link",
    "short url",
    "shortlink",
    "shutterstock",
    "sign in",
    "sign up",
    "skip to content",
    "skip to main content",
    "sponsored",
    "sponsored content",
    "startseite",
    "story continues below advertisement",
    "subscribe",
    "subscribe now",
    "suche",
    "suivez-nous",
    "sur le même sujet",
    "suscríbete",
    "tag",
    "tags",
    "te puede interesar",
    "teilen",
    "telegram",
    "text size",
    "top stories",
    "topics",
    "trending",
    "tweet",
    "twitter",
    "updated",
    "video",
    "view comments",
    "voir aussi",
    "watch",
    "weiterlesen",
    "werbung",
    "whatsapp",
    "x",
    "xinhua",
    "you may also like",
    "à lire aussi",
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
    "photograph by",
    "photography by",
    "picture by",
    "image by",
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
    "sign up",
    "sign in",
    "log in",
    "login",
    "subscribe",
    "tell us what you think",
    "join the discussion",
    "already a subscriber",
    "create an account",
    "register to",
    "skip to",
    "jump to",
    "from:",
    "main article:",
    "further information:",
    "not to be confused with",
    "search this site",
    "please accept",
    "your video will play",
    "you have no",
    "read later",
    "media caption",
    "image caption",
    "loading",
    "fotos:",
    "bild:",
    "crédit :",
    "crédit:",
];

/// Lines longer than this (in bytes) are prose to every rule but the copyright, link and wire-id
/// ones; the rules stay cheap on long articles.
const PROSE_BYTES: usize = 160;

/// Credit lines, which may run long: "Reporting by Jane Doe in London; Editing by Louise Heavens".
const CREDITS: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "editing by",
    "writing by",
    "compiled by",
    "our standards:",
    "rédigé par",
    "mit material von",
];

/// The most words a credit line has.
const CREDIT_MAX_WORDS: usize = 40;

/// The most words a line opening with one of [`PREFIXES`] may have and still be boilerplate.
const PREFIX_MAX_WORDS: usize = 15;

/// Language names that stand alone on a line in a page's language switcher; sorted.
const LANGUAGES: &[&str] = &[
    "ar",
    "bahasa indonesia",
    "de",
    "deutsch",
    "en",
    "english",
    "es",
    "espanol",
    "español",
    "fr",
    "francais",
    "français",
    "italiano",
    "nederlands",
    "polski",
    "portugues",
    "português",
    "svenska",
    "tiếng việt",
    "türkçe",
    "ελληνικά",
    "русский",
    "українська",
    "עברית",
    "اردو",
    "العربية",
    "عربي",
    "فارسی",
    "हिन्दी",
    "中文",
    "日本語",
    "简体中文",
    "繁體中文",
    "한국어",
];

/// Words a date or time line is made of (months and weekdays in en/fr/de/es, zones, labels);
/// sorted.
const DATE_WORDS: &[&str] = &[
    "a.m",
    "abril",
    "actualizado",
    "ago",
    "agosto",
    "aktualisiert",
    "am",
    "août",
    "apr",
    "april",
    "ast",
    "at",
    "aug",
    "august",
    "avril",
    "bst",
    "cest",
    "cet",
    "date",
    "de",
    "dec",
    "december",
    "del",
    "dezember",
    "diciembre",
    "dienstag",
    "dimanche",
    "domingo",
    "donnerstag",
    "décembre",
    "edt",
    "enero",
    "est",
    "feb",
    "febrero",
    "februar",
    "february",
    "freitag",
    "fri",
    "friday",
    "février",
    "gmt",
    "h",
    "hour",
    "hours",
    "ist",
    "jan",
    "januar",
    "january",
    "janvier",
    "jeudi",
    "jour",
    "jst",
    "jueves",
    "juillet",
    "juin",
    "jul",
    "juli",
    "julio",
    "july",
    "jun",
    "june",
    "juni",
    "junio",
    "kst",
    "last",
    "le",
    "lundi",
    "lunes",
    "mai",
    "mar",
    "march",
    "mardi",
    "mars",
    "martes",
    "marzo",
    "may",
    "mayo",
    "mercredi",
    "min",
    "minutes",
    "mis",
    "mittwoch",
    "miércoles",
    "mon",
    "monday",
    "montag",
    "msk",
    "märz",
    "nov",
    "november",
    "novembre",
    "noviembre",
    "oct",
    "october",
    "octobre",
    "octubre",
    "oktober",
    "on",
    "p.m",
    "pdt",
    "pm",
    "posted",
    "pst",
    "publicado",
    "published",
    "publié",
    "samedi",
    "samstag",
    "sat",
    "saturday",
    "sep",
    "sept",
    "september",
    "septembre",
    "septiembre",
    "sonntag",
    "sun",
    "sunday",
    "sábado",
    "thu",
    "thursday",
    "today",
    "tue",
    "tuesday",
    "uhr",
    "um",
    "updated",
    "utc",
    "vendredi",
    "veröffentlicht",
    "viernes",
    "wed",
    "wednesday",
    "yesterday",
    "à",
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
    "suggested topics",
    "related topics",
    "related content",
    "more on this story",
    "explore more",
];

/// Lower case with surrounding spaces, punctuation and decoration removed.
fn fold(line: &str) -> String {
    line.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, ':' | '»' | '›' | '>' | '|' | '-' | '•' | '·' | '→' | '(' | ')' | '[' | ']')
    })
    .to_lowercase()
}

/// Whether `line` says "all rights reserved" in one of the languages of [`RIGHTS`].
fn reserves_rights(line: &str) -> bool {
    // Cheap test first: every phrase has one of these stems.
    let stem =
        ["eserv", "ESERV", "éserv", "ÉSERV", "orbehalten", "ORBEHALTEN"].iter().any(|s| line.contains(s));
    stem && {
        let lower = line.to_lowercase();
        RIGHTS.iter().any(|r| lower.contains(r))
    }
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
        return line.starts_with('©')
            || (line.len() < 400 && (reserves_rights(line) || is_meta_row(line)))
            || is_url_line(line)
            || is_wire_id(line)
            || is_markup_line(line);
    }
    let folded = fold(line);
    if folded.len() <= 40
        && (WIDGETS.binary_search(&folded.as_str()).is_ok()
            || LANGUAGES.binary_search(&folded.as_str()).is_ok())
    {
        return true;
    }
    let words = line.split_whitespace().count();
    let first = folded.as_bytes().first();
    if words <= PREFIX_MAX_WORDS
        && PREFIXES.iter().any(|p| p.as_bytes().first() == first && folded.starts_with(p))
    {
        return true;
    }
    if words <= CREDIT_MAX_WORDS && CREDITS.iter().any(|p| folded.starts_with(p)) {
        return true;
    }
    if words <= PREFIX_MAX_WORDS && folded.ends_with("opens new tab") {
        return true;
    }
    if line.starts_with('©') || (words <= 40 && reserves_rights(&folded)) {
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
}

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
    let parts: Vec<&str> = line.split(['|', '•', '·']).map(str::trim).filter(|p| !p.is_empty()).collect();
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

/// Words of the name beside a date in a two-part metadata row.
const META_NAME_WORDS: usize = 3;

/// Words a part of a metadata row may have.
const META_PART_WORDS: usize = 12;

/// Marks of a photo caption's credit ("Photograph: Adrian Malloch for the Guardian",
/// "Benoit Tessier/Reuters", "(Bild: Hersteller)"), in English, French, German and Spanish.
const CREDIT_MARKS: &[&str] = &[
    "photograph:",
    "photo:",
    "photos:",
    "foto:",
    "fotos:",
    "bild:",
    "image:",
    "picture:",
    "credit:",
    "crédit",
    "getty images",
    "/reuters",
    "/afp",
    "(bild",
    "(foto",
    "(photo",
    "/shutterstock",
    "istock.com",
    "istockphoto",
    "picture alliance",
    "imago images",
    "/ dpa",
];

/// A caption with its credit, at most [`CREDIT_MAX_WORDS`] words.
fn is_photo_credit(folded: &str, words: usize) -> bool {
    words <= CREDIT_MAX_WORDS && CREDIT_MARKS.iter().any(|m| folded.contains(m))
}

/// A line made only of dates, times and date words, with at least one number:
/// "date 2025-07-13 Tuesday, 02 January 2024 12:17 GMT", "2025-07-13 05:55:44".
fn is_date_line(folded: &str) -> bool {
    let mut numbers = 0;
    let mut tokens = 0;
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
        } else if DATE_WORDS.binary_search(&token).is_err() {
            return false;
        }
    }
    numbers > 0 && tokens <= 16
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
        if LANGUAGES.binary_search(&item).is_err() {
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
    // "By Jane Doe, City Hall reporter": the name, then the author's role after a comma.
    let (name, role) = match line.split_once([',', '|']) {
        Some((name, role)) => (name, Some(role)),
        None => (line, None),
    };
    let rest: Vec<&str> = name.split_whitespace().skip(1).collect();
    let named = !rest.is_empty()
        && rest.len() <= 6
        && rest.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || matches!(*w, "and" | "und" | "et" | "y" | "&")
        });
    match role {
        None => named && !ends_sentence(line),
        Some(role) => named && role.split_whitespace().count() <= BYLINE_ROLE_WORDS,
    }
}

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
    text.len() < 60 && DISCLAIMERS.contains(&fold(text).as_str())
}

/// A block that is itself a disclaimer ("Disclaimer: the views expressed...").
pub(crate) fn is_disclaimer(text: &str) -> bool {
    DISCLAIMERS.iter().any(|d| {
        text.as_bytes().get(..d.len()).is_some_and(|head| head.eq_ignore_ascii_case(d.as_bytes()))
            && text.get(d.len()..).is_some_and(|rest| rest.trim_start().starts_with(':'))
    })
}

/// "Related", "Read more": the headlines after it lead elsewhere.
pub(crate) fn is_related_label(text: &str) -> bool {
    text.len() < 60 && RELATED.contains(&fold(text).as_str())
}

/// Headings of a comment section ("Comments", "12 comments", "Leave a reply"), in English,
/// French, German and Spanish: readers' posts follow, not the article.
const COMMENTS: &[&str] = &[
    "add a comment",
    "comentarios",
    "comment",
    "commentaires",
    "comments",
    "discussion",
    "join the conversation",
    "join the discussion",
    "kommentare",
    "leave a comment",
    "leave a reply",
    "reader comments",
    "réactions",
    "responses",
    "show comments",
    "view comments",
];

/// Whether `text` heads a comment section: a label of [`COMMENTS`], optionally with a count
/// ("23 Comments", "Comments (4)").
pub(crate) fn is_comments_label(text: &str) -> bool {
    if text.len() >= 60 {
        return false;
    }
    let folded = fold(text);
    let label =
        folded.trim_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '(' | ')'));
    COMMENTS.contains(&label)
}

/// Consent notices run long ("We use cookies and similar technologies to improve your
/// browsing experience, personalize content and offers, ..."); an article about cookies is
/// longer still.
const COOKIE_NOTICE_BYTES: usize = 1200;

/// A cookie or consent notice.
pub(crate) fn is_cookie_notice(text: &str) -> bool {
    if text.len() > COOKIE_NOTICE_BYTES {
        return false;
    }
    // Cheap test first: most blocks never mention cookies.
    if !(text.contains("ookie") || text.contains("OOKIE") || text.contains("émoin")) {
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
    fn word_lists_are_sorted_for_binary_search() {
        assert!(WIDGETS.windows(2).all(|w| w[0] < w[1]));
        assert!(LANGUAGES.windows(2).all(|w| w[0] < w[1]));
        assert!(DATE_WORDS.windows(2).all(|w| w[0] < w[1]));
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
            "Prices rose 3% - Q1/Q2 Figures",
            "The vote was close | 12 March 2024 and later.",
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
