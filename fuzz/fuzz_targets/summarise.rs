//! Options decoded from the head of the input (garbage keys and values included), the rest
//! summarised as text; every span and budget rule is checked.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../src/check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = check::run_summarise(data) {
        panic!("{broken}");
    }
});
