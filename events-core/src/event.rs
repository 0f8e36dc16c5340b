//! How generated `Event` enums read and write the SDK `message` shape
//! `{"eventName": …, "value": …}`. Generated
//! code reaches this module through `__private`; the logic lives here once, so each catalog's
//! expansion stays small.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use crate::raw::{decode_kept, member_of};
use crate::wire::WireShape;
use crate::{EventInfo, RawJson, path};

/// What a generated `Event` enum tells the shared decoder. Implemented by generated code; not
/// meant to be implemented by hand.
pub trait CatalogEvent: Sized {
    /// The generated `EventName`.
    type Name: Copy;

    /// The known event with this wire name, if any.
    fn lookup(name: &str) -> Option<Self::Name>;

    /// The catalog row of a known event.
    fn info(name: Self::Name) -> &'static EventInfo;

    /// Why an event with this wire name is refused (a sunset event under the `reject` policy),
    /// or `None` when it is not.
    fn rejection(name: &str) -> Option<&'static str> {
        let _ = name;
        None
    }

    /// Decodes the payload of the known event `name`.
    fn deserialize_payload<'de, D: Deserializer<'de>>(
        name: Self::Name,
        deserializer: D,
    ) -> Result<Self, D::Error>;

    /// Decodes the payload of the known event `name` by the schema version its message says
    /// outside the payload (`None`: it says none), in a catalog whose envelope carries the
    /// version there ([`WireShape::version`]); other catalogs read it from the payload.
    fn deserialize_payload_at<'de, D: Deserializer<'de>>(
        name: Self::Name,
        version: Option<&str>,
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let _ = version;
        Self::deserialize_payload(name, deserializer)
    }

    /// An event the catalog does not know, kept as received.
    fn unknown(event_name: String, value: RawJson) -> Self;

    /// The event's wire name.
    fn wire_name(&self) -> &str;

    /// Writes the event's payload alone, as it travels on the wire.
    fn serialize_payload<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;

    /// The schema version of a known event's payload, for writing it beside the payload in a
    /// catalog whose messages carry it there; `None` otherwise.
    fn schema_version(&self) -> Option<&str> {
        None
    }

    /// Where the catalog's messages carry the event's name and payload (and, when outside the
    /// payload, its schema version): the index's `envelope` pointers, or the SDK message's
    /// `/message/eventName` and `/message/value` when it declares none.
    fn wire_shape() -> &'static WireShape {
        &WireShape::SDK_MESSAGE
    }

    /// The payload field that names its schema version, as keys from the payload's root: the
    /// index's `version_field`, `schemaVersion` when it names none.
    fn version_field() -> &'static [&'static str] {
        &["schemaVersion"]
    }
}

/// The payload of an event, written through [`CatalogEvent::serialize_payload`].
pub(crate) struct PayloadOf<'a, E>(pub(crate) &'a E);

impl<E: CatalogEvent> Serialize for PayloadOf<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_payload(serializer)
    }
}

/// Writes `{"eventName": name, "value": payload}`.
pub fn serialize_event<S: Serializer, P: Serialize + ?Sized>(
    serializer: S,
    name: &str,
    payload: &P,
) -> Result<S::Ok, S::Error> {
    let mut message = serializer.serialize_struct("Event", 2)?;
    message.serialize_field("eventName", name)?;
    message.serialize_field("value", payload)?;
    message.end()
}

/// Reads `{"eventName": …, "value": …}` with the keys in any order.
///
/// When `eventName` comes first (as the SDK sends it) the payload is decoded straight from the
/// input; otherwise its text is kept and decoded by the same parser once the name is known, so
/// the verdict does not depend on key order. Other keys are ignored.
pub fn deserialize_event<'de, E: CatalogEvent, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<E, D::Error> {
    deserializer.deserialize_map(EventVisitor::<E>(PhantomData))
}

enum Key {
    EventName,
    Value,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a key of an event message")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "eventName" => Key::EventName,
                    "value" => Key::Value,
                    _ => Key::Other,
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

pub(crate) enum Name<N> {
    Known(N),
    Unknown(String),
}

impl<N> Name<N> {
    pub(crate) fn classify<E: CatalogEvent<Name = N>, Err: de::Error>(
        name: &str,
    ) -> Result<Self, Err> {
        if let Some(known) = E::lookup(name) {
            return Ok(Name::Known(known));
        }
        match E::rejection(name) {
            Some(reason) => Err(Err::custom(reason)),
            None => Ok(Name::Unknown(name.to_owned())),
        }
    }
}

struct NameSeed<E>(PhantomData<E>);

impl<'de, E: CatalogEvent> DeserializeSeed<'de> for NameSeed<E> {
    type Value = Name<E::Name>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<E: CatalogEvent> Visitor<'_> for NameSeed<E> {
    type Value = Name<E::Name>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an event name")
    }

