//! Cleaning, seen through the public API: what a reader who pastes a web page would notice.

use briefly::{summarise, BlockKind, Budget, Options, Summary};

const SEED_KOREA: &str = include_str!("golden/seed-menafn-korea/input.txt");
const SEED_TWO: &str = include_str!("golden/seed-arabnews-two-articles/input.txt");
const HTML_PAGE: &str = include_str!("golden/html-page-with-nav/input.html");

/// Every sentence the article offers (the whole article as a "summary").
fn all(input: &str) -> Summary {
    summarise(input, &Options::new().with_budget(Budget::Ratio(1.0)))
}

fn texts(s: &Summary) -> Vec<&str> {
    s.sentences.iter().map(|s| s.text.as_str()).collect()
}

/// Whether any sentence contains `needle`.
fn mentions(s: &Summary, needle: &str) -> bool {
    s.sentences.iter().any(|s| s.text.contains(needle))
}

#[test]
fn seed_page_furniture_is_gone_and_counted() {
    let s = all(SEED_KOREA);
    for furniture in [
        "Legal Disclaimer",
        "MENAFN provides",
        "MENAFN1307",
        "Tags",
        "No comment",
        "Europe",
        "2025-07-13",
        "عربي",
    ] {
        assert!(!mentions(&s, furniture), "{furniture:?} survived: {:#?}", texts(&s));
    }
    assert_eq!(s.stats.boilerplate_removed, 16);
    assert!(s.stats.duplicates_folded >= 1, "the headline is printed twice");
    assert_eq!(
        s.title.as_deref(),
        Some("Russia, N. Korea Say U.S. Military Move Fuels Korean Peninsula Tensions")
    );
    assert_eq!(s.stats.articles_found, 1);
    assert!(s.articles.is_empty());
    // The lede is there, without its wire tag, and its span is its exact source.
    let lede = &s.sentences[0];
    assert!(lede.text.starts_with("Russia announced on Sunday"), "{}", lede.text);
    assert_eq!(&SEED_KOREA[lede.start..lede.end], lede.text);
    assert!(!mentions(&s, "(MENAFN)"));
}

#[test]
fn seed_with_two_articles_reports_the_second_and_folds_repeats() {
    let s = all(SEED_TWO);
    assert_eq!(s.stats.articles_found, 2);
    assert_eq!(s.articles.len(), 1);
    let other = &s.articles[0];
    assert_eq!(other.title, "Mali, Burkina say restricting entry for US nationals in reciprocal move");
    assert!(SEED_TWO[other.start..other.end].starts_with(&other.title));
    assert!(SEED_TWO[other.start..other.end].contains("ABIDJAN: Mali and Burkina Faso"));
    // The headline printed under the story is the story's title, not an article of its own.
    assert_eq!(
        s.title.as_deref(),
        Some(
            "Russia warns US, South Korea and Japan against forming security alliance targeting North Korea"
        )
    );
    for other_story in ["Mali", "Burkina", "Trump", "Short Url", "arab.news", "©", "Russian FM Lavrov issued"]
    {
        assert!(!mentions(&s, other_story), "{other_story:?} leaked into the main article");
    }
    assert!(s.stats.duplicates_folded >= 9, "{:?}", s.stats);
    assert_eq!(s.stats.boilerplate_removed, 5);
    assert!(mentions(&s, "The Wonsan-Kalma tourist zone"));
}

#[test]
fn duplicated_paragraphs_are_folded() {
    let para = "The bridge will close for repairs on Monday, the council said.";
    let input = format!(
        "{para}\n\nTraffic will be diverted through the town centre.\n\n{para}\n\n{}",
        para.to_uppercase()
    );
    let s = all(&input);
    assert_eq!(texts(&s), [para, "Traffic will be diverted through the town centre."]);
    assert_eq!(s.stats.duplicates_folded, 2);
}

#[test]
fn crlf_lone_cr_and_invisible_characters() {
    let input = "First line of the story.\r\nSecond line here.\rThird line\u{200B} has a zero\u{00AD}width.\r\n\r\n\u{FEFF}Fourth\u{00A0}\u{00A0}one.";
    let s = all(input);
    assert_eq!(
        texts(&s),
        ["First line of the story.", "Second line here.", "Third line has a zerowidth.", "Fourth one."]
    );
    assert_eq!(&input[s.sentences[0].start..s.sentences[0].end], "First line of the story.");
    assert_eq!(&input[s.sentences[1].start..s.sentences[1].end], "Second line here.");
    // Spans cover the removed characters of their sentence, no more.
    assert_eq!(
        &input[s.sentences[2].start..s.sentences[2].end],
        "Third line\u{200B} has a zero\u{00AD}width."
    );
    assert_eq!(&input[s.sentences[3].start..s.sentences[3].end], "Fourth\u{00A0}\u{00A0}one.");
}

#[test]
fn hard_wrapped_lines_join_into_one_sentence() {
    let input = "The committee met on Tuesday to discuss the budget\nfor the coming year and agreed on a plan.\nIt was late.";
    let s = all(input);
    assert_eq!(
        texts(&s),
        [
            "The committee met on Tuesday to discuss the budget for the coming year and agreed on a plan.",
            "It was late."
        ]
    );
    assert_eq!(&input[s.sentences[0].start..s.sentences[0].end], &input[..input.find("plan.").unwrap() + 5]);
}

#[test]
fn html_page_gives_the_article_text_with_spans_into_the_source() {
    let s = all(HTML_PAGE);
    assert_eq!(s.title.as_deref(), Some("Storm floods coastal towns as rivers burst their banks"));
    assert!(mentions(&s, "“We have never seen it climb this quickly,” said Tom Reed"), "{:#?}", texts(&s));
    assert!(mentions(&s, "£20 million in emergency funding"));
    for hidden in [
        "dataLayer",
        "font-family",
        "track()",
        "Advertisement",
        "Photo: Reuters",
        "News",
        "Privacy",
        "Winter storms",
        "By Maria Lopez",
        "<",
        "&ldquo;",
        "&nbsp;",
    ] {
        assert!(!mentions(&s, hidden), "{hidden:?} appeared: {:#?}", texts(&s));
        assert!(!s.keywords.iter().any(|k| k.term.contains(hidden)), "{hidden:?} is a keyword");
    }
    for sentence in &s.sentences {
        let source = &HTML_PAGE[sentence.start..sentence.end];
        let first_word =
            sentence.text.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
        let head: String = source.chars().take(20).collect();
        assert!(head.contains(first_word), "{source:?} does not start with {first_word:?}");
        assert!(!source.contains("<p>"), "a sentence's span stays inside its paragraph: {source:?}");
    }
    let quote = s.sentences.iter().find(|x| x.text.contains("never seen")).expect("the quote");
    assert!(HTML_PAGE[quote.start..quote.end].starts_with("&ldquo;We have never seen"));
}

#[test]
fn script_and_style_content_never_appears() {
    let input = "<html><head><style>.x{color:red}</style><script>var secret = 'leak';</script></head>\
                 <body><p>The museum reopened on Friday after a two-year renovation.</p>\
                 <script>document.write('<p>injected text</p>')</script><noscript>Enable JavaScript now.</noscript>\
                 <p>Visitors queued for hours to see the restored ceiling.</p><template><p>template text</p></template></body></html>";
    let s = all(input);
    assert_eq!(
        texts(&s),
        [
            "The museum reopened on Friday after a two-year renovation.",
            "Visitors queued for hours to see the restored ceiling."
        ]
    );
}

#[test]
fn prose_about_script_tags_stays_text() {
    let input = "Researchers found that the forum let users post <script>alert(1)</script> in comments. \
                 An image tag such as <img src=x onerror=alert(1)> also ran code. The forum fixed the bug on Monday.";
    let s = all(input);
    assert!(mentions(&s, "<script>alert(1)</script>"), "{:#?}", texts(&s));
    assert!(mentions(&s, "<img src=x onerror=alert(1)>"));
    for sentence in &s.sentences {
        assert_eq!(&input[sentence.start..sentence.end], sentence.text);
    }
}

#[test]
fn html_fragment_entities_are_decoded() {
    let input = "<p>Fish &amp; chips cost &pound;9 &mdash; up 20&#37; on last year&#x2026; said the caf&eacute;&#8217;s owner.</p>\
                 <p>Prices rose again in May &amp; June.</p>";
    let s = all(input);
    assert_eq!(
        texts(&s),
        [
            "Fish & chips cost £9 — up 20% on last year… said the café’s owner.",
            "Prices rose again in May & June."
        ]
    );
    assert!(
        input[s.sentences[1].start..s.sentences[1].end].starts_with("Prices rose again in May &amp; June.")
    );
}

#[test]
fn html_read_as_latin_1_shows_its_windows_1252_quotes_and_dashes() {
    let input = "<html><body><p>\u{93}Os dados est\u{E3}o dispon\u{ED}veis\u{94}, disse o ministro \u{96} \
                 \u{E9} o fim de uma longa espera pelos n\u{FA}meros.</p></body></html>";
    let s = all(input);
    assert_eq!(
        texts(&s),
        ["“Os dados estão disponíveis”, disse o ministro – é o fim de uma longa espera pelos números."]
    );
    // The span covers the source, control characters and all.
    assert_eq!(&input[s.sentences[0].start..s.sentences[0].start + 2], "\u{93}");
}

#[test]
fn navigation_widgets_and_short_paragraphs() {
    let input = "Home | World | Business | Sport\n\nEnglish\n\nShare\n\nThe strike ended on Monday after ten days.\n\n\
                 He refused.\n\nWorkers return to the plants on Wednesday, the union said.\n\nPhoto: AFP\n\n\
                 © 2025 Example News. All rights reserved.\n\nhttps://example.com/story/123";
    let s = all(input);
    assert_eq!(
        texts(&s),
        [
            "The strike ended on Monday after ten days.",
            "He refused.",
            "Workers return to the plants on Wednesday, the union said."
        ]
    );
    assert_eq!(s.stats.boilerplate_removed, 6);
}

