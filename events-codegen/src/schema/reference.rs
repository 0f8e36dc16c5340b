//! Where a `$ref` leads: a relative reference resolved against the catalog path of the file it
//! stands in, as RFC 3986 (§5.2) resolves one, so that `"../../defs/user.json"` from
//! `schemas/<event>/<version>.json` and `"user.json"` from `defs/app.json` name the same file.

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
    use super::{Destination, destination};

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
