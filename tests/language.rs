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
    (
        "pl",
        "Rada miasta zatwierdziła we wtorek nowy budżet po wielu miesiącach debaty. Plan zwiększa \
         wydatki na szkoły i transport publiczny, ale krytycy twierdzą, że niewiele robi dla \
         mieszkalnictwa.",
    ),
    (
        "cs",
        "Městské zastupitelstvo v úterý po měsících debat schválilo nový rozpočet. Plán zvyšuje výdaje na \
         školy a veřejnou dopravu, kritici však tvrdí, že pro bydlení dělá jen málo.",
    ),
    (
        "uk",
        "Міська рада у вівторок після кількох місяців суперечок затвердила новий бюджет. План збільшує \
         видатки на школи та громадський транспорт, але критики кажуть, що він мало що робить для житла.",
    ),
    (
        "fa",
        "شورای شهر روز سه‌شنبه پس از ماه‌ها بحث بودجه جدیدی را تصویب کرد. این طرح هزینه مدارس و حمل و \
         نقل عمومی را افزایش می‌دهد، اما منتقدان می‌گویند که برای مسکن کار چندانی نمی‌کند.",
    ),
    (
        "he",
        "מועצת העיר אישרה ביום שלישי תקציב חדש לאחר חודשים של ויכוחים. התוכנית מגדילה את ההוצאות על בתי \
         ספר ותחבורה ציבורית, אך המבקרים אומרים שהיא עושה מעט מאוד לדיור.",
    ),
    (
        "id",
        "Dewan kota menyetujui anggaran baru pada hari Selasa setelah perdebatan selama berbulan-bulan. \
         Rencana itu menaikkan belanja untuk sekolah dan transportasi umum, tetapi para kritikus \
         mengatakan rencana itu tidak banyak membantu perumahan.",
    ),
    (
        "vi",
        "Hội đồng thành phố đã phê duyệt ngân sách mới vào thứ Ba sau nhiều tháng tranh luận. Kế hoạch \
         tăng chi tiêu cho trường học và giao thông công cộng, nhưng các nhà phê bình nói rằng nó không \
         giúp được nhiều cho nhà ở.",
    ),
];

