//! Hostile and degenerate inputs: each gives a summary (possibly empty), never a panic, with
//! spans pointing at the right text; and the pipeline scales linearly on crafted shapes.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::time::Instant;

use briefly::{summarise, Budget, Document, Options, Summary};

/// The system allocator, counting the bytes each thread has live and the most it had.
struct Counting;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
    static PEAK: Cell<usize> = const { Cell::new(0) };
}

fn count(grow: usize, shrink: usize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get().saturating_sub(shrink) + grow;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

// SAFETY: every call is passed to `System` unchanged; only sizes are recorded.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            count(layout.size(), 0);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        count(0, layout.size());
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            count(new_size, layout.size());
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most heap `f` had live at once, beyond what was live before it, on this thread.
fn peak_heap(f: impl FnOnce()) -> usize {
    let base = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(base));
    f();
    PEAK.with(Cell::get) - base
}

#[path = "../benches/shapes.rs"]
mod shapes;

#[path = "../fuzz/src/check.rs"]
mod check;

/// A small fixed-seed PRNG, so that the generated inputs are the same on every run.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, pool: &[&'a str]) -> &'a str {
        pool[(self.next() % pool.len() as u64) as usize]
    }
}

/// Summarises once with the default options and checks every invariant.
fn summary_of(text: &str, plain: bool) -> Summary {
    let options = Options::new();
    let summary = summarise(text, &options);
    if let Err(broken) = check::summary(text, &options, &summary, plain) {
        panic!("{broken}");
    }
    summary
}

/// Summarises small inputs twice and through an analysed document as well.
fn fully_checked(text: &str, plain: bool) -> Summary {
    match check::summarise(text, &Options::new(), plain) {
        Ok(s) => s,
        Err(broken) => panic!("{broken}\ninput: {:?}", text.chars().take(200).collect::<String>()),
    }
}

const SUBJECTS: &[&str] = &[
    "The council",
    "A spokesman for the ministry",
    "Local residents",
    "The company",
    "Scientists at the institute",
    "The prime minister",
    "Emergency crews",
    "Two teenagers",
    "The central bank",
    "Officials in the region",
    "The coach",
    "A group of volunteers",
    "Investors",
    "The hospital",
    "Police",
];
const VERBS: &[&str] = &[
    "approved",
    "criticised",
    "announced",
    "rejected",
    "welcomed",
    "investigated",
    "delayed",
    "funded",
    "questioned",
    "reported",
    "celebrated",
    "postponed",
    "reviewed",
    "defended",
    "expanded",
];
const OBJECTS: &[&str] = &[
    "the new budget",
    "a plan to rebuild the bridge",
    "the merger",
    "plans for a stadium",
    "the election result",
    "a vaccine trial",
    "the flood defences",
    "rising energy prices",
    "the transfer",
    "a ban on night flights",
    "the school timetable",
    "the pension reform",
    "a water shortage",
    "the research grant",
    "the trade deal",
];
const TAILS: &[&str] = &[
    "on Tuesday",
    "after months of talks",
    "despite strong opposition",
    "in a statement",
    "for the third time",
    "without giving a reason",
    "at a packed meeting",
    "earlier this year",
    "according to Dr. Smith",
    "by 3.5 percent",
    "in the U.S. capital",
    "late last night",
    "with little warning",
    "as expected",
];

/// Real-ish prose: many different sentences in paragraphs of three to seven.
fn article(bytes: usize, seed: u64) -> String {
    let mut rng = XorShift(seed);
    let mut out = String::with_capacity(bytes + 200);
    while out.len() < bytes {
        for _ in 0..3 + rng.next() % 5 {
            let n = rng.next() % 1000;
            out.push_str(&format!(
                "{} {} {} {} and {} {} more, figures for item {n} show.",
                rng.pick(SUBJECTS),
                rng.pick(VERBS),
                rng.pick(OBJECTS),
                rng.pick(TAILS),
                rng.pick(VERBS),
                rng.pick(OBJECTS),
            ));
            out.push(' ');
        }
        out.push_str("\n\n");
    }
    out
}

