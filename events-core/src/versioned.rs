//! Payloads read from their kept text: an event with several schema versions (its
//! `schemaVersion` read first, then the version's type), and payload types compiled in a shard
//! crate.

use serde::Deserialize;
use serde::de::{self, Deserializer};

use crate::RawJson;
use crate::raw::{decode_kept, member_of};

/// Reads the payload of an event with several schema versions: keeps its text, reads its version
/// field (`version_field`, keys from the payload's root: `schemaVersion` unless the catalog
/// names another), and hands both to `decode`, which returns `None` for a version it does not
/// know.
pub fn deserialize_versioned<'de, D, V>(
    deserializer: D,
    version_field: &[&str],
    event_name: &str,
    known_versions: &[&str],
    decode: impl FnOnce(&str, &RawJson) -> Option<Result<V, String>>,
) -> Result<V, D::Error>
where
    D: Deserializer<'de>,
{
    let raw = RawJson::deserialize(deserializer)?;
    let version = match schema_version_at(&raw, version_field) {
        Ok(Some(version)) => version,
        Ok(None) => {
            return Err(de::Error::custom(format_args!(
                "missing `{}`: `{event_name}` has versions {} and the payload must say which",
                version_field.join("."),
                known_versions.join(", ")
            )));
        }
        Err(error) => return Err(de::Error::custom(error)),
    };
    match decode(&version, &raw) {
        Some(result) => result.map_err(de::Error::custom),
        None => Err(unsupported(&version, event_name, known_versions)),
    }
}

fn unsupported<E: de::Error>(version: &str, event_name: &str, known_versions: &[&str]) -> E {
    E::custom(format_args!(
        "unsupported schema version `{version}` of `{event_name}`; known versions: {}",
        known_versions.join(", ")
    ))
}

/// The error for a payload whose message, which says schema versions outside the payload (at
/// `place`, a JSON pointer), says none its event has: `version` is what it said, `None` when it
/// said nothing for an event of several versions.
pub fn version_refused<E: de::Error>(
    version: Option<&str>,
    event_name: &str,
    known_versions: &[&str],
    place: &str,
) -> E {
    match version {
        Some(version) => unsupported(version, event_name, known_versions),
        None => E::custom(format_args!(
            "missing schema version: `{event_name}` has versions {} and the message must say which at `{place}`",
            known_versions.join(", ")
        )),
    }
}

/// Whether an event with no payload schema lists `version`, said outside its payload: the
/// error of [`version_refused`] when it does not.
pub fn check_version<E: de::Error>(
    version: Option<&str>,
    event_name: &str,
    known_versions: &[&str],
    place: &str,
) -> Result<(), E> {
    match version {
        Some(version) if known_versions.contains(&version) => Ok(()),
        None if known_versions.len() <= 1 => Ok(()),
        _ => Err(version_refused(version, event_name, known_versions, place)),
    }
}

/// The version string at `version_field` (keys from the payload's root) of a payload object,
/// `None` when it has none; an error when the payload, or an object on the way, is not an
/// object, or the version is not a string.
pub(crate) fn schema_version_at(
    raw: &RawJson,
    version_field: &[&str],
) -> Result<Option<String>, serde_json::Error> {
    let mut value = raw.clone();
    for key in version_field {
        match member_of(&value, key)? {
            Some(member) => value = member,
            None => return Ok(None),
        }
    }
    value.decode().map(Some)
}

/// A payload decoded from its kept text (a version of a `Versioned` payload).
pub fn payload_from_json<T: serde::de::DeserializeOwned>(raw: &RawJson) -> Result<T, String> {
    decode_kept(raw, |deserializer| T::deserialize(deserializer))
}

/// A payload decoded from its kept text by `decode` (a `Versioned` payload of the version its
/// message says outside it).
pub fn payload_from_json_with<'a, T>(
    raw: &'a RawJson,
    decode: impl FnOnce(
        &mut serde_json::Deserializer<serde_json::de::SliceRead<'a>>,
    ) -> Result<T, serde_json::Error>,
) -> Result<T, String> {
    decode_kept(raw, decode)
}

/// Reads the payload of an event whose types live in a shard crate: keeps its text and hands it
/// to the shard's `decode`, whose code is compiled in the shard (a second pass over the
/// payload's bytes, the price of rebuilding one shard instead of every payload type).
pub fn deserialize_in_shard<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    decode: impl FnOnce(&RawJson) -> Result<T, String>,
) -> Result<T, D::Error> {
    let raw = RawJson::deserialize(deserializer)?;
    decode(&raw).map_err(de::Error::custom)
}

/// Reads the payload of an event delivered under a name that several rows share: keeps its
/// text, reads the selector field (`selector`, keys from the payload's root) and hands the
/// position of its value among `values` to `decode`; a value no row has is an event the catalog
/// does not know (`unknown`), kept as received.
pub fn deserialize_selected<'de, D, E>(
    deserializer: D,
    selector: &[&str],
    values: &[&str],
    decode: impl FnOnce(usize, &RawJson) -> Result<E, String>,
    unknown: impl FnOnce(RawJson) -> E,
) -> Result<E, D::Error>
where
    D: Deserializer<'de>,
{
    let raw = RawJson::deserialize(deserializer)?;
    let Some((last, parents)) = selector.split_last() else {
        return Err(de::Error::custom("the selector names no field"));
    };
    let mut object = raw.clone();
    for (depth, key) in parents.iter().enumerate() {
        object = match member_of(&object, key) {
            Ok(Some(member)) => member,
            Ok(None) => {
                let error = de::Error::custom(format_args!("missing field `{key}`"));
                return Err(crate::event::at_keys(error, &parents[..depth]));
            }
            Err(error) => {
                let error = de::Error::custom(events_facts::without_position(&error));
                return Err(crate::event::at_keys(error, &parents[..depth]));
            }
        };
    }
    let at_parent = |error: D::Error| crate::event::at_keys(error, parents);
    let value = match member_of(&object, last) {
        Ok(Some(value)) => value,
        Ok(None) => {
            return Err(at_parent(de::Error::custom(format_args!(
                "missing field `{last}`, whose value picks the event"
            ))));
        }
        Err(error) => {
            return Err(at_parent(de::Error::custom(
                events_facts::without_position(&error),
            )));
        }
    };
    let text: String = value.decode().map_err(|error| {
        at_parent(crate::path::at_key(
            de::Error::custom(events_facts::without_position(&error)),
            last,
        ))
    })?;
    match values.iter().position(|known| *known == text) {
        Some(index) => decode(index, &raw).map_err(de::Error::custom),
        None => Ok(unknown(raw)),
    }
}
