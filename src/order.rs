//! Ordering by a key with one sort for the whole crate.
//!
//! Every sort by key sorts `(key, index)` pairs with the one unstable sort: the wasm module
//! carries a single copy of the sort instead of one per call site (a stable sort's machinery
//! alone is kilobytes), and the index breaks ties, so the order is the one a stable sort gives,
//! the same on every target.

/// The indexes of `keys`, ordered by key, equal keys in index order.
#[inline(never)]
pub(crate) fn by_key(keys: impl Iterator<Item = u64>) -> Vec<usize> {
    let mut pairs: Vec<(u64, usize)> = keys.zip(0..).collect();
    pairs.sort_unstable();
    pairs.into_iter().map(|(_, i)| i).collect()
}

/// A key that orders numbers from the largest down, as [`f64::total_cmp`] orders them upwards.
pub(crate) fn descending(x: f64) -> u64 {
    let bits = x.to_bits();
    // Negative numbers order backwards by their bits: flip all their bits, and only the sign
    // bit of the others, and the bits order as `total_cmp` does; then reverse the lot.
    let ascending = if bits >> 63 == 1 { !bits } else { bits | 1 << 63 };
    !ascending
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_keep_index_order() {
        assert_eq!(by_key([3, 1, 3, 0, 1].into_iter()), [3, 1, 4, 0, 2]);
        assert!(by_key(std::iter::empty()).is_empty());
    }

    #[test]
    fn descending_orders_as_total_cmp_reversed() {
        let xs = [0.5, -0.0, 0.0, f64::INFINITY, -2.0, 1e-300, f64::NEG_INFINITY, f64::NAN, 0.5, -1e300];
        let mut expected: Vec<usize> = (0..xs.len()).collect();
        expected.sort_by(|&a, &b| xs[b].total_cmp(&xs[a]));
        assert_eq!(by_key(xs.iter().map(|&x| descending(x))), expected);
    }
}
