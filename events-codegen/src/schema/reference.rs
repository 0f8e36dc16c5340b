//! Where a `$ref` leads: a relative reference resolved against the catalog path of the file it
//! stands in, as RFC 3986 (§5.2) resolves one, so that `"../../defs/user.json"` from
//! `schemas/<event>/<version>.json` and `"user.json"` from `defs/app.json` name the same file;
//! in a file with an absolute `$id`, against that first.

use std::collections::BTreeMap;

use super::registry::Keyword;
use crate::json::{Node, NodeValue};

/// The place a `$ref` names.
#[derive(Debug, PartialEq, Eq)]
pub enum Destination<'r> {
    /// The file the reference stands in: the fragment, with its `#` (`#` alone for the root).
    ThisFile(&'r str),
    /// Another file of the catalog: its path from the catalog folder, and the fragment after
    /// the `#` (empty for the file's root).
    OtherFile { path: String, fragment: &'r str },
    /// Anything outside the catalog folder: a URL with a scheme, an absolute path, or a path that
    /// climbs out of the folder.
    Outside,
}

/// The `$id` of each shared file that has one (without a fragment), and the file's path from
/// the catalog folder: a `$ref` to that URI names the file, which is how a catalog maps a
/// remote URL to one of its files.
pub type Ids = std::collections::BTreeMap<String, String>;

/// Where `reference` leads from the file at `location`, an absolute URI that is a shared
/// file's `$id` leading to that file.
pub fn destination_in<'r>(location: &str, reference: &'r str, ids: &Ids) -> Destination<'r> {
    match destination(location, reference) {
        Destination::Outside => {
            let (uri, fragment) = reference.split_once('#').unwrap_or((reference, ""));
            match ids.get(uri) {
                Some(path) => Destination::OtherFile {
                    path: path.clone(),
                    fragment,
                },
                None => Destination::Outside,
            }
        }
        other => other,
    }
}

/// Rewrites the `$ref`s of a file that JSON Schema resolves against a `$id` rather than the
/// file's path (RFC 3986, section 5.2): each `$id` sets the base URI of the schema it stands in
/// (the file's, at the top; an embedded resource's, below), and a reference that resolves to
/// an embedded resource becomes a pointer into this file, one to this file `#…`, and one to a
/// shared file's `$id` that URI. Other references stay, to resolve against the file's path,
/// from `location` (its path from the catalog folder).
pub fn rebase_references(root: &mut Node, location: &str, ids: &Ids) {
    let file_uri = format!("file:///{location}");
    let root_base = own_base(root, &file_uri).unwrap_or(file_uri);
    let mut resources: BTreeMap<String, String> = BTreeMap::new();
    // Each `$anchor` by the resource it belongs to (its base URI) and its name.
    let mut anchors: BTreeMap<(String, String), String> = BTreeMap::new();
    walk(root, &root_base, &mut |node, base| {
        if !node.pointer.is_root() && own_base(node, base).is_some() {
            resources.insert(base.to_owned(), node.pointer.to_string());
        }
        if let Some(name) = Keyword::Anchor.of(node).and_then(Node::as_str) {
            let key = (base.to_owned(), name.to_owned());
            anchors
                .entry(key)
                .or_insert_with(|| node.pointer.to_string());
        }
    });
    walk(root, &root_base, &mut |node, base| {
        let NodeValue::Object(members) = &mut node.value else {
            return;
        };
        for member in members.iter_mut().filter(|m| m.key == Keyword::Ref.name()) {
            let NodeValue::String(text) = &mut member.value.value else {
                continue;
            };
            let resolved = if has_scheme(text) {
                Some(text.clone())
            } else {
                resolve_against(base, text)
            };
            let Some(resolved) = resolved else {
                continue;
            };
            let (uri, fragment) = resolved.split_once('#').unwrap_or((&resolved, ""));
            let anchor = (!fragment.is_empty() && !fragment.starts_with('/'))
                .then(|| anchors.get(&(uri.to_owned(), fragment.to_owned())))
                .flatten();
            // A node's pointer written into a fragment is encoded as the fragment's own part is.
            let encoded = |pointer: &str| events_facts::pointer_fragment(pointer);
            let rebased = if let Some(pointer) = anchor {
                // The anchor of this resource, wherever it stands: by its pointer.
                Some(format!("#{}", encoded(pointer)))
            } else if let Some(pointer) = resources.get(uri) {
                Some(if fragment.is_empty() || fragment.starts_with('/') {
                    format!("#{}{fragment}", encoded(pointer))
                } else {
                    // An anchor: anchors are looked up in the whole file.
                    format!("#{fragment}")
                })
            } else if uri == root_base {
                (!text.starts_with('#')).then(|| format!("#{fragment}"))
            } else if ids.contains_key(uri) {
                Some(resolved.clone())
            } else {
                None
            };
            let rebased = rebased.unwrap_or_else(|| text.clone());
            *text = match rebased.split_once('#') {
                // A JSON pointer in a URI fragment is percent-encoded (RFC 6901, section 6).
                Some((uri, fragment)) if fragment.contains('%') => {
                    match events_facts::percent_decoded(fragment) {
                        Some(fragment) => format!("{uri}#{fragment}"),
                        None => rebased,
                    }
                }
                _ => rebased,
            };
        }
    });
}

