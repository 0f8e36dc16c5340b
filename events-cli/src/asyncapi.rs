//! `events import-asyncapi`: a catalog from AsyncAPI documents (2.x and 3.x, YAML or JSON,
//! split over files). Each message becomes a row and its payload a schema file; the component
//! schemas the payloads share become shared files; the examples become JSON Lines samples.
//! What a catalog cannot hold is reported with its place, and the message left out.

mod document;
mod export;
mod messages;
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
use messages::{Found, Generation};
use schemas::SharedFiles;

/// The schema formats whose payloads the catalog holds: AsyncAPI schemas and JSON Schema.
const JSON_SCHEMA_FORMATS: &[&str] = &[
    "application/vnd.aai.asyncapi",
    "application/schema+json",
    "application/schema+yaml",
];

/// The samples file the import writes in the catalog folder.
pub const SAMPLES_FILE: &str = "samples.jsonl";

/// One message, read.
struct Imported {
    name: String,
    description: String,
    direction: Direction,
    deprecated: bool,
    version: String,
    schema: Ordered,
    /// The string constants of the payload's top-level properties: where the payload names its
    /// message.
    tags: BTreeMap<String, String>,
    examples: Vec<Ordered>,
    /// Whether it travels as a CloudEvent in structured JSON (its content type says so): its
    /// payload is then the CloudEvent's `data`, its name the CloudEvent's `type`.
    cloudevent: bool,
    /// The catalog row the message carries (`x-events-row`, as `events export-asyncapi`
    /// writes it), for a row the index does not have yet.
    row: Option<IndexRow>,
}

/// The content type of a CloudEvent in structured JSON.
const CLOUDEVENTS_JSON: &str = "application/cloudevents+json";

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

/// The schema version the document's messages get: its `info.version` when that is a
/// semantic version, `1.0.0` otherwise (said).
fn document_version(documents: &Documents, root: &Location, notes: &mut Vec<Problem>) -> String {
    let at = root.child("info").child("version");
    match documents.get(&at).and_then(Value::as_str) {
        Some(version) if Version::parse(version).is_some() => version.to_owned(),
        Some(version) => {
            notes.push(documents.problem(
                &at,
                format!(
                    "`{version}` is not a semantic version; the messages' schemas are version 1.0.0"
                ),
            ));
            "1.0.0".to_owned()
        }
        None => "1.0.0".to_owned(),
    }
}

/// What a document says for all its messages.
struct Defaults<'a> {
    generation: Generation,
    /// The schema version of its messages.
    version: &'a str,
    /// Its `defaultContentType`.
    content_type: Option<&'a str>,
}

