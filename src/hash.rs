//! Every hash the pipeline computes, in one place.
//!
//! Tables keyed by the reader's text (term interning, the stem cache, duplicate sentences and
//! blocks, topic keys) must not be floodable: a page that makes all its words land in one
//! bucket turns each insertion into a scan, and a 2 MB paste into minutes. A fast fixed hash
//! (FxHash, FNV) is floodable by construction; its low bits can be solved for. Even SipHash
//! with a fixed, public key is not enough: colliding on the bits that pick a bucket costs
//! about 2^13..2^15 evaluations per word for tables of 10^5 entries, so a few CPU-minutes buy a
//! list that freezes every reader forever.
//!
//! So the text tables hash under a key derived from the document itself ([`begin_document`]):
//! a SipHash-1-3 PRF of the whole input. Choosing words that collide under a key that every one
//! of those words changes is no easier than guessing a random key. No randomness is needed,
//! which wasm lacks, and results cannot depend on the key: nothing iterates these tables into
//! an output (ties are broken by index everywhere).
//!
//! Under that key, a table's hash ([`Mix`]) is a folded multiply (the 128-bit product's halves
//! xored, as foldhash and ahash's fallback compute it) of a key of up to 16 bytes with the
//! secret key mixed in: a word costs two multiplies where SipHash cost a dozen rounds. Its
//! collisions depend on the secret key (there is no difference between two inputs that
//! collides whatever the key), which is all a table needs when the key is unknown to whoever
//! wrote the input. Longer keys, rare among words, go through SipHash-1-3 under the same key.
//! On wasm32, which has no 64x64->128 multiply, the product is folded from its four 32-bit
//! partial products instead ([`folded_multiply_narrow`]): the same keyed scheme, without a
//! library call for each product.
//! Fingerprints that stand for a text ([`fingerprint`]: equal fingerprints are taken for equal
//! sentences and blocks) stay SipHash-1-3 throughout: there a collision must be infeasible to
//! find, not merely to aim at a bucket.
//!
//! FxHash remains for tables of the program's own data (stop words, language votes): probing
//! a fixed table costs at most its longest run, whatever the probe.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

/// A SipHash key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key(u64, u64);

/// The key documents' keys are derived under, and the key before any document.
const FIXED: Key = Key(0x0706_0504_0302_0100, 0x0f0e_0d0c_0b0a_0908);

/// Documents at least this long get their own stem-cache key (see [`cache_epoch`]).
const REKEY_BYTES: usize = 64 * 1024;

thread_local! {
    /// The current document's key, and how many long documents the thread has begun.
    static DOCUMENT: Cell<(Key, u64)> = const { Cell::new((FIXED, 0)) };
}

/// Derives the key for the tables of `text`, the document about to be analysed. Costs one
/// SipHash pass over the text (well under a millisecond per megabyte).
pub(crate) fn begin_document(text: &str) {
    let mut h = Sip13::new(FIXED);
    h.write(text.as_bytes());
    let k0 = h.finish();
    let key = Key(k0, k0.rotate_left(32) ^ 0x9e37_79b9_7f4a_7c15);
    let long = text.len() >= REKEY_BYTES;
    let _ = DOCUMENT.try_with(|d| {
        let (_, epoch) = d.get();
        d.set((key, epoch + u64::from(long)));
    });
}

/// Changes each time a long document begins. A table that outlives one document (the stem
/// cache) starts afresh under the current key when this moves: a long document cannot be
/// crafted against a key it does not determine. Short documents keep the cache (and its key)
/// warm; one that knows the key can slow its own lookups by a bounded factor, since the cache
/// is bounded, but not make the work grow faster than its length.
pub(crate) fn cache_epoch() -> u64 {
    DOCUMENT.try_with(|d| d.get().1).unwrap_or(0)
}

/// Builds hashers under the current document's key (see [`begin_document`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Keyed(Key);

