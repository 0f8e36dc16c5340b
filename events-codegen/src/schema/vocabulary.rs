//! The words a catalog adds to JSON Schema's: its vendor's annotation keywords and its
//! annotation-only formats, declared in `index.json` as
//! `"vocabulary": {"annotations": ["tsType"], "formats": ["binary"]}`. A declared keyword is
//! documentation, as every `x-` keyword is; a declared format is a name, not a check. Anything
//! else unknown stays an error, so that a typo (`minLenght`) never passes.

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostics;
use crate::json::{Node, NodeValue};
use crate::model::IntegerFormat;
use crate::rule::Rule;
use crate::source::SourceFile;

use super::registry::Keyword;

/// The key of `index.json` that declares the vocabulary.
pub const VOCABULARY_KEY: &str = "vocabulary";

/// A catalog's declared annotation keywords and annotation-only formats.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// Keywords that are annotations in this catalog's schemas.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annotations: Vec<String>,
    /// `format` values that name a format without asking for a check.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formats: Vec<String>,
}

impl Vocabulary {
    /// Whether `keyword`, which JSON Schema does not know, is an annotation here: an `x-`
    /// keyword, or one the catalog declares.
    pub fn is_annotation(&self, keyword: &str) -> bool {
        keyword.starts_with("x-") || self.annotations.iter().any(|known| known == keyword)
    }

    /// Whether `format` is declared as a name only.
    pub fn is_annotation_format(&self, format: &str) -> bool {
        self.formats.iter().any(|known| known == format)
    }

    /// The vocabulary `index.json` declares (its root is `root`), reporting each defect.
    pub fn read(file: &SourceFile, root: &Node, diagnostics: &mut Diagnostics) -> Vocabulary {
        let mut vocabulary = Vocabulary::default();
        let Some(node) = root.get(VOCABULARY_KEY) else {
            return vocabulary;
        };
        let mut error = |at: &Node, message: String| {
            let span = at.span.clone();
            diagnostics.error(Rule::InvalidVocabulary, file, span, &at.pointer, message);
        };
        let Some(members) = node.as_object() else {
            let found = node.kind();
            error(
                node,
                format!(
                    "`{VOCABULARY_KEY}` must be an object like {{\"annotations\": [\"tsType\"], \"formats\": [\"binary\"]}}, found {found}"
                ),
            );
            return vocabulary;
        };
        for member in members {
            let (list, taken): (&mut Vec<String>, fn(&str) -> bool) = match member.key.as_str() {
                "annotations" => (&mut vocabulary.annotations, |word| {
                    Keyword::named(word).is_some()
                }),
                "formats" => (&mut vocabulary.formats, |word| {
                    events_facts::Format::ALL.iter().any(|f| f.name() == word)
                        || IntegerFormat::ALL.iter().any(|f| f.name() == word)
                }),
                other => {
                    error(
                        &member.value,
                        format!(
                            "unknown key `{other}`; `{VOCABULARY_KEY}` holds `annotations` and `formats`"
                        ),
                    );
                    continue;
                }
            };
            let Some(words) = member.value.as_array() else {
                let found = member.value.kind();
                error(
                    &member.value,
                    format!("`{}` must be an array of names, found {found}", member.key),
                );
                continue;
            };
            for word in words {
                match &word.value {
                    NodeValue::String(text) if taken(text) => error(
                        word,
                        format!("`{text}` is JSON Schema's own, so it cannot be declared here"),
                    ),
                    NodeValue::String(text) if !text.is_empty() => list.push(text.clone()),
                    NodeValue::String(_) => error(word, "a name must not be empty".to_owned()),
                    _ => error(
                        word,
                        format!("a name must be a string, found {}", word.kind()),
                    ),
                }
            }
        }
        vocabulary
    }
}
