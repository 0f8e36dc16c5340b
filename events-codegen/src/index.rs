//! `index.json`: its rows, read column by column into model events. Every rule about one row
//! lives here, and every column of a row is checked even when another is defective, so that one
//! build reports all of a row's defects. Rules across rows live in `check`.

mod dates;
mod envelope;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostics;
use crate::json::{Member, Node, NodeValue};
use crate::model::{Direction, Event, Payload, Status, Version};
use crate::rule::Rule;
use crate::schema::{VOCABULARY_KEY, Vocabulary};
use crate::source::SourceFile;
use crate::{ident, load::LoadedCatalog};
use dates::{check_date_order, check_status_agrees_with_dates, read_date};
pub use envelope::{
    ENVELOPE_KEY, EnvelopeDeclaration, NAMED_ENVELOPES, SELECTOR_KEY, VERSION_FIELD_KEY,
    parse_envelope, read as read_envelope, read_selector, read_version_field,
};

/// A row of `index.json` in its written form, for tools that read and write the index as a whole
/// (`events import-table`): serde refuses unknown and duplicate columns. The engine itself reads
/// rows column by column instead, to report every defect at its place.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexRow {
    /// Wire name, as the vendor writes it: `aw-interaction-mute-v1`, `pull_request.opened`.
    pub name: String,
    /// The Rust name of the event (`EventName` and `Event` variant; its module in snake case),
    /// where the one derived from `name` is ugly or ambiguous.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
    /// One-line description.
    pub description: String,
    /// `received` (the default) or `sent`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<String>,
    /// Schema versions, e.g. `["1.0.0"]`.
    pub schema_versions: Vec<String>,
    /// `active`, `deprecated` or `sunset`.
    pub status: String,
    /// `YYYY-MM-DD`.
    pub active_date: String,
    /// `YYYY-MM-DD`, when deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprecation_date: Option<String>,
    /// `YYYY-MM-DD`, when a sunset is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sunset_date: Option<String>,
    /// The event that replaces this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<String>,
    /// The name the event arrives under, when several rows share one (`pull_request`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_as: Option<String>,
    /// The value of the index's `selector` field that picks this row (`opened`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector_value: Option<String>,
    /// Catalog rules this row is allowed to break, each with the reason: a vendor's row taken
    /// as published (`{"date-order": "as published on 2026-11-27"}`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub waive: BTreeMap<String, String>,
}

/// `index.json` in its written form.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndexFile {
    /// The naming convention every event name follows, if the catalog keeps one:
    /// [`KEBAB_MAJOR`] (8x8's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_names: Option<String>,
    /// How the catalog's events travel, when not in 8x8's SDK message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub envelope: Option<EnvelopeDeclaration>,
    /// The payload field that picks the event among rows delivered under one name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selector: Option<String>,
    /// The payload field that names its schema version, when not `/schemaVersion`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_field: Option<String>,
    /// The annotation keywords and formats the catalog adds to JSON Schema's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vocabulary: Option<Vocabulary>,
    /// The rows, in catalog order.
    pub events: Vec<IndexRow>,
}

/// The index key naming the convention every event name follows.
pub const EVENT_NAMES_KEY: &str = "event_names";

/// 8x8's convention: lower-case words joined by `-`, ending in `-v<N>`, N the major version of
/// the event's schemas.
pub const KEBAB_MAJOR: &str = "kebab-case-major";

/// The columns of a row: name, whether required, and what its value must be.
const COLUMNS: &[(&str, bool)] = &[
    ("name", true),
    ("rust_name", false),
    ("description", true),
    ("direction", false),
    ("schema_versions", true),
    ("status", true),
    ("active_date", true),
    ("deprecation_date", false),
    ("sunset_date", false),
    ("replaced_by", false),
    ("delivered_as", false),
    ("selector_value", false),
    ("waive", false),
];