impl Default for Keyed {
    fn default() -> Self {
        Keyed(DOCUMENT.try_with(|d| d.get().0).unwrap_or(FIXED))
    }
}

impl BuildHasher for Keyed {
    type Hasher = Mix;

    #[inline]
    fn build_hasher(&self) -> Mix {
        Mix::new(self.0)
    }
}

/// A map keyed by the reader's text, hashed under the document's key.
pub(crate) type Map<K, V> = HashMap<K, V, Keyed>;
/// A set keyed by the reader's text, hashed under the document's key.
pub(crate) type Set<K> = HashSet<K, Keyed>;

/// A 64-bit fingerprint of text under the document's key: equal for equal input, and no
/// input can be crafted to collide with another without knowing the key.
pub(crate) fn fingerprint() -> Sip13 {
    Sip13::new(Keyed::default().0)
}

/// The hash of a word under the document's key, as [`Mix`] computes it for a table.
pub(crate) fn word(bytes: &[u8]) -> u64 {
    let mut h = Keyed::default().build_hasher();
    h.write(bytes);
    h.finish()
}

/// The high and low halves of the 128-bit product, xored: every bit of either factor moves
/// about half the bits of the result.
#[inline]
fn folded_multiply(a: u64, b: u64) -> u64 {
    let full = u128::from(a) * u128::from(b);
    (full as u64) ^ ((full >> 64) as u64)
}

/// [`folded_multiply`] for a 32-bit machine, where a 128-bit product is a library call (wasm32
/// has no 64x64->128 multiply): the product's four 32x32->64 partial products, xored without
/// their carries, the two crossed ones moved by half a word. Each half of the result still
/// depends on every bit of both factors, for four native multiplies.
#[inline]
fn folded_multiply_narrow(a: u64, b: u64) -> u64 {
    let (a0, a1) = (a & 0xffff_ffff, a >> 32);
    let (b0, b1) = (b & 0xffff_ffff, b >> 32);
    (a0 * b0) ^ (a1 * b1) ^ ((a0 * b1) ^ (a1 * b0)).rotate_left(32)
}

/// Mixes the key into the accumulator (and the bytes' length into the multiplier, so that keys
/// of different lengths never meet on the same product).
const MIX_LENGTH: u64 = 0x243f_6a88_85a3_08d3;

/// A table's hash under the document's key (see the module docs): each write of up to 16 bytes
/// is read as two words, xored with the key's halves and folded-multiplied; longer writes are
/// hashed by SipHash-1-3 under the same key. Each write's value then enters the accumulator
/// by one more folded multiply, keyed by its length.
///
/// `NARROW` picks [`folded_multiply_narrow`] (on wasm32) over [`folded_multiply`]. The two give
/// different hashes, which changes only where entries sit in a table: nothing iterates these
/// tables into an output, so results stay identical on every target.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MixOf<const NARROW: bool> {
    key: Key,
    acc: u64,
}

/// The table hash of this target.
pub(crate) type Mix = MixOf<{ cfg!(target_arch = "wasm32") }>;

impl<const NARROW: bool> MixOf<NARROW> {
    fn new(key: Key) -> Self {
        MixOf { key, acc: key.1.rotate_left(23) }
    }

    #[inline]
    fn fold(a: u64, b: u64) -> u64 {
        if NARROW {
            folded_multiply_narrow(a, b)
        } else {
            folded_multiply(a, b)
        }
    }

    #[inline]
    fn absorb(&mut self, value: u64, len: usize) {
        let Key(k0, k1) = self.key;
        self.acc = Self::fold(self.acc ^ value ^ k0, k1 ^ MIX_LENGTH.wrapping_mul(len as u64 + 1));
    }
}

