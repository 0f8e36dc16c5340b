//! The keywords of one schema object, read from its JSON node: every keyword the generator does
//! not support and every keyword whose value has the wrong JSON type is reported, all of them,
//! and reading goes on, so that one build shows every defect of a schema.

use std::collections::BTreeMap;

use super::registry::{Family, Holds, Keyword, Value};
use super::vocabulary::Vocabulary;
use crate::diagnostic::Diagnostics;
use crate::json::{Member, Node, NodeValue};
use crate::rule::Rule;
use crate::source::SourceFile;

/// The supported keywords present in one schema object, each with a value of the right JSON
/// type.
#[derive(Debug)]
pub struct Keywords<'a> {
    /// The schema object itself.
    pub node: &'a Node,
    present: BTreeMap<Keyword, &'a Member>,
}

impl<'a> Keywords<'a> {
    /// Reads the keywords of `node`, reporting each unsupported or mistyped one. `None` when
    /// `node` is not an object at all.
    pub fn read(
        file: &SourceFile,
        node: &'a Node,
        is_root: bool,
        vocabulary: &Vocabulary,
        diagnostics: &mut Diagnostics,
    ) -> Option<Self> {
        let Some(members) = node.as_object() else {
            let hint = "";
            diagnostics.error(
                Rule::SchemaNotAnObject,
                file,
                node.span.clone(),
                &node.pointer,
                format!("a schema must be an object, found {}{hint}", node.kind()),
            );
            return None;
        };
        let mut present = BTreeMap::new();
        for member in members {
            let known = Keyword::named(&member.key);
            if known.is_none() && vocabulary.is_annotation(&member.key) {
                continue;
            }
            let Some(keyword) = known.filter(|keyword| keyword.row().refused.is_none()) else {
                let key = &member.key;
                let message = match known.and_then(|keyword| keyword.row().refused) {
                    Some(why) => format!("`{key}` is not supported: {why}"),
                    None => format!(
                        "unknown keyword `{key}`; if it is the vendor's annotation, name it `x-{key}` or declare it in the index's `vocabulary.annotations`"
                    ),
                };
                diagnostics.error(
                    Rule::UnsupportedSchemaKeyword,
                    file,
                    member.key_span.clone(),
                    &member.value.pointer,
                    message,
                );
                continue;
            };
            let name = keyword.name();
            if !is_root && keyword.row().root_only {
                diagnostics.error(
                    Rule::RootOnlyKeywordBelowTheTop,
                    file,
                    member.key_span.clone(),
                    &member.value.pointer,
                    format!("`{name}` below the top of a file would switch its dialect there; the generator reads a file in one dialect: put the embedded schema in a file of its own"),
                );
                continue;
            }
            if let Some(wanted) = mistyped(&member.value, keyword.row().value) {
                diagnostics.error(
                    Rule::KeywordValueOfTheWrongType,
                    file,
                    member.value.span.clone(),
                    &member.value.pointer,
                    format!("`{name}` must be {wanted}, found {}", member.value.kind()),
                );
                continue;
            }
            present.insert(keyword, member);
        }
        Some(Self { node, present })
    }

