//! Languages Briefly knows: codes, scripts, stop words and detection.

use std::sync::OnceLock;

use crate::hash::FxHashMap;

/// A language Briefly can summarise with language-specific rules (stop words, stemming,
/// abbreviations, sentence terminators). Text in any other language is still summarised, as
/// [`Language::Undetermined`], with language-neutral rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Language {
    /// English (`en`).
    English,
    /// French (`fr`).
    French,
    /// German (`de`).
    German,
    /// Spanish (`es`).
    Spanish,
    /// Portuguese (`pt`).
    Portuguese,
    /// Italian (`it`).
    Italian,
    /// Dutch (`nl`).
    Dutch,
    /// Russian (`ru`).
    Russian,
    /// Arabic (`ar`).
    Arabic,
    /// Turkish (`tr`).
    Turkish,
    /// Swedish (`sv`).
    Swedish,
    /// Danish (`da`).
    Danish,
    /// Norwegian Bokmål (`no`).
    Norwegian,
    /// Finnish (`fi`).
    Finnish,
    /// Hungarian (`hu`).
    Hungarian,
    /// Romanian (`ro`).
    Romanian,
    /// Greek (`el`).
    Greek,
    /// Chinese (`zh`).
    Chinese,
    /// Japanese (`ja`).
    Japanese,
    /// Korean (`ko`).
    Korean,
    /// Hindi (`hi`).
    Hindi,
    /// Not one of the above, or too little text to tell (`und`).
    Undetermined,
}

use Language::*;

/// Each language with its code and English name, in declaration order (`self as usize` indexes it).
const TABLE: [(Language, &str, &str); 22] = [
    (English, "en", "English"),
    (French, "fr", "French"),
    (German, "de", "German"),
    (Spanish, "es", "Spanish"),
    (Portuguese, "pt", "Portuguese"),
    (Italian, "it", "Italian"),
    (Dutch, "nl", "Dutch"),
    (Russian, "ru", "Russian"),
    (Arabic, "ar", "Arabic"),
    (Turkish, "tr", "Turkish"),
    (Swedish, "sv", "Swedish"),
    (Danish, "da", "Danish"),
    (Norwegian, "no", "Norwegian"),
    (Finnish, "fi", "Finnish"),
    (Hungarian, "hu", "Hungarian"),
    (Romanian, "ro", "Romanian"),
    (Greek, "el", "Greek"),
    (Chinese, "zh", "Chinese"),
    (Japanese, "ja", "Japanese"),
    (Korean, "ko", "Korean"),
    (Hindi, "hi", "Hindi"),
    (Undetermined, "und", "Undetermined"),
];

impl Language {
    /// Every language, `Undetermined` last.
    pub const ALL: [Language; 22] = {
        let mut all = [Undetermined; 22];
        let mut i = 0;
        while i < all.len() {
            all[i] = TABLE[i].0;
            i += 1;
        }
        all
    };

    /// The ISO 639-1 code (`"und"` for [`Language::Undetermined`]).
    pub fn code(self) -> &'static str {
        TABLE[self as usize].1
    }

    /// The language's English name.
    pub fn name(self) -> &'static str {
        TABLE[self as usize].2
    }

    /// Looks a language up by code, case-insensitively; `nb` is accepted for Norwegian.
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim();
        if code.eq_ignore_ascii_case("nb") {
            return Some(Norwegian);
        }
        Self::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// All codes, in [`Language::ALL`] order.
    pub fn codes() -> Vec<&'static str> {
        Self::ALL.iter().map(|l| l.code()).collect()
    }

    /// Whether words are written without spaces, so terms are character n-grams.
    pub fn is_cjk(self) -> bool {
        matches!(self, Chinese | Japanese)
    }
}