impl<const NARROW: bool> Hasher for MixOf<NARROW> {
    // Natively inlined into each table's lookups; one copy in the wasm module, which is
    // smaller, and where each product is four multiplies.
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn write(&mut self, bytes: &[u8]) {
        let Key(k0, k1) = self.key;
        let len = bytes.len();
        // Two words that determine the bytes, given their length: overlapping loads of the
        // first and last eight (or four) bytes, or for one to three bytes the first, middle
        // and last.
        let (a, b) = match len {
            8..=16 => (load(bytes), load(bytes.get(len - 8..).unwrap_or_default())),
            4..=7 => {
                (load(bytes.get(..4).unwrap_or_default()), load(bytes.get(len - 4..).unwrap_or_default()))
            }
            1..=3 => {
                let at = |i: usize| u64::from(bytes.get(i).copied().unwrap_or(0));
                (at(0) | (at(len / 2) << 8) | (at(len - 1) << 16), 0)
            }
            0 => (0, 0),
            _ => {
                let mut sip = Sip13::new(self.key);
                sip.write(bytes);
                return self.absorb(sip.finish(), len);
            }
        };
        self.absorb(Self::fold(a ^ k0, b ^ k1), len);
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        // As the terminator of every `str` key: a constant, so one cheap step is enough.
        self.acc = self.acc.rotate_left(8) ^ u64::from(i);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.absorb(Self::fold(i ^ self.key.0, self.key.1), 8);
    }

    #[inline]
    fn finish(&self) -> u64 {
        Self::fold(self.acc, self.key.0 ^ MIX_LENGTH)
    }
}

/// SipHash-1-3 (one compression round, three finalisation rounds), as std's `HashMap` uses,
/// here so that its key can be chosen.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sip13 {
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
    /// Bytes not yet compressed, little-endian, and how many.
    tail: u64,
    ntail: usize,
    length: usize,
}

/// Up to eight bytes, little-endian.
#[inline]
fn load(bytes: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    let n = bytes.len().min(8);
    word[..n].copy_from_slice(&bytes[..n]);
    u64::from_le_bytes(word)
}

impl Sip13 {
    fn new(Key(k0, k1): Key) -> Self {
        Sip13 {
            v0: k0 ^ 0x736f_6d65_7073_6575,
            v1: k1 ^ 0x646f_7261_6e64_6f6d,
            v2: k0 ^ 0x6c79_6765_6e65_7261,
            v3: k1 ^ 0x7465_6462_7974_6573,
            tail: 0,
            ntail: 0,
            length: 0,
        }
    }

    #[inline]
    fn round(&mut self) {
        self.v0 = self.v0.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(13) ^ self.v0;
        self.v0 = self.v0.rotate_left(32);
        self.v2 = self.v2.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(16) ^ self.v2;
        self.v0 = self.v0.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(21) ^ self.v0;
        self.v2 = self.v2.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(17) ^ self.v2;
        self.v2 = self.v2.rotate_left(32);
    }

    #[inline]
    fn compress(&mut self, m: u64) {
        self.v3 ^= m;
        self.round();
        self.v0 ^= m;
    }
}

impl Hasher for Sip13 {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        self.length = self.length.wrapping_add(bytes.len());
        if self.ntail != 0 {
            let take = (8 - self.ntail).min(bytes.len());
            self.tail |= load(&bytes[..take]) << (8 * self.ntail);
            self.ntail += take;
            bytes = &bytes[take..];
            if self.ntail < 8 {
                return;
            }
            let m = self.tail;
            self.compress(m);
            (self.tail, self.ntail) = (0, 0);
        }
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.compress(load(chunk));
        }
        let rest = chunks.remainder();
        (self.tail, self.ntail) = (load(rest), rest.len());
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        // The same as writing its eight bytes, without the buffering when none are pending.
        if self.ntail == 0 {
            self.length = self.length.wrapping_add(8);
            self.compress(i);
        } else {
            self.write(&i.to_le_bytes());
        }
    }

    #[inline]
    fn finish(&self) -> u64 {
        let mut s = *self;
        s.compress(((self.length as u64 & 0xff) << 56) | self.tail);
        s.v2 ^= 0xff;
        s.round();
        s.round();
        s.round();
        s.v0 ^ s.v1 ^ s.v2 ^ s.v3
    }
}

