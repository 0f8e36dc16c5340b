//! Messages whose event name and payload stand where a catalog's index says, by JSON pointer:
//! `{"type": …, "data": {"object": …}}` (name `/type`, payload `/data/object`), a callback
//! `{"event": {"type": …, …}}` whose name is inside its payload (name `/event/type`, payload
//! `/event`), or a bare payload naming itself (name `/type`, payload ``); and, where the
//! message says the payload's schema version outside the payload, where (`/api_version`).
//! Every other member on the way is kept as received.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::envelope::{classify_at, decode};
use crate::event::{CatalogEvent, EventParts, PayloadOf, Place};
use crate::object::Key;
use crate::{DecodeError, RawJson, path};

/// Where a catalog's messages carry an event's name and payload, each as the keys of a JSON
/// pointer from the message's root. Generated code writes one from the index's `envelope`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WireShape {
    /// The keys to the event's name, a string (`["type"]` for `/type`).
    pub name: &'static [&'static str],
    /// The keys to the payload (`["data", "object"]` for `/data/object`; none for a message
    /// that is its payload).
    pub payload: &'static [&'static str],
    /// The keys to the payload's schema version, a string, when the message says it outside
    /// the payload (`["api_version"]`); `None` when the payload says it itself.
    pub version: Option<&'static [&'static str]>,
}

impl WireShape {
    /// The SDK message `{"type": "event", "schemaVersion": …, "message": {"eventName": …,
    /// "value": …}}` as pointers: `/message/eventName` and `/message/value`.
    pub const SDK_MESSAGE: WireShape = WireShape {
        name: &["message", "eventName"],
        payload: &["message", "value"],
        version: None,
    };

    /// CloudEvents 1.0 structured JSON as pointers: `/type` and `/data`.
    pub const CLOUDEVENTS: WireShape = WireShape {
        name: &["type"],
        payload: &["data"],
        version: None,
    };

    /// Whether the name is a member of the payload (so the payload is kept whole and the name
    /// read from it).
    fn name_in_payload(&self) -> bool {
        self.name.len() > self.payload.len() && self.name.starts_with(self.payload)
    }
}

/// One event message in the shape its catalog declares ([`WireShape`], from the index's
/// `envelope` pointers): the typed event, and every other member of the objects on the way to
/// its name and payload, kept as received, so that encoding gives the message back.
///
/// Read from JSON objects only, keys in any order, each once; errors name the path as it
/// stands on the wire (`data.object.amount`).
#[derive(Debug, Clone, PartialEq)]
pub struct WireEnvelope<E> {
    /// The event: its name and its typed payload.
    pub event: E,
    /// The other members of the message, and of each object on the way to the name and
    /// payload, exactly as received.
    pub members: Members,
}

/// The members of one object of a message, by key (a JSON object's members have no order):
/// each kept as its JSON, or, for an object on the way to an event's name or payload, as its
/// own members.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Members(BTreeMap<String, Member>);

/// One kept member of a message object.
#[derive(Debug, Clone, PartialEq)]
pub enum Member {
    /// A member the envelope does not read, exactly as received.
    Json(RawJson),
    /// An object on the way to the event's name or payload: its other members.
    Object(Members),
}

impl Members {
    /// The kept member at `pointer` (RFC 6901, like `/id` or `/data/previous_attributes`),
    /// if there is one.
    pub fn get(&self, pointer: &str) -> Option<&RawJson> {
        let mut members = self;
        let mut keys = pointer.strip_prefix('/')?.split('/').peekable();
        while let Some(key) = keys.next() {
            let key = key.replace("~1", "/").replace("~0", "~");
            match (members.0.get(&key)?, keys.peek()) {
                (Member::Json(json), None) => return Some(json),
                (Member::Object(inner), Some(_)) => members = inner,
                _ => return None,
            }
        }
        None
    }

