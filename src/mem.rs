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

/// `n` in 32 bits, saturating: a count or offset within one document, which a document of
/// over four billion of them would exceed long after it exhausted memory.
pub(crate) fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