    /// The value of `keyword`, if present and well typed.
    pub fn get(&self, keyword: Keyword) -> Option<&'a Node> {
        self.present.get(&keyword).map(|member| &member.value)
    }

    /// Every present keyword with its value, in keyword order.
    pub fn iter(&self) -> impl Iterator<Item = (Keyword, &'a Node)> + '_ {
        self.present
            .iter()
            .map(|(keyword, member)| (*keyword, &member.value))
    }

    /// The value of a boolean keyword (`uniqueItems`), or of `items: false`.
    pub fn flag(&self, keyword: Keyword) -> Option<bool> {
        match self.get(keyword)?.value {
            NodeValue::Bool(value) => Some(value),
            _ => None,
        }
    }

    /// Whether `keyword` is present (and well typed).
    pub fn has(&self, keyword: Keyword) -> bool {
        self.present.contains_key(&keyword)
    }

    /// The text of a string keyword.
    pub fn text(&self, keyword: Keyword) -> Option<&'a str> {
        self.get(keyword).and_then(Node::as_str)
    }

    /// The value of a count keyword (`minItems`, `maxLength`).
    pub fn count(&self, keyword: Keyword) -> Option<u64> {
        self.get(keyword).and_then(Node::as_count)
    }

    /// The text of a number keyword (`minimum`), as written.
    pub fn number(&self, keyword: Keyword) -> Option<String> {
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
    pub fn members(&self, keyword: Keyword) -> &'a [Member] {
        self.get(keyword)
            .and_then(Node::as_object)
            .unwrap_or_default()
    }

    /// The elements of an array keyword (`enum`, `anyOf`, `required`).
    pub fn elements(&self, keyword: Keyword) -> &'a [Node] {
        self.get(keyword)
            .and_then(Node::as_array)
            .unwrap_or_default()
    }

    /// `type` as a list of names, with the node to point at.
    pub fn types(&self) -> Option<(Vec<&'a str>, &'a Node)> {
        let node = self.get(Keyword::Type)?;
        let names = match &node.value {
            NodeValue::String(name) => vec![name.as_str()],
            _ => node.as_array()?.iter().filter_map(Node::as_str).collect(),
        };
        Some((names, node))
    }

    /// Reports every keyword beside `$ref` that constrains values: the reference's type would
    /// ignore it.
    pub fn check_beside_ref(&self, file: &SourceFile, diagnostics: &mut Diagnostics) {
        self.conflicts(
            file,
            Keyword::Ref,
            self.constraining_beside_ref(),
            "only annotations such as `description` may stand beside `$ref`",
            diagnostics,
        );
    }

    /// The keywords that say something about the value beside a `$ref` (from 2019-09 on, both
    /// apply): not annotations, and not a schema that accepts everything
    /// (`additionalProperties: true`, `items: {}`), which changes nothing in any draft.
    pub fn constraining_beside_ref(&self) -> Vec<Keyword> {
        let accepts_everything = |keyword: Keyword| {
            self.get(keyword).is_some_and(|value| match &value.value {
                NodeValue::Bool(accepts) => *accepts,
                NodeValue::Object(members) => members.is_empty(),
                _ => false,
            }) && keyword.row().holds == Holds::Schema
        };
        Keyword::supported()
            .filter(|&keyword| keyword != Keyword::Ref && self.has(keyword))
            .filter(|&keyword| keyword.constrains() && !accepts_everything(keyword))
            .collect()
    }

    /// Reports, for each of `others` that is present, that it cannot stand beside `keyword`.
    /// Returns whether any was.
    pub fn conflicts(
        &self,
        file: &SourceFile,
        keyword: Keyword,
        others: impl IntoIterator<Item = Keyword>,
        hint: &str,
        diagnostics: &mut Diagnostics,
    ) -> bool {
        let mut any = false;
        let rule = match keyword {
            Keyword::Ref => Rule::KeywordBesideRef,
            _ => Rule::KeywordThatWouldBeIgnored,
        };
        let keyword = keyword.name();
        for other in others {
            if let Some(member) = self.present.get(&other) {
                let other = other.name();
                any = true;
                diagnostics.error(
                    rule,
                    file,
                    member.key_span.clone(),
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
fn mistyped(value: &Node, expect: Value) -> Option<&'static str> {
    let strings = |node: &Node| {
        node.as_array()
            .is_some_and(|items| items.iter().all(|item| item.as_str().is_some()))
    };
    let fits = match expect {
        Value::String => value.as_str().is_some(),
        Value::Object => value.as_object().is_some(),
        Value::Array => value.as_array().is_some(),
        Value::NonEmptyArray => value.as_array().is_some_and(|items| !items.is_empty()),
        Value::StringOrStrings => {
            value.as_str().is_some()
                || (strings(value) && value.as_array().is_some_and(|items| !items.is_empty()))
        }
        Value::StringArray => strings(value),
        Value::BoolOrObject => matches!(value.value, NodeValue::Bool(_) | NodeValue::Object(_)),
        Value::Bool => matches!(value.value, NodeValue::Bool(_)),
        Value::Count => value.as_count().is_some(),
        Value::Number => value.as_number().is_some(),
        Value::PositiveNumber => value.as_number().is_some_and(|text| {
            !text.starts_with('-') && text.parse::<f64>().is_ok_and(|n| n > 0.0)
        }),
        Value::Any => true,
    };
    (!fits).then_some(match expect {
        Value::String => "a string",
        Value::Object => "an object",
        Value::Array => "an array",
        Value::NonEmptyArray => "a non-empty array of schemas",
        Value::StringOrStrings => "a type name or a non-empty array of type names",
        Value::StringArray => "an array of strings",
        Value::BoolOrObject => "a boolean or a schema",
        Value::Bool => "a boolean",
        Value::Count => "a non-negative integer",
        Value::Number => "a number",
        Value::PositiveNumber => "a number greater than 0",
        Value::Any => "any value",
    })
}

/// The validation keywords of the schema at `node` and of its `items`, as written
/// (`minLength: 1`, `items.format: "uuid"`), for the doc comment of the field they constrain.
pub fn constraints(node: &Node) -> Vec<String> {
    let mut found = Vec::new();
    let mut add = |prefix: &str, node: &Node| {
        // The ones of one JSON type first, then `format`, as the doc comments always listed them.
        let typed = Keyword::supported()
            .filter(|k| k.family() == Family::Validation && k.applies_to().is_some());
        for keyword in typed.chain([Keyword::Format]) {
            if let Some(value) = keyword.of(node) {
                found.push(format!("{prefix}{}: {}", keyword.name(), value.to_value()));
            }
        }
    };
    add("", node);
    if let Some(items) = Keyword::Items
        .of(node)
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
    if let Some(description) = Keyword::Description.of(node).and_then(Node::as_str) {
        parts.push(description.to_owned());
    }
    for (keyword, note) in [
        (
            Keyword::ReadOnly,
            "Read-only: set by the sender, not to be changed.",
        ),
        (Keyword::WriteOnly, "Write-only: sent, but not returned."),
    ] {
        if keyword.is_true_in(node) {
            parts.push(note.to_owned());
        }
    }
    let vendor: Vec<String> = node
        .as_object()
        .unwrap_or_default()
        .iter()
        .filter(|member| member.key.starts_with("x-"))
        .map(|member| format!("`{}`: `{}`", member.key, member.value.to_value()))
        .collect();
    if !vendor.is_empty() {
        parts.push(format!("Vendor annotations: {}.", vendor.join(", ")));
    }
    let examples = Keyword::Examples
        .of(node)
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