/// The base URI the `$id` of the schema `node` sets, against the base around it (`base`).
fn own_base(node: &Node, base: &str) -> Option<String> {
    let id = Keyword::Id.of(node)?.as_str()?;
    if id.starts_with('#') {
        // A plain-name fragment (draft-07 and before): an anchor, not a base.
        return None;
    }
    let resolved = if has_scheme(id) {
        id.to_owned()
    } else {
        resolve_against(base, id)?
    };
    Some(resolved.split('#').next().unwrap_or_default().to_owned())
}

/// Calls `visit` on each schema of `root` with its base URI, the file's being `root_base`.
/// Iterative, so that deeply nested schemas cost no stack.
fn walk(root: &mut Node, root_base: &str, visit: &mut impl FnMut(&mut Node, &str)) {
    let mut stack: Vec<(&mut Node, String)> = vec![(root, root_base.to_owned())];
    while let Some((node, base)) = stack.pop() {
        let base = own_base(node, &base).unwrap_or(base);
        visit(node, &base);
        let NodeValue::Object(members) = &mut node.value else {
            continue;
        };
        for member in members.iter_mut() {
            if let Some(keyword) = Keyword::named(&member.key) {
                let children = keyword.schemas_in_mut(&mut member.value);
                stack.extend(children.into_iter().map(|child| (child, base.clone())));
            }
        }
    }
}

/// `reference` resolved against the absolute URI `base` (RFC 3986, section 5.2), or `None` for
/// a base whose path is not hierarchical (`urn:example:user`).
fn resolve_against(base: &str, reference: &str) -> Option<String> {
    let (scheme, rest) = base.split_at(base.find(':')? + 1);
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    let (authority, path) = match rest.strip_prefix("//") {
        Some(after) => rest.split_at(2 + after.find('/').unwrap_or(after.len())),
        None => ("", rest),
    };
    if reference.starts_with("//") {
        return Some(format!("{scheme}{reference}"));
    }
    let (reference_path, suffix) =
        reference.split_at(reference.find(['?', '#']).unwrap_or(reference.len()));
    let merged = if reference_path.starts_with('/') {
        reference_path.to_owned()
    } else if reference_path.is_empty() {
        path.to_owned()
    } else if path.is_empty() && !authority.is_empty() {
        format!("/{reference_path}")
    } else if path.starts_with('/') {
        let directory = &path[..path.rfind('/').map_or(0, |at| at + 1)];
        format!("{directory}{reference_path}")
    } else {
        return None;
    };
    Some(format!(
        "{scheme}{authority}{}{suffix}",
        without_dot_segments(&merged)
    ))
}

/// RFC 3986, section 5.2.4, for an absolute path: `/a/b/../c/./d` is `/a/c/d`.
fn without_dot_segments(path: &str) -> String {
    let segments: Vec<&str> = path.split('/').collect();
    let mut output: Vec<&str> = Vec::new();
    for (at, segment) in segments.iter().enumerate() {
        let last = at + 1 == segments.len();
        match *segment {
            "." | ".." => {
                // The first, empty, segment is the root: `..` never climbs above it.
                if *segment == ".." && output.len() > 1 {
                    output.pop();
                }
                if last {
                    output.push("");
                }
            }
            other => output.push(other),
        }
    }
    output.join("/")
}

