//! One message of a document read into what a row needs: its name, description, direction,
//! status, schema version and payload schema, the constants its payload names it by, its
//! examples; a CloudEvent's `data` and `type`.

use std::collections::{BTreeMap, BTreeSet};

use events_codegen::IndexRow;
use events_codegen::model::{Direction, Version};
use serde_json::Value;

use super::document::{Documents, Location, Ordered, Problem};
use super::messages::{Found, Generation};
use super::schemas::{self, SharedFiles};
use super::{ROW_EXTENSION, VERSION_EXTENSION};

/// The schema formats whose payloads the catalog holds: AsyncAPI schemas and JSON Schema.
const JSON_SCHEMA_FORMATS: &[&str] = &[
    "application/vnd.aai.asyncapi",
    "application/schema+json",
    "application/schema+yaml",
];

/// The content type of a CloudEvent in structured JSON.
const CLOUDEVENTS_JSON: &str = "application/cloudevents+json";

/// One message, read.
pub(super) struct Imported {
    pub(super) name: String,
    pub(super) description: String,
    pub(super) direction: Direction,
    pub(super) deprecated: bool,
    pub(super) version: String,
    pub(super) schema: Ordered,
    /// The string constants of the payload's top-level properties: where the payload names its
    /// message.
    pub(super) tags: BTreeMap<String, String>,
    pub(super) examples: Vec<Ordered>,
    /// Whether it travels as a CloudEvent in structured JSON (its content type says so): its
    /// payload is then the CloudEvent's `data`, its name the CloudEvent's `type`.
    pub(super) cloudevent: bool,
    /// The catalog row the message carries (`x-events-row`, as `events export-asyncapi`
    /// writes it), for a row the index does not have yet.
    pub(super) row: Option<IndexRow>,
}

/// The schema version the document's messages get: its `info.version` when that is a
/// semantic version, `1.0.0` otherwise (said).
pub(super) fn document_version(
    documents: &Documents,
    root: &Location,
    notes: &mut Vec<Problem>,
) -> String {
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
pub(super) struct Defaults<'a> {
    pub(super) generation: Generation,
    /// The schema version of its messages.
    pub(super) version: &'a str,
    /// Its `defaultContentType`.
    pub(super) content_type: Option<&'a str>,
}

/// The message at `found` as a row: its name, description, direction, status and payload.
pub(super) fn read_message(
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
pub(super) fn cloudevent_parts(
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
pub(super) fn version_of(documents: &Documents, at: &Location, document_version: &str) -> String {
    documents
        .get(&at.child(VERSION_EXTENSION))
        .and_then(Value::as_str)
        .unwrap_or(document_version)
        .to_owned()
}

/// The string constants of the top-level properties of the payload schema at `payload`
/// (`const`, or an `enum` of one value), also where an `allOf` part gives them.
pub(super) fn payload_tags(
    documents: &mut Documents,
    payload: &Location,
) -> BTreeMap<String, String> {
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
pub(super) fn payload_tag(imported: &[Imported]) -> Option<String> {
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
