//! Diagnostics: what is wrong with a catalog, and exactly where.

use std::fmt;
use std::path::PathBuf;

/// One defect found in a catalog.
///
/// JSON carries no Rust spans, so the location lives in the message: the file, the line and
/// column in it, and the JSON pointer of the offending value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as given to the engine (usually relative to the invoking crate).
    pub file: PathBuf,
    /// 1-based line, or 0 when the defect concerns the file as a whole.
    pub line: usize,
    /// 1-based column in characters, or 0 when the defect concerns the file as a whole.
    pub column: usize,
    /// JSON pointer (RFC 6901) of the offending value; empty for the document itself.
    pub pointer: String,
    /// What is wrong and, where it helps, what to do about it.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}:{}", self.line, self.column)?;
        }
        if !self.pointer.is_empty() {
            write!(f, " {}", self.pointer)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Builds the JSON pointer of a path of object keys and array indices.
pub fn json_pointer<S: AsRef<str>>(segments: &[S]) -> String {
    let mut pointer = String::new();
    for segment in segments {
        pointer.push('/');
        pointer.push_str(&segment.as_ref().replace('~', "~0").replace('/', "~1"));
    }
    pointer
}

impl Diagnostic {
    /// A diagnostic about the value at `segments` in `file`, located by line and column.
    pub fn at<S: AsRef<str>>(
        file: &crate::load::SourceFile,
        segments: &[S],
        message: impl Into<String>,
    ) -> Self {
        let (line, column) = crate::locate::line_column(&file.text, segments);
        Self {
            file: file.shown_as.clone(),
            line,
            column,
            pointer: json_pointer(segments),
            message: message.into(),
        }
    }

    /// A diagnostic for an error serde met while reading `file`: a syntax error has its own
    /// position, any other error is located by the path serde was at.
    pub fn from_serde(
        file: &crate::load::SourceFile,
        base: &[String],
        error: serde_path_to_error::Error<serde_json::Error>,
    ) -> Self {
        let mut segments = base.to_vec();
        segments.extend(error.path().iter().filter_map(|segment| match segment {
            serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
            serde_path_to_error::Segment::Map { key } => Some(key.clone()),
            serde_path_to_error::Segment::Enum { .. } | serde_path_to_error::Segment::Unknown => {
                None
            }
        }));
        Self::from_json_error(file, segments, error.into_inner())
    }

    /// A diagnostic for a serde_json error at `segments` in `file`; a syntax error keeps the
    /// position serde_json found.
    pub fn from_json_error(
        file: &crate::load::SourceFile,
        segments: Vec<String>,
        error: serde_json::Error,
    ) -> Self {
        let mut diagnostic = Self::at(file, &segments, strip_position(&error));
        if error.line() > 0 {
            diagnostic.line = error.line();
            // serde_json says column 0 for an error before the first character of a line.
            diagnostic.column = error.column().max(1);
        }
        diagnostic
    }
}

/// serde_json's message without its trailing " at line L column C", which the diagnostic
/// already carries in a better place.
pub fn strip_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(at) if error.line() > 0 => text[..at].to_owned(),
        _ => text,
    }
}
