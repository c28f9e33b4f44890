//! Whole web pages pasted as text or HTML: the article is found, all of it, and nothing else.
//! One test per kind of page furniture, and the long-form post that used to be cut at a
//! subheading.

use briefly::{summarise, Budget, Options, Summary};

fn all(text: &str) -> Summary {
    summarise(text, &Options::new().with_budget(Budget::Ratio(1.0)))
}

fn texts(s: &Summary) -> Vec<&str> {
    s.sentences.iter().map(|s| s.text.as_str()).collect()
}

fn mentions(s: &Summary, needle: &str) -> bool {
    s.sentences.iter().any(|x| x.text.contains(needle))
}

const P1: &str = "The city council approved the new budget on Tuesday after months of debate, and the mayor \
    said she would sign it into law before the end of the week so that work could begin.";
const P2: &str =
    "The budget raises spending on schools by ten percent and pays for the repair of two bridges \
    that have been closed since the floods of last spring, officials said in a statement.";
const P3: &str = "Critics said the plan ignores the roads in the north of the city, where residents have \
    waited for years for the potholes to be filled and for new lights to be put in.";

/// A page as select-all + copy pastes it: menus, a teaser, the story, prompts and comments.
fn pasted_page() -> String {
    let menu =
        ["Home", "News", "World", "Politics", "Business", "Tech", "Science", "Sport", "Culture", "Travel"];
    let mut page = String::from("Skip to main content\nSign in\n");
    for item in menu {
        page.push_str(item);
        page.push('\n');
    }
    page.push_str(
        "A teaser for another story: the river rose overnight and the whole town was evacuated by the army \
         before the old bridge could fall, the report said on Monday.\n",
    );
    page.push_str(
        "Trending Now Most Read Editors' Picks Newsletters Podcasts Video Opinion Weather Markets\n\n",
    );
    page.push_str("Council passes budget after months of debate\n\n");
    page.push_str("By Jane Doe, City Hall reporter\n\nNov. 20, 2019 Updated: 1:35 a.m.\n\n");
    for p in [P1, P2, P3] {
        page.push_str(p);
        page.push_str("\n\n");
    }
    page.push_str("Sign up or login to join the discussions!\nShare this story\n\n");
    page.push_str("12 Comments\n\n");
    page.push_str(
        "I have lived in this city for thirty years and I have never seen the council agree on anything so \
         quickly, which makes me wonder what they are not telling us about the plan.\n\n",
    );
    page.push_str("Privacy Policy Terms of Service Contact Us Advertise Careers About Us Site Map Help\n");
    page
}

