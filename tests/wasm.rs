//! The JavaScript API as a page sees it, in headless Chromium: the exported functions are called
//! through the generated JS glue, with JS values, so option conversion, UTF-16 spans, errors and
//! the browser's string encoding are all exercised.
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test wasm` (see scripts/test.sh for
//! the chromedriver environment).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::js_sys::{Array, Function, JsString, Object, Reflect, JSON};

wasm_bindgen_test_configure!(run_in_browser);

// The test page imports the generated module as `./wasm-bindgen-test` (no extension: another
// URL would be another, uninitialised instance) and the snippet is served from
// `snippets/<crate>/inline0.js`; importing the module gives the exports exactly as a page gets
// them from `pkg/briefly.js`.
#[wasm_bindgen(inline_js = "
import * as glue from '../../wasm-bindgen-test';
export function api() { return glue; }
")]
extern "C" {
    fn api() -> JsValue;
}

const ARTICLE: &str = "The city council approved the new budget on Tuesday after a long debate. \
    The budget raises spending on schools by ten percent and hires forty teachers. \
    Critics said the plan ignores road repairs across the northern districts. \
    The mayor will sign the budget next week, and the school spending starts in March. \
    Residents can comment on the plan at the library until Friday.";

fn export(name: &str) -> Function {
    Reflect::get(&api(), &name.into()).expect("export").dyn_into().expect("a function")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).expect("property")
}

fn num(value: &JsValue, key: &str) -> f64 {
    get(value, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number"))
}

fn array(value: &JsValue, key: &str) -> Vec<JsValue> {
    get(value, key).dyn_into::<Array>().expect("an array").to_vec()
}

/// Builds a JS object from (key, value) pairs (JSON cannot express NaN, Infinity or undefined).
fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        Reflect::set(&o, &(*k).into(), v).expect("set");
    }
    o.into()
}

fn summarise(text: &JsValue, options: &JsValue) -> Result<JsValue, JsValue> {
    export("summarise").call2(&JsValue::NULL, text, options)
}

fn json(value: &JsValue) -> String {
    JSON::stringify(value).expect("stringify").into()
}

#[wasm_bindgen_test]
fn summarise_returns_sentences_whose_spans_slice_the_input() {
    let text = format!("Tokyo 東京 hosted the summit 🌏 on Monday. {ARTICLE} مرحبا بالعالم في القمة.");
    let input = JsValue::from_str(&text);
    let summary = summarise(&input, &object(&[("sentences", 3.into())])).expect("no error");
    let sentences = array(&summary, "sentences");
    assert_eq!(sentences.len(), 3);
    let input = JsString::from(input);
    let mut last_end = 0.0;
    for s in &sentences {
        let (start, end) = (num(s, "start"), num(s, "end"));
        assert!(start >= last_end && end > start && end <= f64::from(input.length()));
        let source = String::from(input.slice(start as u32, end as u32));
        assert_eq!(source, get(s, "text").as_string().expect("text"));
        last_end = end;
    }
    assert_eq!(get(&summary, "language").as_string().as_deref(), Some("en"));
    assert!(get(&summary, "title").is_null(), "no title is null, not undefined");
    assert_eq!(num(&get(&summary, "stats"), "sentencesOut"), 3.0);
}

#[wasm_bindgen_test]
fn spans_count_utf16_units_after_astral_characters() {
    // Each emoji is 4 UTF-8 bytes but 2 UTF-16 units; byte offsets would land past the sentence.
    let text = "😀😀😀 The first sentence is about emoji. 🎉 The second one follows it closely.";
    let input = JsString::from(text);
    let summary = summarise(&input.clone().into(), &object(&[("ratio", 1.0.into())])).expect("no error");
    let sources: Vec<String> = array(&summary, "sentences")
        .iter()
        .map(|s| input.slice(num(s, "start") as u32, num(s, "end") as u32).into())
        .collect();
    let texts: Vec<String> =
        array(&summary, "sentences").iter().map(|s| get(s, "text").as_string().expect("text")).collect();
    assert!(!texts.is_empty());
    assert_eq!(sources, texts);
}

#[wasm_bindgen_test]
fn invalid_options_throw_errors_naming_the_option_and_the_module_keeps_working() {
    let text = JsValue::from_str(ARTICLE);
    let cases: Vec<(&str, JsValue)> = vec![
        ("sentences", object(&[("sentences", (-1).into())])),
        ("sentences", object(&[("sentences", 2.5.into())])),
        ("sentences", object(&[("sentences", f64::NAN.into())])),
        ("sentences", object(&[("sentences", f64::INFINITY.into())])),
        ("sentences", object(&[("sentences", 1e12.into())])),
        ("sentences", object(&[("sentences", "3".into())])),
        ("ratio", object(&[("ratio", 0.into())])),
        ("ratio", object(&[("ratio", 1.5.into())])),
        ("words", object(&[("words", (-5).into())])),
        ("language", object(&[("language", "xx".into())])),
        ("keywords", object(&[("keywords", true.into())])),
        ("sentance", object(&[("sentance", 3.into())])),
        ("ratio", object(&[("sentences", 2.into()), ("ratio", 0.5.into())])),
        ("sentences", object(&[("sentences", Array::of1(&3.into()).into())])),
        ("options", JsValue::from_str("sentences=3")),
        ("options", Array::new().into()),
    ];
    for (name, options) in cases {
        let error = summarise(&text, &options).expect_err(&format!("{} should be refused", json(&options)));
        let error: web_sys::js_sys::Error = error.dyn_into().expect("an Error");
        let message = String::from(error.message());
        assert!(message.contains(&format!("\"{name}\"")), "{message:?} should name {name:?}");
        // The error did not trap the module: the next call still works.
        let ok = summarise(&text, &JsValue::UNDEFINED).expect("the module still works");
        assert_eq!(array(&ok, "sentences").len(), 3);
    }
}

#[wasm_bindgen_test]
fn absent_options_mean_defaults() {
    let text = JsValue::from_str(ARTICLE);
    let defaults = json(&summarise(&text, &JsValue::UNDEFINED).expect("undefined"));
    assert_eq!(json(&summarise(&text, &JsValue::NULL).expect("null")), defaults);
    assert_eq!(json(&summarise(&text, &Object::new().into()).expect("{}")), defaults);
    let explicit = object(&[("sentences", JsValue::UNDEFINED), ("language", JsValue::NULL)]);
    assert_eq!(json(&summarise(&text, &explicit).expect("undefined values")), defaults);
    assert_eq!(array(&summarise(&text, &JsValue::NULL).expect("null"), "sentences").len(), 3);
}

#[wasm_bindgen_test]
fn the_binding_agrees_with_the_core_and_is_deterministic() {
    let inputs = [
        ARTICLE.to_string(),
        "Der Stadtrat hat am Dienstag den Haushalt beschlossen. Die Schulen bekommen mehr Geld. \
         Kritiker sagen, die Straßen würden vergessen. Der Bürgermeister unterschreibt nächste Woche."
            .to_string(),
        "東京都は火曜日に新しい予算を承認した。学校への支出は一割増える。批判する人は道路の修理が無視されていると言う。"
            .to_string(),
        format!("<html><head><title>Budget</title></head><body><nav>Home | News</nav><p>{ARTICLE}</p></body></html>"),
    ];
    for text in &inputs {
        let core = briefly::summarise(text, &briefly::Options::new());
        let first = summarise(&text.into(), &JsValue::UNDEFINED).expect("no error");
        let again = summarise(&text.into(), &JsValue::UNDEFINED).expect("no error");
        assert_eq!(json(&first), json(&again), "same input, same output");
        let sentences = array(&first, "sentences");
        assert_eq!(sentences.len(), core.sentences.len());
        for (js, rs) in sentences.iter().zip(&core.sentences) {
            assert_eq!(get(js, "text").as_string().as_deref(), Some(rs.text.as_str()));
            assert_eq!(num(js, "index"), rs.index as f64);
            assert_eq!(num(js, "score"), rs.score);
            let utf16 = |byte: usize| text.get(..byte).map(|p| p.encode_utf16().count() as f64);
            assert_eq!(Some(num(js, "start")), utf16(rs.start));
            assert_eq!(Some(num(js, "end")), utf16(rs.end));
        }
        assert_eq!(get(&first, "language").as_string().as_deref(), Some(core.language.code()));
    }
}

#[wasm_bindgen_test]
fn analysis_reselects_like_summarise() {
    let text = JsValue::from_str(ARTICLE);
    let class: Function = export("Analysis");
    let args = Array::of2(&text, &JsValue::UNDEFINED);
    let analysis = Reflect::construct(&class, &args).expect("constructed");
    assert_eq!(num(&analysis, "sentenceCount"), 5.0);
    assert_eq!(get(&analysis, "language").as_string().as_deref(), Some("en"));
    let summary: Function = get(&analysis, "summary").dyn_into().expect("a method");
    for options in [
        object(&[("sentences", 1.into())]),
        object(&[("sentences", 4.into())]),
        object(&[("ratio", 0.4.into())]),
        object(&[("words", 30.into())]),
        JsValue::UNDEFINED,
    ] {
        let reselected = summary.call1(&analysis, &options).expect("no error");
        let direct = summarise(&text, &options).expect("no error");
        assert_eq!(json(&reselected), json(&direct), "options {}", json(&options));
    }
    let error = summary.call1(&analysis, &object(&[("words", 0.into())])).expect_err("refused");
    assert!(String::from(error.dyn_into::<web_sys::js_sys::Error>().expect("Error").message())
        .contains("\"words\""));
}

#[wasm_bindgen_test]
fn lone_surrogates_do_not_throw_and_offsets_stay_aligned() {
    // "\uD800" alone is not valid UTF-16; the browser's encoder turns it into U+FFFD, which is
    // one UTF-16 unit just as the surrogate was, so later spans still slice the caller's string.
    let units: Vec<u16> = "Broken \u{0}here. Then a second sentence follows. And a third one ends it."
        .encode_utf16()
        .map(|u| if u == 0 { 0xD800 } else { u })
        .collect();
    let input = JsString::from_char_code(&units);
    let summary = summarise(&input.clone().into(), &object(&[("ratio", 1.0.into())])).expect("no throw");
    let sentences = array(&summary, "sentences");
    let last = sentences.last().expect("sentences");
    let source = String::from(input.slice(num(last, "start") as u32, num(last, "end") as u32));
    assert_eq!(source, "And a third one ends it.");
}

#[wasm_bindgen_test]
fn languages_lists_codes_the_language_option_accepts() {
    let list: Array = export("languages").call0(&JsValue::NULL).expect("no error").dyn_into().expect("array");
    assert!(list.length() >= 2);
    let codes: Vec<String> = list.iter().map(|l| get(&l, "code").as_string().expect("code")).collect();
    assert!(codes.iter().any(|c| c == "en"));
    for code in &codes {
        let options = object(&[("language", code.as_str().into())]);
        let summary = summarise(&ARTICLE.into(), &options).expect("accepted");
        assert_eq!(get(&summary, "language").as_string().as_deref(), Some(code.as_str()));
    }
    assert!(list.iter().all(|l| get(&l, "name").as_string().is_some_and(|n| !n.is_empty())));
}