#[test]
fn other_articles_are_found_by_a_new_headline_and_dateline() {
    let first = "Heavy snow closed the main mountain pass on Sunday, stranding hundreds of drivers overnight. \
                 Rescue teams brought blankets and hot drinks to cars stuck near the summit. \
                 The pass is expected to reopen on Tuesday once ploughs have cleared the road, officials said. \
                 Drivers were told to carry chains and to check the forecast before setting out.";
    let second = "LISBON: Portugal's parliament approved the annual budget on Friday after the governing party \
                  secured support from two smaller groups. The budget raises pensions and cuts income tax for young workers.";
    let input =
        format!("Snow closes mountain pass\n{first}\nPortugal passes budget after late deal\n{second}\n");
    let s = all(&input);
    assert_eq!(s.title.as_deref(), Some("Snow closes mountain pass"));
    assert_eq!(s.articles.len(), 1);
    assert_eq!(s.articles[0].title, "Portugal passes budget after late deal");
    assert!(input[s.articles[0].start..s.articles[0].end].starts_with("Portugal passes budget"));
    assert!(!mentions(&s, "Portugal"));
}

#[test]
fn hostile_inputs_do_not_panic() {
    let three = "<p>a</p>".repeat(3);
    let deep = "<div>".repeat(5000) + "text" + &"</div>".repeat(5000);
    let inputs = [
        "\u{0}\u{1}\u{7F}\u{9F}",
        "<p class=\"unterminated>text</p>",
        "<",
        "&#x110000;&#xD800;&#0;&#99999999999999999999;",
        "<!-- never closed",
        "<script>never closed",
        "\r\r\r\n\n\r",
        three.as_str(),
        deep.as_str(),
        "\u{2029}\u{2028}\u{85}",
        "- \n* \n1. \n",
    ];
    for input in inputs {
        let s = all(input);
        for sentence in &s.sentences {
            assert!(input.get(sentence.start..sentence.end).is_some());
        }
    }
}

#[test]
fn subheadings_of_one_story_do_not_split_it() {
    let input = "Storm floods coastal towns\n\n\
        Heavy rain driven by a powerful Atlantic storm flooded dozens of coastal towns on Thursday, forcing more than \
        3,000 people from their homes as rivers burst their banks. Emergency services said water levels rose by two \
        metres overnight, the fastest rise recorded since 1979.\n\n\
        Transport disrupted\n\n\
        Rail services between Plymouth and Exeter were suspended after floodwater covered the tracks near Dawlish, and \
        several roads into the towns were closed. Buses replaced some trains, but operators warned of long delays for \
        people travelling to work on Friday.\n\n\
        Government response\n\n\
        Ministers promised emergency funding for the flooded towns and said the army was ready to help with \
        evacuations if rivers kept rising. Local councils opened rest centres in schools and sports halls for families \
        forced out of their homes by the storm.\n\n\
        What happens next\n\n\
        Forecasters expect the rain to ease by Saturday, although rivers may keep rising for another day as water \
        drains from the hills into the valleys below.";
    let s = all(input);
    assert!(s.articles.is_empty(), "{:?}", s.articles);
    assert_eq!(s.title.as_deref(), Some("Storm floods coastal towns"));
    assert!(mentions(&s, "Forecasters expect the rain to ease"));
    assert!(mentions(&s, "Rail services between Plymouth"));
}

#[test]
fn wire_story_paste_with_vertical_menu_and_credits() {
    let input = "Skip to main content\nWorld\nBusiness\nMarkets\nSustainability\nMore\n\n\
        Oil prices rise as Middle East tensions offset demand worries\nBy Jane Doe\n\
        March 4, 2025 10:12 AM GMT+1 Updated 2 hours ago\n\n\
        LONDON, March 4 (Reuters) - Oil prices rose on Tuesday as tensions in the Middle East raised concerns about supply.\n\
        Brent crude futures were up 65 cents, or 0.9%, at $75.30 a barrel by 0912 GMT.\n\
        Advertisement · Scroll to continue\n\
        China's factory activity contracted for a third straight month in February, an official survey showed.\n\
        Reporting by Jane Doe in London; Additional reporting by Colleen Howe in Beijing; Editing by Louise Heavens\n\
        Our Standards: The Thomson Reuters Trust Principles., opens new tab\nSuggested Topics:\nCommodities\n";
    let s = all(input);
    assert_eq!(s.title.as_deref(), Some("Oil prices rise as Middle East tensions offset demand worries"));
    assert_eq!(s.sentences.len(), 3, "{:#?}", texts(&s));
    for furniture in
        ["Markets", "Jane Doe", "Advertisement", "Editing by", "Standards", "Commodities", "GMT+1"]
    {
        assert!(!mentions(&s, furniture), "{furniture:?} survived");
    }
}

#[test]
fn html_without_article_element_drops_menus_and_footers_and_reads_data_cells_as_data() {
    let input = "<html><head><title>Danube - Encyclopedia</title></head><body>\
        <div id=\"site-navigation\"><ul><li><a href=\"/\">Main page</a></li><li><a href=\"/c\">Contents</a></li></ul></div>\
        <div id=\"content\"><h1>Danube</h1>\
        <p>The <b>Danube</b> is the second-longest river in Europe, after the Volga in Russia.</p>\
        <table class=\"infobox\"><tr><th>Length</th><td>2,850 km</td></tr></table>\
        <p>It flows through much of Central and Southeastern Europe, from the Black Forest into the Black Sea.</p></div>\
        <div id=\"footer\"><ul><li>This page was last edited on 1 March 2025.</li></ul></div></body></html>";
    let s = all(input);
    assert_eq!(s.title.as_deref(), Some("Danube"));
    assert_eq!(
        texts(&s),
        [
            "The Danube is the second-longest river in Europe, after the Volga in Russia.",
            "It flows through much of Central and Southeastern Europe, from the Black Forest into the Black Sea."
        ]
    );
    // The infobox's cells are the article's data: read, shown as such, never summarised.
    let article = briefly::extract(input, &Options::new());
    let data: Vec<&str> = article
        .blocks
        .iter()
        .filter(|b| b.kind == briefly::BlockKind::Code)
        .map(|b| b.text.as_str())
        .collect();
    assert_eq!(data, ["Length", "2,850 km"]);
    assert!(!article.blocks.iter().any(|b| b.text.contains("Main page") || b.text.contains("last edited")));
}

#[test]
fn several_article_elements_give_the_main_story_and_the_others() {
    let story = |n: &str, topic: &str| {
        format!(
            "<article><h2>{n}</h2><p>{topic} dominated the meeting on Monday, officials said after several hours of talks \
             in the capital.</p><p>Delegates from {topic} groups asked for more money and clearer rules, and promised to \
             return next month with detailed proposals for the committee.</p></article>"
        )
    };
    let input = format!(
        "<html><body><main>{}{}</main></body></html>",
        story("Farmers press for subsidies", "Farming"),
        story("Harbour upgrade approved", "Shipping")
    );
    let s = all(&input);
    assert_eq!(s.title.as_deref(), Some("Farmers press for subsidies"));
    assert_eq!(s.articles.len(), 1);
    assert_eq!(s.articles[0].title, "Harbour upgrade approved");
    assert!(input[s.articles[0].start..s.articles[0].end].starts_with("Harbour upgrade approved"));
    assert!(!mentions(&s, "Shipping"));
}

#[test]
fn a_tiny_first_story_gives_way_to_a_much_longer_one() {
    let long: String = (0..12)
        .map(|i| {
            format!(
                "The orchestra rehearsed movement {i} of the new symphony for several hours on Saturday. "
            )
        })
        .collect();
    let input = format!(
        "Bakery wins prize\nLYON: A small bakery won the national baguette prize.\n\
         Orchestra premieres a new symphony after years of work\nVIENNA: {long}\n"
    );
    let s = all(&input);
    assert_eq!(s.title.as_deref(), Some("Orchestra premieres a new symphony after years of work"));
    assert!(!mentions(&s, "baguette"));
    assert!(mentions(&s, "orchestra rehearsed"));
}

#[test]
fn html_paragraphs_that_cite_a_link_stay_in_the_article() {
    let paragraphs = [
        "The new release of the browser changes how updates are installed, and the team explains in \
         this post why the old way often failed for people who run several profiles at once.",
        "Starting an update while another copy of the program is running used to corrupt the \
         profile folder, which is why the installer now waits until every window has closed.",
        // Short paragraphs whose sentence names its source in a link: prose, not a link list.
        "Thanks to <a href=\"/b/1\">a patch from evilpie</a>, users can now import the logins they saved elsewhere.",
        "The work is tracked as <a href=\"/b/2\">Bug 1553982</a> and it landed this week.",
        "Printing has changed as well: the dialog that reported progress is gone, and a page range \
         such as one to three, six and seven can be chosen without a second trip to the settings.",
        "Finally, the picture-in-picture player will be improved next semester by a group of \
         students from a nearby university, who have worked on the feature twice before.",
    ];
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>")).collect();
    let input = format!(
        "<html><head><title>These weeks in the browser</title></head><body>\
         <ul><li><a href=\"/\">Home</a></li><li><a href=\"/blog\">Blog</a></li><li><a href=\"/about\">About</a></li></ul>\
         <div>{body}</div>\
         <h3>Related posts</h3><ul><li><a href=\"/p/1\">A faster start for everyone on every platform</a></li>\
         <li><a href=\"/p/2\">What changed in the last release and what comes next</a></li></ul></body></html>"
    );
    let s = all(&input);
    for kept in ["evilpie", "Bug 1553982", "picture-in-picture"] {
        assert!(mentions(&s, kept), "{kept:?} was cut from the article: {:#?}", texts(&s));
    }
    for furniture in ["A faster start", "What changed in the last release", "Home"] {
        assert!(!mentions(&s, furniture), "{furniture:?} survived");
    }
}

