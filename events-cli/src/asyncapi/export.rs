//! `events export-asyncapi`: the catalog as an AsyncAPI 3.0 document, for AsyncAPI tooling
//! (documentation, catalog sites). One channel carries every event; a `receive` and a `send`
//! operation move them by direction; each (event, schema version) is a message whose payload
//! refers to the schema file itself, in the dialect the file says; shared files are component
//! schemas. What AsyncAPI has no field for rides in extensions that `import-asyncapi` reads
//! back: the row (`x-events-row`: lifecycle dates, status, replacement, Rust name, waivers), the
//! message's schema version (`x-schema-version`) and the index's own keys
//! (`info.x-events-index`).

use std::fs;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use events_codegen::IndexFile as Index;
use events_codegen::model::Version;
use serde_json::{Value, json};

use super::document::Ordered;
use super::{INDEX_EXTENSION, ROW_EXTENSION, VERSION_EXTENSION};

/// An object of these members, in this order.
fn object(members: Vec<(&str, Ordered)>) -> Ordered {
    Ordered::Object(
        members
            .into_iter()
            .map(|(key, value)| (key.to_owned(), value))
            .collect(),
    )
}

/// A JSON value as written (an object's members in the order serde gives them).
fn scalar(value: Value) -> Ordered {
    Ordered::Scalar(value)
}

/// `{"$ref": reference}`.
fn reference(to: String) -> Ordered {
    object(vec![("$ref", scalar(Value::String(to)))])
}

/// The AsyncAPI version the export writes.
const ASYNCAPI_VERSION: &str = "3.0.0";

/// The channel that carries every event.
const CHANNEL: &str = "events";

