//! One row of the index: its columns read into values, one `check_*` per rule about one row,
//! every column checked even when another is defective; the row becomes an event when all of
//! its columns are sound.

use std::collections::BTreeMap;

use super::dates::{check_date_order, check_status_agrees_with_dates, read_date};
use super::versions::{check_major_matches_name, check_schema_files, is_event_name, read_versions};
use super::{COLUMNS, Conventions, SELECTOR_KEY};
use crate::diagnostic::Diagnostics;
use crate::ident;
use crate::json::{Member, Node, NodeValue};
use crate::load::LoadedCatalog;
use crate::model::{Date, Direction, Event, Payload, Status, Version};
use crate::rule::Rule;
use crate::source::SourceFile;

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

pub(super) fn read_row<'a>(
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
    let values = RowValues::read(
        node,
        conventions,
        loaded,
        &mut |rule, at: &Node, message| {
            diagnostics.error(rule, file, at.span.clone(), &at.pointer, message);
        },
    );
    diagnostics.end_waivers();
    let event = match diagnostics.has_errors_since(mark) {
        true => None,
        false => values.event(node, &waivers, payloads),
    };
    Some(values.into_row(node, event))
}

/// A row's columns read into values, each `None` when defective (and reported).
struct RowValues<'a> {
    columns: Columns<'a>,
    name: Option<&'a str>,
    /// `rust_name` if given and well formed, else derived from `name`.
    rust_name: Option<String>,
    module: String,
    direction: Option<Direction>,
    status: Option<Status>,
    /// `active_date`, `deprecation_date`, `sunset_date`.
    dates: [Option<(Date, &'a Node)>; 3],
    versions: Vec<(Version, &'a Node)>,
    versions_complete: bool,
    /// The versions listed, each once.
    listed: Vec<Version>,
}

impl<'a> RowValues<'a> {
    fn read(
        node: &'a Node,
        conventions: Conventions,
        loaded: &LoadedCatalog,
        error: &mut impl FnMut(Rule, &Node, String),
    ) -> RowValues<'a> {
        let columns = Columns::read(node, error);
        let name = columns.name.map(|(name, _)| name);
        // A name that cannot name a folder has no schema files to look for.
        let names_a_folder = columns
            .name
            .is_none_or(|name| check_event_name(name, conventions.kebab_major, error));
        let given_rust_name = columns.rust_name.and_then(|(text, at)| {
            ident::given_variant_name(text)
                .map_err(|why| error(Rule::RustNameNotAName, at, format!("`rust_name`: {why}")))
                .ok()
        });
        let module = match &given_rust_name {
            Some(rust_name) => ident::field_name(rust_name),
            None => ident::event_module(name.unwrap_or_default()),
        };
        let rust_name = given_rust_name.or_else(|| name.map(ident::type_name));
        if let Some(description) = columns.description {
            check_description(description, error);
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
        let dates = columns.dates.map(|column| {
            let (text, at) = column?;
            read_date(text, at, error).map(|date| (date, at))
        });
        let versions = read_versions(node, error);
        let versions_complete = node
            .get("schema_versions")
            .and_then(Node::as_array)
            .is_some_and(|entries| entries.len() == versions.len());
        if let Some(selector_value) = columns.selector_value {
            check_selector_value(selector_value, conventions.has_selector, error);
        }
        if let (Some(name), true) = (name, conventions.kebab_major) {
            check_major_matches_name(name, &versions, error);
        }
        check_date_order(dates, error);
        if let Some((status, at)) = status.zip(columns.status.map(|(_, at)| at)) {
            let has_date = |column: usize| columns.dates[column].is_some();
            check_status_agrees_with_dates(status, at, has_date(1), has_date(2), error);
        }
        let folder = name.filter(|_| names_a_folder);
        let listed = check_schema_files(folder, &versions, loaded, error);
        RowValues {
            columns,
            name,
            rust_name,
            module,
            direction,
            status,
            dates,
            versions,
            versions_complete,
            listed,
        }
    }

    /// The event of a sound row, each listed version with its payload from `payloads`.
    fn event(
        &self,
        node: &Node,
        waivers: &[(Rule, String)],
        payloads: &BTreeMap<(String, Version), Payload>,
    ) -> Option<Event> {
        let name = self.name?;
        let columns = &self.columns;
        let [active_date, deprecation_date, sunset_date] = self.dates;
        Some(Event {
            name: name.to_owned(),
            variant: self.rust_name.clone()?,
            module: self.module.clone(),
            description: columns.description?.0.to_owned(),
            direction: self.direction?,
            status: self.status?,
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
            versions: self.listed.clone(),
            payloads: self
                .listed
                .iter()
                .filter_map(|version| payloads.get(&(name.to_owned(), version.clone())).cloned())
                .collect(),
            row: node.pointer.clone(),
        })
    }

    fn into_row(self, node: &'a Node, event: Option<Event>) -> Row<'a> {
        let columns = self.columns;
        Row {
            node,
            name: self.name,
            rust_name: self.rust_name,
            replaced_by: columns.replaced_by.map(|(text, _)| text),
            delivery: self.name.map(|name| {
                let delivered_as = columns.delivered_as.map_or(name, |(text, _)| text);
                (delivered_as, columns.selector_value)
            }),
            status: self.status,
            versions: self.versions,
            versions_complete: self.versions_complete,
            event,
        }
    }
}

/// A string column as read: its text and where it is written.
pub type Column<'a> = Option<(&'a str, &'a Node)>;

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

/// The description is the rustdoc of every item generated for the event; an empty one leaves
/// users nothing to read.
fn check_description((text, at): (&str, &Node), error: &mut impl FnMut(Rule, &Node, String)) {
    if text.trim().is_empty() {
        error(
            Rule::EmptyDescription,
            at,
            "the description is empty; write one line saying what the event reports".to_owned(),
        );
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
