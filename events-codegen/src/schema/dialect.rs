//! Dialects: a schema file may be written in any JSON Schema draft from draft-04 to 2020-12,
//! chosen by its root `$schema` (2020-12 without one). Before conversion, a file of an earlier
//! draft is rewritten into the 2020-12 keywords that mean the same, so that the converter reads
//! one vocabulary and every later message speaks it: draft-04's `id` and boolean
//! `exclusiveMinimum`/`exclusiveMaximum`, the array form of `items` with `additionalItems`,
//! `dependencies`, and, before 2019-09, keywords beside `$ref`, which those drafts ignore.
//! Rewritten keywords keep the spans of what they came from, so diagnostics point at the text.

use super::registry::Keyword;
use crate::diagnostic::Diagnostics;
use crate::json::{Member, Node, NodeValue};
use crate::rule::Rule;
use crate::source::SourceFile;

/// A JSON Schema draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Dialect {
    Draft04,
    Draft06,
    Draft07,
    Draft201909,
    Draft202012,
}

impl Dialect {
    /// The draft a `$schema` URI names (with or without its trailing `#`, over http or https).
    fn of_uri(uri: &str) -> Option<Dialect> {
        let uri = uri.trim_end_matches('#');
        let path = uri
            .strip_prefix("http://")
            .or_else(|| uri.strip_prefix("https://"))?;
        match path {
            "json-schema.org/draft-04/schema" => Some(Dialect::Draft04),
            "json-schema.org/draft-06/schema" => Some(Dialect::Draft06),
            "json-schema.org/draft-07/schema" => Some(Dialect::Draft07),
            "json-schema.org/draft/2019-09/schema" => Some(Dialect::Draft201909),
            "json-schema.org/draft/2020-12/schema" => Some(Dialect::Draft202012),
            _ => None,
        }
    }
}

/// `root` in 2020-12 keywords, read in the dialect its `$schema` names, and that dialect; an
/// unknown `$schema` is reported, and the file read as 2020-12 so that its other defects show
/// too.
pub fn normalize(
    file: &SourceFile,
    mut root: Node,
    diagnostics: &mut Diagnostics,
) -> (Node, Dialect) {
    let Some(declared) = Keyword::Schema.of(&root) else {
        return (root, Dialect::Draft202012);
    };
    let Some(uri) = declared.as_str() else {
        // The keyword reader reports a `$schema` that is not a string.
        return (root, Dialect::Draft202012);
    };
    let Some(dialect) = Dialect::of_uri(uri) else {
        diagnostics.error(
            Rule::UnknownDialect,
            file,
            declared.span.clone(),
            &declared.pointer,
            format!("`$schema` names `{uri}`, which is not a JSON Schema draft the generator knows (draft-04, draft-06, draft-07, 2019-09, 2020-12)"),
        );
        return (root, Dialect::Draft202012);
    };
    if dialect < Dialect::Draft202012 {
        rewrite(&mut root, dialect);
    }
    (root, dialect)
}

/// Rewrites one schema object and, through the places that hold schemas, every schema in it.
/// Iterative, so that deeply nested schemas cost no stack.
fn rewrite(root: &mut Node, dialect: Dialect) {
    let mut is_root = true;
    each_schema_mut(root, |members| {
        rewrite_keywords(members, dialect, is_root);
        is_root = false;
    });
}

/// Calls `visit` on the keywords of each schema object in `root`, before the schemas they hold.
/// Iterative, so that deeply nested schemas cost no stack.
fn each_schema_mut(root: &mut Node, mut visit: impl FnMut(&mut Vec<Member>)) {
    let mut stack: Vec<&mut Node> = vec![root];
    while let Some(node) = stack.pop() {
        let NodeValue::Object(members) = &mut node.value else {
            continue;
        };
        visit(members);
        for member in members.iter_mut() {
            if let Some(keyword) = Keyword::named(&member.key) {
                stack.extend(keyword.schemas_in_mut(&mut member.value));
            }
        }
    }
}

