//! The catalog's JSON files as trees that remember where each value is written.
//!
//! serde reports the first defect and forgets positions; the rules of the catalog need every
//! defect, each at its place. So each file is parsed once into [`Node`]s that carry their byte
//! span and JSON pointer: strict JSON syntax is checked by serde_json (the same reader that
//! decodes events at run time), the spans come from jsonc-parser with every extension turned
//! off. Duplicate keys, which serde would silently resolve to the last copy, are reported here.

use std::collections::BTreeMap;
use std::ops::Range;

use serde_json::Value;

use crate::diagnostic::{Diagnostics, Pointer};
use crate::rule::Rule;
use crate::source::SourceFile;

/// serde_json's nesting limit; deeper documents are refused before any recursive reader sees
/// them.
const MAX_DEPTH: usize = 128;

/// One JSON value and where it is written.
#[derive(Debug, Clone)]
pub struct Node {
    /// Byte range of the value in its file.
    pub span: Range<usize>,
    /// The JSON pointer of the value.
    pub pointer: Pointer,
    /// The value.
    pub value: NodeValue,
}

/// The value of a [`Node`].
#[derive(Debug, Clone)]
pub enum NodeValue {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Node>),
    /// An object's members in the order written (duplicates reported, the first one kept).
    Object(Vec<Member>),
}

/// One `"key": value` of an object.
#[derive(Debug, Clone)]
pub struct Member {
    /// The key, unescaped.
    pub key: String,
    /// The key's bytes, its quotes included.
    pub key_span: Range<usize>,
    /// The value.
    pub value: Node,
}

impl Node {
    /// The members, if this is an object.
    pub fn as_object(&self) -> Option<&[Member]> {
        match &self.value {
            NodeValue::Object(members) => Some(members),
            _ => None,
        }
    }

    /// The elements, if this is an array.
    pub fn as_array(&self) -> Option<&[Node]> {
        match &self.value {
            NodeValue::Array(elements) => Some(elements),
            _ => None,
        }
    }

    /// The text, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            NodeValue::String(text) => Some(text),
            _ => None,
        }
    }

    /// The number as written, if this is a number.
    pub fn as_number(&self) -> Option<&str> {
        match &self.value {
            NodeValue::Number(text) => Some(text),
            _ => None,
        }
    }

    /// The value, if this is a non-negative integer (`2`, or `2.0` as JSON Schema allows).
    pub fn as_count(&self) -> Option<u64> {
        let text = self.as_number()?;
        let integral = text.strip_suffix(".0").unwrap_or(text);
        integral.parse().ok()
    }

    /// The member `key`, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.as_object()?
            .iter()
            .find(|member| member.key == key)
            .map(|member| &member.value)
    }

    /// What kind of value this is, for messages: `an object`, `a string`, ….
    pub fn kind(&self) -> &'static str {
        match self.value {
            NodeValue::Null => "null",
            NodeValue::Bool(_) => "a boolean",
            NodeValue::Number(_) => "a number",
            NodeValue::String(_) => "a string",
            NodeValue::Array(_) => "an array",
            NodeValue::Object(_) => "an object",
        }
    }

    /// The value as a `serde_json::Value`.
    pub fn to_value(&self) -> Value {
        match &self.value {
            NodeValue::Null => Value::Null,
            NodeValue::Bool(b) => Value::Bool(*b),
            NodeValue::Number(text) => serde_json::from_str(text).unwrap_or(Value::Null),
            NodeValue::String(text) => Value::String(text.clone()),
            NodeValue::Array(elements) => elements.iter().map(Node::to_value).collect(),
            NodeValue::Object(members) => members
                .iter()
                .map(|member| (member.key.clone(), member.value.to_value()))
                .collect(),
        }
    }
}

