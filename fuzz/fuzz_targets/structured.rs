//! Options from the head of the input, then a document built from the rest out of sentences,
//! paragraphs, headings, HTML tags, entities and datelines: reaches cleaning, article
//! splitting and selection in a way random bytes rarely do.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../src/check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = check::run_structured(data) {
        panic!("{broken}");
    }
});
