//! German (`de`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The German profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::German)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Latin, letters: "äöüßé", signs: "ß ä ö ü", neighbours: ""
    }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str =
    "aber alle allem allen aller alles als also am an andere anderen anderer anderes auch \
auf aus bei beim bereits bin bis bist da damit dann das dass daß dem den denn der des dessen die dies \
diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines einige einigen \
einmal er es etwa etwas euch euer eure für gegen gewesen habe haben hat hatte hatten hier hin hinter ich \
ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer in indem ins ist jede jedem jeden jeder jedes \
jedoch jetzt kann kein keine keinem keinen keiner können könnte laut man mehr mein meine meinem meinen \
meiner mich mir mit muss musste nach nachdem nicht nichts noch nun nur ob oder ohne sagte schon sehr sei \
sein seine seinem seinen seiner seines seit sich sie sind so soll sollte sondern sowie um und uns unser \
unsere unter viel vom von vor während war waren was weil welche welchem welchen welcher welches wenn \
werde werden wie wieder will wir wird wo worden wurde wurden würde würden zu zum zur zwar zwischen über";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "Dipl.-Ing Fr Hr Hrn Hrsg Mag Prof St Tel bzgl ca evtl geb gest ggf inkl jun jur \
med nat phil rer sen sog vgl z.B",
    may_end: "Chr Jh Mio Mrd Str bzw u.a",
    etc: "usw",
    number_prefix: "Abb Abs Art Bd Kap Nr Tab",
    starters: "Am Auch Auf Aus Bei Da Damit Dann Das Dem Den Der Die Dies Diese Dieser Doch Ein \
Eine Er Es Für Ich Im In Man Mit Nach Sie So Und Wie Wir Zudem",
    ordinal_next: "April August Bundesliga Dezember FC Februar Jahrhundert Januar Juli Juni Jänner \
Klasse Liga Mai Mal März November Oktober Platz Runde September Stock Weltkrieg",
    semicolon_asks: false,
};
/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str =
    "er sie es aber doch dies diese dieser dieses dabei jedoch auch sein seine ihr ihre damit deshalb";

/// Common words that are not stop words but never make a keyword on their own: generic verbs,
/// adverbs, adjectives, nouns of measure ("share", "first", "years"), number words, and the
/// days and months that are no names too ("May" and "March" are), sorted, lowercase.
pub(crate) const GENERIC_WORDS: &str =
    "april august bereits dabei dezember dienstag donnerstag einmal erste ersten etwa februar freitag \
ganz geht gibt heute immer jahr jahre jahren januar juli juni kommt laut letzte letzten liegt \
mai mal mehr mittwoch montag märz neue neuen neuer november oktober prozent rund samstag schon \
seit september sonntag sowie steht teil viele vielen weitere weiteren zeit zudem zwei";

/// Words of page furniture (see [`Furniture`]).
const FURNITURE: Furniture = Furniture {
    widgets: "abonnieren|anzeige|artikel teilen|drucken|kommentar|kommentare|\
lesen sie auch|mehr zum thema|meistgelesen|schließen|startseite|suche|teilen|weiterlesen|werbung|\
externer inhalt|gefällt mir|gefällt mir wird geladen...|wird geladen...|teilen mit|zum shop|\
der nächste beitrag|nächster beitrag|vorheriger beitrag|aktuelle news|am meisten gelesen|\
meistgelesene artikel|entdecken sie jetzt|themen im artikel|kommentar schreiben|kommentare schreiben|\
schreibe einen kommentar|hinterlasse einen kommentar|hinterlasse jetzt einen kommentar|\
originalartikel|newsletter abonnieren|jetzt abonnieren|kontakt|nach oben|zum seitenanfang|\
bewerten sie dieses produkt|\
bewerten sie diesen artikel|artikel bewerten|beitrag bewerten|ansprechpartner|ansprechpartnerin|\
ansprechpartner zum thema|ansprechpartnerin zum thema|pressekontakt",
    prefixes: "foto:|bildquelle|es gibt derzeit keine bevorstehenden veranstaltungen|lesen sie auch|mehr zum thema|teilen:|bild:|teile diesen beitrag|\
dieser eintrag wurde veröffentlicht|empfiehl dies|bleiben sie auf dem laufenden|\
vervielfältigung nur mit genehmigung|video verfügbar bis|originalartikel:|lesezeit:|\
sie müssen sich anmelden|sie müssen angemeldet sein",
    credits: "mit material von",
    names: "de|deutsch",
    date_words: "aktualisiert|am|april|august|dezember|dienstag|donnerstag|\
februar|freitag|januar|juli|juni|mai|märz|mittwoch|montag|november|oktober|samstag|september|\
sonntag|uhr|um|veröffentlicht|letzte|änderung|stand|zuletzt|geändert",
    rights: "alle rechte vorbehalten",
    disclaimers: "haftungsausschluss|über den autor|über die autorin|zum autor|zur autorin|autor|autorin|\
über die autoren|zu den autoren",
    related: "mehr zum thema|lesen sie auch|meistgelesen|auch interessant|weiterlesen|\
das könnte sie auch interessieren|das könnte dich auch interessieren",
    comments: "kommentare",
    contents: "inhalt|inhaltsverzeichnis",
    credit_marks: "foto:|bild:|(bild|(foto",
    bylines: "Von|von|VON",
    byline_joins: "und",
    consent: "wir verwenden",
    topic_stops: "auch|dass|eine|einer|nach|nicht|oder|sich|sind|wird",
    prompts: "newsletter abonnieren|newsletter hier abonnieren|newsletter erhalten|\
unseren newsletter|kostenlosen newsletter|um kommentare zu schreiben|um zu kommentieren|\
und vorteile sichern|unterstützen sie unsere arbeit|unterstützen sie unseren journalismus|\
ihr beitrag hilft|verwendet akismet|anmerkungen zu diesem artikel|als pdf herunterladen|\
benachrichtigung aktivieren|benachrichtigungen aktivieren|push-benachrichtigung|\
stehen unter einer creative commons|\
benachrichtige mich über nachfolgende kommentare|benachrichtige mich über neue beiträge",
    reading_time: "lesezeit|min. lesen|minuten lesen",
    figures: "abb.|abbildung|bild|grafik",
    read_on: "mehr|mehr erfahren|mehr lesen|weiter|weiterlesen|zum artikel",
    bio_verbs: "arbeitet|ist|lebt|schreibt|war",
    readers: "Sie|Ihnen|Ihr|Ihre|du|Du|dich|dir|dein|deine|euch",
    ..Furniture::NONE
};