/// One row as read: each column that could be read, and where the row is.
#[derive(Debug)]
pub struct Row<'a> {
    /// The row object.
    pub node: &'a Node,
    /// The `name` column, if it is a string (well formed or not).
    pub name: Option<&'a str>,
    /// The Rust name of the event: `rust_name` if given and well formed, else derived from `name`.
    pub rust_name: Option<String>,
    /// The `replaced_by` column.
    pub replaced_by: Option<&'a str>,
    /// The name the event arrives under (`delivered_as`, else `name`), and the `selector_value`
    /// column with where it is written.
    pub delivery: Option<(&'a str, Column<'a>)>,
    /// The `status` column, if valid.
    pub status: Option<Status>,
    /// The schema versions that parse, with their nodes.
    pub versions: Vec<(Version, &'a Node)>,
    /// Whether every entry of `schema_versions` could be read; when not, the schema files of the
    /// event are not reported as unlisted, since the row may mean them.
    pub versions_complete: bool,
    /// The event, when every column of the row is sound.
    pub event: Option<Event>,
}

/// Reads every row of the index at `root`. Each row's listed versions take their payload from
/// `payloads` (by event name and version); a row is turned into an event when its own columns
/// are sound, even if one of its schemas is not.
pub fn read<'a>(
    file: &SourceFile,
    root: &'a Node,
    has_selector: bool,
    loaded: &LoadedCatalog,
    payloads: &BTreeMap<(String, Version), Payload>,
    diagnostics: &mut Diagnostics,
) -> Vec<Row<'a>> {
    let Some(members) = root.as_object() else {
        diagnostics.error(
            Rule::IndexShape,
            file,
            root.span.clone(),
            &root.pointer,
            format!(
                "the index must be an object like {{\"events\": [ … ]}}, found {}",
                root.kind()
            ),
        );
        return Vec::new();
    };
    let known = [
        "events",
        EVENT_NAMES_KEY,
        ENVELOPE_KEY,
        SELECTOR_KEY,
        VERSION_FIELD_KEY,
        VOCABULARY_KEY,
    ];
    for member in members
        .iter()
        .filter(|member| !known.contains(&member.key.as_str()))
    {
        diagnostics.error(
            Rule::IndexShape,
            file,
            member.key_span.clone(),
            &member.value.pointer,
            format!(
                "unknown key `{}`; the index holds `events`, `{EVENT_NAMES_KEY}`, `{ENVELOPE_KEY}`, `{SELECTOR_KEY}`, `{VERSION_FIELD_KEY}` and `{VOCABULARY_KEY}`",
                member.key
            ),
        );
    }
    let kebab_major = match root.get(EVENT_NAMES_KEY) {
        None => false,
        Some(node) if node.as_str() == Some(KEBAB_MAJOR) => true,
        Some(node) => {
            diagnostics.error(
                Rule::IndexShape,
                file,
                node.span.clone(),
                &node.pointer,
                format!(
                    "`{EVENT_NAMES_KEY}` names the convention every event name follows: `\"{KEBAB_MAJOR}\"` (lower-case words joined by `-`, ending in `-v<N>`, N the major of its schemas); without it, a name is any string"
                ),
            );
            false
        }
    };
    let Some(events) = root.get("events") else {
        diagnostics.error(
            Rule::IndexShape,
            file,
            root.span.clone(),
            &root.pointer,
            "the index needs an `events` array, one object per event",
        );
        return Vec::new();
    };
    let Some(rows) = events.as_array() else {
        diagnostics.error(
            Rule::IndexShape,
            file,
            events.span.clone(),
            &events.pointer,
            format!("`events` must be an array of rows, found {}", events.kind()),
        );
        return Vec::new();
    };
    rows.iter()
        .filter_map(|row| {
            let conventions = Conventions {
                kebab_major,
                has_selector,
            };
            read_row(file, row, conventions, loaded, payloads, diagnostics)
        })
        .collect()
}

/// What the index says about every row.
#[derive(Clone, Copy)]
struct Conventions {
    /// `event_names: kebab-case-major`.
    kebab_major: bool,
    /// The index has a `selector`.
    has_selector: bool,
}