#[test]
fn a_section_anchored_by_its_heading_is_not_taken_for_a_widget() {
    let input = "<html><head><title>Sharing history</title></head><body><div class=\"document\">\
        <p>Once you have mastered history in a single repository, you can move up to the next level and share it.</p>\
        <div class=\"section\" id=\"sharing-with-a-single-developer\"><h2>Sharing with a single developer</h2>\
        <p>The key is to keep your changesets in draft phase as you pass them around between your machines.</p></div>\
        <div class=\"share-buttons\"><p>Share this page with your friends and colleagues on every network you use today.</p></div>\
        </div></body></html>";
    let s = all(input);
    assert!(mentions(&s, "draft phase"), "the section was dropped: {:#?}", texts(&s));
    assert!(!mentions(&s, "Share this page"), "the share box survived");
}

#[test]
fn a_column_of_promo_blurbs_above_the_article_is_no_other_story() {
    let blurbs = "Health Tools For Every Reader\n\nHealth concern on your mind?\n\n\
        See what your medical symptoms could mean, and learn about possible conditions.\n\n\
        Second Opinion: Read expert perspectives on popular health topics.\n\n\
        Communities: Connect with people like you, and get expert guidance on living a healthy life.\n\n\
        Insurance Guide: Get ready for changes to your health care coverage.\n\n\
        Physician Directory: Find a doctor in your area.\n\n\
        Track your pain levels, triggers, and treatments. Set goals and get tips with our app.\n\n\
        Get information and reviews on prescription drugs, vitamins, and supplements.\n\n";
    let article = "Peanut Allergy Study Offers Hope\n\n\
        Life-threatening peanut allergies have been on the rise in the past decade, and a new study \
        may offer a way to stem that rise, while another may offer some hope to those already allergic.\n\n\
        Parents have been told for years to avoid giving foods containing peanuts to babies for fear of \
        triggering an allergy, but the study found that the opposite is true for most children.\n\n\
        Overall, about 3% of kids who ate peanut butter or peanut snacks before their first birthday got \
        an allergy by age 5, compared with about 17% of kids who did not eat them, the researchers said.\n\n\
        Experts say the research should shift thinking about how kids develop food allergies, and it \
        should change the advice that doctors give to parents of infants at high risk.\n";
    let menu = "Home\nNews\nHealth A-Z\nDrugs & Supplements\nLiving Healthy\nFamily & Pregnancy\n\
        Pet Health\nDiet, Food & Fitness\nWeight Loss & Diet Plans\nBeauty & Balance\nSleep Disorders\n\
        Cold, Flu & Cough\nSign In\n\n";
    let s = summarise(&format!("{menu}{blurbs}{menu}{article}"), &Options::new());
    for blurb in ["medical symptoms", "Communities", "Second Opinion", "Physician Directory"] {
        assert!(!mentions(&s, blurb), "{blurb:?} was summarised: {:#?}", texts(&s));
    }
    assert_eq!(s.title.as_deref(), Some("Peanut Allergy Study Offers Hope"));
}

#[test]
fn raw_markup_lines_in_a_text_paste_are_furniture_but_code_samples_stay() {
    let ad = "<div><a href=\"http://ad.example.net/N6514/jump/mac/mac-inhalt;sz=500x500;kw=Passwort,Mac,Sicherheit;tile=1\">\
              <img src=\"http://ad.example.net/N6514/ad/mac/mac-inhalt;sz=500x500;kw=Passwort\" width=\"500\" height=\"500\"></a></div>";
    // (Enough bare lines around the two with tags that the paste reads as text, not HTML.)
    let menu = "Start\nNews\nMac\niPhone\niPad\nApps\nTests\nForum\nAbo\nShop\nJobs\nPodcast\n\
                Video\nKontakt\nSuche\nAnmelden\nNewsletter\nImpressum\nDatenschutz\nHilfe\n\n";
    let input = format!(
        "{menu}Passwortmanager erzeugt Einmal-Passwörter\n\n\
         AgileBits hat Version 5.3 seines bekannten Passwortmanagers für den Mac freigegeben, der nun Einmal-Passwörter erzeugt.\n\n\
         {ad}\n\n\
         Das in der iOS-Version bereits enthaltene Feature ist nun auch auf dem Mac verfügbar, wie der Hersteller mitteilt.\n\n\
         {ad}\n\n\
         Zudem gibt es neue Zusatzfelder in der Datenbank und weitere Verbesserungen für die Nutzer des Passwortmanagers.\n\n\
         Eine Seite bindet das Skript so ein:\n\n<script src=\"vendor/blanket.js\"></script>\n\n\
         Danach meldet der Browser, welche Zeilen der Test erreicht hat und welche nicht, was die Arbeit sehr erleichtert.\n"
    );
    let s = summarise(&input, &Options::new().with_budget(Budget::Ratio(1.0)).with_keywords(8));
    assert!(!mentions(&s, "ad.example.net") && !mentions(&s, "mac-inhalt"), "{:#?}", texts(&s));
    // Nor does the markup break the article: its opening paragraph is the article's.
    assert!(mentions(&s, "AgileBits hat Version 5.3"), "the lede was lost: {:#?}", texts(&s));
    assert!(s.keywords.iter().all(|k| !k.term.contains("inhalt")), "{:?}", s.keywords);
    assert!(
        mentions(&s, "<script src=\"vendor/blanket.js\"></script>"),
        "the code sample was lost: {:#?}",
        texts(&s)
    );
}

#[test]
fn a_tutorial_pasted_as_text_with_markup_samples_is_read_as_text_and_whole() {
    let input = "Hi, I'm Nicolas.\nI code stuff. I take photos. I write rants.\nGet your Frontend JavaScript Code Covered\n\n\
        So finally you're testing your frontend JavaScript code? Great! The more tests you write, the more confident you are with your code.\n\n\
        The idea behind code coverage is to record which parts of your code have been executed by your test suite, and which have not.\n\n\
        Not many frontend developers test their code, and fewer still have ever set up code coverage for it.\n\n\
        Most coverage tools are made for the server, where the code runs under a test runner that can watch it.\n\n\
        In the browser the code has to be rewritten as it loads, so that every statement reports when it runs.\n\n\
        The library does that for you, and it works both in the browser and with the command line runner.\n\n\
        Adding it to a test suite is a matter of adding one script tag and one attribute to the page.\n\n\
        As an example, let's reuse the silly cow example we used in a previous episode of this series.\n\n\
        The cow has a name, and it greets whoever it is given, unless it is given nobody at all.\n\n\
        Let's create the HTML test file for it, featuring the coverage library and its adapter for Mocha:\n\n\
        <!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>Test</title>\n</head>\n<body>\n<div id=\"mocha\"></div>\n\
        <script src=\"vendor/mocha.js\"></script>\n<script src=\"cow.js\" data-cover></script>\n<script>mocha.run();</script>\n</body>\n</html>\n\n\
        Notice the data-cover attribute we added to the script tag that loads the source of our library.\n\n\
        The HTML test file must be served over HTTP for the adapter to be loaded by the browser.\n\n\
        So is code coverage a silver bullet? No. Is it useful? Definitely. Happy testing!\n";
    let s = all(input);
    // Read as HTML, the whole paste would be one paragraph under the sample's <title>.
    assert_ne!(s.title.as_deref(), Some("Test"));
    assert!(
        mentions(&s, "So finally you're testing") && !mentions(&s, "rants. Get your"),
        "{:#?}",
        texts(&s)
    );
    assert!(mentions(&s, "served over HTTP"), "the article was cut at its code sample: {:#?}", texts(&s));
}

#[test]
fn list_lines_that_lost_their_markers_in_a_copy_do_not_split_the_article() {
    let menu = "Home\nBlog\nNightly\nDownload\nAbout\nContact\nSearch\n\n";
    let section =
        |title: &str, items: &[&str], para: &str| format!("{title}\n{}\n\n{para}\n\n", items.join("\n"));
    let article = [
        section(
            "Highlights",
            &[
                "We have just landed a patch that stops an update from starting while another copy is running",
                "Users who run several profiles at the same time will probably see this less often now",
            ],
            "Also about to land is support for downloading new updates while the program is running, which should make updates faster for everyone.",
        ),
        section(
            "Printing",
            &[
                "The dialog now shows a message while a document is being printed in the background",
                "The settings that do not apply to a document are hidden when it is being printed",
                "The form is disabled while the settings of a printer are being loaded from the system",
            ],
            "Page ranges that are not contiguous can now be printed, which was one of the most requested features of the year.",
        ),
        section(
            "Performance",
            &[
                "The migration from the old file library to the new one continues across the code base",
                "A flicker that occurred when launching with the bookmarks toolbar enabled was fixed",
            ],
            "A bizarre regression in start-up painting caused by one of these conversions is still being investigated by the team.",
        ),
    ]
    .concat();
    let related = "More articles\nThese Weeks in the Browser: Issue 84\nThese Weeks in the Browser: Issue 86\nRecent articles\n";
    let s = all(&format!("{menu}These Weeks in the Browser: Issue 85\n\n{article}{related}"));
    for kept in ["downloading new updates", "Page ranges that are not contiguous", "start-up painting"] {
        assert!(mentions(&s, kept), "{kept:?} was cut from the article: {:#?}", texts(&s));
    }
    assert!(!mentions(&s, "Issue 84"), "{:#?}", texts(&s));
}