/// Where `reference` leads from the file at `location` (a path from the catalog folder, such as
/// `schemas/call-started-v1/1.0.0.json`).
pub fn destination<'r>(location: &str, reference: &'r str) -> Destination<'r> {
    let (path, fragment) = match reference.split_once('#') {
        Some((path, fragment)) => (path, fragment),
        None => (reference, ""),
    };
    let this_file =
        || Destination::ThisFile(reference.find('#').map_or("#", |at| &reference[at..]));
    if path.is_empty() {
        return this_file();
    }
    if has_scheme(path) || path.starts_with('/') || path.contains('?') {
        return Destination::Outside;
    }
    let mut segments: Vec<&str> = location.split('/').collect();
    segments.pop();
    let mut trailing_directory = false;
    for segment in path.split('/') {
        trailing_directory = matches!(segment, "." | "..");
        match segment {
            "." => {}
            ".." => {
                if segments.pop().is_none() {
                    return Destination::Outside;
                }
            }
            name => segments.push(name),
        }
    }
    if trailing_directory {
        return Destination::Outside;
    }
    let path = segments.join("/");
    if path == location {
        return this_file();
    }
    Destination::OtherFile { path, fragment }
}

/// Whether `path` starts with a URI scheme (`https:`, `urn:`), which makes it absolute.
fn has_scheme(path: &str) -> bool {
    let Some((scheme, _)) = path.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::{Destination, destination, resolve_against};

    #[test]
    fn references_resolve_against_a_base_uri() {
        let base = "https://example.com/schemas/v2/user.schema.json";
        let cases = [
            (
                "address.schema.json",
                "https://example.com/schemas/v2/address.schema.json",
            ),
            (
                "../common/id.json#/$defs/x",
                "https://example.com/schemas/common/id.json#/$defs/x",
            ),
            (
                "./a/./b/../c.json",
                "https://example.com/schemas/v2/a/c.json",
            ),
            ("../../../../up.json", "https://example.com/up.json"),
            ("/root.json", "https://example.com/root.json"),
            ("//other.org/a.json", "https://other.org/a.json"),
        ];
        for (reference, resolved) in cases {
            assert_eq!(
                resolve_against(base, reference).as_deref(),
                Some(resolved),
                "{reference}"
            );
        }
        assert_eq!(
            resolve_against("https://example.com", "a.json").as_deref(),
            Some("https://example.com/a.json")
        );
        assert_eq!(resolve_against("urn:example:user", "address"), None);
    }

    const EVENT: &str = "schemas/call-v1/1.0.0.json";
    const SHARED: &str = "defs/app.json";

    fn other(path: &str, fragment: &'static str) -> Destination<'static> {
        Destination::OtherFile {
            path: path.to_owned(),
            fragment,
        }
    }

    #[test]
    fn fragments_stay_in_their_file() {
        assert_eq!(
            destination(EVENT, "#/$defs/a"),
            Destination::ThisFile("#/$defs/a")
        );
        assert_eq!(destination(EVENT, "#"), Destination::ThisFile("#"));
        assert_eq!(
            destination(SHARED, "app.json#/$defs/a"),
            Destination::ThisFile("#/$defs/a")
        );
        assert_eq!(
            destination(SHARED, "./app.json"),
            Destination::ThisFile("#")
        );
    }

    #[test]
    fn relative_paths_resolve_from_the_file_that_holds_them() {
        assert_eq!(
            destination(EVENT, "../../defs/user.json"),
            other("defs/user.json", "")
        );
        assert_eq!(
            destination(SHARED, "user.json"),
            other("defs/user.json", "")
        );
        assert_eq!(
            destination(SHARED, "./user.json#/$defs/id"),
            other("defs/user.json", "/$defs/id")
        );
        assert_eq!(
            destination(SHARED, "../defs/user.json"),
            other("defs/user.json", "")
        );
        assert_eq!(
            destination(EVENT, "../call-v2/1.0.0.json"),
            other("schemas/call-v2/1.0.0.json", "")
        );
    }

    #[test]
    fn what_leaves_the_catalog_is_outside() {
        assert_eq!(destination(SHARED, "../../user.json"), Destination::Outside);
        assert_eq!(
            destination(SHARED, "https://example.com/user.json"),
            Destination::Outside
        );
        assert_eq!(
            destination(SHARED, "urn:example:user"),
            Destination::Outside
        );
        assert_eq!(destination(SHARED, "/defs/user.json"), Destination::Outside);
        assert_eq!(destination(SHARED, ".."), Destination::Outside);
    }
}
