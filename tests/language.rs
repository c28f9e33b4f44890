//! Language detection through the public API: every supported language from a short news
//! paragraph, languages and scripts Briefly has no rules for, short input, mixed scripts, and the
//! language a summary reports.

use briefly::lang::detect;
use briefly::{summarise, Language, Options};

/// One short news paragraph per supported language (the same council-budget story, so that the
/// texts differ by language and not by topic), plus real openings of the evaluation sets.
const SAMPLES: &[(&str, &str)] = &[
    (
        "en",
        "The city council approved a new budget on Tuesday after months of debate. The plan raises \
         spending on schools and public transport, but critics say it does little for housing.",
    ),
    (
        "en",
        "Washington (CNN) -- The Senate passed the bill late on Thursday, sending it to the president, \
         who is expected to sign it into law next week.",
    ),
    (
        "fr",
        "La France rend dimanche 1er juillet un ultime hommage à Simone Veil au Panthéon, où cette \
         figure populaire du XXe siècle reposera désormais, avec son mari Antoine, au milieu des héros \
         de l'Histoire de France.",
    ),
    (
        "fr",
        "Le conseil municipal a approuvé mardi un nouveau budget après des mois de débat. Le plan \
         augmente les dépenses pour les écoles et les transports publics, mais les critiques estiment \
         qu'il fait peu pour le logement.",
    ),
    (
        "de",
        "Der Stadtrat hat am Dienstag nach monatelanger Debatte einen neuen Haushalt beschlossen. Der \
         Plan sieht mehr Geld für Schulen und den öffentlichen Nahverkehr vor, doch Kritiker sagen, \
         dass er für den Wohnungsbau kaum etwas tut.",
    ),
    (
        "es",
        "El ayuntamiento aprobó el martes un nuevo presupuesto después de meses de debate. El plan \
         aumenta el gasto en escuelas y transporte público, pero los críticos dicen que hace poco por \
         la vivienda.",
    ),
    (
        "pt",
        "A câmara municipal aprovou na terça-feira um novo orçamento depois de meses de debate. O plano \
         aumenta os gastos com escolas e transportes públicos, mas os críticos dizem que faz pouco pela \
         habitação.",
    ),
    (
        "it",
        "Il consiglio comunale ha approvato martedì un nuovo bilancio dopo mesi di dibattito. Il piano \
         aumenta la spesa per le scuole e i trasporti pubblici, ma secondo i critici fa poco per la casa.",
    ),
    (
        "nl",
        "De gemeenteraad heeft dinsdag na maanden van discussie een nieuwe begroting goedgekeurd. Het \
         plan verhoogt de uitgaven voor scholen en het openbaar vervoer, maar critici zeggen dat het \
         weinig doet voor de woningbouw.",
    ),
    (
        "tr",
        "Belediye meclisi aylarca süren tartışmaların ardından salı günü yeni bir bütçeyi onayladı. Plan \
         okullar ve toplu taşıma için harcamaları artırıyor, ancak eleştirmenler konut için çok az şey \
         yaptığını söylüyor.",
    ),
    (
        "sv",
        "Kommunfullmäktige godkände på tisdagen en ny budget efter flera månaders debatt. Planen ökar \
         utgifterna för skolor och kollektivtrafik, men kritiker säger att den gör lite för bostäderna \
         och att det inte räcker.",
    ),
    (
        "da",
        "Byrådet vedtog tirsdag et nyt budget efter flere måneders debat. Planen øger udgifterne til \
         skoler og offentlig transport, men kritikere siger, at den gør meget lidt for boligerne, og at \
         det ikke er nok.",
    ),
    (
        "no",
        "Bystyret vedtok tirsdag et nytt budsjett etter flere måneders debatt. Planen øker utgiftene til \
         skoler og kollektivtransport, men kritikere sier at den gjør lite for boligene, og at det ikke \
         er nok.",
    ),
    (
        "fi",
        "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion kuukausia kestäneen keskustelun \
         jälkeen. Suunnitelma lisää koulujen ja joukkoliikenteen menoja, mutta arvostelijoiden mukaan se \
         tekee vain vähän asuntojen hyväksi.",
    ),
    (
        "hu",
        "A városi közgyűlés kedden hónapokig tartó vita után elfogadta az új költségvetést. A terv \
         növeli az iskolák és a tömegközlekedés kiadásait, de a bírálók szerint alig tesz valamit a \
         lakhatásért.",
    ),
    (
        "ro",
        "Consiliul local a aprobat marți un nou buget, după luni de dezbateri. Planul mărește \
         cheltuielile pentru școli și transportul public, dar criticii spun că face prea puțin pentru \
         locuințe.",
    ),
    (
        "ru",
        "Городской совет во вторник после нескольких месяцев споров утвердил новый бюджет. План \
         увеличивает расходы на школы и общественный транспорт, но критики говорят, что он мало что \
         делает для жилья.",
    ),
    (
        "ar",
        "وافق مجلس المدينة يوم الثلاثاء على ميزانية جديدة بعد أشهر من النقاش. وتزيد الخطة الإنفاق على \
         المدارس والنقل العام، لكن المنتقدين يقولون إنها لا تفعل الكثير من أجل الإسكان.",
    ),
    (
        "el",
        "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη έναν νέο προϋπολογισμό μετά από μήνες συζητήσεων. Το \
         σχέδιο αυξάνει τις δαπάνες για τα σχολεία και τις δημόσιες συγκοινωνίες, αλλά οι επικριτές \
         λένε ότι κάνει λίγα για τη στέγαση.",
    ),
    (
        "hi",
        "नगर परिषद ने महीनों की बहस के बाद मंगलवार को नए बजट को मंजूरी दी। योजना में स्कूलों और सार्वजनिक \
         परिवहन पर खर्च बढ़ाया गया है, लेकिन आलोचकों का कहना है कि इससे आवास के लिए बहुत कम किया गया है।",
    ),
    (
        "ko",
        "시의회는 몇 달간의 논의 끝에 화요일 새 예산안을 승인했다. 이 계획은 학교와 대중교통에 대한 지출을 \
         늘리지만, 비평가들은 주택 문제에는 거의 도움이 되지 않는다고 말했다.",
    ),
    (
        "zh",
        "市议会在经过数月的辩论后于周二批准了新的预算。该计划增加了学校和公共交通的支出，但批评者表示，\
         它对住房问题帮助不大。",
    ),
    (
        "zh",
        "本文总结了十个可穿戴产品的设计原则，而这些原则，同样也是笔者认为是这个行业最吸引人的地方：\
         1.为人们解决重复性问题；2.从人开始，而不是从机器开始。",
    ),
    (
        "ja",
        "市議会は数か月にわたる議論の末、火曜日に新しい予算案を承認した。この計画は学校や公共交通機関への\
         支出を増やすが、批評家は住宅問題にはほとんど役立たないと述べている。",
    ),
];

