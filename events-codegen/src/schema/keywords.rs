//! The keywords of one schema object, read from its JSON node: every keyword the generator does
//! not support and every keyword whose value has the wrong JSON type is reported, all of them,
//! and reading goes on, so that one build shows every defect of a schema.

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostics;
use crate::json::{Member, Node, NodeValue};
use crate::source::SourceFile;

/// The JSON type each supported keyword's value must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    String,
    Object,
    Array,
    NonEmptyArray,
    StringOrStrings,
    StringArray,
    BoolOrObject,
    Bool,
    Count,
    Number,
    PositiveNumber,
    Any,
}

/// Every supported keyword, in the order the messages list them.
const SUPPORTED: &[(&str, Expect)] = &[
    ("$schema", Expect::String),
    ("$id", Expect::String),
    ("$comment", Expect::String),
    ("$defs", Expect::Object),
    ("$ref", Expect::String),
    ("title", Expect::String),
    ("description", Expect::String),
    ("examples", Expect::Array),
    ("readOnly", Expect::Bool),
    ("writeOnly", Expect::Bool),
    ("deprecated", Expect::Bool),
    ("default", Expect::Any),
    ("type", Expect::StringOrStrings),
    ("properties", Expect::Object),
    ("required", Expect::StringArray),
    ("additionalProperties", Expect::BoolOrObject),
    ("patternProperties", Expect::Object),
    ("propertyNames", Expect::Object),
    ("items", Expect::BoolOrObject),
    ("prefixItems", Expect::NonEmptyArray),
    ("enum", Expect::Array),
    ("const", Expect::Any),
    ("anyOf", Expect::NonEmptyArray),
    ("oneOf", Expect::NonEmptyArray),
    ("allOf", Expect::NonEmptyArray),
    ("minLength", Expect::Count),
    ("maxLength", Expect::Count),
    ("pattern", Expect::String),
    ("format", Expect::String),
    ("minimum", Expect::Number),
    ("maximum", Expect::Number),
    ("exclusiveMinimum", Expect::Number),
    ("exclusiveMaximum", Expect::Number),
    ("multipleOf", Expect::PositiveNumber),
    ("minItems", Expect::Count),
    ("maxItems", Expect::Count),
    ("uniqueItems", Expect::Bool),
];

/// The validation keywords, each with the only type it applies to.
pub const VALIDATIONS: &[(&str, &str)] = &[
    ("minLength", "string"),
    ("maxLength", "string"),
    ("pattern", "string"),
    ("minimum", "number"),
    ("maximum", "number"),
    ("exclusiveMinimum", "number"),
    ("exclusiveMaximum", "number"),
    ("multipleOf", "number"),
    ("minItems", "array"),
    ("maxItems", "array"),
    ("uniqueItems", "array"),
];

/// Why well-known keywords are not supported: none has a Rust type that keeps its meaning
/// exactly, and a looser type would be silently wrong.
const UNSUPPORTED_BECAUSE: &[(&[&str], &str)] = &[
    (
        &["if", "then", "else"],
        "a conditional schema has no Rust type that keeps it exact; describe each shape as a branch of a `oneOf` told apart by a `const` property",
    ),
    (
        &["not"],
        "`not` excludes values without saying what they are, which no Rust type can express",
    ),
    (
        &["dependentSchemas", "dependentRequired", "dependencies"],
        "a property that changes which others are required or allowed has no exact Rust struct; describe each shape as a branch of a `oneOf`",
    ),
    (
        &["unevaluatedProperties", "unevaluatedItems"],
        "its meaning depends on what the other keywords evaluated; close an object with `additionalProperties: false` beside every property it lists",
    ),
    (
        &[
            "$dynamicRef",
            "$dynamicAnchor",
            "$recursiveRef",
            "$recursiveAnchor",
            "$anchor",
        ],
        "references resolved while validating are not supported; use `$ref` to `#/$defs/<name>`",
    ),
    (
        &["contains", "minContains", "maxContains"],
        "a rule about some items of an array has no Rust type; give `items` the schema every item follows",
    ),
];

/// Keywords allowed only at the top of a schema file.
const ROOT_ONLY: &[&str] = &["$schema", "$id", "$defs"];

/// Keywords that say nothing about the type and may stand beside any other.
pub const ANNOTATIONS: &[&str] = &[
    "$comment",
    "title",
    "description",
    "examples",
    "readOnly",
    "writeOnly",
    "deprecated",
    "default",
];