/// Parses `file`, reporting a syntax error, or every duplicate key, into `diagnostics`. `None`
/// when the text is not JSON.
pub fn parse(file: &SourceFile, diagnostics: &mut Diagnostics) -> Option<Node> {
    let root = Pointer::root();
    if file.text.starts_with('\u{feff}') {
        diagnostics.error(
            Rule::ByteOrderMark,
            file,
            file.char_span(0),
            &root,
            "the file starts with a byte-order mark (U+FEFF), which JSON does not allow; save it as UTF-8 without BOM",
        );
        return None;
    }
    if let Err(error) = serde_json::from_str::<Value>(&file.text) {
        let message = if error.to_string().starts_with("recursion limit exceeded") {
            format!("values are nested more than {MAX_DEPTH} levels deep, which is not supported")
        } else {
            events_facts::without_position(&error)
        };
        let offset = offset_of(&file.text, error.line(), error.column());
        // Valid JSON that serde_json still refuses (a number beyond `f64`, like `1e400`): the
        // span reader places it, so the message names the value's pointer.
        let readable = nesting_depth(&file.text) <= MAX_DEPTH;
        let value = readable
            .then(|| ast(file))
            .flatten()
            .map(|value| convert(file, &value, root.clone(), &mut Diagnostics::new()));
        match value.as_ref().and_then(|value| innermost(value, offset)) {
            Some(node) => {
                let message = match node.as_number() {
                    Some(number) => format!(
                        "the number `{number}` is beyond the range of a 64-bit float, which the engine reads numbers as"
                    ),
                    None => message,
                };
                diagnostics.error(
                    Rule::InvalidJson,
                    file,
                    node.span.clone(),
                    &node.pointer,
                    message,
                );
            }
            None => diagnostics.error(
                Rule::InvalidJson,
                file,
                file.char_span(offset),
                &root,
                message,
            ),
        }
        return None;
    }
    let parsed = jsonc_parser::parse_to_ast(&file.text, &Default::default(), &strict_options());
    match parsed {
        Ok(jsonc_parser::ParseResult {
            value: Some(value), ..
        }) => Some(convert(file, &value, root, diagnostics)),
        // serde_json accepted the text, so this cannot happen; if the two readers ever disagree,
        // the defect is still reported rather than lost.
        Ok(_) => {
            let message = "the file holds no JSON value";
            diagnostics.error(Rule::InvalidJson, file, file.char_span(0), &root, message);
            None
        }
        Err(error) => {
            let span = file.char_span(error.range().start);
            let message = error.kind().to_string();
            diagnostics.error(Rule::InvalidJson, file, span, &root, message);
            None
        }
    }
}

/// jsonc-parser's tree of `file`, if the text is JSON to it.
fn ast(file: &SourceFile) -> Option<jsonc_parser::ast::Value<'_>> {
    jsonc_parser::parse_to_ast(&file.text, &Default::default(), &strict_options())
        .ok()?
        .value
}

/// The innermost value whose span holds `offset` (its end included: serde_json places some
/// errors just past the value), found without recursion.
fn innermost(root: &Node, offset: usize) -> Option<&Node> {
    let holds = |node: &Node| node.span.start <= offset && offset <= node.span.end;
    let mut at = root;
    if !holds(at) {
        return None;
    }
    loop {
        let inner = match &at.value {
            NodeValue::Array(elements) => elements.iter().find(|node| holds(node)),
            NodeValue::Object(members) => members
                .iter()
                .map(|member| &member.value)
                .find(|node| holds(node)),
            _ => None,
        };
        match inner {
            Some(node) => at = node,
            None => return Some(at),
        }
    }
}

/// How deeply arrays and objects nest in `text`, counted without parsing it, so that a
/// recursive reader is only given text it can read without exhausting the stack.
fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0);
    let (mut in_string, mut escaped) = (false, false);
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// JSON as RFC 8259 has it: every jsonc extension off.
fn strict_options() -> jsonc_parser::ParseOptions {
    jsonc_parser::ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    }
}

