//! Dutch (`nl`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The Dutch profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::Dutch)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Keep,
    lexicon: LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Latin, letters: "áéèëïóöü", signs: "ij", neighbours: ""
    }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str =
    "aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door \
dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in \
is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder \
ons ook op over reeds te tegen toch toen tot u uit uw van veel volgens voor want waren was wat we wel \
werd werden wezen wie wij wil worden wordt zal ze zei zelf zich zij zijn zo zonder zou";

/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "bijv bv ca d.w.z dhr dr drs ing ir m.b.t mevr mr mw o.a prof zgn",
    may_end: "jl",
    etc: "enz etc",
    number_prefix: "blz nr",
    starters: "Daarna Dat De Deze Dit En Er Het Hij Ik In Maar Met Ook Op Volgens Voor We Wij Ze \
Zij",
    ordinal_next: "",
    semicolon_asks: false,
};
/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str = "hij zij ze het maar dit dat deze die ook echter zijn haar hun";

/// The language's names in a page's language switcher (see [`Furniture`]).
const FURNITURE: Furniture = Furniture {
    widgets: "lees ook|deel dit artikel|reacties",
    prefixes: "lees ook:|lees ook",
    names: "nederlands",
    prompts: "schrijf je in voor onze nieuwsbrief|abonneer je op onze nieuwsbrief",
    reading_time: "min leestijd|minuten leestijd|leestijd",
    contents: "inhoud|inhoudsopgave",
    bio_verbs: "is|schrijft|werkt",
    readers: "je|Je|jij|Jij|u|U|uw|Uw",
    ..Furniture::NONE
};