#[test]
fn a_pasted_page_gives_the_article_and_nothing_else() {
    let s = all(&pasted_page());
    assert_eq!(texts(&s), [P1, P2, P3].map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")));
    assert_eq!(s.title.as_deref(), Some("Council passes budget after months of debate"));
    assert!(s.stats.words_in < s.stats.words_total, "{:?}", s.stats);
}

#[test]
fn teasers_above_the_article_are_not_summarised() {
    let s = summarise(&pasted_page(), &Options::new());
    assert!(!mentions(&s, "teaser"), "{:?}", texts(&s));
}

#[test]
fn comments_below_the_article_are_left_out() {
    assert!(!mentions(&all(&pasted_page()), "thirty years"));
}

#[test]
fn bylines_dates_and_prompts_are_furniture() {
    let s = all(&pasted_page());
    for junk in ["Jane Doe", "Updated", "Sign up", "Share this", "Privacy"] {
        assert!(!mentions(&s, junk), "{junk}: {:?}", texts(&s));
    }
}

#[test]
fn the_whole_option_reads_everything() {
    let page = pasted_page();
    let s = summarise(&page, &Options::new().with_budget(Budget::Ratio(1.0)).with_whole(true));
    assert!(mentions(&s, "thirty years"));
    assert!(mentions(&s, "teaser"));
    assert!(s.stats.words_in > all(&page).stats.words_in);
}

/// A long-form post whose sections open with short subheadings ("Circa 2011", "GPU") was taken
/// for several stories and summarised from its first section alone.
#[test]
fn regression_subheadings_of_a_long_post_do_not_split_it() {
    let intro = "I have been building graphics software for a long time, and the way we ship it has changed \
        more than the software itself. This post is the story of those changes, told through the machines \
        and the mistakes that taught me the most about the craft.";
    let sections = [
        ("Circa 2011", "Back then we rendered everything on the processor, and a frame took seconds to draw on the \
            laptops our customers used. We spent months on caching schemes that nobody remembers now, and the \
            team argued every week about whether the work was worth doing at all."),
        ("GPU", "Moving the renderer to the graphics card changed the economics overnight. Shaders replaced \
            caches, the frame rate went from one to sixty, and the hardest bugs became the ones that only \
            appeared on one vendor's driver on one version of one operating system."),
        ("Shipping it", "The last lesson was about releases: small and frequent beat large and rare, every \
            single time we measured it. Customers forgave a broken button for a day far more readily than \
            they forgave a missing feature for a year, and our support queue showed it."),
    ];
    let mut post = format!("How we ship graphics software\n\n{intro}\n\n");
    for (heading, body) in sections {
        post.push_str(&format!("{heading}\n\n{body}\n\n"));
    }
    let s = all(&post);
    assert!(s.articles.is_empty(), "{:?}", s.articles);
    assert_eq!(s.stats.articles_found, 1);
    assert!(mentions(&s, "small and frequent"), "{:?}", texts(&s));
    assert_eq!(s.title.as_deref(), Some("How we ship graphics software"));
}

/// A tutorial pasted as text: its code lines have no function words, but they are the
/// article's, and the prose after them is not another page's.
#[test]
fn code_between_the_paragraphs_of_a_pasted_tutorial_is_read_through() {
    let code = "fetch(\"/data.json\").then(function(res) {\n  if (res.ok) {\n    res.json().then(function(data) {\n      \
        console.log(data.entries, data.total, data.next);\n    });\n  } else {\n    \
        console.log(\"Fetch failed with status\", res.status, res.statusText);\n  }\n});\n";
    let page = format!(
        "Home\nBlog\nAbout\n\nFetching data the modern way\n\n{P1}\n\n{P2}\n\n{code}\n{code}\n{P3}\n\n\
         That is all it takes to read a response, and the same pattern works for every kind of request \
         the page makes, whether it posts a form or uploads a file.\n"
    );
    let s = all(&page);
    assert!(mentions(&s, "council approved"), "{:?}", texts(&s));
    assert!(mentions(&s, "potholes"), "{:?}", texts(&s));
    assert!(mentions(&s, "every kind of request"), "{:?}", texts(&s));
}

/// An encyclopaedia's paragraphs link a term in every line; they are prose all the same, and a
/// section of them between two others is not a gap in the article.
#[test]
fn html_prose_dense_with_links_is_the_article() {
    let linked = |p: &str| {
        p.split(' ')
            .enumerate()
            .map(|(i, w)| if i % 3 == 0 { format!("<a href=\"/wiki/{i}\">{w}</a>") } else { w.to_string() })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let nav: String = (0..10).map(|i| format!("<li><a href=\"/n{i}\">Portal {i}</a></li>")).collect();
    let page = format!(
        "<html><body><nav><ul>{nav}</ul></nav><div id=\"content\"><p>{P1}</p><p>{}</p><p>{}</p></div>\
         <ul>{nav}</ul></body></html>",
        linked(&format!("{P2} {P3}")),
        linked(
            "The regional assembly will debate its own budget next month, and its members have said that they \
             expect the same arguments about schools, bridges and roads to return before the vote in spring, \
             when the new members take their seats and the first of the repaired bridges opens again."
        ),
    );
    let s = all(&page);
    assert!(mentions(&s, "two bridges") && mentions(&s, "assembly"), "{:?}", texts(&s));
    assert!(!mentions(&s, "Portal"));
}

#[test]
fn html_title_comes_from_the_sharing_metadata_or_the_agreeing_h1() {
    let body = format!("<p>{P1}</p><p>{P2}</p><p>{P3}</p>");
    let page = format!(
        "<html><head><title>Budget passes | The Daily Example</title>\
         <meta property=\"og:title\" content=\"Council passes budget &amp; plans repairs\"></head>\
         <body><header><h1>The Daily Example</h1></header><article><h1>Budget passes</h1>{body}</article></body></html>"
    );
    assert_eq!(all(&page).title.as_deref(), Some("Council passes budget & plans repairs"));
    let page = format!(
        "<html><head><title>Budget passes after long debate | The Daily Example</title></head>\
         <body><article><h1>Budget passes after long debate</h1>{body}</article></body></html>"
    );
    assert_eq!(all(&page).title.as_deref(), Some("Budget passes after long debate"));
}

#[test]
fn html_link_lists_beside_the_article_are_dropped() {
    let links: String =
        (0..8).map(|i| format!("<a href=\"/s{i}\">Another story number {i} here</a> ")).collect();
    let page = format!(
        "<html><body><div>{links}</div><div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div><div>{links}</div></body></html>"
    );
    let s = all(&page);
    assert_eq!(s.sentences.len(), 3, "{:?}", texts(&s));
    assert!(!mentions(&s, "Another story"));
}

/// A golden real page: its two inputs and what each must give.
fn golden(slug: &str) -> (String, String, serde_json::Value) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages").join(slug);
    let read =
        |name: &str| std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{slug}/{name}: {e}"));
    let expected = serde_json::from_str(&read("expected.json")).unwrap_or_else(|e| panic!("{slug}: {e}"));
    (read("innertext.txt"), read("source.html"), expected)
}

/// Each golden page gives its title and sentences, from the pasted text and from the HTML, and
/// no sentence holds a line of the page's furniture.
#[test]
fn golden_real_pages() {
    let mut slugs: Vec<String> =
        std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages"))
            .map(|dir| {
                dir.filter_map(Result::ok)
                    .filter(|e| e.path().is_dir())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
    slugs.sort();
    assert!(slugs.len() >= 12, "{slugs:?}");
    let mut failures = Vec::new();
    for slug in &slugs {
        let (text, html, expected) = golden(slug);
        for (mode, input) in [("text", &text), ("html", &html)] {
            let s = summarise(input, &Options::new());
            let want = &expected[mode];
            let sentences: Vec<String> = want["sentences"]
                .as_array()
                .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
                .unwrap_or_default();
            if texts(&s) != sentences {
                failures.push(format!(
                    "{slug} ({mode}) sentences:\n  want {sentences:#?}\n  got  {:#?}",
                    texts(&s)
                ));
            }
            if s.title.as_deref() != want["title"].as_str() {
                failures.push(format!("{slug} ({mode}) title: want {:?}, got {:?}", want["title"], s.title));
            }
            for junk in expected["forbidden"].as_array().into_iter().flatten().filter_map(|v| v.as_str()) {
                if s.sentences.iter().any(|x| x.text.contains(junk)) {
                    failures.push(format!("{slug} ({mode}) summarised furniture {junk:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