/// Short paragraphs (about 20 to 40 words, or a sentence of CJK) on other topics than the
/// council story: weather, sport, science. A reader pasting one paragraph gets these.
const PARAGRAPHS: &[(&str, &str)] = &[
    (
        "en",
        "Heavy snow closed several mountain roads overnight, and drivers were told to stay at home until \
         the ploughs had cleared the main routes. Schools in the valley will open two hours late.",
    ),
    (
        "en",
        "The striker scored twice in the second half as the home side came from behind to win the cup \
         final, their first trophy in more than a decade.",
    ),
    (
        "en",
        "Researchers found that the new battery keeps most of its charge after a thousand cycles, which \
         could make cheaper electric cars possible within a few years.",
    ),
    (
        "fr",
        "De fortes pluies ont provoqué des inondations dans le sud du pays, où des centaines d'habitants \
         ont dû quitter leur maison pendant la nuit. Les secours restent mobilisés.",
    ),
    (
        "fr",
        "L'équipe de France s'est qualifiée pour la finale après une victoire difficile contre le \
         Portugal, grâce à un but marqué dans les dernières minutes du match.",
    ),
    (
        "fr",
        "Selon une étude publiée jeudi, les enfants qui lisent chaque soir avant de dormir obtiennent de \
         meilleurs résultats à l'école que ceux qui regardent un écran.",
    ),
    (
        "de",
        "Nach dem heftigen Sturm sind in weiten Teilen Norddeutschlands noch immer tausende Haushalte \
         ohne Strom. Die Bahn hat den Fernverkehr zwischen Hamburg und Berlin vorerst eingestellt.",
    ),
    (
        "de",
        "Der Verein hat seinen Trainer nach nur vier Monaten entlassen, weil die Mannschaft in der \
         Tabelle auf einen Abstiegsplatz gerutscht ist.",
    ),
    (
        "de",
        "Forscher haben eine neue Methode entwickelt, mit der sich Plastik im Meer schneller abbauen \
         lässt. Bis zum Einsatz in der Praxis dürften aber noch Jahre vergehen.",
    ),
    (
        "es",
        "Las fuertes lluvias de los últimos días han provocado el desbordamiento de varios ríos en el \
         norte del país, y cientos de vecinos han tenido que abandonar sus casas.",
    ),
    (
        "es",
        "El equipo ganó la liga por tercera vez consecutiva tras vencer el domingo a su rival por dos \
         goles a uno en un estadio lleno.",
    ),
    (
        "es",
        "Un nuevo estudio señala que dormir menos de seis horas cada noche aumenta el riesgo de sufrir \
         problemas de corazón, sobre todo en personas mayores.",
    ),
    (
        "pt",
        "As chuvas fortes dos últimos dias provocaram deslizamentos de terra em várias cidades do \
         litoral, e centenas de famílias tiveram de deixar as suas casas.",
    ),
    (
        "pt",
        "O clube conquistou o campeonato pela terceira vez seguida depois de vencer o rival por dois a \
         um, num estádio completamente cheio.",
    ),
    (
        "pt",
        "Um novo estudo mostra que as crianças que leem todos os dias antes de dormir têm melhores \
         resultados na escola do que as que passam a noite em frente ao ecrã.",
    ),
    (
        "it",
        "Le forti piogge degli ultimi giorni hanno causato l'esondazione di alcuni fiumi nel nord del \
         paese, e centinaia di persone sono state costrette a lasciare le loro case.",
    ),
    (
        "it",
        "La squadra ha vinto il campionato per la terza volta di fila dopo aver battuto la rivale per \
         due a uno davanti a uno stadio pieno.",
    ),
    (
        "it",
        "Secondo uno studio pubblicato giovedì, chi dorme meno di sei ore per notte ha un rischio più \
         alto di problemi al cuore.",
    ),
    (
        "nl",
        "Door de zware regenval van de afgelopen dagen zijn in het zuiden van het land verschillende \
         rivieren buiten hun oevers getreden. Honderden bewoners moesten hun huis verlaten.",
    ),
    (
        "nl",
        "De club heeft voor de derde keer op rij het kampioenschap gewonnen na een overwinning van twee \
         tegen een in een uitverkocht stadion.",
    ),
    (
        "nl",
        "Volgens een nieuw onderzoek hebben kinderen die elke avond lezen betere resultaten op school \
         dan kinderen die voor het slapengaan naar een scherm kijken.",
    ),
    (
        "ru",
        "Сильные дожди последних дней привели к наводнениям на юге страны, и сотни жителей были \
         вынуждены покинуть свои дома ночью.",
    ),
    (
        "ru",
        "Команда выиграла чемпионат третий раз подряд, обыграв в воскресенье главного соперника со \
         счётом два один.",
    ),
    (
        "ru",
        "По данным нового исследования, люди, которые спят меньше шести часов, чаще страдают от \
         болезней сердца.",
    ),
    (
        "ar",
        "تسببت الأمطار الغزيرة خلال الأيام الماضية في فيضانات واسعة في جنوب البلاد، واضطر مئات السكان إلى \
         مغادرة منازلهم ليلا.",
    ),
    (
        "ar",
        "فاز الفريق بالبطولة للمرة الثالثة على التوالي بعد أن تغلب على منافسه بهدفين مقابل هدف في ملعب \
         ممتلئ بالجماهير.",
    ),
    (
        "ar",
        "أظهرت دراسة جديدة أن الأطفال الذين يقرؤون كل مساء يحققون نتائج أفضل في المدرسة من الذين يشاهدون \
         الشاشات.",
    ),
    (
        "tr",
        "Belediye meclisi aylarca süren tartışmaların ardından salı günü yeni bütçeyi onayladı. Plan \
         okullara ve toplu taşımaya daha fazla kaynak ayırıyor, muhalefet ise konut sorununun göz ardı \
         edildiğini söylüyor.",
    ),
    (
        "tr",
        "Son günlerde yağan şiddetli yağmurlar ülkenin güneyinde sele neden oldu ve yüzlerce kişi gece \
         boyunca evlerini terk etmek zorunda kaldı.",
    ),
    (
        "tr",
        "Takım, pazar günü rakibini iki bir yenerek üst üste üçüncü kez şampiyon oldu. Teknik direktör \
         maçtan sonra oyuncularına teşekkür etti.",
    ),
    (
        "sv",
        "Kraftiga regn under de senaste dagarna har orsakat översvämningar i södra Sverige, och hundratals \
         invånare har fått lämna sina hem under natten.",
    ),
    (
        "sv",
        "Laget vann ligan för tredje året i rad efter att ha besegrat sina rivaler med två mål mot ett \
         inför en fullsatt arena.",
    ),
    (
        "sv",
        "En ny studie visar att barn som läser varje kväll får bättre resultat i skolan än barn som tittar \
         på en skärm före sänggåendet.",
    ),
    (
        "da",
        "Kraftig regn i de seneste dage har ført til oversvømmelser i det sydlige Jylland, og hundredvis \
         af beboere har måttet forlade deres hjem i nat.",
    ),
    (
        "da",
        "Holdet vandt mesterskabet for tredje år i træk efter en sejr på to mål mod et over de største \
         rivaler foran et udsolgt stadion.",
    ),
    (
        "da",
        "En ny undersøgelse viser, at børn, der læser hver aften, klarer sig bedre i skolen end børn, der \
         ser på en skærm før sengetid.",
    ),
    (
        "no",
        "Kraftig regn de siste dagene har ført til flom i store deler av Østlandet, og flere hundre \
         innbyggere har måttet forlate hjemmene sine i natt.",
    ),
    (
        "no",
        "Laget vant serien for tredje år på rad etter å ha slått rivalene to mot én foran et utsolgt \
         stadion.",
    ),
    (
        "no",
        "En ny undersøkelse viser at barn som leser hver kveld, gjør det bedre på skolen enn barn som ser \
         på en skjerm før de legger seg.",
    ),
    (
        "fi",
        "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion kuukausien keskustelun jälkeen. \
         Suunnitelma lisää rahaa kouluille, mutta oppositio arvostelee sitä asuntopolitiikan \
         unohtamisesta.",
    ),
    (
        "fi",
        "Rankat sateet ovat aiheuttaneet tulvia Etelä-Suomessa, ja satoja asukkaita on jouduttu \
         siirtämään pois kodeistaan yön aikana.",
    ),
    (
        "fi",
        "Joukkue voitti mestaruuden kolmannen kerran peräkkäin, kun se kukisti sunnuntaina kilpailijansa \
         maalein kaksi yksi täydellä stadionilla.",
    ),
    (
        "hu",
        "Az elmúlt napok heves esőzései áradásokat okoztak az ország déli részén, és több száz lakónak \
         kellett elhagynia otthonát az éjszaka folyamán.",
    ),
    (
        "hu",
        "A csapat sorozatban harmadszor nyerte meg a bajnokságot, miután vasárnap két egyre legyőzte \
         legnagyobb riválisát a telt házas stadionban.",
    ),
    (
        "hu",
        "Egy új kutatás szerint azok a gyerekek, akik minden este olvasnak, jobban teljesítenek az \
         iskolában, mint akik lefekvés előtt képernyőt néznek.",
    ),
    (
        "ro",
        "Ploile abundente din ultimele zile au provocat inundații în sudul țării, iar sute de locuitori au \
         fost nevoiți să își părăsească locuințele în timpul nopții.",
    ),
    (
        "ro",
        "Echipa a câștigat campionatul pentru a treia oară la rând, după ce și-a învins duminică marea \
         rivală cu doi la unu, pe un stadion plin.",
    ),
    (
        "ro",
        "Un nou studiu arată că și copiii care citesc în fiecare seară au rezultate mai bune la școală \
         decât cei care se uită la ecran înainte de culcare.",
    ),
    (
        "el",
        "Οι έντονες βροχοπτώσεις των τελευταίων ημερών προκάλεσαν πλημμύρες στη νότια χώρα και \
         εκατοντάδες κάτοικοι εγκατέλειψαν τα σπίτια τους.",
    ),
    (
        "el",
        "Η ομάδα κατέκτησε το πρωτάθλημα για τρίτη συνεχή χρονιά, αφού νίκησε την Κυριακή τον μεγάλο \
         αντίπαλό της με δύο γκολ έναντι ενός.",
    ),
    ("zh", "暴雨导致南方多个城市发生洪水，数百名居民连夜撤离。"),
    ("zh", "球队在周日的比赛中以二比一击败对手，连续第三次夺得联赛冠军。"),
    ("zh", "研究显示，睡前阅读的儿童在学校的表现更好。"),
    ("ja", "大雨の影響で南部の川が氾濫し、数百人の住民が夜のうちに避難した。"),
    ("ja", "チームは日曜日の試合でライバルを二対一で破り、三年連続の優勝を果たした。"),
    ("ja", "新しい研究によると、毎晩本を読む子どもは学校の成績が良いという。"),
    ("ko", "폭우로 남부 지역의 강이 범람해 주민 수백 명이 밤사이 대피했다."),
    ("ko", "팀은 일요일 경기에서 라이벌을 2대 1로 꺾고 3년 연속 우승을 차지했다."),
    (
        "hi",
        "पिछले कुछ दिनों की भारी बारिश से देश के दक्षिणी हिस्से में बाढ़ आ गई है और सैकड़ों लोगों को रात में अपने \
         घर छोड़ने पड़े।",
    ),
    ("hi", "टीम ने रविवार को अपने सबसे बड़े प्रतिद्वंद्वी को दो-एक से हराकर लगातार तीसरी बार खिताब जीता।"),
    (
        "pl",
        "Drużyna po raz trzeci z rzędu zdobyła mistrzostwo kraju, pokonując w niedzielę swojego \
         największego rywala dwa do jednego na wypełnionym stadionie.",
    ),
    (
        "pl",
        "Według nowego badania dzieci, które czytają każdego wieczoru, osiągają lepsze wyniki w szkole niż \
         te, które przed snem patrzą w ekran.",
    ),
    (
        "cs",
        "Silné deště z posledních dnů způsobily povodně na jihu země a stovky obyvatel musely v noci \
         opustit své domovy.",
    ),
    (
        "cs",
        "Tým vyhrál ligu potřetí za sebou, když v neděli porazil svého největšího rivala dva jedna na \
         vyprodaném stadionu.",
    ),
    (
        "cs",
        "Podle nové studie mají děti, které každý večer čtou, ve škole lepší výsledky než ty, které se před \
         spaním dívají na obrazovku.",
    ),
    (
        "uk",
        "Команда втретє поспіль виграла чемпіонат, обігравши в неділю свого головного суперника з \
         рахунком два один.",
    ),
    (
        "uk",
        "За даними нового дослідження, діти, які щовечора читають, мають кращі результати в школі, ніж ті, \
         хто дивиться на екран перед сном.",
    ),
    ("fa", "تیم برای سومین بار پیاپی قهرمان لیگ شد و روز یکشنبه رقیب اصلی خود را با نتیجه دو بر یک شکست داد."),
    (
        "fa",
        "بر اساس یک پژوهش تازه، کودکانی که هر شب کتاب می‌خوانند در مدرسه نتایج بهتری از کودکانی می‌گیرند \
         که پیش از خواب به صفحه نمایش نگاه می‌کنند.",
    ),
    ("he", "גשמים עזים בימים האחרונים גרמו להצפות בדרום הארץ, ומאות תושבים נאלצו לעזוב את בתיהם במהלך הלילה."),
    ("he", "הקבוצה זכתה באליפות בפעם השלישית ברציפות לאחר שגברה ביום ראשון על יריבתה הגדולה בתוצאה שתיים אחת."),
    (
        "id",
        "Hujan deras selama beberapa hari terakhir menyebabkan banjir di wilayah selatan, dan ratusan warga \
         terpaksa meninggalkan rumah mereka pada malam hari karena air terus naik.",
    ),
    (
        "id",
        "Tim itu menjuarai liga untuk ketiga kalinya secara berturut-turut setelah mengalahkan rival \
         utamanya dengan skor dua satu di stadion yang penuh.",
    ),
    (
        "id",
        "Menurut sebuah penelitian baru, anak-anak yang membaca setiap malam mendapat nilai yang lebih baik \
         di sekolah dibandingkan anak-anak yang menonton layar sebelum tidur.",
    ),
    ("vi", "Mưa lớn trong nhiều ngày qua đã gây ngập lụt ở miền nam, hàng trăm người dân phải rời khỏi nhà trong đêm."),
    (
        "vi",
        "Đội bóng đã giành chức vô địch lần thứ ba liên tiếp sau khi đánh bại đối thủ lớn nhất với tỷ số hai \
         một vào chủ nhật.",
    ),
    (
        "vi",
        "Theo một nghiên cứu mới, trẻ em đọc sách mỗi tối có kết quả học tập tốt hơn những em xem màn hình \
         trước khi ngủ.",
    ),
];

