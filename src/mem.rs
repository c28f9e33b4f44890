//! Giving back reserved memory only where it is worth a copy.

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