impl Language {
    /// The language's stop words (its most frequent function words) as one space-separated,
    /// already folded string: lowercase, and in the form [`crate::tokenise`] folds words to
    /// (Greek without accents, Arabic with plain alef, Romanian with cedilla ş ţ). For Chinese and
    /// Japanese these are single characters that never start a content term.
    pub(crate) fn stop_words(self) -> &'static str {
        match self {
            English => EN,
            French => FR,
            German => DE,
            Spanish => ES,
            Portuguese => PT,
            Italian => IT,
            Dutch => NL,
            Russian => RU,
            Arabic => AR,
            Turkish => TR,
            Swedish => SV,
            Danish => DA,
            Norwegian => NO,
            Finnish => FI,
            Hungarian => HU,
            Romanian => RO,
            Greek => EL,
            Chinese => ZH,
            Japanese => JA,
            Korean => KO,
            Hindi => HI,
            Undetermined => UND,
        }
    }
}

// Stop words: the Snowball lists (trimmed of rare inflected forms) and the most frequent function
// words of news text in the stopwords-iso style, plus reporting verbs ("said") that every news
// sentence carries and that would otherwise top the keywords.
const EN: &str = "a about above according after again against all also although am an and any are \
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

const FR: &str = "a ai ainsi alors après as au aucun aussi autre autres aux avaient avais avait avant \
avec avez avions avoir avons ayant bien c car ce ceci cela celle celles celui cependant ces cet cette \
ceux chez comme comment d dans de depuis des donc dont du elle elles en encore entre es est et étaient \
étais était étant été êtes eu eux fait faire fut il ils j je jusqu l la le les leur leurs lors lorsqu \
lui m ma mais me même mes moi moins mon n ne ni nos notre nous on ont or où ou par parce pas pendant peu \
peut plus pour pourquoi puis qu quand que quel quelle quelles quels qui s sa sans se selon sera serait \
ses si sien sinon soit son sont sous suis sur t ta te tes toi ton tous tout toute toutes très tu un une \
vers vos votre vous y à ça";

const DE: &str = "aber alle allem allen aller alles als also am an andere anderen anderer anderes auch \
auf aus bei beim bereits bin bis bist da damit dann das dass daß dem den denn der des dessen die dies \
diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines einige einigen \
einmal er es etwa etwas euch euer eure für gegen gewesen habe haben hat hatte hatten hier hin hinter ich \
ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer in indem ins ist jede jedem jeden jeder jedes \
jedoch jetzt kann kein keine keinem keinen keiner können könnte laut man mehr mein meine meinem meinen \
meiner mich mir mit muss musste nach nachdem nicht nichts noch nun nur ob oder ohne sagte schon sehr sei \
sein seine seinem seinen seiner seines seit sich sie sind so soll sollte sondern sowie um und uns unser \
unsere unter viel vom von vor während war waren was weil welche welchem welchen welcher welches wenn \
werde werden wie wieder will wir wird wo worden wurde wurden würde würden zu zum zur zwar zwischen über";

const ES: &str = "a al algo algunas algunos ante antes aquel aquella así aunque cada como con contra \
cual cuando de del desde donde dos durante e el ella ellas ellos en entre era eran es esa esas ese eso \
esos esta estaba estaban estado estar estas este esto estos está están fue fueron ha hace había habían \
han hasta hay he la las le les lo los mi mis mucho muchos muy más mí nada ni no nos nosotros o os otra \
otras otro otros para pero poco por porque que quien quienes qué se sea según ser si sido siendo sin \
sobre son su sus sí también tanto te tiene tienen todo todos tras tu tus tú un una uno unos usted y ya \
yo él dijo";

const PT: &str = "a ainda ao aos após aquela aquele aquilo as até à às com como da das de dela dele \
deles depois desde disse do dos e ela elas ele eles em entre era eram essa essas esse esses esta estas \
este estes estava estavam está estão eu foi foram há isso isto já lhe lhes mais mas me mesmo meu meus \
minha minhas muito na nas nem no nos nossa nosso num numa não nós o os ou para pela pelas pelo pelos \
por porque qual quando que quem se segundo sem ser seu seus sido sobre sua suas são só também te tem \
teu têm tinha tu tua um uma você vocês é";