/// The message at `found` as a row: its name, description, direction, status and payload.
fn read_message(
    documents: &mut Documents,
    found: &Found,
    defaults: &Defaults<'_>,
    shared: &mut SharedFiles,
    notes: &mut Vec<Problem>,
) -> Result<Imported, Problem> {
    let (generation, version) = (defaults.generation, defaults.version);
    let at = &found.at;
    // A message's traits give what it does not say itself.
    let traits = at.child("traits");
    let count = documents
        .get(&traits)
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let mut sources = vec![at.clone()];
    for index in 0..count {
        sources.push(documents.resolve(&traits.child(&index.to_string()))?);
    }
    let field = |documents: &Documents, key: &str| {
        sources
            .iter()
            .map(|source| source.child(key))
            .find(|place| documents.get(place).is_some())
    };
    let text = |documents: &Documents, key: &str| {
        documents
            .get(&field(documents, key)?)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|text| !text.is_empty())
            .map(str::to_owned)
    };
    let id_key = match generation {
        Generation::Two => "messageId",
        Generation::Three => "name",
    };
    let row_name = documents
        .get(&at.child(ROW_EXTENSION).child("name"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    let name = row_name
        .or_else(|| text(documents, "name"))
        .or_else(|| text(documents, id_key))
        .or_else(|| found.key.clone())
        .ok_or_else(|| {
            documents.problem(
                at,
                "a message with no `name` and no key of its own: give it a `name`; left out",
            )
        })?;
    // The message's own words (or its traits'), else those of an operation that moves it.
    let describing = sources.iter().chain(&found.context);
    let description = describing
        .flat_map(|place| ["description", "summary", "title"].map(|key| place.child(key)))
        .find_map(|place| {
            documents
                .get(&place)
                .and_then(Value::as_str)
                .and_then(|text| text.lines().map(str::trim).find(|line| !line.is_empty()))
                .map(str::to_owned)
        })
        .unwrap_or_default();
    let mut payload = at.child("payload");
    if documents.get(&payload).is_none() {
        return Err(documents.problem(at, format!("`{name}` has no `payload`; left out")));
    }
    let mut schema_format = text(documents, "schemaFormat");
    // 3.x: `{"schemaFormat": …, "schema": …}`.
    let wrapper = documents.resolve(&payload)?;
    let multi_format = documents
        .get(&wrapper)
        .is_some_and(|node| node.get("schemaFormat").is_some() && node.get("schema").is_some());
    if multi_format {
        schema_format = documents
            .get(&wrapper.child("schemaFormat"))
            .and_then(Value::as_str)
            .map(str::to_owned);
        payload = wrapper.child("schema");
    }
    // A CloudEvent in structured JSON: the event's payload is its `data`, its name its `type`.
    let cloudevent = text(documents, "contentType")
        .as_deref()
        .or(defaults.content_type)
        .is_some_and(|content| content.starts_with(CLOUDEVENTS_JSON));
    let mut name = name;
    if cloudevent {
        let event = documents.resolve(&payload)?;
        let (kind, data) = cloudevent_parts(documents, &event);
        if let Some(kind) = kind {
            name = kind;
        }
        let Some(data) = data else {
            return Err(documents.problem(
                &event,
                format!("`{name}` is a CloudEvent whose schema gives no `data`; left out"),
            ));
        };
        payload = data;
    }
    let headers = documents
        .resolve(&at.child("headers"))
        .ok()
        .and_then(|headers| documents.resolve(&headers.child("properties")).ok());
    if let Some(headers) = headers
        && ["ce_type", "ce-type", "ce_specversion", "ce-specversion"]
            .iter()
            .any(|header| documents.get(&headers.child(header)).is_some())
    {
        notes.push(documents.problem(
            &at.child("headers"),
            format!("`{name}` carries its CloudEvents attributes in headers (binary mode): its name comes with `ce_type`, so decode the payload with `Event::from_parts(ce_type, payload)`"),
        ));
    }
    // A payload that is a schema file of its own is that file; a reference to a component
    // schema stays one, to its shared file.
    if let Some(Value::String(reference)) =
        documents.get(&payload).and_then(|node| node.get("$ref"))
    {
        let reference = reference.clone();
        if let Ok(target) = documents.target(&payload, &reference)
            && target.pointer.is_empty()
            && schemas::is_schema_file(documents, target.document)
        {
            payload = target;
        }
    }
    if let Some(format) = &schema_format
        && !JSON_SCHEMA_FORMATS
            .iter()
            .any(|accepted| format.starts_with(accepted))
    {
        return Err(documents.problem(
            at,
            format!("`{name}`'s payload is in `{format}`; the catalog holds JSON Schema payloads only; left out"),
        ));
    }
    let direction = match (
        found.directions.contains(&Direction::Received),
        found.directions.contains(&Direction::Sent),
    ) {
        (false, true) => Direction::Sent,
        _ => Direction::Received,
    };
    let flag = |documents: &Documents, at: &Location, key: &str| {
        documents.get(&at.child(key)).and_then(Value::as_bool) == Some(true)
    };
    let deprecated = flag(documents, at, "deprecated")
        || flag(documents, at, "x-deprecated")
        || documents
            .resolve(&payload)
            .is_ok_and(|resolved| flag(documents, &resolved, "deprecated"));
    let dialect = schemas::dialect_of(schema_format.as_deref());
    let file_name = format!("{}.json", version_of(documents, at, version));
    let schema = shared.payload(documents, &payload, dialect, &file_name)?;
    let tags = match documents.resolve(&payload) {
        Ok(resolved) => payload_tags(documents, &resolved),
        Err(_) => BTreeMap::new(),
    };
    let listed = field(documents, "examples").unwrap_or_else(|| at.child("examples"));
    let count = documents
        .get(&listed)
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let row = match documents.get(&at.child(ROW_EXTENSION)).cloned() {
        Some(row) => Some(serde_json::from_value::<IndexRow>(row).map_err(|error| {
            documents.problem(
                &at.child(ROW_EXTENSION),
                format!("not a catalog row ({error}); left out"),
            )
        })?),
        None => None,
    };
    let version = version_of(documents, at, version);
    let examples = (0..count)
        .map(|index| listed.child(&index.to_string()).child("payload"))
        .filter(|payload| documents.get(payload).is_some())
        .map(|payload| documents.ordered(&payload))
        .collect();
    Ok(Imported {
        name,
        description,
        direction,
        deprecated,
        version,
        schema,
        tags,
        examples,
        cloudevent,
        row,
    })
}

/// The constant `type` and the `data` schema of a CloudEvent's schema at `event`, from its
/// properties or those of its `allOf` parts.
fn cloudevent_parts(
    documents: &mut Documents,
    event: &Location,
) -> (Option<String>, Option<Location>) {
    let (mut kind, mut data) = (None, None);
    let properties = event.child("properties");
    if documents.get(&properties).is_some()
        && let Ok(properties) = documents.resolve(&properties)
    {
        if documents.get(&properties.child("data")).is_some() {
            data = Some(properties.child("data"));
        }
        kind = documents
            .resolve(&properties.child("type"))
            .ok()
            .and_then(|kind| documents.get(&kind.child("const")))
            .and_then(Value::as_str)
            .map(str::to_owned);
    }
    let parts = event.child("allOf");
    let count = documents
        .get(&parts)
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    for index in 0..count {
        let Ok(part) = documents.resolve(&parts.child(&index.to_string())) else {
            continue;
        };
        let (part_kind, part_data) = cloudevent_parts(documents, &part);
        kind = kind.or(part_kind);
        data = data.or(part_data);
    }
    (kind, data)
}

/// The schema version of the message at `at`: its `x-schema-version`, else the document's.
fn version_of(documents: &Documents, at: &Location, document_version: &str) -> String {
    documents
        .get(&at.child(VERSION_EXTENSION))
        .and_then(Value::as_str)
        .unwrap_or(document_version)
        .to_owned()
}

/// The string constants of the top-level properties of the payload schema at `payload`
/// (`const`, or an `enum` of one value), also where an `allOf` part gives them.
fn payload_tags(documents: &mut Documents, payload: &Location) -> BTreeMap<String, String> {
    let mut tags = BTreeMap::new();
    let parts = payload.child("allOf");
    let count = documents
        .get(&parts)
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    for index in 0..count {
        if let Ok(part) = documents.resolve(&parts.child(&index.to_string())) {
            tags.append(&mut payload_tags(documents, &part));
        }
    }
    if documents.get(&payload.child("properties")).is_none() {
        return tags;
    }
    let Ok(properties) = documents.resolve(&payload.child("properties")) else {
        return tags;
    };
    let keys: Vec<String> = documents
        .get(&properties)
        .and_then(Value::as_object)
        .map(|members| members.keys().cloned().collect())
        .unwrap_or_default();
    for key in keys {
        let Ok(property) = documents.resolve(&properties.child(&key)) else {
            continue;
        };
        let Some(node) = documents.get(&property) else {
            continue;
        };
        let constant = node.get("const").or_else(|| match node.get("enum") {
            Some(Value::Array(values)) if values.len() == 1 => values.first(),
            _ => None,
        });
        if let Some(Value::String(value)) = constant {
            tags.insert(key, value.clone());
        }
    }
    tags
}

/// The top-level property whose constant names every message, each differently, when there is
/// one: the document routes messages by it, so it is their wire name.
fn payload_tag(imported: &[Imported]) -> Option<String> {
    // One message is no evidence of routing; an exported catalog says its own envelope.
    if imported.len() < 2
        || imported
            .iter()
            .any(|message| message.row.is_some() || message.cloudevent)
    {
        return None;
    }
    let first = imported.first()?;
    first.tags.keys().find_map(|tag| {
        let values: BTreeSet<&String> = imported
            .iter()
            .filter_map(|message| message.tags.get(tag))
            .collect();
        (values.len() == imported.len()).then(|| tag.clone())
    })
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