    fn visit_str<Err: de::Error>(self, name: &str) -> Result<Self::Value, Err> {
        Name::classify::<E, Err>(name)
    }
}

struct PayloadSeed<'a, E: CatalogEvent> {
    name: E::Name,
    version: Version<'a>,
}

impl<'de, E: CatalogEvent> DeserializeSeed<'de> for PayloadSeed<'_, E> {
    type Value = E;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<E, D::Error> {
        match self.version {
            Version::InPayload => E::deserialize_payload(self.name, deserializer),
            Version::Outside(version) => {
                E::deserialize_payload_at(self.name, version, deserializer)
            }
        }
    }
}

/// Where a payload's schema version comes from when it is decoded.
#[derive(Clone, Copy)]
enum Version<'a> {
    /// The payload says it (or the catalog keeps one version per event).
    InPayload,
    /// The message says it beside the payload, or not at all (`None`).
    Outside(Option<&'a str>),
}

/// Where a message carries its event's name or payload: the keys from the message's root, and
/// how many of them a decoder found (objects entered on the way), for a missing one's error.
#[derive(Clone, Copy)]
pub(crate) struct Place<'a> {
    pub(crate) keys: &'a [&'a str],
    pub(crate) reached: usize,
}

/// The SDK message's `eventName` and `value`.
const EVENT_NAME: Place<'static> = Place {
    keys: &["eventName"],
    reached: 0,
};
const VALUE: Place<'static> = Place {
    keys: &["value"],
    reached: 0,
};

struct EventVisitor<E>(PhantomData<E>);

impl<'de, E: CatalogEvent> Visitor<'de> for EventVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an event message with `eventName` and `value`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<E, A::Error> {
        let mut parts = EventParts::<E>::new();
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::EventName => parts.read_name(&mut map, "eventName")?,
                Key::Value => parts.read_payload(&mut map, "value")?,
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        parts.finish(&[], EVENT_NAME, VALUE)
    }
}

/// The name and payload of one event as a decoder meets them, in either order, wherever the
/// message carries them: the payload is decoded straight from the input when the name came
/// first, and kept as text otherwise, then decoded by the same parser once the name is known,
/// so that the verdict does not depend on key order.
pub(crate) struct EventParts<E: CatalogEvent> {
    name: Option<Name<E::Name>>,
    decoded: Option<E>,
    buffered: Option<RawJson>,
    /// Whether the message says the payload's schema version beside it.
    versioned_outside: bool,
    version: Option<String>,
}

impl<E: CatalogEvent> EventParts<E> {
    /// The parts of a message whose payload says its own schema version.
    pub(crate) fn new() -> Self {
        EventParts {
            name: None,
            decoded: None,
            buffered: None,
            versioned_outside: false,
            version: None,
        }
    }

    /// The parts of a message that says its payload's schema version beside the payload when
    /// `outside`: the payload is then decoded once both its name and version are read.
    pub(crate) fn versioned(outside: bool) -> Self {
        EventParts {
            versioned_outside: outside,
            ..Self::new()
        }
    }

    /// Takes the payload's schema version, as the message says it outside the payload.
    pub(crate) fn set_version(&mut self, version: String) {
        self.version = Some(version);
    }