/// The keywords of one schema object, in 2020-12 terms.
fn rewrite_keywords(members: &mut Vec<Member>, dialect: Dialect, is_root: bool) {
    if dialect == Dialect::Draft04 {
        rename(members, "id", Keyword::Id.name());
        for (exclusive, bound) in [
            (Keyword::ExclusiveMinimum, Keyword::Minimum),
            (Keyword::ExclusiveMaximum, Keyword::Maximum),
        ] {
            exclusive_bound_as_number(members, exclusive.name(), bound.name());
        }
    }
    if dialect <= Dialect::Draft201909 {
        let items_is_array = members
            .iter()
            .any(|m| m.key == "items" && matches!(m.value.value, NodeValue::Array(_)));
        if items_is_array {
            rename(members, "items", Keyword::PrefixItems.name());
            rename(members, "additionalItems", Keyword::Items.name());
        } else {
            // Without the array form, `additionalItems` has nothing to apply to.
            members.retain(|m| m.key != "additionalItems");
        }
    }
    if dialect <= Dialect::Draft07 {
        split_dependencies(members);
        plain_name_id_as_anchor(members);
        // Before 2019-09 every keyword beside `$ref` is ignored, `$id` too (it would change
        // the base the `$ref` resolves against); the places that hold definitions stay, since
        // `$ref`s lead into them, and so does the file's own `$id`, which names the file.
        if members.iter().any(|m| m.key == Keyword::Ref.name()) {
            members.retain(|m| match Keyword::named(&m.key) {
                Some(Keyword::Id) => is_root,
                Some(keyword) => {
                    keyword.is_annotation()
                        || matches!(keyword, Keyword::Ref | Keyword::Defs | Keyword::Definitions)
                }
                None => true,
            });
        }
    }
}

/// Before 2019-09, `"$id": "#name"` declares what 2019-09's `"$anchor": "name"` does: a name a
/// `$ref` can give the schema by.
fn plain_name_id_as_anchor(members: &mut [Member]) {
    let id = Keyword::Id.name();
    for member in members.iter_mut().filter(|m| m.key == id) {
        let NodeValue::String(text) = &mut member.value.value else {
            continue;
        };
        if let Some(name) = text.strip_prefix('#').filter(|name| !name.is_empty()) {
            *text = name.to_owned();
            member.key = Keyword::Anchor.name().to_owned();
        }
    }
}

fn rename(members: &mut [Member], from: &str, to: &str) {
    for member in members.iter_mut().filter(|m| m.key == from) {
        member.key = to.to_owned();
    }
}

/// Draft-04's `exclusiveMaximum: true` beside `maximum: 5` is 2020-12's `exclusiveMaximum: 5`;
/// `false`, or `true` with no bound, says nothing.
fn exclusive_bound_as_number(members: &mut Vec<Member>, exclusive: &str, bound: &str) {
    let Some(at) = members.iter().position(|m| m.key == exclusive) else {
        return;
    };
    let NodeValue::Bool(is_exclusive) = members[at].value.value else {
        return;
    };
    let bound_at = members.iter().position(|m| m.key == bound);
    match bound_at {
        Some(bound_at) if is_exclusive => {
            let value = members[bound_at].value.clone();
            members[at].value = value;
            members.remove(bound_at);
        }
        _ => {
            members.remove(at);
        }
    }
}

/// `dependencies` as `dependentRequired` (its arrays) and `dependentSchemas` (its schemas).
fn split_dependencies(members: &mut Vec<Member>) {
    let Some(at) = members.iter().position(|m| m.key == "dependencies") else {
        return;
    };
    let dependencies = members.remove(at);
    let NodeValue::Object(entries) = &dependencies.value.value else {
        members.insert(at, dependencies);
        return;
    };
    let (required, schemas): (Vec<Member>, Vec<Member>) = entries
        .iter()
        .cloned()
        .partition(|entry| matches!(entry.value.value, NodeValue::Array(_)));
    for (keyword, entries) in [
        (Keyword::DependentRequired, required),
        (Keyword::DependentSchemas, schemas),
    ] {
        if entries.is_empty() {
            continue;
        }
        members.push(Member {
            key: keyword.name().to_owned(),
            key_span: dependencies.key_span.clone(),
            value: Node {
                value: NodeValue::Object(entries),
                ..dependencies.value.clone()
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use super::Dialect;

    #[test]
    fn schema_uris_name_their_draft() {
        for (uri, dialect) in [
            ("http://json-schema.org/draft-04/schema#", Dialect::Draft04),
            ("https://json-schema.org/draft-07/schema", Dialect::Draft07),
            (
                "https://json-schema.org/draft/2019-09/schema",
                Dialect::Draft201909,
            ),
            (
                "https://json-schema.org/draft/2020-12/schema#",
                Dialect::Draft202012,
            ),
        ] {
            assert_eq!(Dialect::of_uri(uri), Some(dialect), "{uri}");
        }
        assert_eq!(Dialect::of_uri("https://example.com/my-schema"), None);
        assert_eq!(Dialect::of_uri("draft-07"), None);
    }
}