/// Close neighbours, each with the language it must be taken for (`und` for languages Briefly
/// has no profile for: better no rules than a neighbour's): cs/sk/pl, ru/uk/bg, ar/fa/ur, hi/mr,
/// id/ms, es/ca, and Welsh, which shares letters and short words with several.
const NEIGHBOURS: &[(&str, &str, &str)] = &[
    (
        "Czech",
        "cs",
        "Městské zastupitelstvo v úterý po měsících debat schválilo nový rozpočet. Plán zvyšuje výdaje na \
         školy a veřejnou dopravu, kritici však tvrdí, že pro bydlení dělá jen málo.",
    ),
    (
        "Slovak",
        "und",
        "Silné dažde z posledných dní spôsobili záplavy na juhu krajiny a stovky obyvateľov museli v noci \
         opustiť svoje domovy. Záchranári sú stále v teréne.",
    ),
    (
        "Polish",
        "pl",
        "Silne deszcze z ostatnich dni spowodowały powodzie na południu kraju, a setki mieszkańców musiały \
         w nocy opuścić swoje domy.",
    ),
    (
        "Ukrainian",
        "uk",
        "Сильні дощі останніх днів спричинили повені на півдні країни, і сотні мешканців були змушені \
         залишити свої домівки вночі.",
    ),
    (
        "Bulgarian",
        "und",
        "Силните дъждове през последните дни предизвикаха наводнения в южната част на страната и стотици \
         жители трябваше да напуснат домовете си през нощта.",
    ),
    (
        "Persian",
        "fa",
        "باران‌های شدید روزهای گذشته در جنوب کشور باعث سیل شد و صدها نفر از ساکنان مجبور شدند شب خانه‌های \
         خود را ترک کنند.",
    ),
    (
        "Urdu",
        "und",
        "گزشتہ چند دنوں کی شدید بارشوں سے ملک کے جنوبی حصے میں سیلاب آ گیا ہے اور سینکڑوں لوگوں کو رات کے \
         وقت اپنے گھر چھوڑنے پڑے۔",
    ),
    (
        "Marathi",
        "und",
        "गेल्या काही दिवसांपासून सुरू असलेल्या मुसळधार पावसामुळे राज्याच्या दक्षिण भागात पूर आला आहे आणि \
         शेकडो नागरिकांना रात्री घरे सोडावी लागली.",
    ),
    (
        "Indonesian",
        "id",
        "Pemerintah daerah mengatakan bahwa bantuan akan diberikan kepada semua korban banjir, karena \
         banyak warga kehilangan rumah dan uang tabungan mereka sejak pekan lalu.",
    ),
    (
        "Malay",
        "und",
        "Kerajaan negeri berkata bahawa bantuan akan diberikan kepada semua mangsa banjir, kerana ramai \
         penduduk kehilangan rumah dan wang simpanan mereka sejak minggu lalu.",
    ),
    (
        "Catalan",
        "und",
        "Les fortes pluges dels últims dies han provocat inundacions al sud del país, i centenars de veïns \
         han hagut de deixar les seves cases durant la nit perquè l'aigua no parava de pujar.",
    ),
    (
        "Welsh",
        "und",
        "Fe gafodd criwiau eu galw i stad ddiwydiannol am tua chwech o'r gloch nos Fawrth, ac mae nifer o \
         adeiladau yn yr ardal wedi cael eu gwagio rhag ofn.",
    ),
];

