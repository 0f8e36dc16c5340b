//! The whole data of an SDK `onMessage` call, and decoding with error paths.

use std::borrow::Cow;
use std::fmt;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor,
};
use serde::{Deserialize, Serialize};

use crate::error::UnsupportedSchemaVersion;
use crate::event::{CatalogEvent, Name};
use crate::object::{Key, read_field, required};
use crate::raw::member_of;
use crate::rules::Plain;
use crate::versioned::schema_version_at;
use crate::{DecodeError, RawJson, path};

/// The data of an SDK `onMessage` call that carries an event:
/// `{"type": "event", "schemaVersion": "1.0.0", "message": {…}}`.
///
/// Each generated catalog names its own as `Envelope` (this type with its `Event`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MessageEnvelope<E> {
    /// The kind of SDK message; always `event` here.
    #[serde(rename = "type")]
    pub kind: MessageKind,
    /// Version of the envelope format (not of the payload), `1.0.0` today. Borrowed for the
    /// version the SDK sends, so that decoding the envelope allocates nothing of its own.
    #[serde(rename = "schemaVersion")]
    pub schema_version: Cow<'static, str>,
    /// The event itself.
    pub message: E,
}

/// The `type` of an SDK message. Only events are modelled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
pub enum MessageKind {
    /// `event`.
    #[default]
    #[serde(rename = "event")]
    Event,
}

/// The envelope format version the SDK sends today.
pub const ENVELOPE_SCHEMA_VERSION: &str = "1.0.0";

impl<'de> Deserialize<'de> for MessageKind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::enums::deserialize_str_enum(deserializer, &["event"], |kind| {
            (kind == "event").then_some(MessageKind::Event)
        })
    }
}

/// Read from a JSON object only (never from an array of its fields), each key once; other keys
/// are ignored, as the SDK may add some.
impl<'de, E: Deserialize<'de>> Deserialize<'de> for MessageEnvelope<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(EnvelopeVisitor(std::marker::PhantomData))
    }
}

struct EnvelopeVisitor<E>(std::marker::PhantomData<E>);

impl<'de, E: Deserialize<'de>> Visitor<'de> for EnvelopeVisitor<E> {
    type Value = MessageEnvelope<E>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an SDK message object with `type`, `schemaVersion` and `message`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut kind = None;
        let mut schema_version = None;
        let mut message = None;
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            match &*key {
                "type" => read_field(&mut kind, "type", &mut map, Plain::<MessageKind>::new())?,
                "schemaVersion" => read_field(
                    &mut schema_version,
                    "schemaVersion",
                    &mut map,
                    EnvelopeVersion,
                )?,
                "message" => read_field(&mut message, "message", &mut map, Plain::<E>::new())?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                    continue;
                }
            };
        }
        Ok(MessageEnvelope {
            kind: required(kind, "type")?,
            schema_version: required(schema_version, "schemaVersion")?,
            message: required(message, "message")?,
        })
    }
}

struct EnvelopeVersion;

impl<'de> DeserializeSeed<'de> for EnvelopeVersion {
    type Value = Cow<'static, str>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        envelope_version(deserializer)
    }
}

fn envelope_version<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Cow<'static, str>, D::Error> {
    struct VersionVisitor;
    impl Visitor<'_> for VersionVisitor {
        type Value = Cow<'static, str>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a version string")
        }
        fn visit_str<E: de::Error>(self, version: &str) -> Result<Self::Value, E> {
            Ok(if version == ENVELOPE_SCHEMA_VERSION {
                Cow::Borrowed(ENVELOPE_SCHEMA_VERSION)
            } else {
                Cow::Owned(version.to_owned())
            })
        }
    }
    deserializer.deserialize_str(VersionVisitor)
}

impl<E> MessageEnvelope<E> {
    /// Wraps an event the way the SDK does.
    pub fn new(message: E) -> Self {
        MessageEnvelope {
            kind: MessageKind::Event,
            schema_version: Cow::Borrowed(ENVELOPE_SCHEMA_VERSION),
            message,
        }
    }
}

impl<E: CatalogEvent + DeserializeOwned> MessageEnvelope<E> {
    /// Decodes the JSON of an `onMessage` data object; errors name the field path, like
    /// `message.value.direction`, and say when a payload's schema version is unsupported.
    pub fn from_json(json: &[u8]) -> Result<Self, DecodeError> {
        decode(json).map_err(|error| classify::<E>(json, &["message"], error))
    }

    /// Decodes `onMessage` data that is already a JSON [`Value`](crate::Value), such as what
    /// `serde_wasm_bindgen` reads from the SDK's JavaScript object: the same verdicts and error
    /// paths as [`from_json`](Self::from_json), without JSON text (errors have no line and
    /// column).
    pub fn from_value(value: &serde_json::Value) -> Result<Self, DecodeError> {
        decode_value(value).map_err(|error| {
            // The error path only: the unsupported-version probe reads JSON text.
            match serde_json::to_vec(value) {
                Ok(json) => classify::<E>(&json, &["message"], error),
                Err(_) => error,
            }
        })
    }
}

/// Decodes a generated `Event` from the JSON of an SDK `message`, like [`MessageEnvelope::from_json`].
pub fn decode_event<E: CatalogEvent + DeserializeOwned>(json: &[u8]) -> Result<E, DecodeError> {
    decode(json).map_err(|error| classify::<E>(json, &[], error))
}

