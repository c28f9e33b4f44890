//! Sentence segmentation per language: each table lists paragraphs and the exact sentences a
//! reader expects from them, including the cases plain UAX #29 gets wrong (abbreviations,
//! initials, ordinals, quotes, CJK quotation, over-long sentences).

use briefly::segment::sentences;
use briefly::Language::{self, *};

/// Segments `text` and checks the output contract: ranges in order, non-overlapping, trimmed,
/// non-empty, on char boundaries.
fn split(text: &str, lang: Language) -> Vec<&str> {
    let ranges = sentences(text, lang);
    let mut last = 0;
    for r in &ranges {
        assert!(last <= r.start && r.start < r.end && r.end <= text.len(), "bad range {r:?} in {text:?}");
        let s = text.get(r.clone()).unwrap_or_else(|| panic!("range {r:?} not on char boundaries"));
        assert_eq!(s, s.trim(), "untrimmed sentence in {text:?}");
        last = r.end;
    }
    ranges.into_iter().map(|r| &text[r]).collect()
}

/// Runs a table of `(paragraph, expected sentences)`, reporting every failing case with the
/// expected and actual sentences side by side.
fn check(lang: Language, cases: &[(&str, &[&str])]) {
    let mut failures = String::new();
    for (text, expected) in cases {
        let actual = split(text, lang);
        if actual != *expected {
            failures.push_str(&format!("\n{lang:?} paragraph: {text:?}\n"));
            for i in 0..expected.len().max(actual.len()) {
                let e = expected.get(i).copied().unwrap_or("<none>");
                let a = actual.get(i).copied().unwrap_or("<none>");
                let mark = if e == a { "  " } else { "!!" };
                failures.push_str(&format!("  {mark} expected: {e:?}\n     actual:   {a:?}\n"));
            }
        }
    }
    assert!(failures.is_empty(), "segmentation differs:{failures}");
}

#[test]
fn seed_headline_stays_one_sentence() {
    let headline = "Russia, N. Korea Say U.S. Military Move Fuels Korean Peninsula Tensions";
    assert_eq!(split(headline, English), [headline]);
    assert_eq!(split(headline, Undetermined), [headline]);
}

#[test]
fn seed_seoul_paragraph_splits_into_its_sentences() {
    let text = "SEOUL: Russia’s foreign minister warned the US, South Korea and Japan against forming a security \
        partnership targeting North Korea as he visited his country’s ally for talks on further solidifying their \
        booming military and other cooperation.\nRussian Foreign Minister Sergey Lavrov spoke Saturday at North \
        Korea’s eastern Wonsan city, where he met the country’s leader, Kim Jong Un, and conveyed greetings from \
        President Vladimir Putin.\nThe US, South Korea and Japan have expanded or restored their trilateral military \
        exercises in response to North Korea’s advancing nuclear program. The three countries held a joint air drill \
        Friday involving US nuclear-capable bombers near the Korean Peninsula.\n“The technologies used by North \
        Korea are the result of the work of its own scientists. We respect North Korea’s aspirations and understand \
        the reasons why it is pursuing nuclear development,” Lavrov said, according to Tass.";
    let got = split(text, English);
    let starts: Vec<String> =
        got.iter().map(|s| s.split(' ').take(3).collect::<Vec<_>>().join(" ")).collect();
    assert_eq!(
        starts,
        [
            "SEOUL: Russia’s foreign",
            "Russian Foreign Minister",
            "The US, South",
            "The three countries",
            "“The technologies used",
            "We respect North",
        ]
    );
    assert!(got[0].ends_with("other cooperation."));
    assert!(got[5].ends_with("according to Tass."));
}