const IT: &str = "a ad agli ai al alla alle allo anche ancora avere aveva avevano c che chi ci coi col \
come con contro cui d da dagli dai dal dall dalla dalle dallo degli dei del dell della delle dello di \
dopo dove e ed è era erano essere fa fra gli già ha hanno ho i il in io l la le lei li lo loro lui ma mi \
mia mie miei mio molto ne negli nei nel nell nella nelle nello noi non nostra nostro o ogni per perché \
più poi quale quando quella quelle quelli quello questa queste questi questo se sei si sia siamo solo \
sono sta stata stati stato su sua sue sugli sui sul sull sulla sulle sullo suo suoi tra tu tutti tutto \
un una uno voi";

const NL: &str = "aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door \
dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in \
is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder \
ons ook op over reeds te tegen toch toen tot u uit uw van veel volgens voor want waren was wat we wel \
werd werden wezen wie wij wil worden wordt zal ze zei zelf zich zij zijn zo zonder zou";

const TR: &str = "acaba ama ancak aslında ayrıca az bana bazı belki ben beni benim bile bir biri birkaç \
biz bize bizi bizim bu buna bunda bundan bunlar bunları bunların bunu bunun böyle da daha dahi de değil \
diye dolayı eğer en gibi göre hem hep hepsi her hiç için ile ise işte kadar kendi kendine ki kim mi mu \
mü mı nasıl ne neden nerede niçin o olan olarak oldu olduğu olduğunu olmak olup ona ondan onlar onları \
onların onu onun sadece sanki sen siz sonra şey şu tüm ve veya ya yani yok var çok çünkü";

const SV: &str = "alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig \
din dina ditt du där då efter ej eller en enligt er era ert ett från för ha hade han hans har henne \
hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt \
mot mycket ni nu när någon något några och om oss också på samma sedan sig sin sina sitta själv skulle \
som så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart vem vi vid \
vilka vilken vilket vår våra vårt än är åt över";

const DA: &str = "ad af alle alt anden at blev blive bliver da de dem den denne deres det dette dig din \
disse dog du efter eller en end er et for fra ham han hans har havde have hende hendes her hos hun hvad \
hvis hvor i ifølge ikke ind jeg jer jo kan kunne man mange med meget men mig min mine mit mod ned noget \
nogle nu når og også om op os over på sagde selv sig sin sine sit skal skulle som så sådan thi til ud \
under var vi vil ville vor være været";

const NO: &str = "alle at av bare begge ble blei bli blir blitt både da de deg dem den denne der deres \
det dette di din disse ditt du eg ein eit eller en enn er et ett etter for fordi fra før ha hadde han \
hans har hennar henne hennes her hjå ho hoe hun hva hvem hver hvilke hvilken hvis hvor hvordan hvorfor \
i ifølge ikke ikkje ingen inn jeg kan kom korleis kun kunne kva kvar kven kvifor man mange me med \
medan meg meget mellom men mi min mine mitt mot mykje ned no noe noen nokon noko nokre nå når og også om \
opp oss over på sa samme seg selv si sia sidan siden sier sin sine sitt sjøl skal skulle slik so som \
somme somt så sånn til um upp ut uten var vart vere vi vil ville vore vors vort vår være vært å";

const FI: &str = "ei eivät emme en et ette että he heidän heidät heitä hän häneen hänelle häneltä \
hänen hänessä hänestä hänet häntä itse ja johon joiden joihin joka jolla jolle jolta jonka jos jossa \
josta jota jotka kanssa keiden keihin keillä keille keiltä keinä keistä keitä keneen kenellä kenelle \
keneltä kenen kenessä kenestä kenet ketkä ketä koska kuin kuka kun kertoi me meidän meidät meihin \
meillä meille meiltä meissä meistä meitä mihin mikä miksi millä mille miltä minkä minua minulla minulle \
minulta minun minussa minusta minut minuun minä missä mistä mitkä mitä mukaan mutta myös ne niiden \
niihin niillä niille niiltä niin niissä niistä niitä noin nyt nämä näiden näihin näillä näille \
näiltä näissä näistä näitä ole olemme olen olet olette oli olimme olin olisi olisimme olisin olisit \
olisitte olisivat olit olitte olivat olla olleet ollut on ovat se sekä sen siihen siinä siitä sille \
siltä sinua sinulla sinulle sinulta sinun sinussa sinusta sinut sinuun sinä sitten sitä tai te teidän \
teidät teihin teillä teille teiltä teissä teistä teitä tuo tuolla tuon tuota tähän tällä tälle tältä \
tämä tämän tänä tässä tästä tätä vaan vai vaikka vain vielä yli jo";

