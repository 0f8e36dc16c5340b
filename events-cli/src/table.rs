//! `events table` and `events import-table`: the catalog as the vendor's markdown table, and back.

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use events_codegen::model::{Catalog, Date};
use events_codegen::{IndexFile as Index, IndexRow, Options, analyze};

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

pub fn print(catalog_dir: &Path) -> Result<ExitCode, String> {
    let analysis = analyze(catalog_dir, catalog_dir, &Options::default());
    if !analysis.diagnostics.is_empty() {
        eprint!("{}", crate::render::render(&analysis.diagnostics));
        return Ok(ExitCode::FAILURE);
    }
    print!("{}", markdown(&analysis.catalog));
    Ok(ExitCode::SUCCESS)
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
            date.day,
            MONTHS[usize::from(date.month) - 1],
            date.year
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
    line: usize,
    name: String,
    versions: Vec<String>,
    status: String,
    active_date: Option<String>,
    deprecation_date: Option<String>,
    sunset_date: Option<String>,
}

fn parse_table(text: &str) -> Result<Vec<TableRow>, String> {
    let mut rows = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.trim();
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
        let [name, versions, status, active, deprecation, sunset] = cells.as_slice() else {
            return Err(format!(
                "line {}: expected 6 columns, found {}",
                number + 1,
                cells.len()
            ));
        };
        let at = |error: String| format!("line {}: {error}", number + 1);
        rows.push(TableRow {
            line: number + 1,
            name: (*name).to_owned(),
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

pub fn import(table: &Path, catalog_dir: &Path) -> Result<ExitCode, String> {
    let text =
        fs::read_to_string(table).map_err(|e| format!("cannot read {}: {e}", table.display()))?;
    let rows = parse_table(&text).map_err(|e| format!("{}: {e}", table.display()))?;
    let index_path = catalog_dir.join("index.json");
    let mut index: Index = match fs::read_to_string(&index_path) {
        Ok(text) => {
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", index_path.display()))?
        }
        Err(_) => Index::default(),
    };
    let mut report = Vec::new();
    for row in &rows {
        let Some(active_date) = row.active_date.clone() else {
            return Err(format!(
                "{}: line {}: `{}` has no active date",
                table.display(),
                row.line,
                row.name
            ));
        };
        match index
            .events
            .iter_mut()
            .find(|existing| existing.name == row.name)
        {
            Some(existing) => {
                let before = existing.clone();
                existing.status.clone_from(&row.status);
                existing.active_date = active_date;
                existing.deprecation_date.clone_from(&row.deprecation_date);
                existing.sunset_date.clone_from(&row.sunset_date);
                for version in &row.versions {
                    if !existing.schema_versions.contains(version) {
                        existing.schema_versions.push(version.clone());
                    }
                }
                if *existing != before {
                    report.push(format!("updated   {}", row.name));
                }
            }
            None => {
                index.events.push(IndexRow {
                    name: row.name.clone(),
                    schema_versions: row.versions.clone(),
                    status: row.status.clone(),
                    active_date,
                    deprecation_date: row.deprecation_date.clone(),
                    sunset_date: row.sunset_date.clone(),
                    ..IndexRow::default()
                });
                report.push(format!("added     {} (write its description)", row.name));
            }
        }
    }
    for existing in &index.events {
        let listed = rows.iter().any(|row| row.name == existing.name);
        let sent = existing.direction.as_deref() == Some("sent");
        if !listed && !sent {
            report.push(format!("kept      {} (not in the table)", existing.name));
        }
    }
    for row in &index.events {
        for version in &row.schema_versions {
            let schema = catalog_dir
                .join("schemas")
                .join(&row.name)
                .join(format!("{version}.json"));
            if !schema.exists() {
                report.push(format!("missing   {}", schema.display()));
            }
        }
    }
    fs::create_dir_all(catalog_dir)
        .map_err(|e| format!("cannot create {}: {e}", catalog_dir.display()))?;
    let json = serde_json::to_string_pretty(&index).map_err(|e| e.to_string())?;
    fs::write(&index_path, format!("{json}\n"))
        .map_err(|e| format!("cannot write {}: {e}", index_path.display()))?;
    for line in &report {
        println!("{line}");
    }
    println!("{}: {} rows", index_path.display(), index.events.len());
    Ok(ExitCode::SUCCESS)
}