fn read_row<'a>(
    file: &SourceFile,
    node: &'a Node,
    conventions: Conventions,
    loaded: &LoadedCatalog,
    payloads: &BTreeMap<(String, Version), Payload>,
    diagnostics: &mut Diagnostics,
) -> Option<Row<'a>> {
    let mark = diagnostics.mark();
    let Some(members) = node.as_object() else {
        diagnostics.error(
            Rule::IndexShape,
            file,
            node.span.clone(),
            &node.pointer,
            format!("a row must be an object, found {}", node.kind()),
        );
        return None;
    };
    check_known_columns(file, members, diagnostics);
    let waivers = read_waivers(node, &mut |rule, at: &Node, message| {
        diagnostics.error(rule, file, at.span.clone(), &at.pointer, message);
    });
    diagnostics.begin_waivers(waivers.clone());
    let mut error = |rule, at: &Node, message: String| {
        diagnostics.error(rule, file, at.span.clone(), &at.pointer, message);
    };
    let columns = Columns::read(node, &mut error);
    let row_name = columns.name.map(|(name, _)| name);
    // A name that cannot name a folder has no schema files to look for.
    let names_a_folder = columns
        .name
        .is_none_or(|name| check_event_name(name, conventions.kebab_major, &mut error));
    let given_rust_name = columns.rust_name.and_then(|(text, at)| {
        ident::given_variant_name(text)
            .map_err(|why| error(Rule::RustNameNotAName, at, format!("`rust_name`: {why}")))
            .ok()
    });
    let module = match &given_rust_name {
        Some(rust_name) => ident::field_name(rust_name),
        None => ident::event_module(row_name.unwrap_or_default()),
    };
    let rust_name = given_rust_name.or_else(|| row_name.map(ident::type_name));
    if let Some(description) = columns.description {
        check_description(description, &mut error);
    }
    let direction = match columns.direction {
        None => Some(Direction::Received),
        Some((text, at)) => text
            .parse()
            .map_err(|message| error(Rule::UnknownDirection, at, message))
            .ok(),
    };
    let status: Option<Status> = columns.status.and_then(|(text, at)| {
        let unknown = |message| error(Rule::UnknownStatus, at, message);
        text.parse().map_err(unknown).ok()
    });
    let [active_date, deprecation_date, sunset_date] = columns.dates.map(|column| {
        let (text, at) = column?;
        read_date(text, at, &mut error).map(|date| (date, at))
    });
    let versions = read_versions(node, &mut error);
    let versions_complete = node
        .get("schema_versions")
        .and_then(Node::as_array)
        .is_some_and(|entries| entries.len() == versions.len());
    if let Some(selector_value) = columns.selector_value {
        check_selector_value(selector_value, conventions.has_selector, &mut error);
    }
    if let (Some(name), true) = (row_name, conventions.kebab_major) {
        check_major_matches_name(name, &versions, &mut error);
    }
    check_date_order([active_date, deprecation_date, sunset_date], &mut error);
    if let Some((status, at)) = status.zip(columns.status.map(|(_, at)| at)) {
        let has_date = |column: usize| columns.dates[column].is_some();
        check_status_agrees_with_dates(status, at, has_date(1), has_date(2), &mut error);
    }
    let listed = check_schema_files(
        row_name.filter(|_| names_a_folder),
        &versions,
        loaded,
        &mut error,
    );
    diagnostics.end_waivers();
    let event = if diagnostics.has_errors_since(mark) {
        None
    } else {
        (|| {
            let name = row_name?;
            Some(Event {
                name: name.to_owned(),
                variant: rust_name.clone()?,
                module,
                description: columns.description?.0.to_owned(),
                direction: direction?,
                status: status?,
                active_date: active_date?.0,
                deprecation_date: deprecation_date.map(|(date, _)| date),
                sunset_date: sunset_date.map(|(date, _)| date),
                replaced_by: columns.replaced_by.map(|(text, _)| text.to_owned()),
                delivered_as: columns
                    .delivered_as
                    .map_or(name, |(text, _)| text)
                    .to_owned(),
                selector_value: columns.selector_value.map(|(text, _)| text.to_owned()),
                waivers: waivers
                    .iter()
                    .map(|(rule, reason)| (rule.id().to_owned(), reason.clone()))
                    .collect(),
                versions: listed.clone(),
                payloads: listed
                    .iter()
                    .filter_map(|version| {
                        payloads.get(&(name.to_owned(), version.clone())).cloned()
                    })
                    .collect(),
                row: node.pointer.clone(),
            })
        })()
    };
    Some(Row {
        node,
        name: row_name,
        rust_name,
        replaced_by: columns.replaced_by.map(|(text, _)| text),
        delivery: row_name.map(|name| {
            let delivered_as = columns.delivered_as.map_or(name, |(text, _)| text);
            (delivered_as, columns.selector_value)
        }),
        status,
        versions,
        versions_complete,
        event,
    })
}