#[test]
fn paragraphs_repeated_after_page_furniture_are_counted_as_read() {
    // A blog printed each paragraph twice, with its like widget in between: the repeats fold
    // into the paragraphs they repeat, so the reader is not told most of the post went unread.
    let p1 = "The council approved the new budget on Tuesday after months of debate, and the mayor said she would sign it before the end of the week.";
    let p2 = "The budget raises spending on schools by ten percent and pays for the repair of two bridges that have been closed since the spring floods.";
    let p3 = "Critics said the plan ignores the roads in the north of the city, where residents have waited for years for the potholes to be filled.";
    let input = format!(
        "Council passes budget\n\n{p1}\n\n{p2}\n\nLike this:\nLike Loading...\n\n{p1}\n\n{p2}\n\n{p3}\n"
    );
    let s = all(&input);
    let words = |t: &str| t.split_whitespace().count();
    assert_eq!(s.stats.duplicates_folded, 2, "{:?}", s.stats);
    assert!(mentions(&s, "potholes"), "{:#?}", texts(&s));
    assert!(s.stats.words_in >= 2 * (words(p1) + words(p2)) + words(p3), "{:?}", s.stats);
}

#[test]
fn an_html_page_whose_text_is_all_inside_a_link_is_read_not_found_empty() {
    // Some pages wrap their whole body in one link (a card, a script's click handler): the
    // link-list rule would leave nothing to summarise.
    let input = "<!DOCTYPE html><html><head><title>Council passes budget</title></head><body>\
        <a href=\"/budget\"><p>The council approved the new budget on Tuesday.</p>\
        <p>It raises spending on schools by ten percent.</p></a></body></html>";
    let s = all(input);
    assert!(mentions(&s, "approved the new budget") && mentions(&s, "ten percent"), "{:#?}", texts(&s));
    assert!(s.stats.words_in > 0, "{:?}", s.stats);
}

#[test]
fn a_german_related_stories_label_and_its_teasers_are_furniture() {
    // "Das könnte dich auch interessieren …" (you might also like), as German blogs print it.
    let article = "Der Stadtrat hat am Dienstag nach monatelanger Debatte den neuen Haushalt beschlossen, und die Bürgermeisterin will ihn noch in dieser Woche unterschreiben.\n\n\
        Der Haushalt erhöht die Ausgaben für die Schulen um zehn Prozent und bezahlt die Reparatur von zwei Brücken, die seit dem Hochwasser gesperrt sind.\n\n\
        Kritiker sagen, dass der Plan die Straßen im Norden der Stadt vergisst, wo die Anwohner seit Jahren auf neue Beläge und Laternen warten.\n\n";
    for label in
        ["Das könnte dich auch interessieren …", "Das könnte Sie auch interessieren", "Auch interessant:"]
    {
        let input = format!(
            "Stadtrat beschließt den Haushalt\n\n{article}{label}\nSommerfest im Stadtpark ist ein großer Erfolg gewesen\nNeue Radwege für die Innenstadt sind geplant\n"
        );
        let s = all(&input);
        assert!(mentions(&s, "Laternen"), "{label}: {:#?}", texts(&s));
        assert!(!mentions(&s, "interess") && !mentions(&s, "Radwege"), "{label}: {:#?}", texts(&s));
    }
}

#[test]
fn blog_post_meta_and_share_lines_are_furniture() {
    let article = "Der Stadtrat hat am Dienstag nach monatelanger Debatte den neuen Haushalt beschlossen, und die Bürgermeisterin will ihn noch in dieser Woche unterschreiben.\n\n\
        Der Haushalt erhöht die Ausgaben für die Schulen um zehn Prozent und bezahlt die Reparatur von zwei Brücken, die seit dem Hochwasser gesperrt sind.\n\n";
    let input = format!(
        "Stadtrat beschließt den Haushalt\n\n{article}Teile diesen Beitrag!\n\nEmpfiehl dies deinen Freunden.\n\n\
         Dieser Eintrag wurde veröffentlicht in Allgemein von anna. Permanentlink.\n"
    );
    let s = all(&input);
    assert!(mentions(&s, "Brücken"), "{:#?}", texts(&s));
    for furniture in ["Teile", "Empfiehl", "Eintrag"] {
        assert!(!mentions(&s, furniture), "{furniture:?} survived: {:#?}", texts(&s));
    }
    let english = "The council approved the new budget on Tuesday after months of debate, and the mayor said she would sign it.\n\n\
        The budget raises spending on schools by ten percent and pays for the repair of two bridges.\n\n\
        This entry was posted in News by anna. Bookmark the permalink.\n";
    assert!(!mentions(&all(english), "entry was posted"), "{:#?}", texts(&all(english)));
}

#[test]
fn html_whose_furniture_rules_leave_only_a_ticker_of_links_is_read_again() {
    // The theme's wrapper carries a widget class, so the first reading keeps nothing but the
    // news ticker's links: that is no article, and the page is read again without the hints.
    let ticker: String = (1..=8)
        .map(|n| format!("<li><a href=\"/story-{n}\">Boxing news {n}: a title fight is planned for the spring in the capital</a></li>"))
        .collect();
    let input = format!(
        "<!DOCTYPE html><html><head><title>Council passes budget</title></head><body>\
         <ul class=\"ticker\">{ticker}</ul><div class=\"layout-widget-wrap\"><h1>Council passes budget</h1>\
         <p>The council approved the new budget on Tuesday after months of debate, and the mayor said she would sign it.</p>\
         <p>The budget raises spending on schools by ten percent and pays for the repair of two bridges.</p></div></body></html>"
    );
    let s = all(&input);
    assert!(mentions(&s, "approved the new budget") && mentions(&s, "two bridges"), "{:#?}", texts(&s));
}

#[test]
fn extract_of_a_text_paste_keeps_subheadings_with_exact_spans_and_no_menu() {
    let page = "Home\nNews\nSport\nWeather\nPolitics\nBusiness\nCulture\n\n\
Storm floods coastal towns\n\n\
Heavy rain driven by a powerful Atlantic storm flooded dozens of coastal towns on Thursday, forcing more than 3,000 people from their homes as the rivers burst their banks.\n\n\
Emergency services said that the water levels in the river rose by nearly two metres overnight, which is the fastest rise that has been recorded there since 1979.\n\n\
What happens next\n\n\
Forecasters expect the rain to ease by Saturday, but they warned that the rivers could keep rising for another day as the water drains from the hills.\n\n\
More from the Herald\n\n\
Subscribe to our newsletter\n";
    let article = briefly::extract(page, &Options::new());
    let texts: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(article.title.as_deref(), Some("Storm floods coastal towns"), "{texts:#?}");
    assert!(
        texts.iter().all(|t| !t.contains("Sport") && !t.contains("newsletter") && !t.contains("More from")),
        "{texts:#?}"
    );
    assert!(texts.contains(&"What happens next"), "a subheading inside the article stays: {texts:#?}");
    assert!(texts.last().is_some_and(|t| t.starts_with("Forecasters")), "{texts:#?}");
    for b in &article.blocks {
        assert_eq!(&page[b.start..b.end], b.text, "spans point at the block's source");
    }
}

#[test]
fn extract_of_html_runs_from_the_headline_to_the_last_paragraph() {
    let article = briefly::extract(HTML_PAGE, &Options::new());
    let kinds: Vec<briefly::BlockKind> = article.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(kinds.first(), Some(&briefly::BlockKind::Heading));
    assert!(article.blocks.iter().all(|b| b.text != "Related" && !b.text.contains("Privacy")));
    assert!(article.blocks.last().is_some_and(|b| b.text.starts_with("The government has promised")));
}

#[test]
fn a_long_comment_section_under_a_blog_post_is_not_the_article() {
    let mut page = String::from("Law and the Net\n\nCan a platform ban pen names?\n\n");
    for paragraph in [
        "The court ruled on pen names this week, and the decision will matter to everyone who writes \
         under another name on a large platform. The judges said that the rules of the service were \
         not clear enough about what happens to the accounts of those who refuse to give their name.",
        "Several users had their profiles closed without a warning last summer. They took the company \
         to court, arguing that a pseudonym protects people who speak about their health or their \
         work, and that nobody had told them the rule existed before they signed up.",
        "The company replied that real names keep discussions civil and make fraud harder. Its lawyers \
         pointed to the terms every user accepts, which ask for the name used in everyday life, and \
         said that the rule had been applied in the same way to every account.",
        "The judges were not convinced by that argument. A term hidden in a long document is not the \
         notice owed to users, they wrote, and a platform of this size must explain its rules plainly \
         before it closes anyone's account for breaking them.",
        "Lawyers for the users welcomed the ruling on Friday. They expect other platforms to rewrite \
         their own terms within months, since the same reasoning would apply to any service that \
         closes accounts over a rule its members were never shown in plain words.",
        "The company said it would study the judgment and could still appeal to a higher court. Until \
         then, the closed profiles are to be opened again, and their owners may keep the names they \
         chose while the case goes on.",
    ] {
        page.push_str(paragraph);
        page.push_str("\n\n");
    }
    page.push_str("posted by Stadler at 12:53\nComments (30)\n\n");
    for n in 0..30 {
        page.push_str(&format!(
            "Comment by Reader{n} — 17.07, 2011 @ 13:{n:02}\n\nI think this reply number {n} shows that \
             the rule is wrong, because people have many good reasons to keep their names to \
             themselves when they talk about their health, their work or their family online, and a \
             company should not be the one to decide that for them.\n\n"
        ));
    }
    let s = all(&page);
    assert!(!mentions(&s, "reply number"), "{:#?}", texts(&s));
    assert!(s.sentences.iter().any(|x| x.text.contains("notice owed to users")), "{:#?}", texts(&s));
    assert!(s.stats.words_in < 400, "read {} words of a 300-word post", s.stats.words_in);
}