#[test]
fn english() {
    check(
        English,
        &[
            (
                "Talks were held in the U.S. The next day they ended.",
                &["Talks were held in the U.S.", "The next day they ended."],
            ),
            ("U.S. Military Move Fuels Tensions", &["U.S. Military Move Fuels Tensions"]),
            (
                "Mr. Smith met Dr. Jones on Jan. 5, i.e. a Friday. They wore No. 5 shirts vs. the rain.",
                &["Mr. Smith met Dr. Jones on Jan. 5, i.e. a Friday.", "They wore No. 5 shirts vs. the rain."],
            ),
            (
                "J. R. R. Tolkien was born in 1892. He died in 1973.",
                &["J. R. R. Tolkien was born in 1892.", "He died in 1973."],
            ),
            (
                "Shares rose 3.5% after v1.2.3 shipped; see arab.news or example.com for more. Analysts were pleased.",
                &[
                    "Shares rose 3.5% after v1.2.3 shipped; see arab.news or example.com for more.",
                    "Analysts were pleased.",
                ],
            ),
            ("He left.” She stayed.", &["He left.”", "She stayed."]),
            ("We sold apples, pears etc. Bananas were gone.", &["We sold apples, pears etc.", "Bananas were gone."]),
            (
                "He was born in Washington, D.C. He moved to N.Y. in 1990. Gen. Patton was at Ft. Knox.",
                &["He was born in Washington, D.C.", "He moved to N.Y. in 1990.", "Gen. Patton was at Ft. Knox."],
            ),
            (
                "Contact info@example.com. Visit https://www.example.com/path?x=1. Thanks!",
                &["Contact info@example.com.", "Visit https://www.example.com/path?x=1.", "Thanks!"],
            ),
            ("“Why?” he asked. Nobody knew!?", &["“Why?” he asked.", "Nobody knew!?"]),
            ("Wait... what? He paused… Then left.", &["Wait... what?", "He paused…", "Then left."]),
            (
                "He joined Acme Inc. The company makes anvils. It is based in St. Louis.",
                &["He joined Acme Inc.", "The company makes anvils.", "It is based in St. Louis."],
            ),
            (
                "What changed\n- Prices rose\n- Wages fell\n1. Save more\n2. Spend less",
                &["What changed", "Prices rose", "Wages fell", "1. Save more", "2. Spend less"],
            ),
            ("The meeting ended at 5 p.m. The vote is Monday.", &["The meeting ended at 5 p.m.", "The vote is Monday."]),
        ],
    );
}

#[test]
fn french() {
    check(
        French,
        &[
            (
                "M. Dupont est arrivé hier. Il a parlé à Mme Martin.",
                &["M. Dupont est arrivé hier.", "Il a parlé à Mme Martin."],
            ),
            (
                "César est mort en 44 av. J.-C. à Rome. La République a suivi.",
                &["César est mort en 44 av. J.-C. à Rome.", "La République a suivi."],
            ),
            (
                "Il est né en 63 av. J.-C. Le consul a été élu.",
                &["Il est né en 63 av. J.-C.", "Le consul a été élu."],
            ),
            (
                "« Il pleut. » Puis il est parti. « Pourquoi ? » a-t-il demandé.",
                &["« Il pleut. »", "Puis il est parti.", "« Pourquoi ? » a-t-il demandé."],
            ),
            (
                "Le chiffre atteint 3,5 milliards, etc. Mais la dette augmente.",
                &["Le chiffre atteint 3,5 milliards, etc.", "Mais la dette augmente."],
            ),
            ("Voir p. 12 et le chap. 3 pour les détails.", &["Voir p. 12 et le chap. 3 pour les détails."]),
            ("C'est de l'art. Le public adore.", &["C'est de l'art.", "Le public adore."]),
        ],
    );
}

#[test]
fn german() {
    check(
        German,
        &[
            (
                "Am 3. Oktober 1990 wurde Deutschland wiedervereinigt. Das war ein großer Tag.",
                &["Am 3. Oktober 1990 wurde Deutschland wiedervereinigt.", "Das war ein großer Tag."],
            ),
            (
                "Wir brauchen z. B. Äpfel, Birnen usw. Dann kochen wir.",
                &["Wir brauchen z. B. Äpfel, Birnen usw.", "Dann kochen wir."],
            ),
            (
                "Dr. Müller bzw. Prof. Schmidt kommen um 10.30 Uhr. Die Sitzung dauert ca. 2 Stunden.",
                &["Dr. Müller bzw. Prof. Schmidt kommen um 10.30 Uhr.", "Die Sitzung dauert ca. 2 Stunden."],
            ),
            (
                "Die Firma hat 10.000 Mitarbeiter. Im 20. Jahrhundert waren es 15. Sie wächst weiter.",
                &[
                    "Die Firma hat 10.000 Mitarbeiter.",
                    "Im 20. Jahrhundert waren es 15.",
                    "Sie wächst weiter.",
                ],
            ),
            ("Er sagte: „Wir kommen.“ Danach ging er.", &["Er sagte: „Wir kommen.“", "Danach ging er."]),
            ("Vgl. dazu Art. 5 des Vertrags.", &["Vgl. dazu Art. 5 des Vertrags."]),
            (
                "Herr Dr. med. Schulz kam. Er war pünktlich.",
                &["Herr Dr. med. Schulz kam.", "Er war pünktlich."],
            ),
            (
                "Der 1. FC Köln gewann 2:1. Die Fans jubelten.",
                &["Der 1. FC Köln gewann 2:1.", "Die Fans jubelten."],
            ),
        ],
    );
}

