//! Rules that span several rows or files of a catalog. Each `check_*` function enforces one rule
//! and says why it exists; [`check`] runs them all so that every defect is reported at once.
//! Rules about one row live in `index`, rules about one schema in `schema`.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::Diagnostics;
use crate::index::Row;
use crate::json::Node;
use crate::load::LoadedCatalog;
use crate::model::{Event, Status, Version};
use crate::rule::Rule;
use crate::source::SourceFile;

/// Runs every cross-cutting rule on the rows read from `index`, and returns the events of the
/// sound rows, leaving out those that could not be generated (a second row with a name already
/// taken).
pub fn check(
    index: &SourceFile,
    rows: &[Row<'_>],
    loaded: &LoadedCatalog,
    diagnostics: &mut Diagnostics,
) -> Vec<Event> {
    let mut error = |rule, at: &Node, message: String| {
        diagnostics.error(rule, index, at.span.clone(), &at.pointer, message);
    };
    let taken = check_unique_names(rows, &mut error);
    check_replacements(rows, &mut error);
    check_replacement_cycles(rows, &mut error);
    check_deliveries(rows, &mut error);
    check_unlisted_schemas(rows, loaded, diagnostics);
    rows.iter()
        .enumerate()
        .filter(|(position, _)| taken.binary_search(position).is_err())
        .filter_map(|(_, row)| row.event.clone())
        .collect()
}

/// Rows delivered under one name are told apart by the selector field's value alone: each needs
/// one, and no two the same, or a message would match two rows (or none by design).
fn check_deliveries(rows: &[Row<'_>], error: &mut impl FnMut(Rule, &Node, String)) {
    let mut groups: BTreeMap<&str, Vec<&Row<'_>>> = BTreeMap::new();
    for row in rows {
        if let Some((delivered_as, _)) = row.delivery {
            groups.entry(delivered_as).or_default().push(row);
        }
    }
    for (delivered_as, group) in groups.iter().filter(|(_, group)| group.len() > 1) {
        let mut values: BTreeMap<&str, &str> = BTreeMap::new();
        for row in group {
            let name = row.name.unwrap_or_default();
            let at = row
                .node
                .get("selector_value")
                .unwrap_or_else(|| name_node(row));
            match row.delivery.and_then(|(_, value)| value) {
                None => error(
                    Rule::DeliveriesThatConflict,
                    at,
                    format!(
                        "{} rows arrive as `{delivered_as}`; `{name}` needs a `selector_value` to be told apart",
                        group.len()
                    ),
                ),
                Some((value, _)) => {
                    if let Some(first) = values.insert(value, name) {
                        error(
                            Rule::DeliveriesThatConflict,
                            at,
                            format!(
                                "`{first}` and `{name}` both arrive as `{delivered_as}` with `selector_value` \"{value}\"; give each its own"
                            ),
                        );
                    }
                }
            }
        }
    }
}

fn name_node<'a>(row: &Row<'a>) -> &'a Node {
    row.node.get("name").unwrap_or(row.node)
}

