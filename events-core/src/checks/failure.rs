//! Why a value failed a check program, and where in the value.

use super::*;

/// Where in the value a check failed, innermost segment first, and why.
#[derive(Debug)]
pub struct Failure {
    pub(super) path: Vec<Segment>,
    pub(super) message: String,
    /// The schema went deeper than [`MAX_DEPTH`]: no verdict, which `not`, `if`, `anyOf`,
    /// `oneOf` and `contains` pass on instead of taking it for a value that does not match.
    pub(super) beyond_depth: bool,
}

#[derive(Debug)]
pub(super) enum Segment {
    Key(String),
    Index(usize),
}

impl Failure {
    pub(super) fn new(message: impl Into<String>) -> Failure {
        Failure {
            path: Vec::new(),
            message: message.into(),
            beyond_depth: false,
        }
    }

    /// The failure with its message told where it arose (`allOf` part 2: …).
    pub(super) fn within(self, context: std::fmt::Arguments<'_>) -> Failure {
        Failure {
            message: format!("{context}: {}", self.message),
            ..self
        }
    }

    pub(super) fn at_key(mut self, key: &str) -> Failure {
        self.path.push(Segment::Key(key.to_owned()));
        self
    }

    pub(super) fn at_index(mut self, index: usize) -> Failure {
        self.path.push(Segment::Index(index));
        self
    }

    /// Why the value failed.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The failure's path, as the decoder's error path shows it (`a.b[2]`, or `.`).
    pub fn path(&self) -> String {
        let mut text = String::new();
        for segment in self.path.iter().rev() {
            match segment {
                Segment::Key(key) => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(key);
                }
                Segment::Index(index) => text.push_str(&format!("[{index}]")),
            }
        }
        if text.is_empty() {
            text.push('.');
        }
        text
    }

    /// Adds the path to the decoder's error path and gives the message.
    pub(super) fn into_decoder_error<E: de::Error>(self) -> E {
        let error = E::custom(self.message);
        self.path
            .iter()
            .fold(error, |error, segment| match segment {
                Segment::Key(key) => path::at_key(error, key),
                Segment::Index(index) => path::at_index(error, *index),
            })
    }
}
