//! The document's schemas as the catalog's files: a message's payload becomes its schema file;
//! the component schemas (`components/schemas/<key>`) it refers to become shared files
//! (`defs/<key>.json`), each once, referred to by path; any other `$ref` is copied in place.
//! Every file says its dialect: an AsyncAPI schema is JSON Schema draft-07 with a few
//! annotations of its own.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::document::{Documents, Location, Ordered, Problem};

/// The dialect of an AsyncAPI schema.
pub const DRAFT_07: &str = "http://json-schema.org/draft-07/schema#";

/// The dialect a payload's `schemaFormat` names (`application/schema+json;version=draft-04`),
/// draft-07 for an AsyncAPI schema or a format that names none.
pub fn dialect_of(schema_format: Option<&str>) -> &'static str {
    let version = schema_format
        .and_then(|format| {
            format
                .split(';')
                .find_map(|part| part.trim().strip_prefix("version="))
        })
        .unwrap_or_default();
    let is_json_schema =
        schema_format.is_some_and(|format| format.starts_with("application/schema+"));
    match version {
        "draft-04" if is_json_schema => "http://json-schema.org/draft-04/schema#",
        "draft-06" if is_json_schema => "http://json-schema.org/draft-06/schema#",
        "2019-09" | "draft-2019-09" if is_json_schema => {
            "https://json-schema.org/draft/2019-09/schema"
        }
        "2020-12" | "draft-2020-12" if is_json_schema => {
            "https://json-schema.org/draft/2020-12/schema"
        }
        _ => DRAFT_07,
    }
}

/// The keywords AsyncAPI adds to JSON Schema, annotations the catalog declares in its
/// `vocabulary` when a schema uses one.
pub const ASYNCAPI_KEYWORDS: &[&str] = &["discriminator", "externalDocs"];

/// Keywords whose values are data, not schemas: copied as they are.
const DATA_KEYWORDS: &[&str] = &["const", "enum", "default", "examples", "example"];

/// The shared files a conversion has named, and those still to write.
#[derive(Default)]
pub struct SharedFiles {
    names: BTreeMap<Location, String>,
    pending: Vec<Location>,
    /// The shared files written, by name (`call` for `defs/call.json`).
    pub files: BTreeMap<String, Ordered>,
    /// The AsyncAPI keywords the schemas use.
    pub keywords: BTreeSet<String>,
}

/// Where a converted schema will stand, for the paths of its references.
#[derive(Clone, Copy, PartialEq)]
enum Standing {
    /// `schemas/<event>/<version>.json`.
    Event,
    /// `defs/<name>.json`.
    Shared,
}

impl SharedFiles {
    /// The payload schema at `at` as a schema file of the `dialect` its format names.
    pub fn payload(
        &mut self,
        documents: &mut Documents,
        at: &Location,
        dialect: &str,
    ) -> Result<Ordered, Problem> {
        let schema = self.convert(documents, at, Standing::Event, &mut Vec::new())?;
        Ok(with_dialect(schema, dialect))
    }

    /// Converts the component schemas named so far, and those they name.
    pub fn finish(&mut self, documents: &mut Documents, problems: &mut Vec<Problem>) {
        while let Some(at) = self.pending.pop() {
            let name = self.names[&at].clone();
            match self.convert(documents, &at, Standing::Shared, &mut Vec::new()) {
                Ok(schema) => {
                    self.files.insert(name, with_dialect(schema, DRAFT_07));
                }
                Err(problem) => problems.push(problem),
            }
        }
    }

    /// The file name of the component schema at `at`, named `key` in its document.
    fn name_of(&mut self, at: &Location, key: &str) -> String {
        if let Some(name) = self.names.get(at) {
            return name.clone();
        }
        let base: String = key
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let taken: BTreeSet<&String> = self.names.values().collect();
        let name = (1..)
            .map(|n| match n {
                1 => base.clone(),
                n => format!("{base}-{n}"),
            })
            .find(|name| !taken.contains(name))
            .unwrap_or(base);
        self.names.insert(at.clone(), name.clone());
        self.pending.push(at.clone());
        name
    }