#[test]
fn an_authors_biography_under_its_label_is_not_the_article() {
    let page = "How to plan a data migration\n\n\
Moving an old database to a new system takes more planning than most teams expect, because every table carries habits that nobody wrote down.\n\n\
Start with an inventory of what the old system really holds, and ask the people who use it every day which fields they trust and which they ignore.\n\n\
Then move the data in small batches, and compare the old and the new system after each one, so that a mistake shows up while it is still cheap to fix.\n\n\
About the author\n\n\
Jane Doe is a consultant with twenty years of experience in enterprise software, and she has led migrations for banks and hospitals across Europe.\n";
    let s = all(page);
    assert!(!mentions(&s, "Jane Doe"), "{:#?}", texts(&s));
    assert!(mentions(&s, "small batches"), "{:#?}", texts(&s));
    let article = briefly::extract(page, &Options::new());
    assert!(article.blocks.iter().all(|b| b.text != "About the author"));
}

/// A plain-text paste of a regional sports page: the lede, then the byline, a share button and
/// a photo's long caption, then the rest of the story.
const LEDE_THEN_CAPTION: &str = "Startseite\nVereine\nTermine\nErgebnisse\nKontakt\n\n\
Zweiter Platz für Lena Huber beim Hallenturnier\n\n\
Beim internationalen Hallenturnier in Lyon hat sich die junge Lena Huber vom Tennisclub Bregenz bis ins Finale gespielt und dort erst im dritten Satz verloren.\n\n\
Jakob Steiner, 14.03.2023\n\n\
Teilen\n\
Nur die Spanierin war an diesem Tag stärker. Lena Huber zählt damit zu den Besten ihres Jahrgangs in Europa. (Foto: Privat)\n\n\
Nach dem guten Start in die Saison reiste Huber mit ihrem Trainer schon drei Tage vor dem Turnier nach Frankreich, um sich an die schnellen Plätze in der Halle zu gewöhnen.\n\n\
In der ersten Runde ließ sie ihrer Gegnerin aus Belgien keine Chance, im Viertelfinale und im Halbfinale musste sie über drei Sätze gehen, gewann aber beide Spiele nach langem Kampf.\n\n\
Im Finale führte sie bereits mit einem Satz, doch dann kam die Favoritin immer besser ins Spiel und drehte die Partie, wie der Trainer nach dem Turnier am Sonntag erzählte.\n\n\
Top Themen\nFußball\nEishockey\nSkisport\nImpressum\n";

#[test]
fn a_long_caption_after_the_lede_does_not_cut_the_lede_off() {
    let s = all(LEDE_THEN_CAPTION);
    assert!(mentions(&s, "bis ins Finale gespielt"), "{:#?}", texts(&s));
    assert!(mentions(&s, "Im Finale führte sie"), "{:#?}", texts(&s));
    assert!(!mentions(&s, "(Foto: Privat)"), "{:#?}", texts(&s));
}

#[test]
fn teaser_headlines_under_a_read_on_label_are_dropped_even_as_questions() {
    let p1 = "Die Stadt hat am Dienstag den neuen Haushalt beschlossen, nachdem der Rat monatelang über die Ausgaben für Schulen und Straßen gestritten hatte.";
    let p2 = "Der Haushalt sieht zehn Prozent mehr Geld für die Schulen vor und bezahlt die Reparatur von zwei Brücken, die seit dem Hochwasser gesperrt sind.";
    let p3 = "Kritiker sagen, der Plan vergesse die Straßen im Norden der Stadt, wo die Anwohner seit Jahren auf neue Beläge und Laternen warten, und die Opposition kündigte an, im Herbst einen eigenen Entwurf vorzulegen, der vor allem die Vororte stärker berücksichtigen soll.";
    let p4 = "Die Verwaltung will im Januar mit den ersten Arbeiten beginnen; bis dahin sollen die Aufträge für die Brücken vergeben und die Pläne für die beiden Schulen im Westen der Stadt fertig sein, sagte die Kämmerin am Abend vor Journalisten im Rathaus.";
    let page = format!(
        "Haushalt beschlossen\n\n{p1}\n\n{p2}\n\nWeiterlesen\nBürgermeisterin: Steuern bleiben stabil\nFreibad im Sommer – zu teuer für die Stadt?\nNeue Buslinie ab Mai\n\n{p3}\n\n{p4}\n\nImpressum\n"
    );
    let s = all(&page);
    assert!(mentions(&s, "Laternen warten"), "{:#?}", texts(&s));
    assert!(!mentions(&s, "zu teuer für die Stadt"), "{:#?}", texts(&s));
    assert!(!mentions(&s, "Steuern bleiben stabil"), "{:#?}", texts(&s));
}

#[test]
fn html_lead_paragraph_above_the_article_element_opens_the_article() {
    let page = "<html><head><title>Labor eröffnet</title></head><body><main>\
        <nav><a href=\"/\">Start</a> <a href=\"/chemie\">Chemie</a></nav>\
        <div class=\"article-header\"><span class=\"date\">01.12.2022</span>\
        <h1 class=\"title\">Chemiefirma eröffnet neues Labor für Enzyme</h1>\
        <p class=\"lead\">Die Chemiefirma Beispiel AG will ihre Forschung an Enzymen ausbauen und hat dafür in Leverkusen ein neues Labor mit zwanzig Plätzen eröffnet.</p></div>\
        <article class=\"articleBody\">\
        <p>Das Labor soll vor allem Verfahren entwickeln, mit denen sich Kunststoffabfälle mit Hilfe von Enzymen wieder in ihre Bausteine zerlegen lassen, sagte die Leiterin der Gruppe bei der Eröffnung am Donnerstag.</p>\
        <p>Die Gruppe arbeitet mit zwei Universitäten zusammen und wird in den ersten drei Jahren vom Land gefördert; danach soll sie sich aus Aufträgen der Industrie finanzieren, wie das Unternehmen mitteilte.</p>\
        <p>Bis zum Sommer sollen die ersten Versuche im größeren Maßstab beginnen, zunächst mit Verpackungen aus dem eigenen Werk, später auch mit Abfällen anderer Hersteller aus der Region.</p>\
        </article><aside><p>Mehr aus der Chemie: Neue Anlagen im Norden</p></aside></main></body></html>";
    // Inside `<main>` with the article, or above the article alone.
    for page in [page.to_string(), page.replace("<main>", "").replace("</main>", "")] {
        let s = all(&page);
        assert!(mentions(&s, "ein neues Labor mit zwanzig Plätzen eröffnet"), "{:#?}", texts(&s));
        assert!(mentions(&s, "Abfällen anderer Hersteller"), "{:#?}", texts(&s));
        assert!(!mentions(&s, "Mehr aus der Chemie"), "{:#?}", texts(&s));
    }
}

/// A tutorial pasted from its page: an intro, the page's table of contents, then sections whose
/// prose introduces code samples and their results, then a share bar.
fn tutorial() -> String {
    let mut page = String::from(
        "Finding Outliers With Plain SQL\n\n\
         Many teams only learn that their service is failing when a customer writes in, which is \
         the worst possible way to find out about a problem that has been growing for hours.\n\n\
         This post shows how to spot unusual numbers in your own logs with nothing but the \
         database you already run, so that you hear about trouble before your customers do.\n\n\
         Table of Contents\nThe Mean\nThe Deviation\nThe Range\nThe Alerts\nConclusion\n\n",
    );
    let sections = [
        ("mean", "The mean is the plain average of the series, and it is where every comparison starts."),
        ("deviation", "A deviation tells how far a typical row strays from that average on a quiet day."),
        ("range", "Rows beyond one deviation on either side of the mean fall outside the usual range."),
        ("alerts", "An alert fires only when several such rows arrive together within one minute."),
    ];
    for (i, (name, prose)) in sections.iter().enumerate() {
        page.push_str(&format!(
            "The {name}\n\n{prose}\n\nThe query reads the series and computes it in one pass:\n\n\
             WITH series AS (\n   SELECT *\n   FROM unnest(array[2, 3, 12]) AS n\n)\n\
             SELECT stat_{name}(n) AS value_{i}\nFROM series;\n\n\
              value_{i} │ rows\n─────────┼──────\n 4.{i}     │ 3\n 2.{i}     │ 3\n\n"
        ));
    }
    page.push_str(
        "Conclusion\n\nA few lines of SQL are enough to watch a busy server around the clock.\n\n\
         Share this post\nTwitter\nFacebook\nLinkedIn\n",
    );
    page
}

#[test]
fn code_between_a_tutorials_paragraphs_keeps_them_one_article() {
    let page = tutorial();
    let s = all(&page);
    // Every paragraph is read (coverage): the intro above the table of contents, each section;
    // none of the code is offered as a sentence.
    for prose in [
        "Many teams only learn",
        "This post shows",
        "plain average",
        "how far a typical row",
        "outside the usual range",
        "several such rows",
        "A few lines of SQL",
    ] {
        assert!(mentions(&s, prose), "{prose:?} lost: {:#?}", texts(&s));
    }
    assert!(!mentions(&s, "SELECT") && !mentions(&s, "│") && !mentions(&s, "unnest"), "{:#?}", texts(&s));
    assert!(!mentions(&s, "Share this post"));
    // The code is read as the article's: its words count as read.
    let prose: usize = s.sentences.iter().map(|x| x.text.split_whitespace().count()).sum();
    assert!(s.stats.words_in > prose + 4 * 20, "{} read, {prose} in sentences", s.stats.words_in);
    // And the extracted article holds it as code, its table rules left out.
    let article = briefly::extract(&page, &Options::new());
    let code: Vec<&str> = article
        .blocks
        .iter()
        .filter(|b| b.kind == briefly::BlockKind::Code)
        .map(|b| b.text.as_str())
        .collect();
    assert!(code.contains(&"FROM series;") && code.contains(&"value_3 │ rows"), "{code:?}");
    assert!(!code.iter().any(|l| l.contains('─')), "{code:?}");
    // The sections keep their headings; the table of contents is read once, as those headings.
    let headings: Vec<&str> = article
        .blocks
        .iter()
        .filter(|b| b.kind == briefly::BlockKind::Heading)
        .map(|b| b.text.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "Finding Outliers With Plain SQL",
            "The mean",
            "The deviation",
            "The range",
            "The alerts",
            "Conclusion"
        ]
    );
}

