//! `events import-asyncapi`: a catalog from AsyncAPI documents (2.x and 3.x, YAML or JSON,
//! split over files). Each message becomes a row and its payload a schema file; the component
//! schemas the payloads share become shared files; the examples become JSON Lines samples.
//! What a catalog cannot hold is reported with its place, and the message left out.

mod document;
mod export;
mod messages;
mod read;
mod schemas;

pub use export::export;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use events_codegen::model::{Date, Direction, Version};
use events_codegen::{
    EnvelopeDeclaration, IndexFile as Index, IndexRow, Options, Vocabulary, analyze_loaded, load,
};
use serde::Serialize;
use serde_json::{Value, json};

use crate::Format;
use document::{Documents, Location, Ordered, Problem};
use read::{Defaults, Imported, document_version, payload_tag, read_message};
use schemas::SharedFiles;

/// The samples file the import writes in the catalog folder.
pub const SAMPLES_FILE: &str = "samples.jsonl";

/// The message extension holding a catalog row.
pub const ROW_EXTENSION: &str = "x-events-row";
/// The message extension naming the schema version of its payload.
pub const VERSION_EXTENSION: &str = "x-schema-version";
/// The `info` extension holding the index's own keys (envelope, selector, vocabulary, …).
pub const INDEX_EXTENSION: &str = "x-events-index";

/// One change the import made, or a message it left out.
#[derive(Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
enum Change {
    Added {
        event: String,
        schema_version: String,
    },
    SchemaVersionAdded {
        event: String,
        schema_version: String,
    },
    SchemaUpdated {
        event: String,
        schema_version: String,
    },
    Deprecated {
        event: String,
    },
    Kept {
        event: String,
    },
    SharedAdded {
        file: String,
    },
    SharedUpdated {
        file: String,
    },
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Change::Added {
                event,
                schema_version,
            } => write!(f, "added     {event} {schema_version}"),
            Change::SchemaVersionAdded {
                event,
                schema_version,
            } => write!(
                f,
                "updated   {event}: schema version {schema_version} added"
            ),
            Change::SchemaUpdated {
                event,
                schema_version,
            } => write!(f, "updated   {event}: schema {schema_version} rewritten"),
            Change::Deprecated { event } => write!(f, "updated   {event}: deprecated"),
            Change::Kept { event } => write!(f, "kept      {event} (not in the documents)"),
            Change::SharedAdded { file } => write!(f, "added     {file}"),
            Change::SharedUpdated { file } => {
                write!(f, "updated   {file} (every event that uses it)")
            }
        }
    }
}