    fn version(&self) -> Version<'_> {
        if self.versioned_outside {
            Version::Outside(self.version.as_deref())
        } else {
            Version::InPayload
        }
    }

    /// Reads the event's name, the value of member `key`.
    pub(crate) fn read_name<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: &str,
    ) -> Result<(), A::Error> {
        if self.name.is_some() {
            return Err(duplicate(key));
        }
        self.name = Some(
            map.next_value_seed(NameSeed::<E>(PhantomData))
                .map_err(|error| path::at_key(error, key))?,
        );
        Ok(())
    }

    /// Reads the event's payload, the value of member `key`; `keep` keeps its text even when
    /// the name is known (the name is inside it).
    pub(crate) fn read_payload<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: &str,
    ) -> Result<(), A::Error> {
        if self.decoded.is_some() || self.buffered.is_some() {
            return Err(duplicate(key));
        }
        let version_known = !self.versioned_outside || self.version.is_some();
        match &self.name {
            Some(Name::Known(known)) if version_known => {
                let seed = PayloadSeed::<E> {
                    name: *known,
                    version: self.version(),
                };
                self.decoded = Some(
                    map.next_value_seed(seed)
                        .map_err(|error| path::at_key(error, key))?,
                );
            }
            _ => {
                self.buffered = Some(map.next_value().map_err(|error| path::at_key(error, key))?);
            }
        }
        Ok(())
    }

    /// Takes a payload already kept whole (a message that is its payload).
    pub(crate) fn keep(&mut self, payload: RawJson) {
        self.buffered = Some(payload);
    }

    /// Keeps the payload's text whatever the name: for a message whose name is inside it.
    pub(crate) fn keep_payload<'de, A: MapAccess<'de>>(
        &mut self,
        map: &mut A,
        key: &str,
    ) -> Result<(), A::Error> {
        if self.buffered.is_some() {
            return Err(duplicate(key));
        }
        self.buffered = Some(map.next_value().map_err(|error| path::at_key(error, key))?);
        Ok(())
    }

    /// The event, once the whole message is read. `at` is where the object being finished
    /// stands in the message; `name` and `payload` are where the name and payload stand, for
    /// the paths of errors raised here. A name inside the payload (its keys longer than the
    /// payload's, which they start with) is read from the kept payload.
    pub(crate) fn finish<Err: de::Error>(
        mut self,
        at: &[&str],
        name: Place<'_>,
        payload: Place<'_>,
    ) -> Result<E, Err> {
        let (name_at, payload_at) = (name.keys, payload.keys);
        if let Some(event) = self.decoded {
            return Ok(event);
        }
        let Some(value) = self.buffered else {
            return Err(missing(at, payload));
        };
        if let Some(inside) = name_at.strip_prefix(payload_at)
            && !inside.is_empty()
        {
            self.name = Some(name_inside::<E, Err>(&value, at, payload_at, inside)?);
        }
        let version = match self.versioned_outside {
            true => Version::Outside(self.version.as_deref()),
            false => Version::InPayload,
        };
        let name = self.name.ok_or_else(|| missing(at, name))?;
        match name {
            Name::Unknown(event_name) => Ok(E::unknown(event_name, value)),
            Name::Known(known) => decode_kept(&value, |deserializer| {
                PayloadSeed::<E> {
                    name: known,
                    version,
                }
                .deserialize(deserializer)
            })
            .map_err(|message| at_keys(Err::custom(message), &payload_at[at.len()..])),
        }
    }
}

/// The name at `inside` (keys from the payload's root) of the kept payload `value`, which stands
/// at `payload_at`.
fn name_inside<E: CatalogEvent, Err: de::Error>(
    value: &RawJson,
    at: &[&str],
    payload_at: &[&str],
    inside: &[&str],
) -> Result<Name<E::Name>, Err> {
    let (last, parents) = inside.split_last().unwrap_or((&"", &[]));
    let from_here = &payload_at[at.len()..];
    let mut object = value.clone();
    for (depth, key) in parents.iter().enumerate() {
        object = match member_of(&object, key) {
            Ok(Some(member)) => member,
            Ok(None) => {
                let error = missing_key(key);
                return Err(at_keys(at_keys(error, &parents[..depth]), from_here));
            }
            Err(error) => {
                let error = Err::custom(events_facts::without_position(&error));
                return Err(at_keys(at_keys(error, &parents[..depth]), from_here));
            }
        };
    }
    let outside = |error: Err| at_keys(at_keys(error, parents), from_here);
    let text = match member_of(&object, last) {
        Ok(Some(member)) => member,
        Ok(None) => return Err(outside(missing_key(last))),
        Err(error) => return Err(outside(Err::custom(events_facts::without_position(&error)))),
    };
    let mut deserializer = serde_json::Deserializer::from_str(text.get());
    NameSeed::<E>(PhantomData)
        .deserialize(&mut deserializer)
        .map_err(|error| {
            outside(path::at_key(
                Err::custom(events_facts::without_position(&error)),
                last,
            ))
        })
}

/// `missing field `{key}``, as serde writes it, for a key that is not `'static`.
fn missing_key<Err: de::Error>(key: &str) -> Err {
    Err::custom(format_args!("missing field `{key}`"))
}

/// The error for a name or payload that is not in the message: the first key of `place` that
/// was not found, at the path of the object that lacks it.
fn missing<Err: de::Error>(at: &[&str], place: Place<'_>) -> Err {
    let reached = place
        .reached
        .clamp(at.len(), place.keys.len().saturating_sub(1));
    match place.keys.get(reached) {
        Some(key) => at_keys(missing_key(key), &place.keys[at.len()..reached]),
        None => Err::custom("missing value"),
    }
}

fn duplicate<Err: de::Error>(key: &str) -> Err {
    Err::custom(format_args!("duplicate field `{key}`"))
}

/// `error`, having passed out of the members `keys` (outermost first).
pub(crate) fn at_keys<Err>(mut error: Err, keys: &[&str]) -> Err {
    for key in keys.iter().rev() {
        error = path::at_key(error, key);
    }
    error
}

/// Deserializes a type from a string through its `FromStr`.
pub fn deserialize_from_str<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: FromStr,
    T::Err: fmt::Display,
{
    struct FromStrVisitor<T>(PhantomData<T>);
    impl<T: FromStr> Visitor<'_> for FromStrVisitor<T>
    where
        T::Err: fmt::Display,
    {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
            text.parse().map_err(E::custom)
        }
    }
    deserializer.deserialize_str(FromStrVisitor(PhantomData))
}