/// The FNV-1a offset basis and prime (64-bit).
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// See [`FNV_OFFSET`].
pub(crate) const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a over characters: a stable (native and wasm agree) fingerprint of a few characters.
pub(crate) fn fnv1a(chars: impl Iterator<Item = char>) -> u64 {
    chars.fold(FNV_OFFSET, |h, c| (h ^ u64::from(u32::from(c))).wrapping_mul(FNV_PRIME))
}

/// FxHash (as used in rustc): multiply-rotate over 8-byte words. Fast but floodable: only for
/// tables whose keys are the program's own data.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(load(chunk));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(load(rest) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` of the program's own data, using [`FxHasher`].
pub(crate) type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` of the program's own data, using [`FxHasher`].
pub(crate) type FxHashSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
#[path = "../benches/shapes.rs"]
mod shapes;

#[cfg(test)]
mod tests {
    use std::hash::Hash;

    use super::*;

    /// How many distinct values the low 20 bits of `hash` take over `words`.
    fn buckets(words: &[&str], hash: impl Fn(&str) -> u64) -> usize {
        let mut low: Vec<u64> = words.iter().map(|w| hash(w) & 0xf_ffff).collect();
        low.sort_unstable();
        low.dedup();
        low.len()
    }

    #[test]
    fn words_built_to_flood_fxhash_spread_under_the_document_key() {
        let text = super::shapes::collision_words(200_000);
        let words: Vec<&str> = text.split_whitespace().map(|w| w.trim_end_matches('.')).collect();
        assert!(words.len() > 7000);
        let fx = |w: &str| {
            let mut h = FxHasher::default();
            w.hash(&mut h);
            h.finish()
        };
        // The attack is real: one bucket for every word in a table of up to 2^20 buckets.
        assert_eq!(buckets(&words, fx), 1);
        begin_document(&text);
        let key = Keyed::default().0;
        // Random placement of n balls in 2^20 bins leaves about n^2 / 2^21 of them sharing one.
        for (name, spread) in [
            ("wide", buckets(&words, |w| mix::<false>(key, w))),
            ("narrow", buckets(&words, |w| mix::<true>(key, w))),
        ] {
            assert!(
                spread > words.len() - words.len() / 50,
                "{name}: {spread} buckets for {} words",
                words.len()
            );
        }
    }

    /// `w`'s hash as a table keyed by `str` computes it, by either product.
    fn mix<const NARROW: bool>(key: Key, w: &str) -> u64 {
        let mut h = MixOf::<NARROW>::new(key);
        w.hash(&mut h);
        h.finish()
    }

    #[test]
    fn the_narrow_product_spreads_like_the_wide_one() {
        // Every bit of either factor reaches both halves of the result.
        let (a, b) = (0x9e37_79b9_7f4a_7c15u64, 0x243f_6a88_85a3_08d3u64);
        for bit in 0..64 {
            let flip = 1u64 << bit;
            for diff in [
                folded_multiply_narrow(a, b) ^ folded_multiply_narrow(a ^ flip, b),
                folded_multiply_narrow(a, b) ^ folded_multiply_narrow(a, b ^ flip),
            ] {
                assert!(diff as u32 != 0 && (diff >> 32) != 0, "bit {bit}");
            }
        }
        // Consecutive integers, the hardest case for a multiply, fill the low bits as random
        // ones would (4096 into 4096 buckets: about 2590 distinct).
        begin_document("Any story.");
        let key = Keyed::default().0;
        let mut low: Vec<u64> = (0..4096u64)
            .map(|i| {
                let mut h = MixOf::<true>::new(key);
                h.write_u64(i);
                h.finish() & 0xfff
            })
            .collect();
        low.sort_unstable();
        low.dedup();
        assert!(low.len() > 2400, "{} of 4096 buckets", low.len());
    }

    fn sip(key: Key, parts: &[&[u8]]) -> u64 {
        let mut h = Sip13::new(key);
        for p in parts {
            h.write(p);
        }
        h.finish()
    }

    #[test]
    fn siphash13_matches_the_reference() {
        // Under key 00..0f (the reference test key), as std's own (unstable) SipHasher13
        // computes them: the 15 bytes 00..0e, and a `str` key.
        let bytes: Vec<u8> = (0..15).collect();
        assert_eq!(sip(FIXED, &[&bytes]), 0xd320_d86d_2a51_9956);
        // A `str` key as `Hash` feeds it: its bytes, then a 0xff terminator.
        assert_eq!(sip(FIXED, &[b"korea", &[0xff]]), 0xd6af_cfd5_ddaa_7705);
    }

    #[test]
    fn streaming_does_not_change_the_hash() {
        let text = b"the quick brown fox jumps over the lazy dog";
        let whole = sip(FIXED, &[text]);
        for cut in 0..text.len() {
            assert_eq!(sip(FIXED, &[&text[..cut], &text[cut..]]), whole, "cut at {cut}");
        }
        assert_ne!(sip(FIXED, &[b"korea"]), sip(FIXED, &[b"korean"]));
        // A whole word at once is the same as its bytes, after any prefix.
        for prefix in [&b""[..], b"abc", b"abcdefgh"] {
            let mut h = Sip13::new(FIXED);
            h.write(prefix);
            h.write_u64(0x0102_0304_0506_0708);
            assert_eq!(h.finish(), sip(FIXED, &[prefix, &0x0102_0304_0506_0708u64.to_le_bytes()]));
        }
        assert_ne!(sip(FIXED, &[b"a"]), sip(FIXED, &[b"a\0"]));
    }

    #[test]
    fn each_document_gets_its_own_key() {
        begin_document("One story.");
        let a = Keyed::default();
        begin_document("Another story.");
        let b = Keyed::default();
        begin_document("One story.");
        assert_eq!(Keyed::default().0, a.0, "the key is a function of the text");
        assert_ne!(a.0, b.0);
        let epoch = cache_epoch();
        begin_document(&"x".repeat(REKEY_BYTES));
        assert_eq!(cache_epoch(), epoch + 1, "a long document moves the cache epoch");
        begin_document("short");
        assert_eq!(cache_epoch(), epoch + 1, "a short one does not");
    }

    #[test]
    fn short_keys_that_differ_hash_apart() {
        begin_document("Any story.");
        let keyed = Keyed::default();
        // Every string of up to three letters over a small alphabet, and prefixes of one
        // another across the load boundaries (4, 8 and 16 bytes), hash to distinct values.
        let mut words: Vec<String> = Vec::new();
        for a in ["", "a", "b", "ab", "ba"] {
            for b in ["", "a", "b", "c"] {
                words.push(format!("{a}{b}"));
            }
        }
        let long = "abcdefghijklmnopqrstuvwxyz";
        words.extend((0..=long.len()).map(|n| long[..n].to_string()));
        words.extend((0..=long.len()).map(|n| "a".repeat(n)));
        words.sort();
        words.dedup();
        let mut hashes: Vec<u64> = words.iter().map(|w| keyed.hash_one(w.as_str())).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), words.len());
        let mut narrow: Vec<u64> = words.iter().map(|w| mix::<true>(keyed.0, w)).collect();
        narrow.sort_unstable();
        narrow.dedup();
        assert_eq!(narrow.len(), words.len());
        // The key matters: another document's key places the same word elsewhere.
        begin_document("Another story.");
        assert_ne!(Keyed::default().hash_one("korea"), keyed.hash_one("korea"));
    }

    #[test]
    fn fnv1a_is_the_standard_function() {
        assert_eq!(fnv1a("".chars()), FNV_OFFSET);
        // FNV-1a 64 of "a" (one byte 0x61), from the reference tables.
        assert_eq!(fnv1a("a".chars()), 0xaf63_dc4c_8601_ec8c);
    }
}
