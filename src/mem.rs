//! Memory held per item: giving back reserved memory only where it is worth a copy, and
//! counts kept in 32 bits where a page of a million items holds a million of them.

/// Excess capacity, in bytes, below which a buffer keeps it: shrinking reallocates and copies,
/// which on a short text costs more than the few bytes it frees.
const KEEP_EXCESS: usize = 4096;

/// Frees `v`'s unused capacity when it is more than [`KEEP_EXCESS`] bytes.
pub(crate) fn shrink<T>(v: &mut Vec<T>) {
    if (v.capacity() - v.len()).saturating_mul(std::mem::size_of::<T>()) > KEEP_EXCESS {
        v.shrink_to_fit();
    }
}

/// [`shrink`] for a string.
pub(crate) fn shrink_string(s: &mut String) {
    if s.capacity() - s.len() > KEEP_EXCESS {
        s.shrink_to_fit();
    }
}

/// Makes room in the full `v` for what the rest of an input would add at the rate so far,
/// `done` of its `total` units having given `v.len()` items: a long input then grows `v` once
/// or twice by about what it needs, where doubling would leave up to half of it unused (and
/// hold both copies while it moves). At least a quarter more, so that growth stays geometric.
pub(crate) fn grow_for_rest<T>(v: &mut Vec<T>, done: usize, total: usize) {
    let len = v.len();
    let projected = (len as u128 * total as u128 / done.max(1) as u128).min(usize::MAX as u128) as usize;
    let want = projected.saturating_add(projected / 16).max(len + len / 4 + 16);
    v.reserve_exact(want - len);
}

/// `n` in 32 bits, saturating: a count or offset within one document, which a document of
/// over four billion of them would exceed long after it exhausted memory.
pub(crate) fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