/// The supported keywords present in one schema object, each with a value of the right JSON
/// type.
#[derive(Debug)]
pub struct Keywords<'a> {
    /// The schema object itself.
    pub node: &'a Node,
    present: BTreeMap<&'static str, &'a Member>,
}

impl<'a> Keywords<'a> {
    /// Reads the keywords of `node`, reporting each unsupported or mistyped one. `None` when
    /// `node` is not an object at all.
    pub fn read(
        file: &SourceFile,
        node: &'a Node,
        is_root: bool,
        diagnostics: &mut Diagnostics,
    ) -> Option<Self> {
        let Some(members) = node.as_object() else {
            let hint = match node.value {
                NodeValue::Bool(_) => {
                    "; boolean schemas are not supported, write `{}` for any value"
                }
                _ => "",
            };
            diagnostics.error(
                file,
                node.span.start,
                &node.pointer,
                format!("a schema must be an object, found {}{hint}", node.kind()),
            );
            return None;
        };
        let mut present = BTreeMap::new();
        for member in members {
            let Some(&(keyword, expect)) = SUPPORTED.iter().find(|(k, _)| *k == member.key) else {
                let why = UNSUPPORTED_BECAUSE
                    .iter()
                    .find(|(keywords, _)| keywords.contains(&member.key.as_str()))
                    .map_or(String::new(), |(_, why)| format!(": {why}"));
                diagnostics.error(
                    file,
                    member.key_offset,
                    &member.value.pointer,
                    format!(
                        "unsupported JSON Schema keyword `{}`{why}; the generator supports {}",
                        member.key,
                        SUPPORTED
                            .iter()
                            .map(|(k, _)| format!("`{k}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                continue;
            };
            if !is_root && ROOT_ONLY.contains(&keyword) {
                diagnostics.error(
                    file,
                    member.key_offset,
                    &member.value.pointer,
                    format!("`{keyword}` is supported at the top of a schema file only"),
                );
                continue;
            }
            if let Some(wanted) = mistyped(&member.value, expect) {
                diagnostics.error(
                    file,
                    member.value.span.start,
                    &member.value.pointer,
                    format!(
                        "`{keyword}` must be {wanted}, found {}",
                        member.value.kind()
                    ),
                );
                continue;
            }
            present.insert(keyword, member);
        }
        Some(Self { node, present })
    }

    /// The value of `keyword`, if present and well typed.
    pub fn get(&self, keyword: &str) -> Option<&'a Node> {
        self.present.get(keyword).map(|member| &member.value)
    }

    /// Every present keyword with its value, in keyword order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'a Node)> + '_ {
        self.present
            .iter()
            .map(|(keyword, member)| (*keyword, &member.value))
    }

    /// Whether `keyword` is present (and well typed).
    pub fn has(&self, keyword: &str) -> bool {
        self.present.contains_key(keyword)
    }

    /// The text of a string keyword.
    pub fn text(&self, keyword: &str) -> Option<&'a str> {
        self.get(keyword).and_then(Node::as_str)
    }

    /// The value of a count keyword (`minItems`, `maxLength`).
    pub fn count(&self, keyword: &str) -> Option<u64> {
        self.get(keyword).and_then(Node::as_count)
    }

    /// The text of a number keyword (`minimum`), as written.
    pub fn number(&self, keyword: &str) -> Option<String> {
        self.get(keyword)
            .and_then(Node::as_number)
            .map(str::to_owned)
    }

    /// The documentation of the schema: its description, whether it is read- or write-only,
    /// and its examples.
    pub fn description(&self) -> Option<String> {
        documentation(self.node)
    }

    /// The members of an object keyword (`properties`, `$defs`).
    pub fn members(&self, keyword: &str) -> &'a [Member] {
        self.get(keyword)
            .and_then(Node::as_object)
            .unwrap_or_default()
    }