    /// The members, by key.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Member)> {
        self.0.iter().map(|(key, member)| (key.as_str(), member))
    }

    fn object(&self, key: &str) -> Option<&Members> {
        match self.0.get(key)? {
            Member::Object(inner) => Some(inner),
            Member::Json(_) => None,
        }
    }
}

impl<E> WireEnvelope<E> {
    /// An event to send, with no other members.
    pub fn new(event: E) -> Self {
        WireEnvelope {
            event,
            members: Members::default(),
        }
    }
}

impl<E: CatalogEvent + DeserializeOwned> WireEnvelope<E> {
    /// Decodes one message; errors name the path on the wire, like `data.object.amount`, and
    /// say when a payload's schema version is unsupported.
    pub fn from_json(json: &[u8]) -> Result<Self, DecodeError> {
        let shape = E::wire_shape();
        decode(json).map_err(|error| {
            classify_at::<E>(json, shape.name, shape.payload, shape.version, error)
        })
    }
}

impl<'de, E: CatalogEvent> Deserialize<'de> for WireEnvelope<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let shape = E::wire_shape();
        let mut parts = EventParts::<E>::versioned(shape.version.is_some());
        let mut reached = Reached::default();
        let members = if shape.payload.is_empty() {
            let payload = RawJson::deserialize(deserializer)?;
            parts.keep(payload);
            Members::default()
        } else {
            Level {
                path: &[],
                shape,
                parts: &mut parts,
                reached: &mut reached,
            }
            .deserialize(deserializer)?
        };
        let event = parts.finish(
            &[],
            Place {
                keys: shape.name,
                reached: reached.name,
            },
            Place {
                keys: shape.payload,
                reached: reached.payload,
            },
        )?;
        Ok(WireEnvelope { event, members })
    }
}

/// How many keys of the name's and the payload's pointers a decoder found.
#[derive(Default)]
struct Reached {
    name: usize,
    payload: usize,
}

/// One object on the way to the name or payload: `path` holds the keys from the root to it.
struct Level<'a, E: CatalogEvent> {
    path: &'static [&'static str],
    shape: &'static WireShape,
    parts: &'a mut EventParts<E>,
    reached: &'a mut Reached,
}

/// Whether `keys` go on from `path` with `key`; `Some(true)` when `key` is their last.
fn next_of(keys: &[&str], path: &[&str], key: &str) -> Option<bool> {
    (keys.len() > path.len() && keys.starts_with(path) && keys[path.len()] == key)
        .then_some(keys.len() == path.len() + 1)
}

impl<'de, E: CatalogEvent> DeserializeSeed<'de> for Level<'_, E> {
    type Value = Members;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Members, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de, E: CatalogEvent> Visitor<'de> for Level<'_, E> {
    type Value = Members;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
        let (shape, path) = (self.shape, self.path);
        if shape.name.starts_with(path) {
            self.reached.name = self.reached.name.max(path.len());
        }
        if shape.payload.starts_with(path) {
            self.reached.payload = self.reached.payload.max(path.len());
        }
        let name_in_payload = shape.name_in_payload();
        let version = shape.version.unwrap_or_default();
        let mut members = BTreeMap::new();
        let mut seen = BTreeSet::new();
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            if !seen.insert(key.to_string()) {
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            let to_payload = next_of(shape.payload, path, &key);
            let to_name = next_of(shape.name, path, &key).filter(|_| !name_in_payload);
            let to_version = next_of(version, path, &key);
            match (to_payload, to_name, to_version) {
                (Some(true), _, _) => {
                    self.reached.payload = path.len() + 1;
                    if name_in_payload {
                        self.parts.keep_payload(&mut map, &key)?;
                    } else {
                        self.parts.read_payload(&mut map, &key)?;
                    }
                }
                (_, Some(true), _) => {
                    self.reached.name = path.len() + 1;
                    self.parts.read_name(&mut map, &key)?;
                }
                (_, _, Some(true)) => {
                    let kept = map
                        .next_value::<RawJson>()
                        .map_err(|error| path::at_key(error, &key))?;
                    let said = kept.decode::<String>().map_err(|error| {
                        path::at_key(
                            de::Error::custom(format_args!(
                                "the payload's schema version is a string: {}",
                                events_facts::without_position(&error)
                            )),
                            &key,
                        )
                    })?;
                    self.parts.set_version(said);
                    members.insert(key.into_owned(), Member::Json(kept));
                }
                (Some(false), _, _) | (_, Some(false), _) | (_, _, Some(false)) => {
                    let inner_path = [shape.payload, shape.name, version]
                        .into_iter()
                        .find(|keys| next_of(keys, path, &key) == Some(false))
                        .map_or(path, |keys| &keys[..=path.len()]);
                    let inner = map
                        .next_value_seed(Level {
                            path: inner_path,
                            shape,
                            parts: &mut *self.parts,
                            reached: &mut *self.reached,
                        })
                        .map_err(|error| path::at_key(error, &key))?;
                    members.insert(key.into_owned(), Member::Object(inner));
                }
                (None, None, None) => {
                    let kept = map
                        .next_value::<RawJson>()
                        .map_err(|error| path::at_key(error, &key))?;
                    members.insert(key.into_owned(), Member::Json(kept));
                }
            }
        }
        Ok(Members(members))
    }
}

