//! The whole data of an SDK `onMessage` call, and decoding with error paths.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeOwned, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::DecodeError;
use crate::codec::CatalogEvent;
use crate::error::UnsupportedSchemaVersion;

/// The data of an SDK `onMessage` call that carries an event:
/// `{"type": "event", "schemaVersion": "1.0.0", "message": {…}}`.
///
/// Each generated catalog names its own as `Envelope` (this type with its `Event`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageEnvelope<E> {
    /// The kind of SDK message; always `event` here.
    #[serde(rename = "type")]
    pub kind: MessageKind,
    /// Version of the envelope format (not of the payload), `1.0.0` today. Borrowed for the
    /// version the SDK sends, so that decoding the envelope allocates nothing of its own.
    #[serde(rename = "schemaVersion", deserialize_with = "envelope_version")]
    pub schema_version: Cow<'static, str>,
    /// The event itself.
    pub message: E,
}

/// The `type` of an SDK message. Only events are modelled.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MessageKind {
    /// `event`.
    #[default]
    #[serde(rename = "event")]
    Event,
}

/// The envelope format version the SDK sends today.
pub const ENVELOPE_SCHEMA_VERSION: &str = "1.0.0";

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
}

/// Decodes a generated `Event` from the JSON of an SDK `message`, like [`MessageEnvelope::from_json`].
pub fn decode_event<E: CatalogEvent + DeserializeOwned>(json: &[u8]) -> Result<E, DecodeError> {
    decode(json).map_err(|error| classify::<E>(json, &[], error))
}

/// Recognises, after a failure, a known event whose payload claims a schema version the catalog
/// does not list. Runs on the error path only.
fn classify<E: CatalogEvent>(json: &[u8], message_at: &[&str], error: DecodeError) -> DecodeError {
    let Ok(root) = serde_json::from_slice::<Value>(json) else {
        return error;
    };
    let message = message_at
        .iter()
        .try_fold(&root, |value, key| value.get(key));
    let Some(message) = message else {
        return error;
    };
    let (Some(name), Some(payload)) = (
        message.get("eventName").and_then(Value::as_str),
        message.get("value"),
    ) else {
        return error;
    };
    let Some(known) = E::lookup(name) else {
        return error;
    };
    let allowed = E::info(known).schema_versions;
    match payload.get("schemaVersion").and_then(Value::as_str) {
        Some(version) if !allowed.contains(&version) => {
            error.with_unsupported(UnsupportedSchemaVersion {
                event_name: name.to_owned(),
                schema_version: version.to_owned(),
                allowed_schema_versions: allowed.iter().map(|v| (*v).to_owned()).collect(),
                payload: payload.clone(),
            })
        }
        _ => error,
    }
}

/// Decodes `T` from JSON bytes. On failure the error names the path of the offending field.
///
/// The happy path runs plain serde_json; only a failing input is decoded a second time with
/// path tracking, so valid input pays nothing for good errors.
pub fn decode<T: DeserializeOwned>(json: &[u8]) -> Result<T, DecodeError> {
    match serde_json::from_slice(json) {
        Ok(value) => Ok(value),
        Err(error) => {
            Err(locate_error::<T>(json).unwrap_or_else(|| DecodeError::new(".".to_owned(), error)))
        }
    }
}

fn locate_error<T: DeserializeOwned>(json: &[u8]) -> Option<DecodeError> {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    let error = match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Ok(_) => deserializer
            .end()
            .err()
            .map(|error| DecodeError::new(".".to_owned(), error))?,
        Err(error) => DecodeError::new(error.path().to_string(), error.into_inner()),
    };
    Some(error)
}