fn no_punctuation(bytes: usize) -> String {
    let mut rng = XorShift(7);
    let mut out = String::with_capacity(bytes + 20);
    while out.len() < bytes {
        out.push_str(rng.pick(&["council", "budget", "river", "school", "bridge", "vote", "mayor", "city"]));
        out.push(' ');
    }
    out
}

fn tiny_sentences(bytes: usize) -> String {
    let mut rng = XorShift(11);
    let mut out = String::with_capacity(bytes + 20);
    while out.len() < bytes {
        out.push_str(&format!("Word{}. ", rng.next() % 100_000));
    }
    out
}

fn list_items(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 20);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(&format!("- {i}\n"));
        i += 1;
    }
    out
}

fn short_lines(bytes: usize) -> String {
    let mut rng = XorShift(5);
    let mut out = String::with_capacity(bytes + 30);
    while out.len() < bytes {
        out.push_str(&format!("It was day {}.\n\n", rng.next() % 1_000_000));
    }
    out
}

fn giant_paragraph(bytes: usize) -> String {
    article(bytes, 3).replace("\n\n", " ")
}

#[test]
fn empty_and_blank_inputs_give_empty_summaries() {
    for text in ["", " ", "\n\n\n", "\t \r\n \u{a0}\u{3000}", "\u{200b}\u{feff}\u{200d}"] {
        let s = fully_checked(text, true);
        assert!(s.sentences.is_empty(), "{text:?} gave {:?}", s.sentences);
        assert_eq!(s.stats.words_in, 0, "{text:?}");
    }
}

#[test]
fn one_word_is_its_own_summary() {
    let text = "  Hello  ";
    let s = fully_checked(text, true);
    assert_eq!(s.sentences.len(), 1);
    assert_eq!(&text[s.sentences[0].start..s.sentences[0].end], "Hello");
}

#[test]
fn two_megabytes_without_punctuation() {
    let text = no_punctuation(2 << 20);
    let s = summary_of(&text, true);
    assert!(!s.sentences.is_empty(), "2 MB of words gave no summary");
}

#[test]
fn a_hundred_thousand_one_word_sentences() {
    let text = "Word. ".repeat(100_000);
    let s = summary_of(&text, true);
    assert_eq!(s.sentences.len(), 1, "identical sentences fold into one");
    assert_eq!(&text[s.sentences[0].start..s.sentences[0].end], "Word.");
    let text = tiny_sentences(600_000);
    let s = summary_of(&text, true);
    assert_eq!(s.sentences.len(), 3);
}

#[test]
fn random_bytes_lossily_decoded() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for len in [1, 7, 64, 1000, 20_000, 200_000] {
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        if len <= 20_000 {
            fully_checked(&text, false);
        } else {
            summary_of(&text, false);
        }
        // Mostly ASCII with some high bytes, which lossy decoding turns into U+FFFD.
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() % 140) as u8).collect();
        fully_checked(&String::from_utf8_lossy(&bytes), false);
    }
}

#[test]
fn right_to_left_scripts() {
    let arabic = "قالت الحكومة يوم الثلاثاء إنها ستبني جسرا جديدا فوق النهر. \
        وأضاف المتحدث أن العمل سيبدأ في الربيع المقبل. هل سيكتمل المشروع في الوقت المحدد؟ \
        يأمل السكان ذلك، فالجسر القديم مغلق منذ سنوات.";
    let hebrew = "הממשלה אישרה ביום שלישי את התקציב החדש. השר אמר כי בתי הספר יקבלו יותר כסף. \
        האופוזיציה מתחה ביקורת על התוכנית! האם התקציב יעבור בכנסת?";
    for text in [arabic, hebrew, &format!("\u{202b}{arabic}\u{202c} English words. {hebrew}")] {
        let s = fully_checked(text, true);
        assert!(!s.sentences.is_empty());
        assert!(s.stats.sentences_in >= 3, "{text}: {} sentences", s.stats.sentences_in);
    }
}