impl<E: CatalogEvent> Serialize for WireEnvelope<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let shape = E::wire_shape();
        if shape.payload.is_empty() {
            return self.event.serialize_payload(serializer);
        }
        LevelOut {
            envelope: self,
            path: &[],
            members: Some(&self.members),
        }
        .serialize(serializer)
    }
}

/// One object of a message being written: `path` keys below the root.
struct LevelOut<'a, E> {
    envelope: &'a WireEnvelope<E>,
    path: &'static [&'static str],
    members: Option<&'a Members>,
}

impl<E: CatalogEvent> Serialize for LevelOut<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let shape = E::wire_shape();
        let depth = self.path.len();
        let event = &self.envelope.event;
        let mut map = serializer.serialize_map(None)?;
        let passes = |keys: &[&str]| keys.len() > depth && keys.starts_with(self.path);
        let name = (!shape.name_in_payload()).then_some(shape.name);
        // A version is written from the event when it has one, else kept as received.
        let version = shape.version.filter(|_| event.schema_version().is_some());
        let mut written: Vec<&str> = Vec::new();
        for keys in [name, Some(shape.payload), version]
            .into_iter()
            .flatten()
            .filter(|keys| passes(keys))
        {
            let key = keys[depth];
            if written.contains(&key) {
                continue;
            }
            if keys.len() > depth + 1 {
                map.serialize_entry(key, &self.inner(&keys[..=depth], key))?;
            } else if keys == shape.payload {
                map.serialize_entry(key, &PayloadOf(event))?;
            } else if Some(keys) == name {
                map.serialize_entry(key, event.wire_name())?;
            } else {
                map.serialize_entry(key, &event.schema_version())?;
            }
            written.push(key);
        }
        for (key, member) in self.members.iter().flat_map(|members| &members.0) {
            if written.contains(&key.as_str()) {
                continue;
            }
            match member {
                Member::Json(json) => map.serialize_entry(key, json)?,
                Member::Object(members) => map.serialize_entry(key, &MembersOut(members))?,
            }
        }
        map.end()
    }
}

impl<'a, E> LevelOut<'a, E> {
    fn inner(&self, path: &'static [&'static str], key: &str) -> LevelOut<'a, E> {
        LevelOut {
            envelope: self.envelope,
            path,
            members: self.members.and_then(|members| members.object(key)),
        }
    }
}

/// Kept members written back as an object.
struct MembersOut<'a>(&'a Members);

impl Serialize for MembersOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.0.len()))?;
        for (key, member) in &self.0.0 {
            match member {
                Member::Json(json) => map.serialize_entry(key, json)?,
                Member::Object(members) => map.serialize_entry(key, &MembersOut(members))?,
            }
        }
        map.end()
    }
}