/// `events import-asyncapi`: reads the documents, merges their messages into the catalog's
/// index (new rows added; direction, deprecation and schema versions updated; descriptions,
/// Rust names, replacements, waivers and dates the user wrote kept), writes the schema files,
/// shared files and samples, reports every change and every problem with its place, then
/// checks the catalog (exit 1 with its defects or problems; the files are written either way).
pub fn import(
    paths: &[PathBuf],
    catalog_dir: &Path,
    date: Option<&str>,
    format: Format,
) -> Result<ExitCode, String> {
    let date = match date {
        Some(text) => Date::parse(text)
            .ok_or_else(|| format!("`{text}` is not a date like 2026-12-07"))?
            .to_string(),
        None => today(),
    };
    let mut documents = Documents::default();
    let mut problems = Vec::new();
    // What the import decided for the user where the document left it open: said, not failed.
    let mut notes = Vec::new();
    let mut index_keys: Option<Index> = None;
    let mut shared = SharedFiles::default();
    let mut imported = Vec::new();
    for path in paths {
        let index = match documents.load(path) {
            Ok(index) => index,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let root = Location {
            document: index,
            pointer: String::new(),
        };
        let generation = match messages::generation(&documents, &root) {
            Ok(generation) => generation,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let version = document_version(&documents, &root, &mut notes);
        let content_type = documents
            .get(&root.child("defaultContentType"))
            .and_then(Value::as_str)
            .map(str::to_owned);
        let declared = documents
            .get(&root.child("info").child(INDEX_EXTENSION))
            .cloned();
        if let Some(mut declared) = declared
            && index_keys.is_none()
        {
            if let Some(keys) = declared.as_object_mut() {
                keys.insert("events".to_owned(), Value::Array(Vec::new()));
            }
            match serde_json::from_value::<Index>(declared) {
                Ok(keys) => index_keys = Some(keys),
                Err(error) => notes.push(documents.problem(
                    &root.child("info").child(INDEX_EXTENSION),
                    format!("not the index's keys ({error}); left out"),
                )),
            }
        }
        // Every component schema is a shared file, used by a payload or not.
        let components = root.child("components").child("schemas");
        for key in documents.keys(&components) {
            shared.component(&mut documents, &components.child(&key), &key);
        }
        for found in messages::find(&mut documents, &root, generation, &mut problems) {
            if found.directions.len() > 1 {
                notes.push(documents.problem(
                    &found.at,
                    "the operations both send and receive this message; a row has one direction, and this one says `received`",
                ));
            }
            let defaults = Defaults {
                generation,
                version: &version,
                content_type: content_type.as_deref(),
            };
            match read_message(&mut documents, &found, &defaults, &mut shared, &mut notes) {
                Ok(message) => imported.push(message),
                Err(problem) => problems.push(problem),
            }
        }
    }
    shared.finish(&mut documents, &mut problems);
    let cloudevents = imported.iter().filter(|message| message.cloudevent).count();
    if cloudevents > 0 && cloudevents < imported.len() {
        let first = paths.first().map_or(Path::new(""), PathBuf::as_path);
        notes.push(Problem::of_file(
            first,
            format!(
                "{cloudevents} of {} messages are CloudEvents; a catalog has one envelope, so the index declares none",
                imported.len()
            ),
        ));
    }
    let named_by = payload_tag(&imported);
    if let Some(tag) = &named_by {
        for message in imported.iter_mut().filter(|message| message.row.is_none()) {
            message.name = message.tags[tag].clone();
        }
    }
    let mut seen = BTreeSet::new();
    imported.retain(|message| seen.insert((message.name.clone(), message.version.clone())));

    let index_path = catalog_dir.join(events_codegen::INDEX_FILE);
    let mut index: Index = match fs::read_to_string(&index_path) {
        Ok(text) => {
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", index_path.display()))?
        }
        // A new catalog takes the index keys an exported document carries.
        Err(_) => Index {
            events: Vec::new(),
            ..index_keys.unwrap_or_default()
        },
    };
    if index.envelope.is_none() && cloudevents > 0 && cloudevents == imported.len() {
        index.envelope = Some(EnvelopeDeclaration::Named("cloudevents".to_owned()));
    }
    if index.envelope.is_none()
        && let Some(tag) = &named_by
    {
        index.envelope = Some(EnvelopeDeclaration::Pointers {
            name: format!("/{}", document::escape(tag)),
            payload: String::new(),
            version: None,
        });
    }
    if !shared.keywords.is_empty() {
        let vocabulary = index.vocabulary.get_or_insert_with(Vocabulary::default);
        for keyword in &shared.keywords {
            if !vocabulary.annotations.contains(keyword) {
                vocabulary.annotations.push(keyword.clone());
            }
        }
    }
    let mut changes = Vec::new();
    let mut files: BTreeMap<PathBuf, Ordered> = BTreeMap::new();
    for message in &imported {
        merge(
            &mut index,
            message,
            &date,
            catalog_dir,
            &mut files,
            &mut changes,
        );
    }
    for row in &index.events {
        if !imported.iter().any(|message| message.name == row.name) {
            changes.push(Change::Kept {
                event: row.name.clone(),
            });
        }
    }
    for (name, schema) in &shared.files {
        let file = format!("{}/{name}.json", events_codegen::DEFS_DIR);
        let path = catalog_dir.join(&file);
        match fs::read_to_string(&path)
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        {
            None => changes.push(Change::SharedAdded { file }),
            Some(written) if written != schema.to_value() => {
                changes.push(Change::SharedUpdated { file });
            }
            Some(_) => {}
        }
        files.insert(path, schema.clone());
    }
    for (path, value) in &files {
        write_json(path, value)?;
    }
    write_json(&index_path, &index)?;
    let samples = samples(&imported, named_by.is_some() || cloudevents > 0);
    if !samples.is_empty() {
        let path = catalog_dir.join(SAMPLES_FILE);
        fs::write(&path, samples).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    report(
        &index_path,
        &index,
        &changes,
        &problems,
        &notes,
        catalog_dir,
        format,
    )
}

/// Merges one message into the index and names the schema file to write.
fn merge(
    index: &mut Index,
    message: &Imported,
    date: &str,
    catalog_dir: &Path,
    files: &mut BTreeMap<PathBuf, Ordered>,
    changes: &mut Vec<Change>,
) {
    let folder = catalog_dir
        .join(events_codegen::SCHEMAS_DIR)
        .join(&message.name);
    let file = |version: &str| folder.join(format!("{version}.json"));
    let direction = (message.direction == Direction::Sent).then(|| "sent".to_owned());
    let Some(row) = index.events.iter_mut().find(|row| row.name == message.name) else {
        if let Some(row) = &message.row {
            index.events.push(IndexRow {
                schema_versions: vec![message.version.clone()],
                ..row.clone()
            });
            files.insert(file(&message.version), message.schema.clone());
            changes.push(Change::Added {
                event: message.name.clone(),
                schema_version: message.version.clone(),
            });
            return;
        }
        index.events.push(IndexRow {
            name: message.name.clone(),
            description: message.description.clone(),
            direction,
            schema_versions: vec![message.version.clone()],
            status: if message.deprecated {
                "deprecated"
            } else {
                "active"
            }
            .to_owned(),
            active_date: date.to_owned(),
            deprecation_date: message.deprecated.then(|| date.to_owned()),
            ..IndexRow::default()
        });
        files.insert(file(&message.version), message.schema.clone());
        changes.push(Change::Added {
            event: message.name.clone(),
            schema_version: message.version.clone(),
        });
        return;
    };
    row.direction = direction;
    if row.description.is_empty() {
        row.description.clone_from(&message.description);
    }
    if message.deprecated && row.status == "active" {
        row.status = "deprecated".to_owned();
        row.deprecation_date.get_or_insert_with(|| date.to_owned());
        changes.push(Change::Deprecated {
            event: message.name.clone(),
        });
    }
    let latest = row
        .schema_versions
        .iter()
        .filter_map(|version| Version::parse(version).map(|parsed| (parsed, version)))
        .max()
        .map(|(_, version)| version.clone());
    // Compared with the file of its own version when the row lists it, else with the latest.
    let listed = row.schema_versions.contains(&message.version);
    let compared = if listed {
        Some(message.version.clone())
    } else {
        latest
    };
    let unchanged = compared.as_deref().is_some_and(|compared| {
        files
            .get(&file(compared))
            .map(Ordered::to_value)
            .or_else(|| {
                fs::read_to_string(file(compared))
                    .ok()
                    .and_then(|text| serde_json::from_str::<Value>(&text).ok())
            })
            .is_some_and(|written| written == message.schema.to_value())
    });
    if unchanged {
        return;
    }
    if listed {
        changes.push(Change::SchemaUpdated {
            event: message.name.clone(),
            schema_version: message.version.clone(),
        });
    } else {
        row.schema_versions.push(message.version.clone());
        changes.push(Change::SchemaVersionAdded {
            event: message.name.clone(),
            schema_version: message.version.clone(),
        });
    }
    files.insert(file(&message.version), message.schema.clone());
}

/// The examples as JSON Lines of messages: the payloads themselves when they name their event,
/// else in the catalog's default envelope, the 8x8 SDK message.
fn samples(imported: &[Imported], payload_names_itself: bool) -> String {
    let mut lines = String::new();
    for message in imported {
        for example in &message.examples {
            let line = if payload_names_itself {
                serde_json::to_string(example)
            } else {
                serde_json::to_string(
                    &json!({"type": "event", "schemaVersion": "1.0.0", "message": {"eventName": message.name, "value": example.to_value()}}),
                )
            };
            lines.push_str(&line.unwrap_or_default());
            lines.push('\n');
        }
    }
    lines
}

fn write_json(path: &Path, value: &impl Serialize) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())?;
    fs::write(path, format!("{text}\n"))
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn report(
    index_path: &Path,
    index: &Index,
    changes: &[Change],
    problems: &[Problem],
    notes: &[Problem],
    catalog_dir: &Path,
    format: Format,
) -> Result<ExitCode, String> {
    let loaded = load(catalog_dir, catalog_dir);
    let diagnostics = analyze_loaded(&loaded, &Options::default()).diagnostics;
    let failed = !diagnostics.is_empty() || !problems.is_empty();
    let code = if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    };
    if format == Format::Json {
        let json = json!({
            "index": index_path.display().to_string(),
            "rows": index.events.len(),
            "changes": changes,
            "problems": problems,
            "notes": notes,
            "defects": diagnostics.iter().map(crate::check::diagnostic_json).collect::<Vec<_>>(),
        });
        outln!(
            "{}",
            serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?
        );
        return Ok(code);
    }
    for change in changes {
        outln!("{change}");
    }
    outln!("{}: {} rows", index_path.display(), index.events.len());
    for problem in problems {
        eprintln!("{problem}");
    }
    for note in notes {
        eprintln!("note: {note}");
    }
    if !diagnostics.is_empty() {
        eprint!("{}", crate::render::render(&diagnostics, &loaded));
        eprintln!(
            "events: the imported catalog has {} defects; the files are written, fix them and run `events check`",
            diagnostics.len()
        );
    }
    Ok(code)
}

/// Today's date (UTC), for the rows the import adds.
fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    Date::from_unix_seconds(seconds)
        .map_or_else(|| "1970-01-01".to_owned(), |date| date.to_string())
}