#[test]
fn chinese_japanese_and_thai_without_spaces() {
    let chinese = "国务院总理周二在北京主持召开常务会议。会议决定进一步支持小微企业发展！\
        与会专家认为，这些措施将有助于稳定就业？预计明年经济增速将保持稳定。";
    let japanese = "東京都は火曜日、新しい予算案を発表しました。学校への支出が増える見込みです。\
        批判的な意見もありました！予算は来月の議会で審議される予定です。";
    let thai = "รัฐบาลประกาศงบประมาณใหม่เมื่อวันอังคาร โรงเรียนจะได้รับเงินมากขึ้น \
        ฝ่ายค้านวิจารณ์แผนนี้อย่างหนัก";
    for text in [chinese, japanese, thai] {
        let s = fully_checked(text, true);
        assert!(!s.sentences.is_empty(), "{text}");
    }
    for text in [chinese, japanese] {
        let s = fully_checked(text, true);
        assert!(s.stats.sentences_in >= 4, "{text}: {} sentences", s.stats.sentences_in);
        assert!(s.sentences.iter().all(|x| x.text.chars().count() < 40), "{:?}", s.sentences);
    }
}

#[test]
fn emoji_only() {
    for text in ["😀😀😀", "👍🏽 👨‍👩‍👧 🇫🇷. ❤️! ✨✨?", &"🎉 ".repeat(10_000)]
    {
        fully_checked(text, true);
    }
}

#[test]
fn zero_width_and_control_characters() {
    let text = "The\u{200b} council\u{0} approved\u{7} the budget.\u{b}\u{c} The mayor\u{ad} objected.\u{85}\
        Critics\u{2028}were\u{2029}loud.\u{feff} Nobody\u{202e} resigned.\u{1b}[0m";
    let s = fully_checked(text, false);
    assert!(s.stats.sentences_in >= 3, "{:?}", s.sentences);
    for x in &s.sentences {
        assert!(!x.text.contains('\u{0}') && !x.text.contains('\u{7}'), "control char kept: {:?}", x.text);
    }
}

#[test]
fn crlf_and_lone_cr_line_endings() {
    let lines =
        ["The council approved the budget.", "The mayor objected.", "Critics were loud.", "Nobody left."];
    for sep in ["\r\n", "\r", "\r\n\r\n", "\r\r"] {
        let text = lines.join(sep);
        let s = fully_checked(&text, true);
        assert_eq!(s.stats.sentences_in, 4, "separator {sep:?}: {:?}", s.sentences);
        for x in &s.sentences {
            let source = &text[x.start..x.end];
            assert!(lines.contains(&source), "span {source:?} is not one line (separator {sep:?})");
        }
    }
}

#[test]
fn raw_html_source_of_a_page() {
    let mut body = String::new();
    for p in article(4000, 5).split("\n\n").filter(|p| !p.is_empty()) {
        body.push_str(&format!("<p>{p}</p>\n"));
    }
    let html = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Council approves budget</title>\
         <style>body {{ font: 16px serif }} .nav > a {{ color: red }}</style>\
         <script>window.dataLayer = []; function track(a) {{ if (a < 3 && a > 1) {{ return; }} }}</script>\
         </head><body><nav class=\"nav\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\
         <article><h1>Council approves budget</h1>{body}</article>\
         <footer>&copy; 2024 Example News. All rights reserved.</footer></body></html>"
    );
    let s = fully_checked(&html, false);
    assert!(!s.sentences.is_empty());
    for x in &s.sentences {
        assert!(!x.text.contains('<') && !x.text.contains("function"), "markup leaked: {:?}", x.text);
        let first = x.text.split_whitespace().next().unwrap_or_default();
        assert!(html[x.start..x.end].contains(first), "span does not hold {first:?}");
    }
}