#[test]
fn every_supported_language_is_detected_from_a_paragraph() {
    let mut wrong = Vec::new();
    for &(code, text) in SAMPLES {
        let got = detect(text);
        if got.code() != code {
            wrong.push(format!("expected {code}, got {} for {:?}", got.code(), &text[..40.min(text.len())]));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn samples_cover_every_language() {
    for lang in Language::ALL {
        if lang != Language::Undetermined {
            assert!(SAMPLES.iter().any(|(c, _)| *c == lang.code()), "no sample for {}", lang.name());
        }
    }
}

#[test]
fn danish_and_norwegian_are_told_apart() {
    // They share most function words; "af"/"av", "efter"/"etter", "hvad"/"hva" decide.
    assert_eq!(
        detect("Det er ikke noget, han kan gøre efter alt hvad der er sket af det."),
        Language::Danish
    );
    assert_eq!(
        detect("Det er ikke noe han kan gjøre etter alt hva som har skjedd av det."),
        Language::Norwegian
    );
}

#[test]
fn languages_without_rules_are_undetermined() {
    for (what, text) in [
        (
            "Polish",
            "Rada miasta zatwierdziła we wtorek nowy budżet po wielu miesiącach debaty. Plan zwiększa \
             wydatki na szkoły i transport publiczny, ale krytycy twierdzą, że niewiele robi dla \
             mieszkalnictwa.",
        ),
        (
            "Indonesian",
            "Dewan kota menyetujui anggaran baru pada hari Selasa setelah perdebatan selama berbulan-bulan. \
             Rencana itu menaikkan belanja untuk sekolah dan transportasi umum, tetapi para kritikus \
             mengatakan rencana itu tidak banyak membantu perumahan.",
        ),
        (
            "Vietnamese",
            "Hội đồng thành phố đã phê duyệt ngân sách mới vào thứ Ba sau nhiều tháng tranh luận. Kế hoạch \
             tăng chi tiêu cho trường học và giao thông công cộng.",
        ),
        ("Hebrew", "מועצת העיר אישרה ביום שלישי תקציב חדש לאחר חודשים של ויכוחים."),
        ("Thai", "สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันอังคารหลังจากการถกเถียงหลายเดือน"),
        (
            "Persian",
            "شورای شهر روز سه‌شنبه پس از ماه‌ها بحث بودجه جدیدی را تصویب کرد و گفت که این کار برای مردم است.",
        ),
        (
            "Ukrainian",
            "Міська рада у вівторок після кількох місяців суперечок затвердила новий бюджет для міста.",
        ),
    ] {
        assert_eq!(detect(text), Language::Undetermined, "{what}");
    }
}

#[test]
fn too_little_text_is_undetermined() {
    for text in ["", "   \n\t", "42", "3.14 + 2 = 5.14", "ok", "Hello", "Paris", "!!! ???", "中", "—"] {
        assert_eq!(detect(text), Language::Undetermined, "{text:?}");
    }
}

#[test]
fn one_short_sentence_is_enough_when_it_is_clear() {
    assert_eq!(detect("The cat sat on the mat."), Language::English);
    assert_eq!(detect("Le chat est sur le tapis."), Language::French);
    assert_eq!(detect("Die Katze ist auf dem Tisch."), Language::German);
    assert_eq!(detect("你好，世界"), Language::Chinese);
    assert_eq!(detect("こんにちは"), Language::Japanese);
    assert_eq!(detect("안녕하세요"), Language::Korean);
}

#[test]
fn mixed_scripts_follow_the_main_one() {
    // An English article quoting a Chinese name and a Russian title.
    assert_eq!(
        detect(
            "The visit by Li Qiang (李强) to Moscow was covered by Известия as a turning point, and \
             officials said that the talks would continue in the spring."
        ),
        Language::English
    );
    // A Chinese article with English brand names and figures.
    assert_eq!(
        detect("苹果公司周二发布了新款 iPhone 16 Pro，售价为 999 美元，比去年的型号更贵。"),
        Language::Chinese
    );
    // Japanese headlines can be mostly kanji: a few kana still make them Japanese.
    assert_eq!(detect("東京都知事選、小池氏が三選を果たす"), Language::Japanese);
    // A long Chinese text with one katakana name in it stays Chinese.
    let zh = "市议会在经过数月的辩论后于周二批准了新的预算。".repeat(5) + "报道引用了ソニー的声明。";
    assert_eq!(detect(&zh), Language::Chinese);
}

#[test]
fn detection_ignores_case_and_markup_noise() {
    let upper = SAMPLES[0].1.to_uppercase();
    assert_eq!(detect(&upper), Language::English);
    let noisy = format!("*** {} *** 12:30 | https://example.com/a?b=c | © 2024", SAMPLES[4].1);
    assert_eq!(detect(&noisy), Language::German);
}

#[test]
fn detection_is_deterministic() {
    for &(_, text) in SAMPLES {
        let first = detect(text);
        for _ in 0..3 {
            assert_eq!(detect(text), first);
        }
    }
}

#[test]
fn detect_never_panics_on_odd_input() {
    let odd = [
        "\u{0}\u{1}\u{FEFF}",
        "a\u{301}\u{301}\u{301}",
        "\u{10FFFF}\u{E000}",
        "🙂🙂🙂 👍🏽",
        "'''''",
        "ß".repeat(100).as_str(),
        "\u{D55C}",
    ]
    .map(String::from);
    for text in odd {
        let _ = detect(&text);
    }
}

#[test]
fn a_summary_reports_the_detected_language() {
    let fr = "Le conseil municipal a approuvé mardi un nouveau budget après des mois de débat. \
              Le plan augmente les dépenses pour les écoles et les transports publics. \
              Les critiques estiment qu'il fait peu pour le logement. \
              Le maire signera le texte la semaine prochaine.";
    assert_eq!(summarise(fr, &Options::new()).language, Language::French);

    let zh = "市议会在经过数月的辩论后于周二批准了新的预算。该计划增加了学校和公共交通的支出。\
              但批评者表示，它对住房问题帮助不大。市长将于下周签署该预算。";
    let summary = summarise(zh, &Options::new());
    assert_eq!(summary.language, Language::Chinese);
    assert!(!summary.sentences.is_empty());

    assert_eq!(summarise("", &Options::new()).language, Language::Undetermined);
}

#[test]
fn a_forced_language_wins_over_detection() {
    let options = Options::new().with_language("de").expect("de is a known code");
    assert_eq!(summarise(SAMPLES[0].1, &options).language, Language::German);
}

#[test]
fn summaries_of_cjk_text_count_characters_as_words() {
    let zh = "市议会批准了新的预算。学校的支出增加了。批评者表示不满。市长下周签署。";
    let summary = summarise(zh, &Options::new());
    // 31 Han characters; the full stops are not words.
    assert_eq!(summary.stats.words_in, 31);
}