fn convert(
    file: &SourceFile,
    value: &jsonc_parser::ast::Value<'_>,
    pointer: Pointer,
    diagnostics: &mut Diagnostics,
) -> Node {
    use jsonc_parser::ast::{ObjectPropName, Value as Ast};
    let (range, value) = match value {
        Ast::NullKeyword(null) => (null.range, NodeValue::Null),
        Ast::BooleanLit(b) => (b.range, NodeValue::Bool(b.value)),
        Ast::NumberLit(n) => (n.range, NodeValue::Number(n.value.to_owned())),
        Ast::StringLit(s) => (s.range, NodeValue::String(s.value.to_string())),
        Ast::Array(array) => {
            let elements = array
                .elements
                .iter()
                .enumerate()
                .map(|(i, element)| {
                    convert(file, element, pointer.child(i.to_string()), diagnostics)
                })
                .collect();
            (array.range, NodeValue::Array(elements))
        }
        Ast::Object(object) => {
            let mut first_seen: BTreeMap<String, usize> = BTreeMap::new();
            let mut members = Vec::new();
            for property in &object.properties {
                let (key, key_span) = match &property.name {
                    ObjectPropName::String(s) => (s.value.to_string(), s.range.start..s.range.end),
                    ObjectPropName::Word(w) => (w.value.to_string(), w.range.start..w.range.end),
                };
                let member_pointer = pointer.child(key.clone());
                if let Some(&first) = first_seen.get(&key) {
                    let (line, _) = diagnostics.line_column(file, first);
                    diagnostics.error(
                        Rule::DuplicateKey,
                        file,
                        key_span,
                        &member_pointer,
                        format!("key `{key}` appears twice in this object (first on line {line}); JSON readers disagree on which copy counts, so keep one"),
                    );
                    continue;
                }
                first_seen.insert(key.clone(), key_span.start);
                let value = convert(file, &property.value, member_pointer, diagnostics);
                members.push(Member {
                    key,
                    key_span,
                    value,
                });
            }
            (object.range, NodeValue::Object(members))
        }
    };
    Node {
        span: range.start..range.end,
        pointer,
        value,
    }
}

/// The byte offset of serde_json's 1-based line and column (a column of 0 means "before the
/// first character"; serde_json counts columns in bytes).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column.saturating_sub(1)).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> (Option<Node>, Vec<crate::Diagnostic>) {
        let file = SourceFile::new("f.json", "f.json", text.to_owned());
        let mut diagnostics = Diagnostics::new();
        let node = parse(&file, &mut diagnostics);
        (node, diagnostics.into_sorted())
    }

    #[test]
    fn nodes_know_their_place() {
        let (node, diagnostics) = parse_text("{\"a\": [1, {\"b~/\": \"x\"}]}");
        assert!(diagnostics.is_empty());
        let node = node.unwrap();
        let inner = &node.get("a").unwrap().as_array().unwrap()[1];
        let b = inner.get("b~/").unwrap();
        assert_eq!(b.pointer.to_string(), "/a/1/b~0~1");
        assert_eq!(b.span, 18..21);
        assert_eq!(b.as_str(), Some("x"));
    }

    #[test]
    fn duplicate_keys_are_reported_at_the_second_copy() {
        let (node, diagnostics) = parse_text("{\"a\": 1,\n \"a\": 2}");
        assert_eq!(node.unwrap().get("a").unwrap().to_value(), 1);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!((diagnostics[0].line, diagnostics[0].column), (2, 2));
        assert!(diagnostics[0].message.contains("first on line 1"));
    }

    #[test]
    fn syntax_errors_byte_order_marks_and_deep_nesting_are_located() {
        let (node, diagnostics) = parse_text("{\"a\": }");
        assert!(node.is_none());
        assert_eq!((diagnostics[0].line, diagnostics[0].column), (1, 7));
        let (_, diagnostics) = parse_text("\u{feff}{}");
        assert!(diagnostics[0].message.contains("byte-order mark"));
        let (_, diagnostics) = parse_text(&"[".repeat(10_000));
        assert!(diagnostics[0].message.contains("nested more than 128"));
        let (_, diagnostics) = parse_text("{} x");
        assert!(diagnostics[0].message.contains("trailing characters"));
    }

    /// JSON allows numbers beyond `f64`; the engine cannot read them, and says which one.
    #[test]
    fn a_number_beyond_f64_is_located_with_its_pointer() {
        let (node, diagnostics) = parse_text("{\"type\": \"number\",\n \"examples\": [1, 1e400]}");
        assert!(node.is_none());
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].pointer.to_string(), "/examples/1");
        assert_eq!((diagnostics[0].line, diagnostics[0].column), (2, 18));
        assert!(
            diagnostics[0].message.contains("`1e400`"),
            "{}",
            diagnostics[0].message
        );
        // Deeper than the engine reads, the place is the reader's and the pointer the root's.
        let deep = format!("[1e400, {}]", "[".repeat(200));
        let (_, diagnostics) = parse_text(&deep);
        assert!(diagnostics[0].pointer.is_root());
    }
}