#[test]
fn five_megabyte_article() {
    let text = article(5 << 20, 1);
    // One analysis, two lengths: analysing 5 MB twice would dominate this file's debug runtime.
    let options = Options::new();
    let doc = Document::analyse(&text, &options);
    let s = doc.summary(Budget::Sentences(3));
    check::summary(&text, &options, &s, true).unwrap();
    assert_eq!(s.sentences.len(), 3);
    assert!(s.stats.sentences_in > 20_000, "{} sentences", s.stats.sentences_in);
    let options = Options::new().with_budget(Budget::Ratio(0.1));
    let s = doc.summary(options.budget());
    check::summary(&text, &options, &s, true).unwrap();
    assert!(s.sentences.len() > 2_000, "{} sentences for a tenth", s.sentences.len());
}

#[test]
fn one_giant_repeated_sentence() {
    let sentence = "The council approved the new budget for schools, roads and parks on Tuesday evening. ";
    let text = sentence.repeat(20_000);
    let s = summary_of(&text, true);
    assert_eq!(s.sentences.len(), 1, "repeats fold into one");
    // And one sentence with no end at all, 1 MB long.
    let text = sentence.replace(". ", " ").repeat(12_000);
    summary_of(&text, true);
}

/// A named input generator: bytes wanted -> text.
type Shape = (&'static str, fn(usize) -> String);

/// Seconds `summarise` takes on `text`.
fn seconds(text: &str) -> f64 {
    let t = Instant::now();
    std::hint::black_box(summarise(std::hint::black_box(text), &Options::new()));
    t.elapsed().as_secs_f64()
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// A scaling guard, not a speed test: quadrupling the input must not make each byte much
/// dearer. Linear work gives a ratio near 1; quadratic work gives 4.
#[test]
fn time_per_byte_does_not_grow_with_size() {
    let shapes: [Shape; 10] = [
        ("no punctuation", no_punctuation),
        // Page shapes: every block short, so the article finder judges each by its neighbours.
        ("a column of list items", list_items),
        ("a short sentence a line", short_lines),
        ("tiny sentences", tiny_sentences),
        ("giant paragraph", giant_paragraph),
        ("article", |n| article(n, 9)),
        // Words whose FxHash share their low 20 bits: quadratic in any FxHash table.
        ("hash-collision words", shapes::collision_words),
        ("random words", shapes::random_words),
        ("distinct tokens", shapes::distinct_tokens),
        ("datelined stories", shapes::datelines),
    ];
    let small = 50_000;
    for (name, make) in shapes {
        let (a, b) = (make(small), make(4 * small));
        // Small and large alternate, so that both see the same load on a shared machine.
        let (mut at, mut bt) = (Vec::new(), Vec::new());
        for _ in 0..3 {
            at.push(seconds(&a));
            bt.push(seconds(&b));
        }
        let ratio = (median(bt) / b.len() as f64) / (median(at) / a.len() as f64);
        assert!(ratio < 3.0, "{name}: time per byte grows {ratio:.2}x from {} to {} bytes", a.len(), b.len());
    }
}

/// Memory is a budget a reader notices: a page of a few megabytes must not take hundreds.
/// Peak heap while summarising 1 MB of each hostile shape, as a multiple of the input. The
/// shapes with a sentence or a term per few bytes are the worst; ordinary articles stay
/// under a few times their size.
#[test]
fn peak_heap_stays_a_small_multiple_of_the_input() {
    // Budgets: what the pipeline needs today, with a little room.
    let shapes: [(Shape, usize); 5] = [
        (("article", |n| article(n, 5)), 7),
        (("hash-collision words", shapes::collision_words), 18),
        (("random words", shapes::random_words), 18),
        (("distinct tokens", shapes::distinct_tokens), 18),
        (("datelined stories", shapes::datelines), 12),
    ];
    for ((name, make), budget) in shapes {
        let text = make(1_000_000);
        let peak = peak_heap(|| {
            std::hint::black_box(summarise(&text, &Options::new()));
        });
        let ratio = peak as f64 / text.len() as f64;
        assert!(
            ratio <= budget as f64,
            "{name}: peak heap {peak} bytes, {ratio:.1}x the input (budget {budget}x)"
        );
        eprintln!("{name}: peak heap {ratio:.1}x the input");
    }
}