/// Two rows with one name would make two `EventName` variants for one wire string, and two names
/// that differ only in how they split words (`a-b1-v1`, `a-b-1-v1`) would make the same Rust
/// variant. Returns the positions of the rows that lose: every one after the first.
fn check_unique_names(rows: &[Row<'_>], error: &mut impl FnMut(Rule, &Node, String)) -> Vec<usize> {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    let mut taken = Vec::new();
    for (position, row) in rows.iter().enumerate() {
        let (Some(name), Some(variant)) = (row.name, row.rust_name.clone()) else {
            continue;
        };
        if let Some(&first) = seen.get(&variant) {
            taken.push(position);
            let (rule, message) = if first == name {
                let message = format!("event `{name}` is listed twice; keep one row");
                (Rule::DuplicateEventName, message)
            } else {
                let message = format!(
                    "events `{first}` and `{name}` both become the Rust name `{variant}`; give one a `rust_name`"
                );
                (Rule::NamesThatCollideInRust, message)
            };
            error(rule, name_node(row), message);
        } else {
            seen.insert(variant, name);
        }
    }
    taken
}

/// A replacement is shown to users in deprecation notes; naming an event the catalog does not
/// have, or one that is itself sunset, would send them to something they cannot use.
fn check_replacements(rows: &[Row<'_>], error: &mut impl FnMut(Rule, &Node, String)) {
    for row in rows {
        let (Some(replacement), Some(at)) = (row.replaced_by, row.node.get("replaced_by")) else {
            continue;
        };
        let target = rows.iter().find(|other| other.name == Some(replacement));
        if row.name == Some(replacement) {
            let message = format!("event `{replacement}` cannot replace itself");
            error(Rule::ReplacedByItself, at, message);
        } else if let Some(target) = target {
            if target.status == Some(Status::Sunset) {
                error(
                    Rule::ReplacedByASunsetEvent,
                    at,
                    format!(
                        "`replaced_by` names `{replacement}`, which is sunset; name the event that replaces it"
                    ),
                );
            }
        } else {
            error(
                Rule::ReplacementThatDoesNotExist,
                at,
                format!("`replaced_by` names `{replacement}`, which is not in the catalog"),
            );
        }
    }
}

/// Following `replaced_by` must lead to an event that is not replaced: a cycle (`a` → `b` → `a`)
/// sends users round in circles. Each cycle is reported once, at its first row.
fn check_replacement_cycles(rows: &[Row<'_>], error: &mut impl FnMut(Rule, &Node, String)) {
    let next: BTreeMap<&str, &str> = rows
        .iter()
        .filter_map(|row| Some((row.name?, row.replaced_by?)))
        .filter(|(name, replacement)| name != replacement)
        .collect();
    // The first row of each name, where a circle through that name is reported.
    let mut first_row: BTreeMap<&str, usize> = BTreeMap::new();
    for (position, row) in rows.iter().enumerate() {
        if let Some(name) = row.name {
            first_row.entry(name).or_insert(position);
        }
    }
    // Each name is walked once: a walk stops at a name an earlier walk reached (whatever lies
    // beyond it is known), or at a name of its own path, which closes a circle. Linear in the
    // rows, however long the chains.
    let mut walked: BTreeSet<&str> = BTreeSet::new();
    for row in rows {
        let Some(start) = row.name else { continue };
        let mut path: Vec<&str> = Vec::new();
        let mut on_path: BTreeMap<&str, usize> = BTreeMap::new();
        let mut at = Some(start);
        while let Some(name) = at {
            if let Some(&index) = on_path.get(name) {
                report_circle(&path[index..], rows, &first_row, error);
                break;
            }
            if !walked.insert(name) {
                break;
            }
            on_path.insert(name, path.len());
            path.push(name);
            at = next.get(name).copied();
        }
    }
}

/// Reports a circle of replacements once, at the row of its member listed first, with the
/// circle told from that member round to it again.
fn report_circle(
    circle: &[&str],
    rows: &[Row<'_>],
    first_row: &BTreeMap<&str, usize>,
    error: &mut impl FnMut(Rule, &Node, String),
) {
    let Some((start, position)) = circle
        .iter()
        .enumerate()
        .filter_map(|(start, name)| Some((start, *first_row.get(name)?)))
        .min_by_key(|&(_, position)| position)
    else {
        return;
    };
    let mut told: Vec<&str> = circle[start..]
        .iter()
        .chain(&circle[..start])
        .copied()
        .collect();
    told.push(circle[start]);
    if let Some(node) = rows[position].node.get("replaced_by") {
        error(
            Rule::ReplacedByCycle,
            node,
            format!(
                "`replaced_by` goes round in a circle ({}); the last event of a chain must not be replaced",
                told.join(" → ")
            ),
        );
    }
}

/// A schema file that no row lists is dead weight at best and, more often, a version someone
/// forgot to add to the index. Its contents are checked all the same.
fn check_unlisted_schemas(rows: &[Row<'_>], loaded: &LoadedCatalog, diagnostics: &mut Diagnostics) {
    for file in &loaded.schemas {
        let version = Version::parse(&file.version);
        let listed = rows.iter().any(|row| {
            row.name == Some(file.event.as_str())
                && (!row.versions_complete
                    || row
                        .versions
                        .iter()
                        .any(|(v, _)| Some(v) == version.as_ref()))
        });
        if !listed {
            let message = if version.is_none() {
                format!(
                    "`{}.json` is not named after a schema version; name it like `1.0.0.json` and list that version in the row of `{}`",
                    file.version, file.event
                )
            } else {
                format!(
                    "no row of the index lists version `{}` of `{}`; add it to that row's `schema_versions` or delete the file",
                    file.version, file.event
                )
            };
            let shown_as = &file.source.shown_as;
            diagnostics.file_error(Rule::SchemaFileForUnlistedVersion, shown_as, message);
        }
    }
}
