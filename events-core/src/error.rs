//! The errors of decoding and name parsing.

use std::error::Error;
use std::fmt;

/// JSON that could not be decoded into the requested type.
///
/// Says where (the field path, like `message.value.direction`, and the line and column) and
/// what (the underlying serde message).
#[derive(Debug)]
pub struct DecodeError {
    path: String,
    source: serde_json::Error,
}

impl DecodeError {
    pub(crate) fn new(path: String, source: serde_json::Error) -> Self {
        DecodeError { path, source }
    }

    /// The path of the field that failed, like `value.direction`; `.` for the document itself.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The 1-based line of the input where decoding stopped.
    pub fn line(&self) -> usize {
        self.source.line()
    }

    /// The 1-based column of the input where decoding stopped.
    pub fn column(&self) -> usize {
        self.source.column()
    }

    /// Whether the input was not JSON at all (syntax error or early end), as opposed to JSON
    /// that does not match the type.
    pub fn is_syntax(&self) -> bool {
        self.source.is_syntax() || self.source.is_eof()
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path == "." {
            write!(f, "{}", self.source)
        } else {
            write!(f, "{}: {}", self.path, self.source)
        }
    }
}

impl Error for DecodeError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.source)
    }
}

/// A string that is not the wire name of any event of the catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownEventName {
    name: String,
}

impl UnknownEventName {
    /// Used by generated code: the name that was not found.
    pub fn new(name: &str) -> Self {
        UnknownEventName {
            name: name.to_owned(),
        }
    }

    /// The name that was not found.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for UnknownEventName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown event name `{}`", self.name)
    }
}

impl Error for UnknownEventName {}
