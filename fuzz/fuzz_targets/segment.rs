//! The first byte picks a language, the rest is segmented (whole, and line by line); the
//! ranges must be in bounds, on char boundaries, trimmed, non-empty and in order.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../src/check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    if let Err(broken) = check::run_segment(data) {
        panic!("{broken}");
    }
});
