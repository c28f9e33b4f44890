//! The JavaScript binding (conversion only).