const HU: &str = "a abban ahhoz ahogy ahol aki akik akkor alatt amely amelyek amelyet amelynek ami amíg \
amikor amit annak arra arról az azok azon azonban azt aztán azzal azért bár be belül benne csak de e \
eddig egy egyes egyik egyre ekkor el ellen előtt eme én ennek erre ez ezek ezen ezt ezzel ezért és fel \
felé hanem hiszen hogy hogyan igen így illetve ilyen is ismét itt kell kellett keresztül ki kívül \
között közül le legalább lehet lenne lesz lett maga majd már más másik meg mellett mert mely melyek mi \
mikor milyen minden mindig mint mintha mit mivel miért most még ne nekem neki nem nincs néhány nélkül \
olyan ott pedig persze rá s saját sem semmi sok szerint talán tehát továbbá több úgy ugyanis után \
utána vagy vagyis valami van vannak vele viszont vissza volna volt voltak ő ők őket össze";

const RO: &str = "a acea aceasta această aceea acei acel acela acele acest acesta aceste acestea \
acestei acestor acestui aceşti acum ai aici al ale alt alte altă am apoi ar are au avea avut aţi azi aşa \
ba care ce cel cea cei cele ceva chiar cine cu cum când că da dacă dar de deci decât deja deşi din dintre \
doar după ea ei el ele era este eu fi fie fiecare fost foarte fără iar ii il in la le li lor lui mai \
mult multe mulţi ne nici nimic nu o or ori orice pe pentru peste poate pot prea prin sa sau se spre sub sunt \
să său şi ta tot toate toţi tu un una unei unor unui unul va vom vor vă îi îl în între într încă însă \
îşi";

const EL: &str = "ακομα ακομη αλλα αν αντι απο αυτα αυτεσ αυτη αυτο αυτοι αυτοσ αυτου αυτουσ αυτων \
για δε δεν ειναι ειπε εκεινα εκεινη εκεινο εκεινοσ ενα εναν ενασ ενω επι επισησ εχει εχουν ηταν θα \
και κατα κι μα μασ με μετα μη μην μια μιασ μου να ο οι ομωσ οπωσ οσο οτι οταν παρα πιο ποια ποιο ποιοσ \
που πωσ προσ σασ σε σου στα στη στην στισ στο στον στου στουσ στων τα τη την τησ τι τισ το τοτε του \
τουσ των ωσ η";

const RU: &str = "а без более бы был была были было быть в вам вас весь во вот все всего всех вы где \
года году да даже для до его ее если есть еще же за здесь и из или им их к как какой когда который \
которая которые которых кто ли либо между меня мне много может можно мы на над надо наш не него нее \
нет ни них но ну о об однако он она они оно от очень по под после при про раз с сам свои свой себе \
себя сейчас сказал со так также такой там тем то того тоже только том тот у уже хотя чего чем что \
чтобы эта эти это этого этой этом этот я";

const AR: &str = "ا اذا الا الذي الذين الى التي ام امام ان انا انت انه انها او اي ايضا اما بان بعد \
بعض بل بها به بين تلك تم ثم حتى حول حيث خلال دون ذلك ضد عليه عليها على عن عند عندما غير فان فقط في \
فيه فيها قال قبل قد كان كانت كل كما لا لان لدى لقد لكن لم لما لن له لها ما مع منذ من منه منها هذا \
هذه هل هم هنا هناك هو هي و وان وفي وقال وقد وكان ولا ومن وهو وهي يكون يمكن";

