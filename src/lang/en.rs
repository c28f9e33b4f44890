//! English (`en`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The English profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::English)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Possessive,
    lexicon: LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Latin,
        letters: "àáâäçèéêëíîïñóôöúûü",
        signs: "",
        neighbours: "",
    }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str = "a about above according after again against all also although am an and any are \
aren't as at be because been before being below between both but by can can't cannot could couldn't \
did didn't do does doesn't doing don don't down during each even few for from further had hadn't has \
hasn't have haven't having he he'd he'll he's her here hers herself him himself his how however i i'd \
i'll i'm i've if in into is isn't it it's its itself just may me might more most mr mrs ms must my \
myself no nor not now of off on once only or other ought our ours ourselves out over own s said same \
says she she'd she'll she's should shouldn't so some still such t than that that's the their theirs \
them themselves then there there's these they they'd they'll they're they've this those though through \
to told too under until up us very was wasn't we we'd we'll we're we've were weren't what what's when \
where which while who who's whom why will with won't would wouldn't yet you you'd you'll you're you've \
your yours yourself yourselves";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "Adm Apr Aug Capt Cmdr Col Cpl Dec Det Feb Fr Ft Gen Gov Hon Insp Jan Jul Jun Lt \
Maj Messrs Mmes Msgr Mt Nov Oct Pvt Rep Reps Rev Rt Sen Sens Sept Sgt Supt approx ca viz",
    may_end: "Ave Blvd Bros Dept Mass Mts Rd Sr St Univ a.m al p.m",
    etc: "",
    number_prefix: "Art Ch Fig Nos Sec Vol pp vol",
    starters: STARTERS,
    ordinal_next: "",
    semicolon_asks: false,
};
/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str =
    "he she they it this that these those but however also his her their its there then meanwhile \
still yet and so such both instead moreover furthermore nevertheless thus";

/// Capitalised words that typically open an English sentence; other languages without a list
/// of their own use them too.
pub(crate) const STARTERS: &str = "A According After Also An And As At But During For He Her His \
However I If In It Its Last Meanwhile Now On One Our She So Some That The Their Then There These \
They This Those Though Under We What When While Yet You";

/// Common words that are not stop words but never make a keyword on their own: generic verbs,
/// adverbs, adjectives, nouns of measure ("share", "first", "years"), number words, and the
/// days and months that are no names too ("May" and "March" are), sorted, lowercase.
pub(crate) const GENERIC_WORDS: &str =
    "activities activity actually ago almost already also always another anything april around august \
away back bad began begin best better big billion billions called case cases certainly changed \
clearly come comes continue continued day days december different early eight end especially \
everything expected fact far february finally find first five former found four friday get gets \
give given goes going good got great group help high hundred hundreds include included includes \
including issue issues january july june keep kind known large last later left like literally \
long look lot lots low made major make makes making many mentioned million millions monday month \
months move much need needed needs never new next nine nothing november number october often old \
one part people percent place point probably quite rather really recent recently remain reported \
run saturday second see seen september set seven several share shared shares show showed side \
sides simply since six small something start started sunday take taken takes ten thing things \
think third thousand thousands three thursday time times today took tuesday turn two use used \
uses using various want wants way ways wednesday week weeks well went whole world year year-old \
years";