#[test]
fn spanish() {
    check(
        Spanish,
        &[
            (
                "El Sr. García y la Sra. López viajaron a EE. UU. la semana pasada.",
                &["El Sr. García y la Sra. López viajaron a EE. UU. la semana pasada."],
            ),
            (
                "La reunión fue en EE. UU. El presidente habló después.",
                &["La reunión fue en EE. UU.", "El presidente habló después."],
            ),
            (
                "¿Vienes mañana? ¡Claro que sí! Nos vemos.",
                &["¿Vienes mañana?", "¡Claro que sí!", "Nos vemos."],
            ),
            ("Lo dijo el Dr. Pérez. Después se fue.", &["Lo dijo el Dr. Pérez.", "Después se fue."]),
            (
                "El PIB creció un 2,5 % en 2023. Según el informe, la inflación bajó.",
                &["El PIB creció un 2,5 % en 2023.", "Según el informe, la inflación bajó."],
            ),
        ],
    );
}

#[test]
fn portuguese() {
    check(
        Portuguese,
        &[
            (
                "O Sr. Silva chegou ontem. Ele trouxe a Sra. Costa.",
                &["O Sr. Silva chegou ontem.", "Ele trouxe a Sra. Costa."],
            ),
            (
                "A empresa lucrou 3,2 milhões, etc. Mas a dívida cresceu.",
                &["A empresa lucrou 3,2 milhões, etc.", "Mas a dívida cresceu."],
            ),
            ("Você vem? Sim, vou.", &["Você vem?", "Sim, vou."]),
            (
                "Visite www.exemplo.com.br para saber mais. Obrigado.",
                &["Visite www.exemplo.com.br para saber mais.", "Obrigado."],
            ),
            ("A Dra. Souza mora na Av. Paulista.", &["A Dra. Souza mora na Av. Paulista."]),
        ],
    );
}

#[test]
fn italian() {
    check(
        Italian,
        &[
            (
                "Il Sig. Rossi è arrivato. Il Dott. Bianchi no.",
                &["Il Sig. Rossi è arrivato.", "Il Dott. Bianchi no."],
            ),
            ("Abbiamo mele, pere ecc. Ma niente uva.", &["Abbiamo mele, pere ecc.", "Ma niente uva."]),
            ("Ha detto: «Andiamo!» Poi è uscito.", &["Ha detto: «Andiamo!»", "Poi è uscito."]),
            ("Il prezzo è di 3,50 euro. Non è molto.", &["Il prezzo è di 3,50 euro.", "Non è molto."]),
            ("Vedi pag. 4 e l'art. 7.", &["Vedi pag. 4 e l'art. 7."]),
            (
                "L'on. Bianchi e il prof. Verdi sono arrivati alle 10.30. Hanno parlato.",
                &["L'on. Bianchi e il prof. Verdi sono arrivati alle 10.30.", "Hanno parlato."],
            ),
        ],
    );
}

#[test]
fn dutch() {
    check(
        Dutch,
        &[
            ("Dhr. Jansen en mevr. De Vries waren er ook.", &["Dhr. Jansen en mevr. De Vries waren er ook."]),
            (
                "We kochten fruit, bijv. appels, peren enz. Daarna gingen we naar huis.",
                &["We kochten fruit, bijv. appels, peren enz.", "Daarna gingen we naar huis."],
            ),
            ("Het kost 10,5 miljoen euro. Dat is veel.", &["Het kost 10,5 miljoen euro.", "Dat is veel."]),
            ("Zie blz. 5 voor meer. Of niet?", &["Zie blz. 5 voor meer.", "Of niet?"]),
        ],
    );
}

