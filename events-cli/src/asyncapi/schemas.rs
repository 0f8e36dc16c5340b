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

/// One schema being converted: where it starts in the documents and where it will stand.
struct Converting {
    root: Location,
    standing: Standing,
    /// The name of the file it will be written to (`1.0.0.json`, `site.json`).
    file_name: String,
    /// The references being copied in place, for their loops.
    inlining: Vec<Location>,
}

/// The JSON Schema dialect the engine reads a file in when it names none.
const DEFAULT_DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

impl SharedFiles {
    /// The payload schema at `at` as a schema file of the `dialect` its format names. A payload
    /// that is a whole schema file keeps the dialect that file says (or says none, when the
    /// format names the engine's default).
    pub fn payload(
        &mut self,
        documents: &mut Documents,
        at: &Location,
        dialect: &str,
        file_name: &str,
    ) -> Result<Ordered, Problem> {
        let mut converting = Converting {
            root: at.clone(),
            standing: Standing::Event,
            file_name: file_name.to_owned(),
            inlining: Vec::new(),
        };
        let schema = self.convert(documents, at, &mut converting)?;
        let whole_file = at.pointer.is_empty() && !is_asyncapi(documents, at.document);
        if whole_file && dialect.trim_end_matches('#') == DEFAULT_DIALECT {
            return Ok(schema);
        }
        Ok(with_dialect(schema, dialect))
    }

    /// Converts the shared schemas named so far, and those they name.
    pub fn finish(&mut self, documents: &mut Documents, problems: &mut Vec<Problem>) {
        while let Some(at) = self.pending.pop() {
            let name = self.names[&at].clone();
            let mut converting = Converting {
                root: at.clone(),
                standing: Standing::Shared,
                file_name: format!("{name}.json"),
                inlining: Vec::new(),
            };
            match self.convert(documents, &at, &mut converting) {
                Ok(schema) if is_asyncapi(documents, at.document) => {
                    self.files.insert(name, with_dialect(schema, DRAFT_07));
                }
                Ok(schema) => {
                    self.files.insert(name, schema);
                }
                Err(problem) => problems.push(problem),
            }
        }
    }

    /// Names the component schema at `at` (kept under `key`) a shared file, and gives its name:
    /// a component that is a whole schema file of its own is that file, named after it.
    pub fn component(&mut self, documents: &mut Documents, at: &Location, key: &str) -> String {
        if let Ok(resolved) = documents.resolve(at)
            && resolved.pointer.is_empty()
            && is_schema_file(documents, resolved.document)
        {
            let stem = documents.stem(resolved.document);
            return self.name_of(&resolved, &stem);
        }
        self.name_of(at, key)
    }

    /// The file name of the shared schema at `at`, named `key` where it is kept.
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

    /// What the `$ref` `reference` of the schema at `at` becomes: a reference inside the schema
    /// being converted stays one, a reference to a shared schema (a component schema, or a
    /// schema file of its own) becomes one to its shared file, one the import cannot follow
    /// (an anchor, a schema's `$id`) stays as written for the catalog's check to resolve; any
    /// other is copied in place (its target, the error).
    fn reference(
        &mut self,
        documents: &mut Documents,
        at: &Location,
        reference: &str,
        converting: &Converting,
    ) -> Result<String, Location> {
        let Ok(target) = documents.target(at, reference) else {
            return Ok(reference.to_owned());
        };
        let root = &converting.root;
        if target.document == root.document
            && (target.pointer == root.pointer
                || target.pointer.starts_with(&format!("{}/", root.pointer)))
        {
            let local = format!(
                "#{}",
                events_facts::pointer_fragment(&target.pointer[root.pointer.len()..])
            );
            // A file that names itself (`agent.json#/$defs/skill`) keeps doing so when it keeps
            // its name.
            let (file, _) = reference.split_once('#').unwrap_or((reference, ""));
            let named = file.rsplit('/').next().unwrap_or_default();
            return Ok(if !file.is_empty() && named == converting.file_name {
                reference.to_owned()
            } else {
                local
            });
        }
        let (shared, fragment) = if let Some((key, rest)) = component_schema(&target) {
            let component = Location {
                document: target.document,
                pointer: format!("/components/schemas/{}", super::document::escape(&key)),
            };
            (self.component(documents, &component, &key), rest)
        } else if is_schema_file(documents, target.document) {
            let stem = documents.stem(target.document);
            let file = Location {
                document: target.document,
                pointer: String::new(),
            };
            (self.name_of(&file, &stem), target.pointer.clone())
        } else if !is_asyncapi(documents, target.document)
            && let Some((key, rest)) = first_key(&target.pointer)
        {
            // A file that keeps schemas by name, as `components/schemas` does.
            let kept = Location {
                document: target.document,
                pointer: format!("/{}", super::document::escape(&key)),
            };
            (self.component(documents, &kept, &key), rest)
        } else {
            return Err(target);
        };
        let file = match converting.standing {
            Standing::Event => format!("../../defs/{shared}.json"),
            Standing::Shared => format!("{shared}.json"),
        };
        let written = match fragment.is_empty() {
            true => file,
            false => format!("{file}#{}", events_facts::pointer_fragment(&fragment)),
        };
        // A reference already written the catalog's way (`./site.json`) is kept as written.
        Ok(
            if same_reference(reference, &written, converting.standing) {
                reference.to_owned()
            } else {
                written
            },
        )
    }