/// A string column as read: its text and where it is written.
type Column<'a> = Option<(&'a str, &'a Node)>;

/// The string columns of a row, each `None` when absent (reported if required), `null` (an
/// absent optional column) or not a string (reported).
struct Columns<'a> {
    name: Column<'a>,
    rust_name: Column<'a>,
    description: Column<'a>,
    direction: Column<'a>,
    status: Column<'a>,
    /// `active_date`, `deprecation_date`, `sunset_date`.
    dates: [Column<'a>; 3],
    replaced_by: Column<'a>,
    delivered_as: Column<'a>,
    selector_value: Column<'a>,
}

impl<'a> Columns<'a> {
    fn read(row: &'a Node, error: &mut impl FnMut(Rule, &Node, String)) -> Columns<'a> {
        let mut text = |key: &str| -> Column<'a> {
            let required = COLUMNS.iter().any(|(c, r)| *c == key && *r);
            match row.get(key) {
                None => {
                    if required {
                        let message = format!("the row has no `{key}`; add it");
                        error(Rule::MissingRequiredColumn, row, message);
                    }
                    None
                }
                Some(value) => match &value.value {
                    NodeValue::String(text) => Some((text.as_str(), value)),
                    NodeValue::Null if !required => None,
                    _ => {
                        error(
                            Rule::WrongJsonTypeInRow,
                            value,
                            format!("`{key}` must be a string, found {}", value.kind()),
                        );
                        None
                    }
                },
            }
        };
        Columns {
            name: text("name"),
            rust_name: text("rust_name"),
            description: text("description"),
            direction: text("direction"),
            status: text("status"),
            dates: [
                text("active_date"),
                text("deprecation_date"),
                text("sunset_date"),
            ],
            replaced_by: text("replaced_by"),
            delivered_as: text("delivered_as"),
            selector_value: text("selector_value"),
        }
    }
}

/// A misspelt column (`deprecaton_date`) would silently be no column at all: every unknown one
/// is reported, with the columns a row has.
fn check_known_columns(file: &SourceFile, members: &[Member], diagnostics: &mut Diagnostics) {
    for member in members {
        if !COLUMNS.iter().any(|(column, _)| *column == member.key) {
            let known: Vec<String> = COLUMNS.iter().map(|(c, _)| format!("`{c}`")).collect();
            diagnostics.error(
                Rule::UnknownKeyInRow,
                file,
                member.key_span.clone(),
                &member.value.pointer,
                format!(
                    "unknown column `{}`; a row has {}",
                    member.key,
                    known.join(", ")
                ),
            );
        }
    }
}

/// An event name is the vendor's, any string that can name the folder of its schemas
/// (`schemas/<name>/`); in a catalog that keeps 8x8's convention, lower-case words joined by `-`
/// ending in `-vN`, the major version its schemas are checked against.
fn check_event_name(
    (name, at): (&str, &Node),
    kebab_major: bool,
    error: &mut impl FnMut(Rule, &Node, String),
) -> bool {
    let folder_name = !name.is_empty()
        && name != "."
        && name != ".."
        && !name.chars().any(|c| {
            c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        });
    if !folder_name {
        error(
            Rule::EventNameNotAFolderName,
            at,
            format!(
                "event name `{name}` cannot name the folder of its schemas (`schemas/<name>/`): a name is not empty, not `.` or `..`, and has no control character nor any of / \\ : * ? \" < > |"
            ),
        );
        return false;
    }
    if kebab_major && !is_event_name(name) {
        error(
            Rule::EventNameNotKebabCase,
            at,
            format!(
                "event name `{name}` must be lower-case words joined by `-` and end in `-v<N>`, like `aw-interaction-mute-v1`"
            ),
        );
    }
    true
}