#[test]
fn html_pre_is_code_read_but_not_summarised() {
    let page = "<html><body><article><h1>How to count errors with SQL</h1>\
        <p>We parse the server logs with a short query that counts the errors per minute.</p>\
        <pre><code>SELECT status, count(*) FROM log GROUP BY status;\nSELECT 1;</code></pre>\
        <p>The query groups every line by its status code and counts each group.</p>\
        <p>Then we draw the counts on a chart and look for a sudden rise in errors.</p>\
        </article></body></html>";
    let s = all(page);
    assert_eq!(s.sentences.len(), 3, "{:#?}", texts(&s));
    assert!(!mentions(&s, "SELECT"), "{:#?}", texts(&s));
    let article = briefly::extract(page, &Options::new());
    let kinds: Vec<(briefly::BlockKind, &str)> =
        article.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
    assert!(kinds.contains(&(briefly::BlockKind::Code, "SELECT 1;")), "{kinds:?}");
    for b in &article.blocks {
        assert_eq!(&page[b.start..b.end].replace("&lt;", "<"), &b.text.replace("&lt;", "<"));
    }
}

/// A recipe page pasted as text: the ingredients are short lines, spaced in the source like a
/// menu's row, yet they are the article's, and so is the standfirst above them.
#[test]
fn recipe_ingredients_stay_between_the_standfirst_and_the_steps() {
    let mut page = String::from("Rezepte\nKochen\nBacken\nGetränke\nAbo\nApfelkuchen vom Blech\n\n");
    page.push_str(
        "Ein saftiger Kuchen für die ganze Familie, der mit frischen Äpfeln und einer Streuseldecke gebacken wird\n\n",
    );
    page.push_str("Zutaten\nFür 12 Stücke\n");
    for item in [
        "250 g\u{a0} Mehl",
        "150 g\u{a0} Zucker",
        "200 ml\u{a0} Milch",
        "3 EL\u{a0} Öl",
        "1 kg\u{a0} Äpfel",
        "\u{a0}\u{a0} Salz",
        "1 Pck.\u{a0} Backpulver",
        "2\u{a0} Eier",
    ] {
        page.push_str(item);
        page.push('\n');
    }
    page.push_str("Zubereitung\n");
    page.push_str(
        "Den Backofen vorheizen und ein Blech mit Backpapier auslegen. Mehl, Zucker und Backpulver \
         in einer Schüssel mischen, dann Milch, Öl und Eier unterrühren, bis ein glatter Teig entsteht.\n\n\
         Die Äpfel schälen, in Spalten schneiden und auf dem Teig verteilen. Den Kuchen etwa vierzig \
         Minuten backen, bis er goldbraun ist, und auf dem Blech auskühlen lassen.\n\n",
    );
    page.push_str("Teilen\nDrucken\nMerken\nImpressum\nDatenschutz\n");
    let article = briefly::extract(&page, &Options::new());
    let text: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    for kept in ["Streuseldecke", "250 g", "Mehl", "Äpfel", "Backpulver", "2 Eier", "goldbraun"] {
        assert!(text.iter().any(|t| t.contains(kept)), "{kept:?} lost: {text:#?}");
    }
    for dropped in ["Impressum", "Drucken", "Abo"] {
        assert!(!text.iter().any(|t| t.contains(dropped)), "{dropped:?} kept: {text:#?}");
    }
}

#[test]
fn a_summary_paragraph_inside_each_story_does_not_merge_the_stories() {
    let story = |n: &str, topic: &str| {
        format!(
            "<article><h2>{n}</h2><p>{topic} dominated the meeting on Monday, officials said after several hours \
             of talks in the capital.</p><p>Delegates from {topic} groups asked for more money and clearer rules, \
             and promised to return with a plan before the summer.</p>\
             <p class=\"article-summary\">In short: the {topic} talks go on, and a plan is due before the summer.</p></article>"
        )
    };
    let page = format!(
        "<html><body>{}{}{}</body></html>",
        story("Farm talks resume", "Farming"),
        story("Port strike ends", "Shipping"),
        story("Rail plan delayed", "Railway")
    );
    let s = all(&page);
    assert_eq!(s.articles.len(), 2, "{:#?}", s.articles);
    assert!(!mentions(&s, "Shipping") && !mentions(&s, "Railway"), "{:#?}", texts(&s));
}

#[test]
fn headers_nested_in_an_article_header_are_read_once_with_it() {
    let nested = "<header>".repeat(40);
    let closed = "</header>".repeat(40);
    let page = format!(
        "<html><body><article>{nested}<h1>Floods close the river road</h1>{closed}\
         <p>The river rose by two metres in a night and the firemen worked until dawn.</p>\
         <p>The road along the river stays closed until the water falls, the council said.</p></article></body></html>"
    );
    let s = all(&page);
    assert_eq!(s.title.as_deref(), Some("Floods close the river road"));
    assert_eq!(s.sentences.len(), 2, "{:#?}", texts(&s));
}

/// An author's box after the story: its label, the author's name, the bio. The bio is no part
/// of the story, however it reads.
#[test]
fn an_author_box_under_its_label_is_furniture() {
    let page = "Neue Regeln für Mietverträge\n\n\
        Der Bundestag hat am Donnerstag neue Regeln für Mietverträge beschlossen, die vom kommenden Jahr an \
        für alle neuen Verträge gelten sollen, wie die Regierung mitteilte.\n\n\
        Mieter sollen damit besser vor überhöhten Nebenkosten geschützt werden, während Vermieter mehr Zeit \
        für die jährliche Abrechnung bekommen, hieß es aus dem Ministerium.\n\n\
        Autor\n\
        Dr. Anna Beispiel\n\
        ist Rechtsanwältin in Köln und berät seit vielen Jahren Mieter und Vermieter in allen Fragen des \
        Mietrechts, zu ihren Schwerpunkten zählen Nebenkosten.\n";
    let article = briefly::extract(page, &Options::new());
    let text: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(text.iter().any(|t| t.contains("Nebenkosten geschützt")), "{text:#?}");
    assert!(!text.iter().any(|t| t.contains("Rechtsanwältin") || t.contains("Anna Beispiel")), "{text:#?}");
}

/// A formula as a page typesets it: pasted as text, one token a line; as HTML, in MathML.
const FORMULA_TEXT: &str = "Solving quadratics\n\n\
    The method below has been taught in schools for centuries, and it still works for every case.\n\n\
    When\n\na\n≠\n0\n , there are two solutions to \na\nx\n2\n+\nb\nx\n+\nc\n=\n0\n and they are the roots.\n\n\
    The Lorenz Equations\nx\n˙\n=\nσ\n(\ny\n−\nx\n)\n\n\ny\n˙\n=\nρ\nx\n\n\
    Both results are easy to check by hand, which is why teachers like to start with them.\n";

#[test]
fn a_formula_pasted_one_token_a_line_is_read_with_its_sentence() {
    let s = all(FORMULA_TEXT);
    assert!(
        mentions(&s, "a ≠ 0 , there are two solutions to a x 2 + b x + c = 0 and they are the roots."),
        "{:#?}",
        texts(&s)
    );
    // A formula standing alone is read (its words count) but offers no sentence, and the
    // heading over it stays a heading.
    assert!(!mentions(&s, "σ") && !mentions(&s, "Lorenz"), "{:#?}", texts(&s));
    assert!(mentions(&s, "Both results are easy to check"));
    let prose: usize = s.sentences.iter().map(|x| x.text.split_whitespace().count()).sum();
    assert!(s.stats.words_in > prose, "{} words read, {prose} in sentences", s.stats.words_in);
}

#[test]
fn mathml_is_read_as_the_formula_s_text() {
    let page = "<html><body><article><p>The method below has been taught in schools for centuries, \
        and it still works in every case we tried.</p>\
        <p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn>\
        <annotation encoding=\"application/x-tex\">a \\neq 0</annotation></math>, there are two \
        solutions, and they are easy to check by hand.</p>\
        <math display=\"block\"><mi>x</mi><mo>=</mo><mn>1</mn></math>\
        <p>A page that draws the formula as text copies it for screen readers too: \
        <span class=\"MathJax\">y = 2</span><span class=\"MJX_Assistive_MathML\"><math><mi>y</mi>\
        <mo>=</mo><mn>2</mn></math></span> is read once.</p></article></body></html>";
    let s = all(page);
    assert!(mentions(&s, "When a ≠ 0, there are two solutions"), "{:#?}", texts(&s));
    assert!(!mentions(&s, "neq"), "the TeX source is never shown: {:#?}", texts(&s));
    assert!(!s.sentences.iter().any(|x| x.text == "x = 1"), "{:#?}", texts(&s));
    assert!(mentions(&s, "screen readers too: y = 2 is read once."), "{:#?}", texts(&s));
}

