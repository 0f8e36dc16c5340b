//! Synthetic catalogs of any size, for benchmarks: deterministic, valid, and shaped like the
//! bundled one (kebab names ending in `-v1`, several schema versions, 10–20 fields of every
//! supported kind).

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

/// The shape of a synthetic catalog.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    /// Number of events.
    pub events: usize,
    /// Schema versions per event (1.0.0, 1.1.0, …).
    pub versions: usize,
    /// Fields per payload, before the `schemaVersion` literal; at least 1.
    pub fields: usize,
}

/// Writes a catalog of `shape` into `dir` (`index.json` and `schemas/`), replacing what is there.
pub fn write_catalog(dir: &Path, shape: Shape) -> io::Result<()> {
    if dir.exists() {
        fs::remove_dir_all(dir)?;
    }
    fs::create_dir_all(dir.join("schemas"))?;
    let mut index = String::from("{\n  \"events\": [\n");
    for event in 0..shape.events {
        let name = event_name(event);
        let versions: Vec<String> = (0..shape.versions)
            .map(|minor| format!("1.{minor}.0"))
            .collect();
        let quoted: Vec<String> = versions.iter().map(|v| format!("\"{v}\"")).collect();
        let separator = if event + 1 == shape.events { "" } else { "," };
        writeln!(
            index,
            "    {{\"name\": \"{name}\", \"description\": \"Synthetic event {event}.\", \"schema_versions\": [{}], \"status\": \"active\", \"active_date\": \"2025-01-01\"}}{separator}",
            quoted.join(", ")
        )
        .map_err(io::Error::other)?;
        let event_dir = dir.join("schemas").join(&name);
        fs::create_dir_all(&event_dir)?;
        for (minor, version) in versions.iter().enumerate() {
            // Each version adds a field, as real minor versions do.
            let schema = payload_schema(version, shape.fields + minor);
            fs::write(event_dir.join(format!("{version}.json")), schema)?;
        }
    }
    index.push_str("  ]\n}\n");
    fs::write(dir.join("index.json"), index)
}

/// The wire name of synthetic event `n`, e.g. `synthetic-queue-42-changed-v1`.
pub fn event_name(n: usize) -> String {
    const NOUNS: &[&str] = &[
        "agent", "queue", "call", "chat", "email", "task", "skill", "wrapup",
    ];
    const VERBS: &[&str] = &["offered", "accepted", "changed", "completed", "terminated"];
    format!(
        "synthetic-{}-{n}-{}-v1",
        NOUNS[n % NOUNS.len()],
        VERBS[n % VERBS.len()]
    )
}

fn payload_schema(version: &str, fields: usize) -> String {
    let mut properties = Vec::new();
    let mut required = vec!["\"schemaVersion\"".to_owned()];
    for field in 0..fields.max(1) {
        let (name, schema) = match field % 6 {
            0 => (format!("field{field}Id"), "{\"type\": \"string\"}".to_owned()),
            1 => (format!("field{field}Count"), "{\"type\": \"integer\"}".to_owned()),
            2 => (format!("field{field}Flag"), "{\"type\": \"boolean\"}".to_owned()),
            3 => (
                format!("field{field}Direction"),
                "{\"type\": \"string\", \"enum\": [\"inbound\", \"outbound\"]}".to_owned(),
            ),
            4 => (
                format!("field{field}Details"),
                "{\"type\": \"object\", \"properties\": {\"notes\": {\"type\": \"string\"}, \"score\": {\"type\": \"number\"}}, \"required\": [\"notes\"]}"
                    .to_owned(),
            ),
            _ => (
                format!("field{field}Tags"),
                "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}".to_owned(),
            ),
        };
        if field % 3 != 2 {
            required.push(format!("\"{name}\""));
        }
        properties.push(format!("    \"{name}\": {schema}"));
    }
    properties.push(format!(
        "    \"schemaVersion\": {{\"const\": \"{version}\"}}"
    ));
    format!(
        "{{\n  \"type\": \"object\",\n  \"properties\": {{\n{}\n  }},\n  \"required\": [{}]\n}}\n",
        properties.join(",\n"),
        required.join(", ")
    )
}