#[test]
fn russian() {
    check(
        Russian,
        &[
            ("Это было в 1999 г. В Москве шёл снег.", &["Это было в 1999 г.", "В Москве шёл снег."]),
            (
                "Улица им. Пушкина, т. е. центр города. Там живёт он.",
                &["Улица им. Пушкина, т. е. центр города.", "Там живёт он."],
            ),
            (
                "А. С. Пушкин родился в Москве. Он был поэтом.",
                &["А. С. Пушкин родился в Москве.", "Он был поэтом."],
            ),
            ("Цена выросла на 3,5 %. Это много!", &["Цена выросла на 3,5 %.", "Это много!"]),
            ("Вы придёте? Да.", &["Вы придёте?", "Да."]),
            (
                "Инфляция составила 7,4 % и т. д. Подробности ниже.",
                &["Инфляция составила 7,4 % и т. д.", "Подробности ниже."],
            ),
            (
                "Президент В. В. Путин провёл совещание. Об этом сообщил Д. Песков.",
                &["Президент В. В. Путин провёл совещание.", "Об этом сообщил Д. Песков."],
            ),
        ],
    );
}

#[test]
fn chinese() {
    check(
        Chinese,
        &[
            ("今天天气很好。我们去公园吧！你去吗？", &["今天天气很好。", "我们去公园吧！", "你去吗？"]),
            ("他说：“我们走吧。”然后离开了。", &["他说：“我们走吧。”", "然后离开了。"]),
            ("价格上涨了3.5%。专家表示担忧。", &["价格上涨了3.5%。", "专家表示担忧。"]),
            ("这是第一句……这是同一句。", &["这是第一句……这是同一句。"]),
            ("经济回升向好。“我们有信心！”他说。", &["经济回升向好。", "“我们有信心！”", "他说。"]),
            ("我们去了北京．然后回家了。", &["我们去了北京．", "然后回家了。"]),
        ],
    );
}

#[test]
fn japanese() {
    check(
        Japanese,
        &[
            ("今日は晴れです。明日は雨でしょう。", &["今日は晴れです。", "明日は雨でしょう。"]),
            ("「行きます。」と彼は言った。", &["「行きます。」と彼は言った。"]),
            ("本当ですか？はい、そうです！", &["本当ですか？", "はい、そうです！"]),
            ("価格は３．５％上昇した。", &["価格は３．５％上昇した。"]),
            (
                "Apple社は新製品を発表した。iPhoneは好調だ。",
                &["Apple社は新製品を発表した。", "iPhoneは好調だ。"],
            ),
        ],
    );
}

#[test]
fn arabic() {
    check(
        Arabic,
        &[
            ("هل أنت بخير؟ نعم، أنا بخير.", &["هل أنت بخير؟", "نعم، أنا بخير."]),
            (
                "قال الوزير: سنواصل العمل؛ لا تراجع. وأضاف أن الوضع مستقر.",
                &["قال الوزير: سنواصل العمل؛ لا تراجع.", "وأضاف أن الوضع مستقر."],
            ),
            ("بلغ النمو 3.5 في المئة. وهذا جيد!", &["بلغ النمو 3.5 في المئة.", "وهذا جيد!"]),
            ("نشر موقع arab.news الخبر اليوم.", &["نشر موقع arab.news الخبر اليوم."]),
            ("رائع! شكرا جزيلا.", &["رائع!", "شكرا جزيلا."]),
        ],
    );
}

#[test]
fn hindi() {
    check(
        Hindi,
        &[
            ("मैं घर जा रहा हूँ। तुम कहाँ जा रहे हो?", &["मैं घर जा रहा हूँ।", "तुम कहाँ जा रहे हो?"]),
            ("यह अच्छा है॥ धन्यवाद।", &["यह अच्छा है॥", "धन्यवाद।"]),
            ("कीमत 3.5 प्रतिशत बढ़ी। लोग परेशान हैं।", &["कीमत 3.5 प्रतिशत बढ़ी।", "लोग परेशान हैं।"]),
            ("डॉ. शर्मा आज आए। वे खुश थे।", &["डॉ. शर्मा आज आए।", "वे खुश थे।"]),
        ],
    );
}