    /// The schema at `at`, its references made the catalog's.
    fn convert(
        &mut self,
        documents: &mut Documents,
        at: &Location,
        converting: &mut Converting,
    ) -> Result<Ordered, Problem> {
        let Some(Value::Object(object)) = documents.get(at) else {
            return Ok(documents.ordered(at));
        };
        if let Some(Value::String(reference)) = object.get("$ref") {
            let reference = reference.clone();
            match self.reference(documents, at, &reference, converting) {
                Ok(rewritten) => {
                    let mut members = self.members(documents, at, converting)?;
                    for (key, value) in &mut members {
                        if key == "$ref" {
                            *value = Ordered::Scalar(Value::String(rewritten.clone()));
                        }
                    }
                    return Ok(Ordered::Object(members));
                }
                Err(target) => {
                    if converting.inlining.contains(&target) {
                        return Err(documents.problem(
                            &at.child("$ref"),
                            format!("`{reference}` goes round in a circle outside `components/schemas`; move the schema there to refer to it"),
                        ));
                    }
                    converting.inlining.push(target.clone());
                    let inlined = self.convert(documents, &target, converting);
                    converting.inlining.pop();
                    return inlined;
                }
            }
        }
        self.members(documents, at, converting).map(Ordered::Object)
    }

    /// The members of the schema object at `at`, converted.
    fn members(
        &mut self,
        documents: &mut Documents,
        at: &Location,
        converting: &mut Converting,
    ) -> Result<Vec<(String, Ordered)>, Problem> {
        let mut converted = Vec::new();
        for key in documents.keys(at) {
            let member = at.child(&key);
            let value = if key == "$ref"
                || DATA_KEYWORDS.contains(&key.as_str())
                || key.starts_with("x-")
            {
                documents.ordered(&member)
            } else {
                if ASYNCAPI_KEYWORDS.contains(&key.as_str()) {
                    self.keywords.insert(key.clone());
                }
                self.convert_members(documents, &member, &key, converting)?
            };
            converted.push((key, value));
        }
        Ok(converted)
    }

    /// The value of keyword `key` at `at`: its subschemas converted.
    fn convert_members(
        &mut self,
        documents: &mut Documents,
        at: &Location,
        key: &str,
        converting: &mut Converting,
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
                    let value = self.convert(documents, &member, converting)?;
                    converted.push((name, value));
                }
                Ok(Ordered::Object(converted))
            }
            Some(Value::Object(_)) => self.convert(documents, at, converting),
            Some(Value::Array(items)) => {
                let count = items.len();
                let mut converted = Vec::with_capacity(count);
                for index in 0..count {
                    let item = at.child(&index.to_string());
                    converted.push(self.convert(documents, &item, converting)?);
                }
                Ok(Ordered::Array(converted))
            }
            _ => Ok(documents.ordered(at)),
        }
    }
}

/// The key of the component schema at `at` (or inside one), and the pointer inside it.
fn component_schema(at: &Location) -> Option<(String, String)> {
    let inside = at.pointer.strip_prefix("/components/schemas/")?;
    let (key, rest) = match inside.find('/') {
        Some(cut) => (&inside[..cut], &inside[cut..]),
        None => (inside, ""),
    };
    Some((key.replace("~1", "/").replace("~0", "~"), rest.to_owned()))
}

/// Whether the document numbered `document` is an AsyncAPI document (rather than a schema file
/// of its own).
pub fn is_asyncapi(documents: &Documents, document: usize) -> bool {
    let root = Location {
        document,
        pointer: String::new(),
    };
    documents
        .get(&root)
        .is_some_and(|root| root.get("asyncapi").is_some() || root.get("components").is_some())
}

/// Whether the document numbered `document` is one schema (its root says a JSON Schema
/// keyword), rather than an AsyncAPI document or a file keeping schemas by name.
pub fn is_schema_file(documents: &Documents, document: usize) -> bool {
    const SCHEMA_KEYWORDS: &[&str] = &[
        "$schema",
        "$id",
        "$ref",
        "$defs",
        "definitions",
        "type",
        "properties",
        "items",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "enum",
        "const",
        "required",
        "additionalProperties",
        "patternProperties",
        "if",
        "format",
        "pattern",
        "title",
        "description",
    ];
    let root = Location {
        document,
        pointer: String::new(),
    };
    !is_asyncapi(documents, document)
        && documents.get(&root).is_some_and(|root| match root {
            Value::Object(members) => {
                members.is_empty() || SCHEMA_KEYWORDS.iter().any(|key| members.contains_key(*key))
            }
            Value::Bool(_) => true,
            _ => false,
        })
}

/// The first key of a JSON pointer, unescaped, and the rest of the pointer.
fn first_key(pointer: &str) -> Option<(String, String)> {
    let inside = pointer.strip_prefix('/')?;
    let (key, rest) = match inside.find('/') {
        Some(cut) => (&inside[..cut], &inside[cut..]),
        None => (inside, ""),
    };
    Some((key.replace("~1", "/").replace("~0", "~"), rest.to_owned()))
}

/// Whether the references `written` and `wanted` name the same file and place from a file
/// standing at `standing` (`./site.json` and `site.json`).
fn same_reference(written: &str, wanted: &str, standing: Standing) -> bool {
    let folder: &[&str] = match standing {
        Standing::Event => &["schemas", "event"],
        Standing::Shared => &["defs"],
    };
    let place = |reference: &str| -> (Vec<String>, String) {
        let (file, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        let mut path: Vec<String> = folder.iter().map(|part| (*part).to_owned()).collect();
        for part in file.split('/') {
            match part {
                "" | "." => {}
                ".." => {
                    path.pop();
                }
                part => path.push(part.to_owned()),
            }
        }
        (path, fragment.to_owned())
    };
    place(written) == place(wanted)
}

/// `schema` with its dialect said, unless it is only a reference (whose file says its own).
fn with_dialect(schema: Ordered, dialect: &str) -> Ordered {
    match schema {
        Ordered::Object(members)
            if !members
                .iter()
                .any(|(key, _)| key == "$ref" || key == "$schema") =>
        {
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