const HI: &str = "अपना अपनी अपने अब इन इस इसके इसकी इसमें उन उनका उनकी उनके उस उसके उसकी एक ऐसे और कई \
कर करता करते करना करने कहा का कि किया किसी की कुछ के को कोई गई गए गया जब जा जाता जाती जाते जो \
तक तब तो था थी थे दिया दिए द्वारा न नहीं ने पर फिर बहुत बाद भी मैं में यदि यह या ये रहा रही रहे \
लिए लेकिन वह वाले वाली वे सकता सकते सबसे सभी साथ से हम हुआ हुई हुए है हैं हो होता होती होते \
होने ही";

const KO: &str = "것 그 그녀 그는 그리고 그러나 그런 그런데 그래서 나 너 다시 당신 대한 더 등 따라서 \
또 또는 또한 때문에 및 모든 무엇 수 어떤 우리 위해 위한 이 이는 이런 이번 있는 있다 저 저희 \
즉 지난 통해 하지만 한 했다 하는 할 말했다 밝혔다 있었다 없다 있고 하고 했고 것은 것이 것을 \
경우 가장 매우 함께 대해";

// Chinese and Japanese: characters that split a run of Han or kana into terms (particles and
// pronouns that almost never belong to a content word). Japanese also treats every hiragana
// character as such (see `tokenise`).
const ZH: &str = "的 了 是 在 和 与 及 也 就 都 而 之 或 把 被 这 那 着 吗 呢 吧 啊 么 们 我 你 他 她 它 \
并 但 其";

const JA: &str = "の に は を が で と も へ や か た て だ す る な い し れ さ ら う ま こ そ 等 氏";

// Language-neutral text: only the words that are function words nearly everywhere Latin script
// is used, so that unknown languages still lose their commonest particles.
const UND: &str = "a e i o y the and of to in";

/// The Latin-script languages told apart by their stop words.
const LATIN: [Language; 14] = [
    English, French, German, Spanish, Portuguese, Italian, Dutch, Turkish, Swedish, Danish, Norwegian,
    Finnish, Hungarian, Romanian,
];

/// For each folded stop word of the [`LATIN`] languages, a bit per language (bit `i` is
/// `LATIN[i]`). Built once; lookups only, never iterated.
fn latin_votes() -> &'static FxHashMap<&'static str, u16> {
    static VOTES: OnceLock<FxHashMap<&'static str, u16>> = OnceLock::new();
    VOTES.get_or_init(|| {
        let mut map = FxHashMap::default();
        for (i, lang) in LATIN.iter().enumerate() {
            for w in lang.stop_words().split_ascii_whitespace() {
                // Apostrophe forms never reach the vote: detection splits words at apostrophes.
                if !w.contains('\'') {
                    *map.entry(w).or_insert(0u16) |= 1 << i;
                }
            }
        }
        map
    })
}

/// Letters that only some Latin-script languages use, as (letter, languages): tie-breakers for
/// texts whose stop words leave two languages close (Danish and Norwegian share most of theirs).
const DISTINCTIVE: &[(char, &[Language])] = &[
    ('ß', &[German]),
    ('ä', &[German, Swedish, Finnish]),
    ('ö', &[German, Swedish, Finnish, Turkish, Hungarian]),
    ('ü', &[German, Turkish, Hungarian]),
    ('ñ', &[Spanish]),
    ('ã', &[Portuguese]),
    ('õ', &[Portuguese]),
    ('ç', &[Portuguese, French, Turkish]),
    ('ğ', &[Turkish]),
    ('ı', &[Turkish]),
    ('ş', &[Turkish, Romanian]),
    ('å', &[Swedish, Danish, Norwegian]),
    ('æ', &[Danish, Norwegian]),
    ('ø', &[Danish, Norwegian]),
    ('ő', &[Hungarian]),
    ('ű', &[Hungarian]),
    ('ă', &[Romanian]),
    ('ș', &[Romanian]),
    ('ț', &[Romanian]),
    ('ţ', &[Romanian]),
];