/// The description is the rustdoc of every item generated for the event; an empty one leaves
/// users nothing to read.
/// A `selector_value` means something only where the index names the field it is the value of.
fn check_selector_value(
    (text, at): (&str, &Node),
    has_selector: bool,
    error: &mut impl FnMut(Rule, &Node, String),
) {
    if !has_selector {
        error(
            Rule::InvalidSelector,
            at,
            format!(
                "`selector_value` \"{text}\" picks this row by a payload field, but the index names none; add `\"{SELECTOR_KEY}\": \"/<field>\"` beside `events`"
            ),
        );
    }
}

fn check_description((text, at): (&str, &Node), error: &mut impl FnMut(Rule, &Node, String)) {
    if text.trim().is_empty() {
        error(
            Rule::EmptyDescription,
            at,
            "the description is empty; write one line saying what the event reports".to_owned(),
        );
    }
}

/// Each listed version needs its schema file, and a version listed twice would make two
/// modules of one name. Returns the versions listed, each once.
fn check_schema_files(
    name: Option<&str>,
    versions: &[(Version, &Node)],
    loaded: &LoadedCatalog,
    error: &mut impl FnMut(Rule, &Node, String),
) -> Vec<Version> {
    let mut listed: Vec<Version> = Vec::new();
    for (version, at) in versions {
        if listed.contains(version) {
            let message = format!("schema version {version} is listed twice");
            error(Rule::DuplicateSchemaVersion, at, message);
            continue;
        }
        let (module, variant) = (
            ident::version_module(version),
            ident::version_variant(version),
        );
        if let Some(other) = listed.iter().find(|other| {
            ident::version_module(other) == module || ident::version_variant(other) == variant
        }) {
            let message = format!(
                "schema versions {other} and {version} both become the Rust module `{module}` and variant `{variant}` (pre-releases are named without case, their `.` and `-` as `_` or word breaks); drop one"
            );
            error(Rule::VersionsThatCollideInRust, at, message);
            continue;
        }
        listed.push(version.clone());
        let Some(name) = name else { continue };
        let unreadable = loaded
            .unreadable_schemas
            .iter()
            .any(|(event, text)| event == name && Version::parse(text).as_ref() == Some(version));
        let exists = loaded.schemas.iter().any(|file| {
            file.event == name && Version::parse(&file.version).as_ref() == Some(version)
        });
        if !exists && !unreadable {
            error(
                Rule::ListedVersionWithoutSchemaFile,
                at,
                format!(
                    "no schema file for `{name}` version {version}; add `schemas/{name}/{version}.json`"
                ),
            );
        }
    }
    listed
}

/// `schema_versions`: a non-empty array of semantic versions; each bad entry is reported.
fn read_versions<'a>(
    row: &'a Node,
    error: &mut impl FnMut(Rule, &Node, String),
) -> Vec<(Version, &'a Node)> {
    let Some(column) = row.get("schema_versions") else {
        return Vec::new();
    };
    let Some(entries) = column.as_array() else {
        error(
            Rule::WrongJsonTypeInRow,
            column,
            format!(
                "`schema_versions` must be an array of versions like [\"1.0.0\"], found {}",
                column.kind()
            ),
        );
        return Vec::new();
    };
    if entries.is_empty() {
        error(
            Rule::EmptySchemaVersions,
            column,
            "`schema_versions` is empty; list at least one version, like [\"1.0.0\"]".to_owned(),
        );
    }
    let mut versions = Vec::new();
    for entry in entries {
        match entry.as_str().map(|text| (text, Version::parse(text))) {
            Some((_, Some(version))) => versions.push((version, entry)),
            Some((text, None)) => error(
                Rule::SchemaVersionNotSemver,
                entry,
                if text.contains('+') {
                    format!(
                        "schema version `{text}` has build metadata (`+…`), which semantic versioning ignores when it compares versions, so it cannot tell two schemas apart; write `1.0.0` or `1.0.0-beta.3`"
                    )
                } else {
                    format!(
                        "schema version `{text}` is not a semantic version like `1.0.0` or `1.0.0-beta.3`"
                    )
                },
            ),
            None => error(
                Rule::WrongJsonTypeInRow,
                entry,
                format!(
                    "a schema version must be a string like \"1.0.0\", found {}",
                    entry.kind()
                ),
            ),
        }
    }
    versions
}