/// Words of page furniture (see [`Furniture`]).
const FURNITURE: Furniture = Furniture {
    widgets: "accept|accept all|accept cookies|add comment|advertisement|\
advertisement - scroll to continue|advertising|back to top|bookmark|breaking|breaking news|\
categories|category|close|comment|comments|continue reading|cookie settings|cookies|copy link|\
date|e-mail|edition|email|file photo|follow|follow us|font size|gallery|home|image|keywords|\
label|labels|latest|latest news|leave a comment|like|link copied|listen|listen to this article|\
live|loading|loading...|log in|login|manage cookies|menu|more|more news|more stories|\
most popular|most read|newsletter|next|no comment|no comments|opinion|permalink|photo|photos|\
post a comment|previous|print|published|read also|read more|read next|recommended|register|\
related|related articles|related news|related posts|related stories|reply|report|save|\
scroll to continue|search|see also|share|share on facebook|share on twitter|share this|\
share this article|share this story|short link|short url|shortlink|sign in|sign up|\
skip to content|skip to main content|sponsored|sponsored content|\
story continues below advertisement|subscribe|subscribe now|tag|tags|text size|top stories|\
topics|trending|tweet|updated|video|view comments|watch|you may also like|\
there are no upcoming events|rate this article|rate this product|write a review",
    prefixes: "tags:|tag:|keywords:|topics:|filed under|category:|categories:|\
photo:|photo by|photograph by|photography by|picture by|image by|photos:|photograph:|file photo|\
image:|image credit|image source|picture:|credit:|credits:|read more:|read also:|see also:|\
related:|also read:|share this|follow us on|subscribe to|sign up for|click here|advertisement|\
copyright |follow us|all rights reserved|last updated|updated:|published:|posted:|share:|\
sign up|sign in|log in|login|subscribe|tell us what you think|join the discussion|\
already a subscriber|create an account|register to|skip to|jump to|from:|main article:|\
further information:|not to be confused with|search this site|please accept|\
your video will play|you have no|read later|media caption|image caption|loading|\
this entry was posted in|scroll to read more|sorted by:",
    credits: "reporting by|additional reporting by|editing by|writing by|\
compiled by|our standards:",
    names: "en|english",
    date_words: "a.m|ago|am|apr|april|at|aug|august|date|dec|december|feb|\
february|fri|friday|hour|hours|jan|january|jul|july|jun|june|last|mar|march|may|min|minutes|mon|\
monday|nov|november|oct|october|on|p.m|pm|posted|published|sat|saturday|sep|sept|september|sun|\
sunday|thu|thursday|today|tue|tuesday|updated|wed|wednesday|yesterday",
    rights: "all rights reserved",
    disclaimers: "about the author|about the authors|legal disclaimer|disclaimer|advertising disclosure|\
disclosure|author",
    related: "related|related articles|related stories|related news|read more|\
read also|read next|more stories|more news|you may also like|most read|most popular|recommended|\
top stories|latest news|trending|suggested topics|related topics|related content|\
more on this story|explore more|keep reading",
    contents: "contents|table of contents|on this page|in this article",
    comments: "add a comment|comment|comments|discussion|join the conversation|\
join the discussion|leave a comment|leave a reply|reader comments|responses|show comments|\
view comments",
    credit_marks: "photograph:|photo:|photos:|image:|picture:|credit:|(photo",
    bylines: "By|BY|by",
    byline_joins: "and",
    cookies: "cookie",
    consent: "we use|this site|this website|uses cookies|accept|consent|\
privacy policy",
    topic_stops: "about|after|also|been|before|being|both|could|does|each|from|\
have|into|just|like|made|many|more|most|much|must|only|other|over|said|says|should|since|some|\
such|than|that|their|them|then|there|these|they|this|those|under|very|were|what|when|where|\
which|while|will|with|would|year|years|your",
    prompts: "to leave a comment|to post a comment|subscribe to our newsletter|\
sign up for our newsletter|sign up to our newsletter|delivered to your inbox|\
straight to your inbox|support our journalism|support independent journalism|\
uses akismet to reduce spam|using an older browser|\
using an outdated browser|a supported browser|licensed under a creative commons|\
notify me of follow-up comments|notify me of new posts|to your basket|to your cart|\
to your shopping cart",
    reading_time: "min read|mins read|minute read|minutes read|reading time|read time",
    figures: "fig.|figure|image|photo",
    read_on: "continue reading|learn more|more|read more|read the full story",
    bio_verbs: "has|is|lives|was|works|writes",
    readers: "you|You|your|Your",
};
