//! `index.json`: its rows, read column by column into model events. Every rule about one row
//! lives here, and every column of a row is checked even when another is defective, so that one
//! build reports all of a row's defects. Rules across rows live in `check`.

mod dates;
mod envelope;
mod row;
mod versions;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostics;
use crate::json::Node;
use crate::load::LoadedCatalog;
use crate::model::{Payload, Version};
use crate::rule::Rule;
use crate::schema::{VOCABULARY_KEY, Vocabulary};
use crate::source::SourceFile;
pub use envelope::{
    ENVELOPE_KEY, EnvelopeDeclaration, NAMED_ENVELOPES, SELECTOR_KEY, VERSION_FIELD_KEY,
    parse_envelope, read as read_envelope, read_selector, read_version_field,
};
pub use row::Row;
use row::read_row;

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
pub(crate) struct Conventions {
    /// `event_names: kebab-case-major`.
    pub(crate) kebab_major: bool,
    /// The index has a `selector`.
    pub(crate) has_selector: bool,
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
