//! French (`fr`): everything Briefly knows of the language.

use super::{Apostrophe, Detection, Furniture, Lexicon, Profile, Script, Stemming};
use rust_stemmers::{Algorithm, Stemmer};

/// The French profile.
pub(crate) const PROFILE: Profile = Profile {
    stop_words: STOP_WORDS,
    stemming: Stemming::Snowball(|| Stemmer::create(Algorithm::French)),
    fold: None,
    folds_capital_i: false,
    apostrophe: Apostrophe::Elision(ELIDED),
    lexicon: LEXICON,
    openers: OPENERS,
    detection: Some(Detection {
        script: Script::Latin,
        letters: "àâæçéèêëîïôœùûüÿ",
        signs: "ç è ê œ",
        neighbours: "",
    }),
    furniture: FURNITURE,
};

const STOP_WORDS: &str =
    "a ai ainsi alors après as au aucun aussi autre autres aux avaient avais avait avant \
avec avez avions avoir avons ayant bien c car ce ceci cela celle celles celui cependant ces cet cette \
ceux chez comme comment d dans de depuis des donc dont du elle elles en encore entre es est et étaient \
étais était étant été êtes eu eux fait faire fut il ils j je jusqu l la le les leur leurs lors lorsqu \
lui m ma mais me même mes moi moins mon n ne ni nos notre nous on ont or où ou par parce pas pendant peu \
peut plus pour pourquoi puis qu quand que quel quelle quelles quels qui s sa sans se selon sera serait \
ses si sien sinon soit son sont sous suis sur t ta te tes toi ton tous tout toute toutes très tu un une \
vers vos votre vous y à ça";

/// Articles and pronouns elided before a vowel ("l'", "qu'"): dropped from the word.
const ELIDED: &[&str] =
    &["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];
/// Abbreviations and sentence openers (see [`Lexicon`]).
const LEXICON: Lexicon = Lexicon {
    never_final: "Dr MM Me Mgr Mlle Mlles Mme Mmes Pr St Ste apr av avr bd boul déc env ex févr \
janv juil oct sept",
    may_end: "Cie J.-C nov",
    etc: "",
    number_prefix: "art chap vol",
    starters: "Au Aux Ce Cela Ces Cette Dans De Depuis Des Elle Elles En Et Il Ils L La Le Les \
Mais Nous On Pour Selon Un Une",
    ordinal_next: "",
    semicolon_asks: false,
};
/// First words that point back at the sentence before ("he", "but"), lowercase.
const OPENERS: &str =
    "il elle ils elles mais cependant ce cette ces cela ça toutefois pourtant ainsi aussi donc son sa \
ses leur leurs";

/// Common words that are not stop words but never make a keyword on their own: generic verbs,
/// adverbs, adjectives, nouns of measure ("share", "first", "years"), number words, and the
/// days and months that are no names too ("May" and "March" are), sorted, lowercase.
pub(crate) const GENERIC_WORDS: &str =
    "an année années ans août aussi autre autres avril bien cas cent chose cinq côté depuis dernier \
dernière deux dimanche dix décembre déjà encore environ faire fait fois font février grand \
grande huit indiqué janvier jeudi jour jours juillet juin lors lundi mai mardi matin mercredi \
mille milliard milliards million millions moins mois neuf nombre nouveau nouvelle nouvelles \
novembre octobre part partie personnes petit peut placé plus plusieurs premier première près \
quatre quelques samedi selon semaine septembre six soir toujours trois très vendredi également \
être";

/// Words of page furniture (see [`Furniture`]).
const FURNITURE: Furniture = Furniture {
    widgets: "abonnez-vous|accueil|commentaire|commentaires|envoyer|fermer|\
imprimer|les plus lus|lire aussi|lire la suite|partager|publicité|rechercher|s'abonner|\
suivez-nous|sur le même sujet|voir aussi|à lire aussi",
    prefixes: "crédit photo|crédits photo|lire aussi|à lire aussi|suivez-nous|\
partager:|crédit :|crédit:",
    credits: "rédigé par",
    names: "fr|francais|français",
    date_words: "août|avril|date|décembre|dimanche|février|h|janvier|jeudi|jour|\
juillet|juin|le|lundi|mai|mardi|mars|mercredi|mis|novembre|octobre|publié|samedi|sept|septembre|\
vendredi|à",
    rights: "tous droits réservés",
    disclaimers: "avertissement|avis de non-responsabilité|à propos de l'auteur",
    related: "lire aussi|à lire aussi|sur le même sujet|les plus lus",
    comments: "commentaires|réactions",
    contents: "sommaire|table des matières",
    credit_marks: "crédit|photo:",
    bylines: "Par",
    byline_joins: "et",
    cookies: "témoin",
    consent: "nous utilisons",
    topic_stops: "avec|cette|comme|dans|elle|entre|leur|mais|nous|plus|pour|sont|\
vous|être",
    prompts: "pour lire la suite|pour accéder en illimité|abonnez-vous à notre newsletter|\
inscrivez-vous à notre newsletter|recevez notre newsletter|sous licence creative commons",
    reading_time: "min de lecture|minutes de lecture|temps de lecture",
    figures: "figure|illustration",
    read_on: "lire la suite|lire plus",
    bio_verbs: "est|travaille|vit|écrit",
    readers: "vous|Vous|votre|Votre|tu|Tu",
};