    /// The schema at `at`: a reference to a component schema becomes a reference to its shared
    /// file, any other reference the schema it names.
    fn convert(
        &mut self,
        documents: &mut Documents,
        at: &Location,
        standing: Standing,
        inlining: &mut Vec<Location>,
    ) -> Result<Ordered, Problem> {
        let Some(Value::Object(object)) = documents.get(at) else {
            return Ok(documents.ordered(at));
        };
        if let Some(Value::String(reference)) = object.get("$ref") {
            let reference = reference.clone();
            let target = documents.target(at, &reference)?;
            if let Some(key) = component_schema(&target) {
                let name = self.name_of(&target, &key);
                let path = match standing {
                    Standing::Event => format!("../../defs/{name}.json"),
                    Standing::Shared => format!("{name}.json"),
                };
                // Draft-07 ignores the keywords beside a `$ref`; so does the copy.
                return Ok(Ordered::Object(vec![(
                    "$ref".to_owned(),
                    Ordered::Scalar(Value::String(path)),
                )]));
            }
            if inlining.contains(&target) {
                return Err(documents.problem(
                    &at.child("$ref"),
                    format!("`{reference}` goes round in a circle outside `components/schemas`; move the schema there to refer to it"),
                ));
            }
            inlining.push(target.clone());
            let inlined = self.convert(documents, &target, standing, inlining);
            inlining.pop();
            return inlined;
        }
        let mut converted = Vec::new();
        for key in documents.keys(at) {
            let member = at.child(&key);
            let value = if DATA_KEYWORDS.contains(&key.as_str()) || key.starts_with("x-") {
                documents.ordered(&member)
            } else {
                if ASYNCAPI_KEYWORDS.contains(&key.as_str()) {
                    self.keywords.insert(key.clone());
                }
                self.convert_members(documents, &member, &key, standing, inlining)?
            };
            converted.push((key, value));
        }
        Ok(Ordered::Object(converted))
    }

    /// The value of keyword `key` at `at`: its subschemas converted.
    fn convert_members(
        &mut self,
        documents: &mut Documents,
        at: &Location,
        key: &str,
        standing: Standing,
        inlining: &mut Vec<Location>,
    ) -> Result<Ordered, Problem> {
        let schema_map = matches!(
            key,
            "properties" | "patternProperties" | "definitions" | "$defs" | "dependencies"
        );
        match documents.get(at) {
            Some(Value::Object(_)) if schema_map => {
                let mut converted = Vec::new();
                for name in documents.keys(at) {
                    let member = at.child(&name);
                    let value = self.convert(documents, &member, standing, inlining)?;
                    converted.push((name, value));
                }
                Ok(Ordered::Object(converted))
            }
            Some(Value::Object(_)) => self.convert(documents, at, standing, inlining),
            Some(Value::Array(items)) => {
                let count = items.len();
                let mut converted = Vec::with_capacity(count);
                for index in 0..count {
                    let item = at.child(&index.to_string());
                    converted.push(self.convert(documents, &item, standing, inlining)?);
                }
                Ok(Ordered::Array(converted))
            }
            _ => Ok(documents.ordered(at)),
        }
    }
}

/// The key of the component schema at `at`, when it is one.
fn component_schema(at: &Location) -> Option<String> {
    let key = at.pointer.strip_prefix("/components/schemas/")?;
    (!key.contains('/')).then(|| key.replace("~1", "/").replace("~0", "~"))
}

/// `schema` with its dialect said, unless it is only a reference (whose file says its own).
fn with_dialect(schema: Ordered, dialect: &str) -> Ordered {
    match schema {
        Ordered::Object(members) if !members.iter().any(|(key, _)| key == "$ref") => {
            let dialect = Ordered::Scalar(Value::String(dialect.to_owned()));
            Ordered::Object(
                std::iter::once(("$schema".to_owned(), dialect))
                    .chain(members)
                    .collect(),
            )
        }
        other => other,
    }
}
