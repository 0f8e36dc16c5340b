//! Where a `$ref` leads: a relative reference resolved against the catalog path of the file it
//! stands in, as RFC 3986 (§5.2) resolves one, so that `"../../defs/user.json"` from
//! `schemas/<event>/<version>.json` and `"user.json"` from `defs/app.json` name the same file;
//! in a file with an absolute `$id`, against that first.

use super::dialect::each_schema_mut;
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

/// Rewrites each relative `$ref` of a file whose root `$id` is an absolute URI into the URI it
/// resolves to against that `$id` (RFC 3986, section 5.2), where that URI is the file itself or
/// a shared file's `$id`: JSON Schema resolves references against the `$id`, which need not
/// match the file's place in the catalog. Other references stay, to resolve against the path.
pub fn rebase_references(root: &mut Node, ids: &Ids) {
    let Some(base) = Keyword::Id
        .of(root)
        .and_then(Node::as_str)
        .map(|id| id.split('#').next().unwrap_or_default().to_owned())
        .filter(|id| has_scheme(id))
    else {
        return;
    };
    each_schema_mut(root, |members| {
        for member in members.iter_mut().filter(|m| m.key == Keyword::Ref.name()) {
            let NodeValue::String(text) = &mut member.value.value else {
                continue;
            };
            if text.starts_with('#') || has_scheme(text) {
                continue;
            }
            let Some(resolved) = resolve_against(&base, text) else {
                continue;
            };
            let (uri, fragment) = resolved.split_once('#').unwrap_or((&resolved, ""));
            if uri == base {
                *text = format!("#{fragment}");
            } else if ids.contains_key(uri) {
                *text = resolved;
            }
        }
    });
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