/// Lower-case ASCII words (letters and digits, the first starting with a letter) joined by single
/// `-`, the last being `v` and a number.
fn is_event_name(name: &str) -> bool {
    let words: Vec<&str> = name.split('-').collect();
    let well_formed = name.starts_with(|c: char| c.is_ascii_lowercase())
        && words.iter().all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    let versioned = words.len() >= 2
        && words
            .last()
            .and_then(|last| last.strip_prefix('v'))
            .is_some_and(|n| Version::parse(&format!("{n}.0.0")).is_some());
    well_formed && versioned
}

/// The `-vN` suffix is the event's major version: a schema of another major belongs to another
/// event name.
fn check_major_matches_name(
    name: &str,
    versions: &[(Version, &Node)],
    error: &mut impl FnMut(Rule, &Node, String),
) {
    let Some(major) = name
        .rsplit_once("-v")
        .and_then(|(_, n)| n.parse::<u64>().ok())
    else {
        return;
    };
    for (version, at) in versions {
        if version.major != major {
            error(
                Rule::MajorVersionDiffersFromName,
                at,
                format!(
                    "schema version {version} has major {} but the event name `{name}` says v{major}; a new major is a new event",
                    version.major
                ),
            );
        }
    }
}

/// `waive`: an object whose keys are ids of waivable rules and whose values are the non-empty
/// reasons.
fn read_waivers(row: &Node, error: &mut impl FnMut(Rule, &Node, String)) -> Vec<(Rule, String)> {
    let Some(column) = row.get("waive") else {
        return Vec::new();
    };
    let Some(members) = column.as_object() else {
        error(
            Rule::WaiversThatAreNotAllowed,
            column,
            format!(
                "`waive` must be an object of rule names and reasons, like {{\"date-order\": \"as published on 2026-11-27\"}}; found {}",
                column.kind()
            ),
        );
        return Vec::new();
    };
    let mut waivers = Vec::new();
    for member in members {
        let Some(rule) = Rule::from_id(&member.key).filter(|rule| rule.waivable()) else {
            let known: Vec<String> = Rule::ALL
                .iter()
                .filter(|rule| rule.waivable())
                .map(|rule| format!("`{rule}` ({})", rule.summary()))
                .collect();
            error(
                Rule::WaiversThatAreNotAllowed,
                &member.value,
                format!(
                    "`{}` is not a rule a row can waive; it can waive {}",
                    member.key,
                    known.join(", ")
                ),
            );
            continue;
        };
        match &member.value.value {
            NodeValue::String(reason) if !reason.trim().is_empty() => {
                waivers.push((rule, reason.clone()));
            }
            _ => error(
                Rule::WaiversThatAreNotAllowed,
                &member.value,
                format!(
                    "waiving `{}` needs a reason, as a non-empty string",
                    member.key
                ),
            ),
        }
    }
    waivers
}

#[cfg(test)]
mod tests {
    use super::{COLUMNS, IndexRow};

    #[test]
    fn the_written_form_has_exactly_the_columns_the_engine_reads() {
        let row = IndexRow {
            rust_name: Some(String::new()),
            direction: Some(String::new()),
            deprecation_date: Some(String::new()),
            sunset_date: Some(String::new()),
            replaced_by: Some(String::new()),
            delivered_as: Some(String::new()),
            selector_value: Some(String::new()),
            waive: std::collections::BTreeMap::from([(String::new(), String::new())]),
            ..IndexRow::default()
        };
        let written = serde_json::to_value(row).unwrap();
        let mut keys: Vec<&str> = written
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut columns: Vec<&str> = COLUMNS.iter().map(|(column, _)| *column).collect();
        keys.sort_unstable();
        columns.sort_unstable();
        assert_eq!(keys, columns);
    }
}
