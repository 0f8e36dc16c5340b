//! `events table` and `events import-table`: the catalog as the vendor's markdown table, and back.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use events_codegen::model::{Catalog, Date};
use events_codegen::{IndexFile as Index, IndexRow, Options, analyze_loaded, load};

use serde::Serialize;

use crate::Format;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const HEADER: &str = "| event name | schema versions | status | active date | deprecation date | sunset date |\n| --- | --- | --- | --- | --- | --- |";

pub fn print(catalog_dir: &Path, format: Format) -> Result<ExitCode, String> {
    let loaded = load(catalog_dir, catalog_dir);
    let analysis = analyze_loaded(&loaded, &Options::default());
    if !analysis.diagnostics.is_empty() {
        eprint!("{}", crate::render::render(&analysis.diagnostics, &loaded));
        return Ok(ExitCode::FAILURE);
    }
    match format {
        Format::Human => out!("{}", markdown(&analysis.catalog)),
        Format::Json => {
            let rows: Vec<serde_json::Value> =
                analysis.catalog.events.iter().map(json_row).collect();
            outln!(
                "{}",
                serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One row for `--format json`: the table's columns and the direction, as the index writes them.
fn json_row(event: &events_codegen::model::Event) -> serde_json::Value {
    let date = |date: Option<Date>| date.map(|d| d.to_string());
    serde_json::json!({
        "name": event.name,
        "direction": event.direction.as_str(),
        "schema_versions": event.versions.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "status": event.status.as_str(),
        "active_date": event.active_date.to_string(),
        "deprecation_date": date(event.deprecation_date),
        "sunset_date": date(event.sunset_date),
        "replaced_by": event.replaced_by,
    })
}

/// The vendor's table: same columns, dates as `26 March 2025`, `-` for none.
fn markdown(catalog: &Catalog) -> String {
    let mut out = format!("{HEADER}\n");
    for event in &catalog.events {
        let versions: Vec<String> = event.versions.iter().map(ToString::to_string).collect();
        let status = event.status;
        out.push_str(&format!(
            "| {} | {} | {status} | {} | {} | {} |\n",
            event.name,
            versions.join(", "),
            vendor_date(Some(event.active_date)),
            vendor_date(event.deprecation_date),
            vendor_date(event.sunset_date),
        ));
    }
    out
}

fn vendor_date(date: Option<Date>) -> String {
    match date {
        Some(date) => format!(
            "{} {} {}",
            date.day(),
            MONTHS[usize::from(date.month()) - 1],
            date.year()
        ),
        None => "-".to_owned(),
    }
}

/// `26 March 2025` as ISO 8601, `-` as none.
fn iso_date(vendor: &str) -> Result<Option<String>, String> {
    if vendor == "-" || vendor.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = vendor.split_whitespace().collect();
    let parsed = match parts.as_slice() {
        [day, month, year] => MONTHS
            .iter()
            .position(|m| m.eq_ignore_ascii_case(month))
            .and_then(|m| {
                Some(format!(
                    "{:04}-{:02}-{:02}",
                    year.parse::<u16>().ok()?,
                    m + 1,
                    day.parse::<u8>().ok()?
                ))
            }),
        _ => None,
    };
    match parsed.filter(|iso| Date::parse(iso).is_some()) {
        Some(iso) => Ok(Some(iso)),
        None => Err(format!("`{vendor}` is not a date like `26 March 2025`")),
    }
}

/// One data row of a vendor table.
struct TableRow {
    page: String,
    line: usize,
    name: String,
    /// The link target of a link-wrapped name, like `/tech-partner/docs/events/x-v1`.
    link: Option<String>,
    direction: &'static str,
    versions: Vec<String>,
    status: String,
    active_date: Option<String>,
    deprecation_date: Option<String>,
    sunset_date: Option<String>,
}

/// `[name](target)` as `(name, Some(target))`, a plain name as `(name, None)`.
fn unlink(cell: &str) -> (String, Option<String>) {
    if let Some(rest) = cell.strip_prefix('[')
        && let Some((name, target)) = rest.split_once("](")
        && let Some(target) = target.strip_suffix(')')
    {
        return (name.trim().to_owned(), Some(target.trim().to_owned()));
    }
    (cell.to_owned(), None)
}

/// Every event table of a vendor page, in every section: rows under a `Send` (or `Sent`)
/// heading are sent events, all others received.
fn parse_page(page: &str, text: &str) -> Result<Vec<TableRow>, String> {
    let mut rows = Vec::new();
    let mut direction = "received";
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
        if let Some(heading) = line.strip_prefix('#') {
            let heading = heading.trim_start_matches('#').trim();
            direction =
                if heading.eq_ignore_ascii_case("send") || heading.eq_ignore_ascii_case("sent") {
                    "sent"
                } else {
                    "received"
                };
            continue;
        }
        if !line.starts_with('|') {
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let is_separator = cells
            .iter()
            .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':')));
        if is_separator
            || cells
                .first()
                .is_some_and(|c| c.eq_ignore_ascii_case("event name"))
        {
            continue;
        }
        let at = |error: String| format!("{page}:{}: {error}", number + 1);
        let [name, versions, status, active, deprecation, sunset] = cells.as_slice() else {
            return Err(at(format!("expected 6 columns, found {}", cells.len())));
        };
        let (name, link) = unlink(name);
        rows.push(TableRow {
            page: page.to_owned(),
            line: number + 1,
            name,
            link,
            direction,
            versions: versions
                .split(',')
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
                .collect(),
            status: (*status).to_owned(),
            active_date: iso_date(active).map_err(at)?,
            deprecation_date: iso_date(deprecation).map_err(at)?,
            sunset_date: iso_date(sunset).map_err(at)?,
        });
    }
    Ok(rows)
}

/// The one-line description under the title of the event page a row links to (the link's path
/// resolved against the folder of the table's page, dropping leading segments until a
/// `<path>.md` exists), if there is one.
fn linked_description(page_dir: &Path, link: &str) -> Option<String> {
    let segments: Vec<&str> = link.split('/').filter(|s| !s.is_empty()).collect();
    let file = (0..segments.len()).find_map(|skip| {
        let candidate = page_dir.join(format!("{}.md", segments[skip..].join("/")));
        candidate.is_file().then_some(candidate)
    })?;
    let text = fs::read_to_string(file).ok()?;
    let mut lines = text.lines().map(str::trim);
    lines.find(|line| line.starts_with("# "))?;
    lines
        .find(|line| !line.is_empty())
        .filter(|line| !line.starts_with('#') && !line.starts_with('|') && !line.starts_with("```"))
        .map(str::to_owned)
}

/// What a re-import changed in one field, as the catalog writes the values.
/// One change `events import-table` made to the index.
#[derive(Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
enum RowChange {
    /// A row the index did not have.
    Added {
        event: String,
        direction: &'static str,
        description_from_page: bool,
    },
    /// A column of an existing row.
    Updated {
        event: String,
        field: &'static str,
        old: String,
        new: String,
    },
    /// A schema version appended to an existing row.
    VersionAdded {
        event: String,
        schema_version: String,
    },
    /// A row the pages do not list, left as it was.
    Kept { event: String },
}

impl fmt::Display for RowChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RowChange::Added {
                event,
                direction,
                description_from_page: true,
            } => write!(
                f,
                "added     {event} ({direction}; description from its page)"
            ),
            RowChange::Added {
                event, direction, ..
            } => write!(f, "added     {event} ({direction}; write its description)"),
            RowChange::Updated {
                event,
                field,
                old,
                new,
            } => write!(f, "updated   {event}: {field} {old} → {new}"),
            RowChange::VersionAdded {
                event,
                schema_version,
            } => write!(
                f,
                "updated   {event}: schema version {schema_version} added"
            ),
            RowChange::Kept { event } => write!(f, "kept      {event} (not in the pages)"),
        }
    }
}