    /// The elements of an array keyword (`enum`, `anyOf`, `required`).
    pub fn elements(&self, keyword: &str) -> &'a [Node] {
        self.get(keyword)
            .and_then(Node::as_array)
            .unwrap_or_default()
    }

    /// `type` as a list of names, with the node to point at.
    pub fn types(&self) -> Option<(Vec<&'a str>, &'a Node)> {
        let node = self.get("type")?;
        let names = match &node.value {
            NodeValue::String(name) => vec![name.as_str()],
            _ => node.as_array()?.iter().filter_map(Node::as_str).collect(),
        };
        Some((names, node))
    }

    /// Reports, for each of `others` that is present, that it cannot stand beside `keyword`.
    /// Returns whether any was.
    pub fn conflicts(
        &self,
        file: &SourceFile,
        keyword: &str,
        others: &[&str],
        hint: &str,
        diagnostics: &mut Diagnostics,
    ) -> bool {
        let mut any = false;
        for other in others {
            if let Some(member) = self.present.get(other) {
                any = true;
                diagnostics.error(
                    file,
                    member.key_offset,
                    &member.value.pointer,
                    format!(
                        "`{other}` cannot stand beside `{keyword}`, which would ignore it; {hint}"
                    ),
                );
            }
        }
        any
    }
}

/// What the value should have been, when it is not of the JSON type `expect` asks for.
fn mistyped(value: &Node, expect: Expect) -> Option<&'static str> {
    let strings = |node: &Node| {
        node.as_array()
            .is_some_and(|items| items.iter().all(|item| item.as_str().is_some()))
    };
    let fits = match expect {
        Expect::String => value.as_str().is_some(),
        Expect::Object => value.as_object().is_some(),
        Expect::Array => value.as_array().is_some(),
        Expect::NonEmptyArray => value.as_array().is_some_and(|items| !items.is_empty()),
        Expect::StringOrStrings => {
            value.as_str().is_some()
                || (strings(value) && value.as_array().is_some_and(|items| !items.is_empty()))
        }
        Expect::StringArray => strings(value),
        Expect::BoolOrObject => matches!(value.value, NodeValue::Bool(_) | NodeValue::Object(_)),
        Expect::Bool => matches!(value.value, NodeValue::Bool(_)),
        Expect::Count => value.as_count().is_some(),
        Expect::Number => value.as_number().is_some(),
        Expect::PositiveNumber => value.as_number().is_some_and(|text| {
            !text.starts_with('-') && text.parse::<f64>().is_ok_and(|n| n > 0.0)
        }),
        Expect::Any => true,
    };
    (!fits).then_some(match expect {
        Expect::String => "a string",
        Expect::Object => "an object",
        Expect::Array => "an array",
        Expect::NonEmptyArray => "a non-empty array of schemas",
        Expect::StringOrStrings => "a type name or a non-empty array of type names",
        Expect::StringArray => "an array of strings",
        Expect::BoolOrObject => "a boolean or a schema",
        Expect::Bool => "a boolean",
        Expect::Count => "a non-negative integer",
        Expect::Number => "a number",
        Expect::PositiveNumber => "a number greater than 0",
        Expect::Any => "any value",
    })
}

/// The validation keywords of the schema at `node` and of its `items`, as written
/// (`minLength: 1`, `items.format: "uuid"`), for the doc comment of the field they constrain.
pub fn constraints(node: &Node) -> Vec<String> {
    let mut found = Vec::new();
    let mut add = |prefix: &str, node: &Node| {
        let keywords = VALIDATIONS.iter().map(|(keyword, _)| *keyword);
        for keyword in keywords.chain(["format"]) {
            if let Some(value) = node.get(keyword) {
                found.push(format!("{prefix}{keyword}: {}", value.to_value()));
            }
        }
    };
    add("", node);
    if let Some(items) = node
        .get("items")
        .filter(|items| items.as_object().is_some())
    {
        add("items.", items);
    }
    found
}

/// The documentation of the schema at `node`, for doc comments: `description`, a note for
/// `readOnly`/`writeOnly`, and each of `examples` as a JSON code block.
pub fn documentation(node: &Node) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if let Some(description) = node.get("description").and_then(Node::as_str) {
        parts.push(description.to_owned());
    }
    for (keyword, note) in [
        (
            "readOnly",
            "Read-only: set by the sender, not to be changed.",
        ),
        ("writeOnly", "Write-only: sent, but not returned."),
    ] {
        if node
            .get(keyword)
            .is_some_and(|value| matches!(value.value, NodeValue::Bool(true)))
        {
            parts.push(note.to_owned());
        }
    }
    let examples = node
        .get("examples")
        .and_then(Node::as_array)
        .unwrap_or_default();
    if !examples.is_empty() {
        let blocks: Vec<String> = examples
            .iter()
            .map(|example| {
                let text = serde_json::to_string_pretty(&example.to_value()).unwrap_or_default();
                format!("```json\n{text}\n```")
            })
            .collect();
        parts.push(format!("# Examples\n\n{}", blocks.join("\n\n")));
    }
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}
