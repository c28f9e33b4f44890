//! The one error Briefly can return: an option it cannot honour.

use std::fmt;

/// An invalid option. Opaque on purpose: match on [`Error::option`], read the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    option: String,
    message: String,
}

impl Error {
    pub(crate) fn invalid(option: &str, expected: &str, got: &str) -> Self {
        Error {
            option: option.into(),
            message: format!("invalid option \"{option}\": expected {expected}, got {got}"),
        }
    }

    /// An option name that is none of `known`.
    pub(crate) fn unknown_option(option: &str, known: &[&str]) -> Self {
        let shown: String = option.chars().take(40).collect();
        Error {
            option: shown.clone(),
            message: format!("unknown option \"{shown}\": expected one of {}", known.join(", ")),
        }
    }

    pub(crate) fn conflict(first: &str, second: &str) -> Self {
        Error {
            option: second.into(),
            message: format!(
                "option \"{second}\" cannot be combined with \"{first}\": give one length budget"
            ),
        }
    }

    /// The name of the offending option, as the caller spelled it.
    pub fn option(&self) -> &str {
        &self.option
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