/// Writing systems [`detect`] tells apart.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Latin,
    Han,
    Kana,
    Hangul,
    Arabic,
    Cyrillic,
    Greek,
    Devanagari,
    Other,
}

const SCRIPTS: [Script; 9] = [
    Script::Latin,
    Script::Han,
    Script::Kana,
    Script::Hangul,
    Script::Arabic,
    Script::Cyrillic,
    Script::Greek,
    Script::Devanagari,
    Script::Other,
];

/// The script of a letter, or `None` for anything that is not a letter (digits, punctuation,
/// marks, spaces). Ranges, not tables: this runs over every character of the sample.
fn script(c: char) -> Option<Script> {
    let u = c as u32;
    if u < 0x80 {
        return c.is_ascii_alphabetic().then_some(Script::Latin);
    }
    Some(match u {
        0xC0..=0x24F | 0x1E00..=0x1EFF => {
            if c == '×' || c == '÷' {
                return None;
            }
            Script::Latin
        }
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            if (0x64B..=0x65F).contains(&u) || (0x660..=0x669).contains(&u) || !c.is_alphabetic() {
                return None;
            }
            Script::Arabic
        }
        0x900..=0x97F => {
            if !c.is_alphabetic() {
                return None;
            }
            Script::Devanagari
        }
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x309F | 0x30A0..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => {
            Script::Kana
        }
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F => Script::Han,
        _ if c.is_alphabetic() => Script::Other,
        _ => return None,
    })
}

/// Guesses the language of `text` from its script and, for Latin script, its most common words.
///
/// The dominant script decides most languages at once: Han without kana is Chinese, kana means
/// Japanese, Hangul Korean, and Arabic, Cyrillic, Greek and Devanagari script give Arabic,
/// Russian, Greek and Hindi. Latin-script text votes with its stop words (with a few distinctive
/// letters such as `ß`, `ñ` or `ø` to break ties). Scripts Briefly has no rules for (Hebrew,
/// Thai, ...), Persian, Urdu and non-Russian Cyrillic languages, text too short to tell and
/// Latin text with no clear winner give [`Language::Undetermined`].
///
/// Linear in the length of `text` and cheap: callers pass a sample (the first 16 KB or so).
///
/// ```
/// use briefly::{lang::detect, Language};
/// assert_eq!(detect("The council approved the budget on Tuesday, and the mayor will sign it."), Language::English);
/// assert_eq!(detect("Le conseil a approuvé le budget mardi et le maire le signera."), Language::French);
/// assert_eq!(detect("市议会周二批准了新的预算。"), Language::Chinese);
/// assert_eq!(detect("ok"), Language::Undetermined);
/// ```
pub fn detect(text: &str) -> Language {
    // Per-script letter counts, and the marks that set one language apart from its script's main
    // language: Persian/Urdu letters in Arabic script, Ukrainian/Serbian/... letters in Cyrillic.
    let mut counts = [0usize; SCRIPTS.len()];
    let mut not_arabic = 0usize;
    let mut not_russian = 0usize;
    for c in text.chars() {
        let Some(s) = script(c) else { continue };
        counts[s as usize] += 1;
        match s {
            Script::Arabic
                if matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' | 'ے' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں') =>
            {
                not_arabic += 1
            }
            Script::Cyrillic
                if matches!(
                    c,
                    'і' | 'ї'
                        | 'є'
                        | 'ґ'
                        | 'ў'
                        | 'ђ'
                        | 'ј'
                        | 'љ'
                        | 'њ'
                        | 'ћ'
                        | 'џ'
                        | 'ѓ'
                        | 'ќ'
                        | 'ѕ'
                        | 'І'
                        | 'Ї'
                        | 'Є'
                        | 'Ґ'
                        | 'Ў'
                        | 'Ј'
                ) =>
            {
                not_russian += 1
            }
            _ => {}
        }
    }
    // A Han or Hangul character carries about what three Latin letters do; kana about two.
    let weight = |s: Script| -> usize {
        let n = counts[s as usize];
        match s {
            Script::Han | Script::Hangul => 3 * n,
            Script::Kana => 2 * n,
            _ => n,
        }
    };
    let cjk = counts[Script::Han as usize] + counts[Script::Kana as usize];
    // Han and kana share a writing system: judge them together against the others.
    let mut best = (Script::Latin, 0usize);
    for s in SCRIPTS {
        let w = match s {
            Script::Kana => continue,
            Script::Han => weight(Script::Han) + weight(Script::Kana),
            _ => weight(s),
        };
        if w > best.1 {
            best = (s, w);
        }
    }
    let (dominant, weight) = best;
    if weight < 4 {
        return Undetermined;
    }
    match dominant {
        Script::Han => {
            let kana = counts[Script::Kana as usize];
            // Kana are a third or more of Japanese text; a stray katakana name in Chinese is not.
            if kana > 0 && kana * 25 >= cjk {
                Japanese
            } else if counts[Script::Han as usize] > 0 {
                Chinese
            } else {
                Undetermined
            }
        }
        Script::Hangul => Korean,
        Script::Arabic if not_arabic * 50 > counts[Script::Arabic as usize] => Undetermined,
        Script::Arabic => Arabic,
        Script::Cyrillic if not_russian * 100 > counts[Script::Cyrillic as usize] => Undetermined,
        Script::Cyrillic => Russian,
        Script::Greek => Greek,
        Script::Devanagari => Hindi,
        Script::Latin => detect_latin(text),
        Script::Kana | Script::Other => Undetermined,
    }
}