#[test]
fn greek_asks_with_a_semicolon() {
    check(
        Greek,
        &[
            ("Τι ώρα είναι; Είναι τρεις. Ευχαριστώ!", &["Τι ώρα είναι;", "Είναι τρεις.", "Ευχαριστώ!"]),
            ("Πού πας\u{037E} Στο σπίτι.", &["Πού πας\u{037E}", "Στο σπίτι."]),
        ],
    );
    // Elsewhere a semicolon only joins clauses.
    assert_eq!(split("It rained; We stayed in.", English), ["It rained; We stayed in."]);
}

#[test]
fn thai_without_terminators_stays_whole_when_short() {
    let text = "วันนี้อากาศดีมาก เราจะไปเที่ยวทะเล";
    assert_eq!(split(text, Undetermined), [text]);
}

#[test]
fn text_without_punctuation_becomes_usable_sentences() {
    let clause = "the committee met again on monday and talked about the budget for schools and roads ";
    let text = clause.repeat(2000);
    let got = split(&text, English);
    assert!(got.len() > 100, "{} pieces", got.len());
    for s in &got {
        let words = s.split_whitespace().count();
        assert!((10..=80).contains(&words), "{words} words: {s:?}");
    }
    let text = "我们今天去公园玩了一整天，然后回家吃饭".repeat(300);
    for s in split(&text, Chinese) {
        let chars = s.chars().count();
        assert!((20..=150).contains(&chars), "{chars} chars");
    }
}

#[test]
fn long_sentence_is_cut_at_the_strongest_soft_boundary() {
    let first = "word ".repeat(60);
    let text = format!("{first}; after the semicolon, a comma {} end", "more ".repeat(60));
    let got = split(&text, English);
    assert!(got[0].ends_with(';'), "{:?}", got[0]);
}

#[test]
fn polish() {
    check(
        Polish,
        &[
            (
                "Prof. Nowak i dr Kowalski przyjechali do Krakowa. Spotkanie trwało dwie godziny.",
                &["Prof. Nowak i dr Kowalski przyjechali do Krakowa.", "Spotkanie trwało dwie godziny."],
            ),
            (
                "Mieszka przy ul. Długiej, tzn. w centrum. Tam jest ciszej.",
                &["Mieszka przy ul. Długiej, tzn. w centrum.", "Tam jest ciszej."],
            ),
            (
                "Kupiliśmy chleb, mleko, masło itd. Potem wróciliśmy do domu.",
                &["Kupiliśmy chleb, mleko, masło itd.", "Potem wróciliśmy do domu."],
            ),
            (
                "Inflacja wyniosła 3,5 proc. w maju. Czy to dużo?",
                &["Inflacja wyniosła 3,5 proc. w maju.", "Czy to dużo?"],
            ),
            ("Budżet wynosi 12 mln zł. Ale to za mało!", &["Budżet wynosi 12 mln zł.", "Ale to za mało!"]),
        ],
    );
}

#[test]
fn czech() {
    check(
        Czech,
        &[
            (
                "Prof. Novák a MUDr. Svoboda přijeli do Brna. Jednání trvalo dvě hodiny.",
                &["Prof. Novák a MUDr. Svoboda přijeli do Brna.", "Jednání trvalo dvě hodiny."],
            ),
            (
                "Koupili jsme chléb, mléko, máslo atd. Pak jsme šli domů.",
                &["Koupili jsme chléb, mléko, máslo atd.", "Pak jsme šli domů."],
            ),
            (
                "Přišel tzv. expert, např. z Prahy. Nikdo ho neznal.",
                &["Přišel tzv. expert, např. z Prahy.", "Nikdo ho neznal."],
            ),
            ("Rozpočet činí 12 mld. Kč. To je hodně?", &["Rozpočet činí 12 mld. Kč.", "To je hodně?"]),
            ("Inflace byla 3,5 %. Ceny rostou!", &["Inflace byla 3,5 %.", "Ceny rostou!"]),
        ],
    );
}

#[test]
fn ukrainian() {
    check(
        Ukrainian,
        &[
            ("Це було у 1999 р. У Києві йшов сніг.", &["Це було у 1999 р.", "У Києві йшов сніг."]),
            (
                "Вулиця ім. Шевченка, тобто центр міста. Там живе він.",
                &["Вулиця ім. Шевченка, тобто центр міста.", "Там живе він."],
            ),
            (
                "Т. Г. Шевченко народився в Моринцях. Він був поетом.",
                &["Т. Г. Шевченко народився в Моринцях.", "Він був поетом."],
            ),
            ("Бюджет становить 12 млрд грн. Це багато?", &["Бюджет становить 12 млрд грн.", "Це багато?"]),
            ("Ви прийдете? Так, м'ясо вже готове!", &["Ви прийдете?", "Так, м'ясо вже готове!"]),
        ],
    );
}