#[test]
fn a_table_s_linked_names_and_years_are_read_with_the_rows_they_describe() {
    let row = |name: &str, year: u32, about: &str| {
        format!("<tr><th><i><a href=\"/wiki/{year}\">{name}</a></i></th><td>{year}</td><td>{about}</td></tr>")
    };
    let rows = [
        row("Repeat Performance", 1947, "A woman who shot her husband wishes she could live the year again."),
        row(
            "The Time Travelers",
            1964,
            "Scientists test a device, but its screen becomes a portal to a future.",
        ),
        row(
            "Groundhog Day",
            1993,
            "A weatherman is forced to relive the same day again and again in a town.",
        ),
    ]
    .concat();
    // A page laid out in a table: its menu is a column of links beside the story, no data.
    let page = format!(
        "<html><body><table><tr><td><a href=\"/\">Home</a></td><td><a href=\"/films\">Films</a></td>\
         <td><a href=\"/about\">About us</a></td></tr></table><main><h1>Films featuring time loops</h1>\
         <p>This list names the films in which a time loop is a prominent device of the plot, with the \
         year each came out and a short synopsis of its story.</p>\
         <table><tr><th>Film</th><th>Year</th><th>Description</th></tr>{rows}</table></main></body></html>"
    );
    let article = briefly::extract(&page, &Options::new());
    let texts: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    for data in ["Repeat Performance", "1947", "The Time Travelers", "1964", "Groundhog Day", "1993"] {
        assert!(texts.contains(&data), "{data:?} lost: {texts:#?}");
    }
    let kind = |t: &str| article.blocks.iter().find(|b| b.text == t).map(|b| b.kind);
    assert_eq!(kind("Groundhog Day"), Some(BlockKind::Code), "data is read, never summarised");
    assert!(!texts.contains(&"About us"), "{texts:#?}");
}

/// A post in casual traditional Chinese as pasted: a menu above it, one clause a line, no stops.
const CASUAL_CHINESE: &str = "首頁\n部落格\n旅遊\n美食\n登入\n\n\
    山上的楓葉賞楓之旅 (二)\n\n\
    一波波寒流報到以後 已將後山一帶層層山巒披上了紅色的彩衣\n\n\
    沿著山路一路往上走 雲氣滯留在山頭不久就來到了小學門口\n\n\
    營地的楓香樹早已呈現金黃 泛紅的色彩也是攝影的人喜愛造訪之地\n\n\
    第二次來到這裡發現營區變了 以前冷冰冰的招牌換成了原木招牌\n\n\
    燻黑的原木加上金黃色的字體 也充分發揮了主人裝飾藝術的功力\n\n\
    營區內除了露營與民宿 賞楓的時候多了許多原木飾品更有加乘效果\n\n\
    晚上大家圍在一起吃飯聊天 這是我們這一年來最開心的一個夜晚\n\n\
    第二天睡到很晚才起床 收拾好裝備以後才依依不捨地離開了營地\n";

#[test]
fn casual_chinese_one_clause_a_line_is_read_as_paragraphs() {
    let article = briefly::extract(CASUAL_CHINESE, &Options::new());
    let shown: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    for line in ["一波波寒流報到以後", "第二次來到這裡發現營區變了", "第二天睡到很晚才起床"]
    {
        let block = article.blocks.iter().find(|b| b.text.starts_with(line));
        assert_eq!(block.map(|b| b.kind), Some(BlockKind::Paragraph), "{line:?}: {shown:#?}");
    }
    assert!(!shown.contains(&"部落格"), "{shown:#?}");
    let s = all(CASUAL_CHINESE);
    assert_eq!(s.sentences.len(), 8, "{:#?}", texts(&s));
}

#[test]
fn headline_in_the_title_bar_and_above_the_byline_wins_over_its_kicker() {
    // The page's title bar shows the headline (ending in an ellipsis); the kicker above its
    // second copy is what the standfirst names.
    let input = "Menu\nLog in Subscribe\nScreen time: «Night Shift», «Six Days», «The Quiet Earth»…\n\
        World\nPlanet\nIdeas\nCulture\n\
        «Farmers want their own way of working to be seen at the show»\n1 March 2019 at 15:20\n\
        Housing: in the capital a square metre nears ten thousand euros\n1 March 2019 at 15:15\n\
        Storm warnings for the west coast as winds pick up overnight\n1 March 2019 at 15:02\n\
        The new bridge opens to traffic after four years of works\n1 March 2019 at 14:51\n\
        Images\nLifestyle\nFashion\nFood\n\n\
        On your screens this week\n\
        Screen time: «Night Shift», «Six Days», «The Quiet Earth»…\n\
        By Ann Lee and Tom Roe — 24 November 2017 at 18:42\n\n\
        Series, documentaries and shows for children: here is what to watch on your screens this week, chosen by our critics.\n\n\
        Night Shift follows three nurses through a winter of long nights in a city hospital, and it never looks away \
        from how tired they are. The writing is sharp and the acting quiet, which makes the last episode hit hard.\n\n\
        Six Days is a documentary about a week of floods in a mountain town, told by the people who stayed. It is \
        patient, kind and often funny, and the archive footage of the rising river is hard to forget.\n\n\
        The Quiet Earth returns for a second season with a bigger budget and the same slow charm, as the last man \
        in a small town keeps looking for anyone else who might still be alive.";
    let s = all(input);
    assert_eq!(s.title.as_deref(), Some("Screen time: «Night Shift», «Six Days», «The Quiet Earth»…"));
}

#[test]
fn headline_taken_in_after_a_sites_short_header_lines() {
    let input = "Hi, I'm Jane.\nI grow things. I write about it.\nTesting Your Garden Soil Acidity\n\
        So you finally test your garden soil? Testing soil acidity tells you which plants will thrive, and a cheap kit \
        does it in minutes.\n\
        The kit holds a tube, a powder and a colour chart: fill the tube with soil and water, add the powder, shake it \
        and wait for the colour to settle.\n\
        Most vegetables like soil that is slightly acid, while blueberries and rhododendrons want it far more acid \
        than a lawn does.";
    let s = all(input);
    assert_eq!(s.title.as_deref(), Some("Testing Your Garden Soil Acidity"));
    assert!(!mentions(&s, "Testing Your Garden Soil Acidity"));
}

/// The article's blocks as `briefly::extract` reads them, each as "kind: text".
fn blocks_of(page: &str) -> Vec<String> {
    briefly::extract(page, &Options::new())
        .blocks
        .iter()
        .map(|b| format!("{:?}: {}", b.kind, b.text))
        .collect()
}

const STORY: [&str; 3] = [
    "The city council approved the new budget on Tuesday after months of debate, and the mayor said she would sign it into law before the end of the week.",
    "The budget raises spending on schools by ten percent and pays for the repair of two bridges that have been closed since the floods of last spring.",
    "Critics said the plan ignores the roads in the north of the city, where residents have waited for years for the potholes to be filled.",
];

/// A column of teasers under a story, each a headline, a blurb and a read-on link on a line of
/// its own: the blurbs read as prose, the links give them away.
#[test]
fn a_column_of_teasers_over_read_on_links_is_furniture() {
    let page = format!(
        "Council passes budget\n\n{}\n\n{}\n\n{}\n\nMore from the blog\n\n\
         Why the bridges closed\n\nEngineers found cracks in both bridges after the spring floods and closed them the same week.\n\nRead more\n\n\
         A new park for the north\n\nThe council wants to turn the old rail yard into a park with a pond and a playground.\n\nRead more\n",
        STORY[0], STORY[1], STORY[2]
    );
    let s = all(&page);
    assert_eq!(texts(&s), STORY, "{:#?}", texts(&s));
    let blocks = blocks_of(&page);
    assert!(
        !blocks.iter().any(|b| b.contains("Why the bridges closed") || b.contains("rail yard")),
        "{blocks:#?}"
    );
}

/// The standfirst between the headline and the byline is the editor's pitch of the story: kept
/// with the article, never a summary sentence.
#[test]
fn the_standfirst_above_the_byline_is_no_summary_sentence() {
    let dek = "The vote ends a year of wrangling over schools, bridges and roads.";
    let page = format!(
        "Home\nNews\nPolitics\nSport\n\nCouncil passes its budget after a year of debate\n{dek}\n\nBy Jane Doe, city hall reporter\n\
         June 7, 2023\n\n{}\n\n{}\n\n{}\n",
        STORY[0], STORY[1], STORY[2]
    );
    let s = all(&page);
    assert_eq!(texts(&s), STORY, "{:#?}", texts(&s));
    assert_eq!(s.title.as_deref(), Some("Council passes its budget after a year of debate"));
    let blocks = blocks_of(&page);
    assert!(blocks.contains(&format!("Heading: {dek}")), "{blocks:#?}");
    // Without a byline after it, the first paragraph is the story's lede.
    let lede = format!("Council passes budget\n\n{dek}\n\n{}\n\n{}\n", STORY[0], STORY[1]);
    assert!(mentions(&all(&lede), "The vote ends"), "{:#?}", texts(&all(&lede)));
    // Nor when "By" opens a sentence of the story.
    let by_date = format!(
        "Council passes budget\n\n{dek}\n\nBy Tuesday, the mayor had signed it into law.\n\n{}\n",
        STORY[0]
    );
    assert!(mentions(&all(&by_date), "The vote ends"), "{:#?}", texts(&all(&by_date)));
}

/// "By" and a day opens a sentence of the story, not a byline.
#[test]
fn by_and_a_date_word_is_no_byline() {
    let page = "Council approves new flood defences for the river town\n\n\
        The town council voted on Monday to spend 40 million pounds on new flood defences along the river.\n\n\
        By Tuesday, engineers had begun surveying the banks where the water broke through last winter, flooding more than two hundred homes.\n\n\
        The scheme includes a new wall, two pumping stations and a storage basin upstream of the old bridge.\n\n\
        Residents said they had waited years for the work, which is due to finish in 2027.\n";
    let s = all(page);
    assert!(mentions(&s, "By Tuesday, engineers"), "{:#?}", texts(&s));
    assert!(mentions(&s, "The town council voted"), "{:#?}", texts(&s));
}