/// Votes among the [`LATIN`] languages with stop words and distinctive letters.
fn detect_latin(text: &str) -> Language {
    let votes = latin_votes();
    // The language bits of each stop word met, in order.
    let mut met: Vec<u16> = Vec::new();
    let mut letters = [0u32; LATIN.len()];
    let mut words = 0u32;
    let mut buf = String::new();
    // Words are runs of letters; apostrophes split them so that French "l'histoire" votes with
    // "l" and English "don't" with "don".
    for word in text.split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() {
            continue;
        }
        words += 1;
        buf.clear();
        if word.is_ascii() {
            buf.push_str(word);
            buf.make_ascii_lowercase();
        } else {
            for c in word.chars().flat_map(char::to_lowercase) {
                // Romanian is written with comma-below ș ț or, in older text, cedilla ş ţ; the
                // stop lists use the cedilla forms, as the stemmer does.
                let c = match c {
                    'ș' => 'ş',
                    'ț' => 'ţ',
                    _ => c,
                };
                buf.push(c);
                if let Some((_, langs)) = DISTINCTIVE.iter().find(|(d, _)| *d == c) {
                    for l in langs.iter() {
                        if let Some(i) = LATIN.iter().position(|x| x == l) {
                            letters[i] += 1;
                        }
                    }
                }
            }
        }
        if let Some(&bits) = votes.get(buf.as_str()) {
            met.push(bits);
        }
    }
    let mut counts = [0.0f64; LATIN.len()];
    for (i, n) in counts.iter_mut().enumerate() {
        *n = met.iter().filter(|&&b| b & (1 << i) != 0).count() as f64;
    }
    let hits = |i: usize| counts[i];
    // Distinctive letters count a quarter of a stop word each, capped so that they break ties and
    // never outvote the words (a German name in an English article).
    let bonus = |i: usize| (0.25 * f64::from(letters[i])).min(1.0 + 0.2 * hits(i));
    let score = |i: usize| hits(i) + bonus(i);
    let mut order: Vec<usize> = (0..LATIN.len()).collect();
    // Stable sort: on an exact tie, the earlier language in LATIN wins, deterministically.
    order.sort_by(|&a, &b| score(b).total_cmp(&score(a)));
    let (first, second) = (order[0], order[1]);
    // Function words are a third or more of running text in these languages; a text where the best
    // list covers under a tenth is another language (Polish, Indonesian, ...) or not prose.
    let enough = hits(first) >= 2.0 && hits(first) >= 0.1 * f64::from(words);
    // Close relatives share most function words (Danish and Norwegian: "og", "ikke", "det"), so
    // the runner-up is judged on the evidence that tells the two apart: the words only one of them
    // has, and the letters.
    let only =
        |a: usize, b: usize| met.iter().filter(|&&m| m & (1 << a) != 0 && m & (1 << b) == 0).count() as f64;
    let (b1, b2) = (bonus(first), bonus(second));
    let for_first = only(first, second) + (b1 - b2).max(0.0);
    let for_second = only(second, first) + (b2 - b1).max(0.0);
    let clear = for_first >= 1.0 && for_first > 1.5 * for_second + 0.5;
    if enough && clear {
        LATIN[first]
    } else {
        Undetermined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_follows_declaration_order_and_codes_round_trip() {
        for (i, lang) in Language::ALL.into_iter().enumerate() {
            assert_eq!(lang as usize, i);
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Language::Greek.code(), "el");
        assert_eq!(Language::Undetermined.name(), "Undetermined");
    }

    #[test]
    fn stop_lists_are_folded_and_sized_for_their_language() {
        for lang in Language::ALL {
            let words: Vec<&str> = lang.stop_words().split_whitespace().collect();
            let (min, max) = match lang {
                Undetermined => (5, 20),
                Chinese | Japanese => (20, 60),
                _ => (50, 200),
            };
            assert!((min..=max).contains(&words.len()), "{}: {} words", lang.name(), words.len());
            for w in &words {
                // Lists hold folded forms: what the tokeniser looks up.
                assert_eq!(*w, w.to_lowercase(), "{} {w}", lang.name());
                if lang == Greek {
                    assert!(!w.contains(['ά', 'έ', 'ή', 'ί', 'ό', 'ύ', 'ώ', 'ς']), "accented {w}");
                }
                if lang == Arabic {
                    assert!(!w.contains(['أ', 'إ', 'آ']), "hamza seat in {w}: folded to plain alef");
                }
                if lang == Russian {
                    assert!(!w.contains('ё'), "{w}: ё folds to е");
                }
                if lang == Romanian {
                    assert!(!w.contains(['ș', 'ț']), "comma-below {w}: the stemmer uses cedillas");
                }
            }
            let mut sorted = words.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), words.len(), "{} has a duplicate", lang.name());
        }
    }

    #[test]
    fn scripts_of_letters() {
        assert_eq!(script('a'), Some(Script::Latin));
        assert_eq!(script('é'), Some(Script::Latin));
        assert_eq!(script('×'), None);
        assert_eq!(script('7'), None);
        assert_eq!(script('中'), Some(Script::Han));
        assert_eq!(script('の'), Some(Script::Kana));
        assert_eq!(script('・'), None);
        assert_eq!(script('한'), Some(Script::Hangul));
        assert_eq!(script('ب'), Some(Script::Arabic));
        assert_eq!(script('\u{64E}'), None);
        assert_eq!(script('ж'), Some(Script::Cyrillic));
        assert_eq!(script('λ'), Some(Script::Greek));
        assert_eq!(script('क'), Some(Script::Devanagari));
        assert_eq!(script('א'), Some(Script::Other));
    }

    #[test]
    fn kana_share_decides_japanese() {
        // One kana in 31 characters is a quoted name; one in 10 is Japanese.
        let han = "国".repeat(30);
        assert_eq!(detect(&format!("{han}ソ")), Chinese);
        assert_eq!(detect(&format!("{}の", "国".repeat(9))), Japanese);
    }

    #[test]
    fn distinctive_letters_break_ties_only() {
        // No stop words: letters alone never decide.
        assert_eq!(detect("Straße Größe Übermaß"), Undetermined);
        // Equal stop-word evidence ("og", "er", "det"), the letters æ/ø are shared, "af" decides.
        assert_eq!(detect("Det er en del af det og det er godt"), Danish);
    }

    #[test]
    fn votes_leave_out_contractions() {
        let votes = latin_votes();
        assert!(votes.get("don't").is_none());
        assert!(votes.get("the").is_some_and(|b| b & 1 != 0));
    }
}