#[test]
fn persian() {
    check(
        Persian,
        &[
            ("آیا حالت خوب است؟ بله، خوبم.", &["آیا حالت خوب است؟", "بله، خوبم."]),
            (
                "رشد اقتصادی ۳.۵ درصد بود. این خبر خوبی است!",
                &["رشد اقتصادی ۳.۵ درصد بود.", "این خبر خوبی است!"],
            ),
            // An uncased script has no capital to wait for: "…" before a word ends the sentence.
            ("او گفت: می‌آیم… اما نیامد.", &["او گفت: می‌آیم…", "اما نیامد."]),
            (
                "وزیر گفت که مذاکرات ادامه دارد؛ هیچ عقب‌نشینی در کار نیست.",
                &["وزیر گفت که مذاکرات ادامه دارد؛ هیچ عقب‌نشینی در کار نیست."],
            ),
            ("چرا؟ چون دیر شده بود.", &["چرا؟", "چون دیر شده بود."]),
        ],
    );
}

#[test]
fn hebrew() {
    check(
        Hebrew,
        &[
            ("מה שלומך? אני בסדר, תודה.", &["מה שלומך?", "אני בסדר, תודה."]),
            ("הצמיחה הגיעה ל-3.5 אחוזים. זה נתון טוב!", &["הצמיחה הגיעה ל-3.5 אחוזים.", "זה נתון טוב!"]),
            ("דובר צה\"ל מסר הודעה. היא פורסמה בבוקר.", &["דובר צה\"ל מסר הודעה.", "היא פורסמה בבוקר."]),
            (
                "ראש הממשלה אמר: \"נמשיך לעבוד.\" השרים הסכימו.",
                &["ראש הממשלה אמר: \"נמשיך לעבוד.\"", "השרים הסכימו."],
            ),
        ],
    );
}

#[test]
fn indonesian() {
    check(
        Indonesian,
        &[
            (
                "Prof. Hasan dan Dr. Siti tiba di Jakarta. Pertemuan berlangsung dua jam.",
                &["Prof. Hasan dan Dr. Siti tiba di Jakarta.", "Pertemuan berlangsung dua jam."],
            ),
            (
                "Kantornya di Jl. Sudirman, dekat stasiun. Di sana lebih ramai.",
                &["Kantornya di Jl. Sudirman, dekat stasiun.", "Di sana lebih ramai."],
            ),
            (
                "Mereka membeli beras, gula, minyak, dll. Namun harga terus naik.",
                &["Mereka membeli beras, gula, minyak, dll.", "Namun harga terus naik."],
            ),
            (
                "Saham PT Bank Rakyat Indonesia Tbk. Menurut analis, harganya naik.",
                &["Saham PT Bank Rakyat Indonesia Tbk.", "Menurut analis, harganya naik."],
            ),
            (
                "Inflasi mencapai 3,5 persen. Apakah itu tinggi?",
                &["Inflasi mencapai 3,5 persen.", "Apakah itu tinggi?"],
            ),
        ],
    );
}

#[test]
fn vietnamese() {
    check(
        Vietnamese,
        &[
            (
                "GS. Nguyễn Văn A đã đến TP. Hồ Chí Minh. Cuộc họp kéo dài hai giờ.",
                &["GS. Nguyễn Văn A đã đến TP. Hồ Chí Minh.", "Cuộc họp kéo dài hai giờ."],
            ),
            ("Lạm phát tăng 3,5%. Người dân lo lắng!", &["Lạm phát tăng 3,5%.", "Người dân lo lắng!"]),
            ("Bạn có khỏe không? Tôi khỏe, cảm ơn.", &["Bạn có khỏe không?", "Tôi khỏe, cảm ơn."]),
            (
                "Ông ấy nói: \"Chúng tôi sẽ tiếp tục.\" Sau đó ông rời đi.",
                &["Ông ấy nói: \"Chúng tôi sẽ tiếp tục.\"", "Sau đó ông rời đi."],
            ),
        ],
    );
}