fn field_change(name: &str, field: &'static str, before: &str, after: &str) -> Option<RowChange> {
    (before != after).then(|| RowChange::Updated {
        event: name.to_owned(),
        field,
        old: before.to_owned(),
        new: after.to_owned(),
    })
}

fn shown(value: Option<&str>) -> &str {
    value.unwrap_or("none")
}

/// `events import-table`: merges the event tables of the vendor's pages into the index (new
/// rows added, status, dates, versions and direction updated, everything else kept), writes
/// it, reports every change field by field, then checks the catalog: exit 1 with the defects
/// when it has some (missing schema files, missing descriptions, a vendor's dates out of order),
/// the written index kept so that the work is not lost.
pub fn import(pages: &[PathBuf], catalog_dir: &Path, format: Format) -> Result<ExitCode, String> {
    let mut rows = Vec::new();
    for page in pages {
        let text =
            fs::read_to_string(page).map_err(|e| format!("cannot read {}: {e}", page.display()))?;
        rows.extend(parse_page(&page.display().to_string(), &text)?);
    }
    let index_path = catalog_dir.join("index.json");
    let mut index: Index = match fs::read_to_string(&index_path) {
        Ok(text) => {
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", index_path.display()))?
        }
        // 8x8's tables name events its way: a new catalog keeps the convention.
        Err(_) => Index {
            event_names: Some(events_codegen::KEBAB_MAJOR.to_owned()),
            ..Index::default()
        },
    };
    let mut report = Vec::new();
    for (position, row) in rows.iter().enumerate() {
        if rows[..position]
            .iter()
            .any(|earlier| earlier.name == row.name)
        {
            return Err(format!(
                "{}:{}: `{}` is listed twice",
                row.page, row.line, row.name
            ));
        }
        let Some(active_date) = row.active_date.clone() else {
            return Err(format!(
                "{}:{}: `{}` has no active date",
                row.page, row.line, row.name
            ));
        };
        let direction = (row.direction == "sent").then(|| "sent".to_owned());
        match index
            .events
            .iter_mut()
            .find(|existing| existing.name == row.name)
        {
            Some(existing) => {
                let name = &row.name;
                report.extend(field_change(name, "status", &existing.status, &row.status));
                report.extend(field_change(
                    name,
                    "active_date",
                    &existing.active_date,
                    &active_date,
                ));
                report.extend(field_change(
                    name,
                    "deprecation_date",
                    shown(existing.deprecation_date.as_deref()),
                    shown(row.deprecation_date.as_deref()),
                ));
                report.extend(field_change(
                    name,
                    "sunset_date",
                    shown(existing.sunset_date.as_deref()),
                    shown(row.sunset_date.as_deref()),
                ));
                report.extend(field_change(
                    name,
                    "direction",
                    existing.direction.as_deref().unwrap_or("received"),
                    row.direction,
                ));
                existing.status.clone_from(&row.status);
                existing.active_date = active_date;
                existing.deprecation_date.clone_from(&row.deprecation_date);
                existing.sunset_date.clone_from(&row.sunset_date);
                existing.direction = direction;
                for version in &row.versions {
                    if !existing.schema_versions.contains(version) {
                        report.push(RowChange::VersionAdded {
                            event: name.clone(),
                            schema_version: version.clone(),
                        });
                        existing.schema_versions.push(version.clone());
                    }
                }
            }
            None => {
                let page_dir = Path::new(&row.page).parent().unwrap_or(Path::new("."));
                let description = row
                    .link
                    .as_deref()
                    .and_then(|link| linked_description(page_dir, link));
                report.push(RowChange::Added {
                    event: row.name.clone(),
                    direction: row.direction,
                    description_from_page: description.is_some(),
                });
                index.events.push(IndexRow {
                    name: row.name.clone(),
                    description: description.unwrap_or_default(),
                    direction,
                    schema_versions: row.versions.clone(),
                    status: row.status.clone(),
                    active_date,
                    deprecation_date: row.deprecation_date.clone(),
                    sunset_date: row.sunset_date.clone(),
                    ..IndexRow::default()
                });
            }
        }
    }
    for existing in &index.events {
        if !rows.iter().any(|row| row.name == existing.name) {
            report.push(RowChange::Kept {
                event: existing.name.clone(),
            });
        }
    }
    fs::create_dir_all(catalog_dir)
        .map_err(|e| format!("cannot create {}: {e}", catalog_dir.display()))?;
    let json = serde_json::to_string_pretty(&index).map_err(|e| e.to_string())?;
    fs::write(&index_path, format!("{json}\n"))
        .map_err(|e| format!("cannot write {}: {e}", index_path.display()))?;
    let loaded = load(catalog_dir, catalog_dir);
    let diagnostics = analyze_loaded(&loaded, &Options::default()).diagnostics;
    if format == Format::Json {
        let json = serde_json::json!({
            "index": index_path.display().to_string(),
            "rows": index.events.len(),
            "changes": report,
            "defects": diagnostics.iter().map(crate::check::diagnostic_json).collect::<Vec<_>>(),
        });
        outln!(
            "{}",
            serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?
        );
        return Ok(if diagnostics.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        });
    }
    for change in &report {
        outln!("{change}");
    }
    outln!("{}: {} rows", index_path.display(), index.events.len());
    if diagnostics.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    eprint!("{}", crate::render::render(&diagnostics, &loaded));
    eprintln!(
        "events: the imported catalog has {} defects; the index is written, fix them and run `events check`",
        diagnostics.len()
    );
    Ok(ExitCode::FAILURE)
}