/// A prompt to write to the newsroom, or to subscribe, whose phrase stands in its opening
/// sentence rather than at its start or end.
#[test]
fn a_prompt_with_its_phrase_in_the_opening_sentence_is_furniture() {
    let page = "Neue Regeln für Mietverträge\n\n\
         Der Bundestag hat am Donnerstag neue Regeln für Mietverträge beschlossen, die vom kommenden Jahr an für alle neuen Verträge gelten sollen.\n\n\
         Mieter sollen damit besser vor überhöhten Nebenkosten geschützt werden, während Vermieter mehr Zeit für die Abrechnung bekommen.\n\n\
         Wenn Sie inhaltliche Anmerkungen zu diesem Artikel haben, können Sie die Redaktion per E-Mail informieren. Wir lesen Ihre Zuschrift, bitten jedoch um Verständnis.\n\n\
         Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter – fünf Mal die Woche von Dienstag bis Samstag!\n";
    let s = all(page);
    assert_eq!(s.sentences.len(), 2, "{:#?}", texts(&s));
    assert!(!mentions(&s, "Anmerkungen") && !mentions(&s, "Newsletter"), "{:#?}", texts(&s));
}

/// An author's box in a column of short lines (the name, the role, the label): its label still
/// marks the bio under it.
#[test]
fn an_author_box_label_among_short_lines_still_marks_the_bio() {
    let page = format!(
        "Council passes budget\n\n{}\n\n{}\n\n{}\n\nJane Doe\nCity Hall Reporter\nAbout the author\n\
         Jane has covered city politics since 2007 and writes a weekly column about the council.\n\nHire Jane\n",
        STORY[0], STORY[1], STORY[2]
    );
    let s = all(&page);
    assert_eq!(texts(&s), STORY, "{:#?}", texts(&s));
}

/// An author's bio closing the article without a label: a name and a verb of being, the name
/// printed only in the byline above. A closing line about one of the story's people stays.
#[test]
fn an_unlabelled_bio_under_the_story_is_furniture() {
    let page = format!(
        "Council passes budget\n\nBy Leah C. Stokes\nJune 7, 2023\n\n{}\n\n{}\n\n{}\n\n\
         Leah C. Stokes is an assistant professor of political science and the author of a book on energy policy.\n",
        STORY[0], STORY[1], STORY[2]
    );
    let s = all(&page);
    assert_eq!(texts(&s), STORY, "{:#?}", texts(&s));
    let story = format!(
        "Council passes budget\n\n{}\n\nMayor Ann Lee said the vote was a relief for the city and its schools.\n\n{}\n\n\
         Ann Lee is due to sign the budget into law on Friday, her office said.\n",
        STORY[0], STORY[1]
    );
    assert!(mentions(&all(&story), "is due to sign"), "{:#?}", texts(&all(&story)));
}

#[test]
fn a_prompt_phrase_deep_in_a_sentence_is_reporting() {
    let page = "Email provider changes how alerts work\n\n\
        The company said on Monday that it would change the way security alerts reach its 40 million users, after months of complaints about missed warnings.\n\n\
        Under the new system, warnings will be delivered to your inbox within a minute. Older accounts will be moved over during the spring.\n\n\
        Engineers said the old system sent alerts through a separate service that often failed under load, leaving users unaware of attempts to break into their accounts.\n";
    let s = all(page);
    assert!(mentions(&s, "delivered to your inbox"), "{:#?}", texts(&s));
    assert!(mentions(&s, "The company said"), "{:#?}", texts(&s));
}

#[test]
fn a_long_prompt_between_paragraphs_does_not_end_the_article() {
    let page = "Council backs new tram line\n\n\
        The council voted on Monday to build a tram line across the city, the first new line in forty years.\n\n\
        Engineers said the route would follow the old railway through the northern suburbs to the hospital.\n\n\
        Sign up for our newsletter to get the day's top stories and analysis from our reporters every morning.\n\n\
        Construction is due to start next spring and should take about three years to finish.\n\n\
        Residents said they welcomed the plan but worried about the noise during the works.\n";
    let s = all(page);
    assert!(!mentions(&s, "newsletter"), "{:#?}", texts(&s));
    assert!(mentions(&s, "Construction is due"), "{:#?}", texts(&s));
    assert!(mentions(&s, "Residents said"), "{:#?}", texts(&s));
}

/// A story's closing line about a person named in its tag list (or a menu) is no author's bio:
/// only a byline's name marks one.
#[test]
fn a_closing_line_about_a_person_in_the_tags_stays() {
    let page = "City settles lawsuit over police raid\n\nTags: Courts, Police, Maria Lopez\n\n\
        The city agreed on Thursday to pay 2 million dollars to a family whose home was raided by mistake in 2021, ending a lawsuit that had drawn national attention.\n\n\
        Officers had entered the wrong address while searching for a suspect, and held the family at gunpoint for more than an hour.\n\n\
        The mayor said the settlement was fair and that the department had changed how warrants are checked.\n\n\
        Maria Lopez is the family's attorney and said they would donate part of the money to a legal aid fund.\n";
    assert!(mentions(&all(page), "Maria Lopez is"), "{:#?}", texts(&all(page)));
    // Under a byline with the name, the same line is the author's bio.
    let bylined = page.replace("Tags: Courts, Police, Maria Lopez", "By Maria Lopez");
    assert!(!mentions(&all(&bylined), "Maria Lopez is"), "{:#?}", texts(&all(&bylined)));
    // A capitalised phrase and another language's verb ("war") open no bio.
    let history = page.replace("Tags: Courts, Police, Maria Lopez", "By The Civil War").replace(
        "Maria Lopez is the family's attorney and said",
        "The Civil War was long over, lawyers said, and",
    );
    assert!(mentions(&all(&history), "The Civil War was"), "{:#?}", texts(&all(&history)));
}

/// A news story in Chinese that ends its sentences with stops, then a label over headlines.
const CHINESE_STORY_THEN_HEADLINES: &str =
    "国家统计局今天公布了最新的经济数据，显示上半年国内生产总值同比增长百分之五点二。\n\
    分析人士认为，消费和投资的回升是推动经济增长的主要原因，出口则有所放缓。\n\
    统计局发言人表示，下半年经济仍面临不少挑战，但总体向好的趋势没有改变。\n\n\
    相关新闻\n上海地铁新线路下个月正式开通运营\n北京今年夏天气温将创下历史新高\n\
    广州国际车展吸引数十万市民参观\n深圳科技企业研发投入持续增长中\n";

/// A casual post without stops, then a footer under the previous and next links.
const CASUAL_POST_THEN_FOOTER: &str = "首页\n博客\n相册\n留言\n\
    今天早上我们去山上走了一趟风景非常好看\n已將山巒披上彩衣 順路下切到溪谷那边去\n\
    我们在溪边吃了午饭然后慢慢地走回家了\n上一篇\n下一篇\n热门文章排行榜每周更新一次\n\
    网站备案信息与联系方式说明\n友情链接合作伙伴名单列表\n";

#[test]
fn bare_chinese_lines_after_a_stopped_story_or_under_a_label_are_no_prose() {
    let story = briefly::extract(CHINESE_STORY_THEN_HEADLINES, &Options::new());
    let shown: Vec<&str> = story.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(shown.iter().any(|t| t.starts_with("统计局发言人")), "{shown:#?}");
    assert!(!shown.iter().any(|t| t.starts_with("北京今年")), "{shown:#?}");
    let post = briefly::extract(CASUAL_POST_THEN_FOOTER, &Options::new());
    let shown: Vec<&str> = post.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(shown.iter().any(|t| t.starts_with("我们在溪边")), "{shown:#?}");
    assert!(!shown.iter().any(|t| t.starts_with("网站备案")), "{shown:#?}");
    assert!(!shown.contains(&"下一篇"), "{shown:#?}");
}

/// A story between two copies of a menu pasted one item a line, a dot between the items.
const DOTTED_MENU: &str = "Top\n∙\nNew\n∙\nHot\n∙\nFAQ\n\n\
    The council voted on Tuesday to approve the new budget for the coming year after a long debate.\n\
    Members said the plan would fund schools and roads across the region for a decade.\n\
    The mayor welcomed the decision and promised to publish the full accounts next month.\n\n\
    Top\n∙\nNew\n∙\nHot\n∙\nFAQ\n\n<\n1\n2\n3\n>\n";

#[test]
fn a_menu_dotted_one_item_a_line_is_no_formula() {
    let article = briefly::extract(DOTTED_MENU, &Options::new());
    let shown: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(shown.iter().any(|t| t.starts_with("The mayor welcomed")), "{shown:#?}");
    assert!(!shown.iter().any(|t| t.contains("Hot") || t.contains('<')), "{shown:#?}");
}

#[test]
fn a_layout_table_s_row_of_links_beside_the_story_is_no_data() {
    let story = "<p>The old council building on the hill was restored this year by a group of local \
        volunteers who spent weekends repairing the roof and the windows, and the town now plans to \
        open it as a library.</p>";
    let cells: String = (0..4).map(|n| format!("<td><a href='/s{n}'>Sect{n}</a></td>")).collect();
    let page = format!("<html><body><table><tr>{cells}<td>{story}{story}</td></tr></table></body></html>");
    let article = briefly::extract(&page, &Options::new());
    let shown: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(shown.iter().any(|t| t.starts_with("The old council")), "{shown:#?}");
    assert!(!shown.iter().any(|t| t.starts_with("Sect")), "{shown:#?}");
}

#[test]
fn a_row_left_open_around_a_nested_one_is_judged_whole() {
    // The end of the page closes both rows at once: the outer one, with the prose, is judged.
    let page = "<html><body><main><h1>Films featuring time loops</h1><p>This list names the films \
        in which a time loop is a prominent device of the plot, with the year each came out and a \
        short synopsis of its story.</p><table><tr><td>1947</td><td><p>A woman who shot her husband \
        wishes she could live the year again, and so she does.</p></td><td><table><tr><td>Remade</td>";
    let article = briefly::extract(page, &Options::new());
    let shown: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(shown.contains(&"1947"), "{shown:#?}");
}
