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
    unsupported: Option<Box<UnsupportedSchemaVersion>>,
}

/// A known event whose payload has a `schemaVersion` the catalog does not list: what 8x8 itself
/// answers with `UNSUPPORTED_SCHEMA_VERSION` and `allowedSchemaVersions`. Keeps the payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsupportedSchemaVersion {
    /// The event's wire name.
    pub event_name: String,
    /// The version the payload claims.
    pub schema_version: String,
    /// The versions this build knows for the event.
    pub allowed_schema_versions: Vec<String>,
    /// The payload (`message.value`) exactly as received.
    pub payload: crate::RawJson,
}

impl DecodeError {
    pub(crate) fn new(path: String, source: serde_json::Error) -> Self {
        DecodeError {
            path,
            source,
            unsupported: None,
        }
    }

    pub(crate) fn with_unsupported(mut self, unsupported: UnsupportedSchemaVersion) -> Self {
        self.unsupported = Some(Box::new(unsupported));
        self
    }

    /// Set when the event is known but its payload's `schemaVersion` is not: the raw payload and
    /// the allowed versions.
    pub fn unsupported_schema_version(&self) -> Option<&UnsupportedSchemaVersion> {
        self.unsupported.as_deref()
    }

    /// What is wrong, without the path: the underlying message, with its line and column.
    pub fn message(&self) -> String {
        match &self.unsupported {
            Some(unsupported) => format!(
                "unsupported schema version `{}` of `{}`; allowed schema versions: {}",
                unsupported.schema_version,
                unsupported.event_name,
                unsupported.allowed_schema_versions.join(", ")
            ),
            None => self.source.to_string(),
        }
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
        if self.unsupported.is_some() {
            return write!(f, "{}: {}", self.path, self.message());
        }
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