/// Writes the catalog in `catalog_dir` as an AsyncAPI document at `output` (default
/// `<catalog>/asyncapi.json`); its references to the schema files are relative to it.
pub fn export(catalog_dir: &Path, output: Option<&Path>) -> Result<ExitCode, String> {
    let output = output.map_or_else(|| catalog_dir.join("asyncapi.json"), Path::to_path_buf);
    let index_path = catalog_dir.join(events_codegen::INDEX_FILE);
    let text = fs::read_to_string(&index_path)
        .map_err(|e| format!("cannot read {}: {e}", index_path.display()))?;
    let index: Index =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let base = absolute(output.parent().unwrap_or(Path::new(".")))?;
    let catalog = absolute(catalog_dir)?;
    let mut messages: Vec<(String, Ordered)> = Vec::new();
    let mut received = Vec::new();
    let mut sent = Vec::new();
    let mut greatest: Option<Version> = None;
    for row in &index.events {
        for version in &row.schema_versions {
            let file = catalog
                .join(events_codegen::SCHEMAS_DIR)
                .join(&row.name)
                .join(format!("{version}.json"));
            let schema: Value = fs::read_to_string(&file)
                .ok()
                .and_then(|text| serde_json::from_str(&text).ok())
                .ok_or_else(|| format!("cannot read the schema file {}", file.display()))?;
            if let Some(parsed) = Version::parse(version)
                && greatest.as_ref().is_none_or(|greatest| parsed > *greatest)
            {
                greatest = Some(parsed);
            }
            let key = message_key(&row.name, version);
            let mut message = vec![("name", scalar(json!(row.name)))];
            if !row.description.is_empty() {
                message.push(("summary", scalar(json!(row.description))));
            }
            let payload = object(vec![
                ("schemaFormat", scalar(json!(schema_format(&schema)))),
                ("schema", reference(relative(&base, &file))),
            ]);
            message.push(("payload", payload));
            if row.status != "active" {
                message.push(("x-deprecated", scalar(json!(true))));
            }
            message.push((VERSION_EXTENSION, scalar(json!(version))));
            let row_json = serde_json::to_value(row).map_err(|e| e.to_string())?;
            message.push((ROW_EXTENSION, scalar(row_json)));
            messages.push((key.clone(), object(message)));
            let moved = reference(format!("#/channels/{CHANNEL}/messages/{key}"));
            match row.direction.as_deref() {
                Some("sent") => sent.push(moved),
                _ => received.push(moved),
            }
        }
    }
    let channel_messages = Ordered::Object(
        messages
            .iter()
            .map(|(key, _)| {
                (
                    key.clone(),
                    reference(format!("#/components/messages/{key}")),
                )
            })
            .collect(),
    );
    let mut operations = Vec::new();
    for (name, action, moved) in [
        ("receiveEvents", "receive", received),
        ("sendEvents", "send", sent),
    ] {
        if !moved.is_empty() {
            let operation = object(vec![
                ("action", scalar(json!(action))),
                ("channel", reference(format!("#/channels/{CHANNEL}"))),
                ("messages", Ordered::Array(moved)),
            ]);
            operations.push((name.to_owned(), operation));
        }
    }
    let mut schemas = Vec::new();
    let defs = catalog.join(events_codegen::DEFS_DIR);
    let mut shared: Vec<PathBuf> = fs::read_dir(&defs)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    shared.sort();
    for file in shared {
        let name = file
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        schemas.push((name, reference(relative(&base, &file))));
    }
    let mut keys = serde_json::to_value(Index {
        events: Vec::new(),
        ..index.clone()
    })
    .map_err(|e| e.to_string())?;
    if let Some(keys) = keys.as_object_mut() {
        keys.remove("events");
    }
    let title = catalog
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "catalog".to_owned());
    let version = greatest.map_or_else(|| "1.0.0".to_owned(), |version| version.to_string());
    let mut info = vec![
        ("title", scalar(json!(format!("{title} events")))),
        ("version", scalar(json!(version))),
        (
            "description",
            scalar(json!(
                "The event catalog as `events export-asyncapi` writes it: one message per event and schema version."
            )),
        ),
    ];
    if keys.as_object().is_some_and(|keys| !keys.is_empty()) {
        info.push((INDEX_EXTENSION, scalar(keys)));
    }
    let (message_count, schema_count) = (messages.len(), schemas.len());
    let channel = object(vec![
        ("address", scalar(json!(CHANNEL))),
        ("messages", channel_messages),
    ]);
    let document = object(vec![
        ("asyncapi", scalar(json!(ASYNCAPI_VERSION))),
        ("info", object(info)),
        ("channels", object(vec![(CHANNEL, channel)])),
        ("operations", Ordered::Object(operations)),
        (
            "components",
            object(vec![
                ("messages", Ordered::Object(messages)),
                ("schemas", Ordered::Object(schemas)),
            ]),
        ),
    ]);
    let text = serde_json::to_string_pretty(&document).map_err(|e| e.to_string())?;
    if let Some(parent) = output.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    fs::write(&output, format!("{text}\n"))
        .map_err(|e| format!("cannot write {}: {e}", output.display()))?;
    outln!(
        "{}: {message_count} messages, {schema_count} shared schemas",
        output.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// The key of an event's message of one schema version (AsyncAPI keys are letters, digits,
/// `.`, `-` and `_`).
fn message_key(name: &str, version: &str) -> String {
    format!("{name}_{version}")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The `schemaFormat` of a schema file: JSON Schema in the draft its `$schema` names, 2020-12
/// (the engine's default) when it names none.
fn schema_format(schema: &Value) -> String {
    let uri = schema
        .get("$schema")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim_end_matches('#');
    let version = ["draft-04", "draft-06", "draft-07", "2019-09", "2020-12"]
        .into_iter()
        .find(|draft| uri.contains(draft))
        .map_or("draft-2020-12".to_owned(), |draft| match draft {
            "2019-09" | "2020-12" => format!("draft-{draft}"),
            other => other.to_owned(),
        });
    format!("application/schema+json;version={version}")
}

fn absolute(path: &Path) -> Result<PathBuf, String> {
    let path = if path.as_os_str().is_empty() {
        Path::new(".")
    } else {
        path
    };
    fs::create_dir_all(path).ok();
    path.canonicalize()
        .map_err(|e| format!("cannot find {}: {e}", path.display()))
}

/// `file` as a relative reference from the folder `base` (both absolute).
fn relative(base: &Path, file: &Path) -> String {
    let base: Vec<Component<'_>> = base.components().collect();
    let target: Vec<Component<'_>> = file.components().collect();
    let common = base.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_owned(); base.len() - common];
    parts.extend(
        target[common..]
            .iter()
            .map(|part| part.as_os_str().to_string_lossy().into_owned()),
    );
    let joined = parts.join("/");
    if joined.starts_with("..") {
        joined
    } else {
        format!("./{joined}")
    }
}
