//! Hostile input shapes, shared by the hostile-input tests and the bench (each includes this
//! file with `#[path]`). Every generator is deterministic and returns about `bytes` bytes.
#![allow(dead_code)]

/// A tiny deterministic generator (xorshift64*): the same shapes on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

const ALNUM: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";

/// FxHash (rustc's multiply-rotate hash, which the term tables once used) of a `str` key as
/// `Hash` feeds it: the bytes in 8-byte words, then a 0xff terminator.
fn fxhash_str(s: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let add = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let mut h = 0u64;
    let mut chunks = s.chunks_exact(8);
    for c in &mut chunks {
        h = add(h, u64::from_le_bytes(c.try_into().unwrap_or([0; 8])));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = add(h, u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
    }
    add(h, 0xff)
}

/// 24-character `[a-z0-9]` words with a digit (so never stemmed), all distinct, whose FxHash
/// share their low 20 bits: every one lands in the same bucket of an FxHash table. A fixed
/// 18-byte head fixes the low 15 bits of the state after the last word of input; the 6-byte
/// tails are searched for the 5 high bits that the final rotation brings down.
pub fn collision_words(bytes: usize) -> String {
    let head = b"q7zx4kwm2pvr9tny";
    let mut word = [0u8; 24];
    word[..16].copy_from_slice(head);
    word[16..18].copy_from_slice(b"ab");
    let target = fxhash_str(&word) & 0xf_ffff;
    let mut out = String::with_capacity(bytes + 32);
    let mut n: u64 = 0;
    let mut words = 0;
    while out.len() < bytes {
        let mut k = n;
        for b in &mut word[18..] {
            *b = ALNUM[(k % 36) as usize];
            k /= 36;
        }
        n += 1;
        if fxhash_str(&word) & 0xf_ffff != target {
            continue;
        }
        out.push_str(std::str::from_utf8(&word).unwrap_or(""));
        words += 1;
        // Sentences of a dozen words, so that the text looks like (odd) prose to the splitter.
        out.push_str(if words % 12 == 0 { ".\n" } else { " " });
    }
    out
}

/// Words of the same form as [`collision_words`] (same head, random 6-character tails): what
/// the collisions should cost.
pub fn random_words(bytes: usize) -> String {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = String::with_capacity(bytes + 32);
    let mut words = 0;
    while out.len() < bytes {
        out.push_str("q7zx4kwm2pvr9tnyab");
        for _ in 0..6 {
            out.push(ALNUM[(rng.next() % 36) as usize] as char);
        }
        words += 1;
        out.push_str(if words % 12 == 0 { ".\n" } else { " " });
    }
    out
}

/// `w0 w1 … wffff …`: every token distinct and short.
pub fn distinct_tokens(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 32);
    let mut i = 0u64;
    while out.len() < bytes {
        out.push_str(&format!("w{i:x} "));
        i += 1;
    }
    out
}

/// Tiny datelined stories, one a line: `PARIS1: x.` `PARIS2: x.` …
pub fn datelines(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 32);
    let mut i = 0u64;
    while out.len() < bytes {
        out.push_str(&format!("PARIS{i}: x.\n"));
        i += 1;
    }
    out
}

/// A named generator: bytes wanted -> text.
pub type Named = (&'static str, fn(usize) -> String);

/// Every shape by name, for the bench.
pub const SHAPES: &[Named] = &[
    ("collision-words", collision_words),
    ("random-words", random_words),
    ("distinct-tokens", distinct_tokens),
    ("datelines", datelines),
];