/// Decodes a generated `Event` whose name came out of band (a webhook's HTTP header) from the
/// JSON text of its payload alone: the same verdicts as [`decode_event`] on
/// `{"eventName": name, "value": payload}`, with error paths from the payload's root (`id`,
/// `pull_request.head`), as the payload is on the wire. An unknown name is `Event::Unknown`
/// with the payload kept, once it is JSON.
pub fn decode_parts<E: CatalogEvent>(name: &str, payload: &[u8]) -> Result<E, DecodeError> {
    decode_apart::<E>(name, None, payload)
}

/// [`decode_parts`] for a catalog whose messages say their payload's schema version outside
/// the payload ([`WireShape::version`](crate::WireShape::version)), given here beside it, as
/// a webhook's header may carry it; `None` when the delivery says none.
pub fn decode_parts_with_version<E: CatalogEvent>(
    name: &str,
    version: Option<&str>,
    payload: &[u8],
) -> Result<E, DecodeError> {
    decode_apart::<E>(name, Some(version), payload)
}

/// A payload decoded apart from its message: `version` is `None` for a catalog whose payloads
/// say their own schema version, else what the delivery says outside the payload.
fn decode_apart<E: CatalogEvent>(
    name: &str,
    version: Option<Option<&str>>,
    payload: &[u8],
) -> Result<E, DecodeError> {
    path::start();
    let mut deserializer = serde_json::Deserializer::from_slice(payload);
    let decoded = match Name::classify::<E, serde_json::Error>(name) {
        Ok(Name::Known(known)) => match version {
            Some(version) => E::deserialize_payload_at(known, version, &mut deserializer),
            None => E::deserialize_payload(known, &mut deserializer),
        },
        Ok(Name::Unknown(name)) => {
            RawJson::deserialize(&mut deserializer).map(|raw| E::unknown(name, raw))
        }
        Err(error) => Err(error),
    };
    let error = match decoded.and_then(|event| deserializer.end().map(|()| event)) {
        Ok(event) => return Ok(event),
        Err(error) => DecodeError::new(path::take(), error),
    };
    let kept = std::str::from_utf8(payload)
        .ok()
        .and_then(|text| RawJson::from_string(text.to_owned()).ok());
    let Some(payload) = kept else {
        return Err(error);
    };
    let claimed = match version {
        Some(version) => version.map(str::to_owned),
        None => schema_version_at(&payload, E::version_field())
            .ok()
            .flatten(),
    };
    Err(unsupported_version::<E>(
        name.to_owned(),
        claimed,
        payload,
        error,
    ))
}

/// Recognises, after a failure, a known event whose payload claims a schema version the catalog
/// does not list, in an SDK message whose `eventName` and `value` are members of the object at
/// `message_at`. Runs on the error path only.
fn classify<E: CatalogEvent>(json: &[u8], message_at: &[&str], error: DecodeError) -> DecodeError {
    let keys = |last: &'static str| {
        let mut keys = message_at.to_vec();
        keys.push(last);
        keys
    };
    classify_at::<E>(json, &keys("eventName"), &keys("value"), None, error)
}

/// [`classify`] for a message whose name and payload stand at the keys `name_at` and
/// `payload_at` from its root, and its payload's schema version at `version_at` when the
/// message says it outside the payload (else where the payload says it).
pub(crate) fn classify_at<E: CatalogEvent>(
    json: &[u8],
    name_at: &[&str],
    payload_at: &[&str],
    version_at: Option<&[&str]>,
    error: DecodeError,
) -> DecodeError {
    let Some(message) = std::str::from_utf8(json)
        .ok()
        .and_then(|text| RawJson::from_string(text.to_owned()).ok())
    else {
        return error;
    };
    let member = |keys: &[&str]| {
        let mut value = message.clone();
        for key in keys {
            value = member_of(&value, key).ok()??;
        }
        Some(value)
    };
    let (Some(name), Some(payload)) = (
        member(name_at).and_then(|name| name.decode::<String>().ok()),
        member(payload_at),
    ) else {
        return error;
    };
    let claimed = match version_at {
        Some(keys) => member(keys).and_then(|version| version.decode().ok()),
        None => schema_version_at(&payload, E::version_field())
            .ok()
            .flatten(),
    };
    unsupported_version::<E>(name, claimed, payload, error)
}

/// `error`, told that a message claims the schema version `claimed` for its `payload`, which
/// the catalog does not list for the known event `name`, when it does.
fn unsupported_version<E: CatalogEvent>(
    name: String,
    claimed: Option<String>,
    payload: RawJson,
    error: DecodeError,
) -> DecodeError {
    let Some(known) = E::lookup(&name) else {
        return error;
    };
    let allowed = E::info(known).schema_versions;
    match claimed {
        Some(version) if !allowed.contains(&version.as_str()) => {
            error.with_unsupported(UnsupportedSchemaVersion {
                event_name: name,
                schema_version: version,
                allowed_schema_versions: allowed.iter().map(|v| (*v).to_owned()).collect(),
                payload,
            })
        }
        _ => error,
    }
}

/// Decodes `T` from a JSON [`Value`](crate::Value), like [`decode`] from text.
pub fn decode_value<T: DeserializeOwned>(value: &serde_json::Value) -> Result<T, DecodeError> {
    path::start();
    T::deserialize(value).map_err(|error| DecodeError::new(path::take(), error))
}

/// Decodes `T` from JSON bytes. On failure the error names the path of the offending field.
///
/// The path is collected as the error leaves each field, item and map value on its way out
/// (`path.rs`), so valid input pays nothing for it and nothing is decoded twice.
pub fn decode<T: DeserializeOwned>(json: &[u8]) -> Result<T, DecodeError> {
    path::start();
    serde_json::from_slice(json).map_err(|error| DecodeError::new(path::take(), error))
}
