//! `$defs`: which definition a `$ref` names, and an order to convert definitions in where each
//! comes after those it refers to. Both walk the schema iteratively, so a chain of thousands of
//! `$ref`s costs no stack; the definitions on a cycle are set apart, for `recursion` to convert.

use std::collections::{BTreeMap, BTreeSet};

use super::reference::{Destination, destination};
use super::registry::Keyword;
use crate::diagnostic::{Diagnostics, Pointer};
use crate::json::{Member, Node};
use crate::rule::Rule;
use crate::source::SourceFile;

/// The `$anchor`s of a file that a `$ref` can name (`#name`): the root's (`None`) and those at
/// the top of a definition (its key).
pub type Anchors = BTreeMap<String, Option<String>>;

/// The anchors declared by `root` and at the top of its definitions.
pub fn anchors(root: &Node) -> Anchors {
    let anchor = |node: &Node| {
        Keyword::Anchor
            .of(node)
            .and_then(Node::as_str)
            .map(str::to_owned)
    };
    let mut found: Anchors = anchor(root).into_iter().map(|name| (name, None)).collect();
    for defs in [Keyword::Defs, Keyword::Definitions] {
        for def in defs.of(root).and_then(Node::as_object).unwrap_or_default() {
            if let Some(name) = anchor(&def.value) {
                found.entry(name).or_insert_with(|| Some(def.key.clone()));
            }
        }
    }
    found
}

/// What in its own file a `$ref` in the file at `location` names, or `None` when it names
/// nothing there.
#[derive(Debug, PartialEq, Eq)]
pub enum LocalTarget {
    /// The file's root: `#`, or an anchor of the root.
    Root,
    /// A definition, by key: `#/$defs/a`, `app.json#/$defs/a` in `defs/app.json`, or `#name`
    /// for a definition with `"$anchor": "name"`.
    Definition(String),
}

pub fn local_target(location: &str, anchors: &Anchors, reference: &str) -> Option<LocalTarget> {
    let Destination::ThisFile(fragment) = destination(location, reference) else {
        return None;
    };
    if fragment == "#" {
        return Some(LocalTarget::Root);
    }
    if let Some(name) = fragment.strip_prefix('#').filter(|f| !f.starts_with('/')) {
        return match anchors.get(name)? {
            None => Some(LocalTarget::Root),
            Some(key) => Some(LocalTarget::Definition(key.clone())),
        };
    }
    definition_key(fragment).map(LocalTarget::Definition)
}

/// The key of the definition of its own file that a `$ref` names; `None` for anything else.
pub fn local_definition_key(location: &str, anchors: &Anchors, reference: &str) -> Option<String> {
    match local_target(location, anchors, reference)? {
        LocalTarget::Definition(key) => Some(key),
        LocalTarget::Root => None,
    }
}

/// The `$defs` key that a `$ref` fragment names (`#/$defs/a~1b` → `a/b`, escapes per RFC 6901); `None`
/// for a reference to anything else.
pub fn definition_key(reference: &str) -> Option<String> {
    let pointer = Pointer::parse(reference.strip_prefix('#')?)?;
    match pointer.segments() {
        [defs, key] if defs == Keyword::Defs.name() || defs == Keyword::Definitions.name() => {
            Some(key.clone())
        }
        _ => None,
    }
}

/// The definitions in an order where each follows the ones it refers to, ties broken by key;
/// then, apart, the ones on a cycle of references (recursive types) or after one, each after
/// the ones it refers to except where a cycle comes back (depth first, by key), so that an
/// `allOf` part finds the definition it merges converted wherever it can be.
pub fn order<'a>(
    location: &str,
    anchors: &Anchors,
    defs: &'a [Member],
) -> (Vec<&'a Member>, Vec<&'a Member>) {
    let by_key: BTreeMap<&str, &Member> = defs.iter().map(|def| (def.key.as_str(), def)).collect();
    let mut depends_on: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut dependents: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (&key, def) in &by_key {
        let references: BTreeSet<String> = references(&def.value)
            .into_iter()
            .filter_map(|reference| local_definition_key(location, anchors, reference))
            .filter(|target| by_key.contains_key(target.as_str()))
            .collect();
        for target in &references {
            dependents.entry(target.clone()).or_default().push(key);
        }
        depends_on.insert(key, references);
    }
    let mut ready: BTreeSet<&str> = depends_on
        .iter()
        .filter(|(_, targets)| targets.is_empty())
        .map(|(key, _)| *key)
        .collect();
    let mut ordered = Vec::new();
    while let Some(key) = ready.pop_first() {
        ordered.push(by_key[key]);
        for &dependent in dependents.get(key).map(Vec::as_slice).unwrap_or_default() {
            if let Some(targets) = depends_on.get_mut(dependent) {
                targets.remove(key);
                if targets.is_empty() {
                    ready.insert(dependent);
                }
            }
        }
        depends_on.remove(key);
    }
    let mut recursive = Vec::new();
    let mut visited: BTreeSet<&str> = BTreeSet::new();
    for &start in depends_on.keys() {
        // Depth first without recursion: a stack of (definition, its next dependency).
        let mut stack: Vec<(&str, usize)> = Vec::new();
        if visited.insert(start) {
            stack.push((start, 0));
        }
        while let Some((key, next)) = stack.pop() {
            let dependency = depends_on[key]
                .iter()
                .filter(|target| depends_on.contains_key(target.as_str()))
                .nth(next);
            match dependency {
                Some(target) => {
                    stack.push((key, next + 1));
                    let target = by_key[target.as_str()].key.as_str();
                    if visited.insert(target) {
                        stack.push((target, 0));
                    }
                }
                None => recursive.push(by_key[key]),
            }
        }
    }
    (ordered, recursive)
}