#[test]
fn short_paragraphs_are_detected_in_every_language() {
    let mut wrong = Vec::new();
    for &(code, text) in PARAGRAPHS {
        let got = detect(text);
        if got.code() != code {
            wrong.push(format!("expected {code}, got {} for {:?}", got.code(), text));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn paragraphs_cover_every_language_twice() {
    for lang in Language::ALL {
        if lang != Language::Undetermined {
            let n = PARAGRAPHS.iter().filter(|(c, _)| *c == lang.code()).count();
            assert!(n >= 2, "{} has {n} paragraphs", lang.name());
        }
    }
}

#[test]
fn near_neighbours_are_not_confused() {
    let mut wrong = Vec::new();
    for &(what, code, text) in NEIGHBOURS {
        let got = detect(text);
        if got.code() != code {
            wrong.push(format!("{what}: expected {code}, got {}", got.code()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn an_english_article_quoting_french_stays_english() {
    let text = "The minister arrived in Paris on Monday and told reporters, « Nous ne céderons pas sur \
                l'essentiel, et nous le dirons à nos partenaires », before meeting union leaders behind \
                closed doors for most of the afternoon. Talks are expected to continue this week, and \
                officials said that a deal could be reached by the end of the month if both sides give \
                a little ground on pensions.";
    assert_eq!(detect(text), Language::English);
    let text = "Der Bürgermeister sagte am Montag: „Wir werden die Brücke bis zum Sommer sanieren.“ \
                Critics in the city say the plan, which was first announced in 2019, has already cost \
                far more than the council had promised, and that the work is years behind schedule.";
    assert_eq!(detect(text), Language::English);
}

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
        ("Thai", "สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันอังคารหลังจากการถกเถียงหลายเดือน"),
        ("Georgian", "ქალაქის საბჭომ სამშაბათს ახალი ბიუჯეტი დაამტკიცა რამდენიმე თვიანი დებატების შემდეგ."),
        ("Armenian", "Քաղաքային խորհուրդը երեքշաբթի օրը հաստատեց նոր բյուջեն ամիսներ տևած բանավեճերից հետո:"),
        (
            "Estonian",
            "Linnavolikogu kiitis teisipäeval pärast kuudepikkust arutelu heaks uue eelarve. Kava suurendab \
             kulutusi koolidele ja ühistranspordile, kuid kriitikute sõnul ei tee see eluasemete heaks \
             peaaegu midagi.",
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

#[test]
fn new_languages_get_their_stop_words_and_stems_in_a_summary() {
    // "budżet", "budżetu" meet under one stem and lead the keywords; "się", "nie", "na" are
    // stop words and never appear among them.
    let pl = "Rada miasta zatwierdziła we wtorek nowy budżet po wielu miesiącach debaty. Plan zwiększa \
              wydatki na szkoły i transport publiczny. Krytycy twierdzą, że budżetu nie wystarczy na \
              mieszkania. Budżet zostanie podpisany w przyszłym tygodniu, gdy się skończy sesja.";
    let summary = summarise(pl, &Options::new());
    assert_eq!(summary.language, Language::Polish);
    assert_eq!(summary.keywords.first().map(|k| k.term.as_str()), Some("budżet"));
    for k in &summary.keywords {
        assert!(!["się", "nie", "na", "w"].contains(&k.term.as_str()), "stop word {} kept", k.term);
    }
    let fa = "شورای شهر روز سه‌شنبه پس از ماه‌ها بحث بودجه جدیدی را تصویب کرد. این طرح هزینه مدارس را \
              افزایش می‌دهد. منتقدان می‌گویند که بودجه برای مسکن کافی نیست. شهردار بودجه را هفته آینده \
              امضا می‌کند.";
    let summary = summarise(fa, &Options::new());
    assert_eq!(summary.language, Language::Persian);
    assert_eq!(summary.keywords.first().map(|k| k.term.as_str()), Some("بودجه"));
}
