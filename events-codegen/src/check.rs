//! Rules that span several rows or files of a catalog. Each `check_*` function enforces one rule
//! and says why it exists; [`check`] runs them all so that every defect is reported at once.

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;
use crate::load::{LoadedCatalog, SourceFile};
use crate::model::{Catalog, Event, Status};

/// Runs every cross-cutting rule on a built catalog, and leaves out of it the events that could
/// not be generated (a second row with a name already taken).
pub fn check(loaded: &LoadedCatalog, catalog: &mut Catalog, diagnostics: &mut Vec<Diagnostic>) {
    let Some(index) = &loaded.index else {
        return;
    };
    if !catalog.index_parsed {
        return;
    }
    // `key` may be a path inside the row, like `schema_versions/1`.
    let mut report = |event: &Event, key: &str, message: String| {
        let mut pointer = event.row_pointer.clone();
        pointer.extend(key.split('/').map(str::to_owned));
        diagnostics.push(Diagnostic::at(index, &pointer, message));
    };
    let taken = check_unique_names(catalog, &mut report);
    check_replacements(catalog, &mut report);
    for event in &catalog.events {
        check_major_matches_name(event, &mut report);
        check_date_order(event, &mut report);
        check_status_agrees_with_dates(event, &mut report);
        check_versions_unique(event, &mut report);
    }
    check_unlisted_schemas(loaded, catalog, index, diagnostics);
    let mut position = 0;
    catalog.events.retain(|_| {
        position += 1;
        !taken.contains(&(position - 1))
    });
}

type Report<'a> = dyn FnMut(&Event, &str, String) + 'a;

/// Two rows with one name would make two `EventName` variants for one wire string, and two names
/// that differ only in how they split words (`a-b1-v1`, `a-b-1-v1`) would make the same Rust
/// variant. Returns the positions of the rows that lose: every one after the first.
fn check_unique_names(catalog: &Catalog, report: &mut Report<'_>) -> Vec<usize> {
    let mut seen: BTreeMap<&str, &Event> = BTreeMap::new();
    let mut taken = Vec::new();
    for (position, event) in catalog.events.iter().enumerate() {
        if let Some(&first) = seen.get(event.variant.as_str()) {
            taken.push(position);
            let message = if first.name == event.name {
                format!("event `{}` is listed twice; keep one row", event.name)
            } else {
                format!(
                    "events `{}` and `{}` both become the Rust name `{}`; rename one",
                    first.name, event.name, event.variant
                )
            };
            report(event, "name", message);
        } else {
            seen.insert(&event.variant, event);
        }
    }
    taken
}

/// A replacement is shown to users in deprecation notes; naming an event the catalog does not
/// have would send them looking for something that does not exist.
fn check_replacements(catalog: &Catalog, report: &mut Report<'_>) {
    for event in &catalog.events {
        let Some(replacement) = &event.replaced_by else {
            continue;
        };
        if replacement == &event.name {
            report(
                event,
                "replaced_by",
                format!("event `{}` cannot replace itself", event.name),
            );
        } else if !catalog
            .events
            .iter()
            .any(|other| &other.name == replacement)
        {
            report(
                event,
                "replaced_by",
                format!("`replaced_by` names `{replacement}`, which is not in the catalog"),
            );
        }
    }
}

/// The `-vN` suffix is the event's major version: a schema of another major belongs to another
/// event name.
fn check_major_matches_name(event: &Event, report: &mut Report<'_>) {
    let Some(major) = event
        .name
        .rsplit_once("-v")
        .and_then(|(_, n)| n.parse::<u64>().ok())
    else {
        return;
    };
    for (position, version) in event.versions.iter().enumerate() {
        if version.major != major {
            report(
                event,
                &format!("schema_versions/{position}"),
                format!(
                    "schema version {version} has major {} but the event name `{}` says v{major}; a new major is a new event",
                    version.major, event.name
                ),
            );
        }
    }
}

/// An event is deprecated after it becomes active and sunset after it is deprecated; dates out of
/// order are typing mistakes that would make deprecation notes lie.
fn check_date_order(event: &Event, report: &mut Report<'_>) {
    if let Some(deprecation) = event.deprecation_date
        && deprecation < event.active_date
    {
        report(
            event,
            "deprecation_date",
            format!(
                "deprecation date {deprecation} is before the active date {}",
                event.active_date
            ),
        );
    }
    if let Some(sunset) = event.sunset_date {
        let (floor, what) = match event.deprecation_date {
            Some(deprecation) => (deprecation, "deprecation"),
            None => (event.active_date, "active"),
        };
        if sunset < floor {
            report(
                event,
                "sunset_date",
                format!("sunset date {sunset} is before the {what} date {floor}"),
            );
        }
    }
}

/// The deprecation note quotes the dates, so a status must come with the date that explains it.
fn check_status_agrees_with_dates(event: &Event, report: &mut Report<'_>) {
    match event.status {
        Status::Deprecated if event.deprecation_date.is_none() => report(
            event,
            "status",
            "status is `deprecated` but the row has no `deprecation_date`".to_owned(),
        ),
        Status::Sunset if event.sunset_date.is_none() => report(
            event,
            "status",
            "status is `sunset` but the row has no `sunset_date`".to_owned(),
        ),
        _ => {}
    }
}

/// Each version gets its own payload module; a version listed twice would define it twice.
fn check_versions_unique(event: &Event, report: &mut Report<'_>) {
    for (position, version) in event.versions.iter().enumerate() {
        if event.versions[..position].contains(version) {
            report(
                event,
                &format!("schema_versions/{position}"),
                format!("schema version {version} is listed twice"),
            );
        }
    }
}

/// A schema file that no row lists is dead weight at best and, more often, a version someone
/// forgot to add to the index.
fn check_unlisted_schemas(
    loaded: &LoadedCatalog,
    catalog: &Catalog,
    index: &SourceFile,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for file in &loaded.schemas {
        let listed = catalog.events.iter().any(|event| {
            event.name == file.event && event.versions.iter().any(|v| v.to_string() == file.version)
        });
        // Rows with defects are left out of the model; their files are not reported again.
        let row_failed = !catalog.events.iter().any(|event| event.name == file.event)
            && index.text.contains(&format!("\"{}\"", file.event));
        if !listed && !row_failed {
            diagnostics.push(Diagnostic {
                file: file.source.shown_as.clone(),
                line: 0,
                column: 0,
                pointer: String::new(),
                message: format!(
                    "no row of the index lists version `{}` of `{}`; add it to that row's `schema_versions` or delete the file",
                    file.version, file.event
                ),
            });
        }
    }
}