/// Reports each cycle of `left` (a definition and the ones it names) once, at its first
/// definition by key: definitions that are only each other again through `$ref`s, arrays, maps
/// and nullables, with no object or choice between, for which Rust has no type (a type alias
/// cannot name itself).
pub fn report_alias_cycles(
    file: &SourceFile,
    defs: &[Member],
    left: &BTreeMap<&str, BTreeSet<String>>,
    diagnostics: &mut Diagnostics,
) {
    let by_key: BTreeMap<&str, &Member> = defs.iter().map(|def| (def.key.as_str(), def)).collect();
    let mut reported: BTreeSet<String> = BTreeSet::new();
    for &start in left.keys() {
        if reported.contains(start) {
            continue;
        }
        // Every definition left over refers to another one left over, so this walk ends on a
        // cycle; `start` is on it when the walk comes back to it.
        let mut path: Vec<String> = vec![start.to_owned()];
        let mut at = start.to_owned();
        let cycle = loop {
            let Some(next) = left
                .get(at.as_str())
                .and_then(|targets| targets.iter().find(|t| left.contains_key(t.as_str())))
            else {
                break None;
            };
            if let Some(position) = path.iter().position(|seen| seen == next) {
                break Some(path.split_off(position));
            }
            path.push(next.clone());
            at = next.clone();
        };
        let Some(mut cycle) = cycle else { continue };
        if cycle.iter().any(|key| reported.contains(key)) {
            continue;
        }
        reported.extend(cycle.iter().cloned());
        let first = cycle.iter().min().cloned().unwrap_or_default();
        let turn = cycle.iter().position(|key| *key == first).unwrap_or(0);
        cycle.rotate_left(turn);
        cycle.push(first.clone());
        let Some(def) = by_key.get(first.as_str()) else {
            continue;
        };
        diagnostics.error(
            Rule::RecursiveRef,
            file,
            def.value.span.clone(),
            &def.value.pointer,
            format!(
                "definition `{first}` is only itself again ({}) through `$ref`s, arrays, maps or nullables, with no object or `oneOf`/`anyOf` between: a Rust type alias cannot name itself, so such a type is not supported; put an object or a choice on the cycle",
                cycle.join(" → ")
            ),
        );
    }
}

/// The `$ref`s inside a schema, walking only the places that hold schemas (so a property named
/// `$ref` is not taken for a reference) and not into nested `$defs`, which are reported where
/// they stand.
fn references(schema: &Node) -> Vec<&str> {
    reference_nodes(schema, false)
        .into_iter()
        .filter_map(Node::as_str)
        .collect()
}

/// Every `$ref` of a schema file, its definitions' included.
pub fn all_references(root: &Node) -> Vec<&Node> {
    reference_nodes(root, true)
}

fn reference_nodes(schema: &Node, into_definitions: bool) -> Vec<&Node> {
    let mut found = Vec::new();
    let mut stack = vec![schema];
    while let Some(node) = stack.pop() {
        for member in node.as_object().unwrap_or_default() {
            match Keyword::named(&member.key) {
                Some(Keyword::Ref) => found.push(&member.value),
                Some(Keyword::Defs | Keyword::Definitions) if into_definitions => {
                    stack.extend(
                        member
                            .value
                            .as_object()
                            .unwrap_or_default()
                            .iter()
                            .map(|def| &def.value),
                    );
                }
                Some(Keyword::Defs | Keyword::Definitions) | None => {}
                Some(keyword) => stack.extend(keyword.schemas_in(&member.value)),
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::definition_key;

    #[test]
    fn references_unescape_their_key() {
        assert_eq!(definition_key("#/$defs/Call").as_deref(), Some("Call"));
        assert_eq!(definition_key("#/$defs/a~1b~0c").as_deref(), Some("a/b~c"));
        assert_eq!(
            definition_key("#/definitions/Call").as_deref(),
            Some("Call")
        );
        assert_eq!(definition_key("#/properties/Call"), None);
        assert_eq!(definition_key("other.json#/$defs/Call"), None);
        assert_eq!(definition_key("#/$defs/a/b"), None);
    }
}
