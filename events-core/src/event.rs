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

use crate::raw::decode_kept;
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

    /// An event the catalog does not know, kept as received.
    fn unknown(event_name: String, value: RawJson) -> Self;
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

struct PayloadSeed<E: CatalogEvent>(E::Name);

impl<'de, E: CatalogEvent> DeserializeSeed<'de> for PayloadSeed<E> {
    type Value = E;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<E, D::Error> {
        E::deserialize_payload(self.0, deserializer)
    }
}

struct EventVisitor<E>(PhantomData<E>);

impl<'de, E: CatalogEvent> Visitor<'de> for EventVisitor<E> {
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an event message with `eventName` and `value`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<E, A::Error> {
        let mut name: Option<Name<E::Name>> = None;
        let mut decoded: Option<E> = None;
        let mut buffered: Option<RawJson> = None;
        while let Some(key) = map.next_key::<Key>()? {
            match key {
                Key::EventName => {
                    if name.is_some() {
                        return Err(de::Error::duplicate_field("eventName"));
                    }
                    name = Some(
                        map.next_value_seed(NameSeed::<E>(PhantomData))
                            .map_err(|error| path::at_key(error, "eventName"))?,
                    );
                }
                Key::Value => {
                    if decoded.is_some() || buffered.is_some() {
                        return Err(de::Error::duplicate_field("value"));
                    }
                    match &name {
                        Some(Name::Known(known)) => {
                            decoded = Some(
                                map.next_value_seed(PayloadSeed::<E>(*known))
                                    .map_err(|error| path::at_key(error, "value"))?,
                            );
                        }
                        _ => {
                            buffered = Some(
                                map.next_value()
                                    .map_err(|error| path::at_key(error, "value"))?,
                            );
                        }
                    }
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let name = name.ok_or_else(|| de::Error::missing_field("eventName"))?;
        if let Some(event) = decoded {
            return Ok(event);
        }
        let value = buffered.ok_or_else(|| de::Error::missing_field("value"))?;
        match name {
            Name::Unknown(event_name) => Ok(E::unknown(event_name, value)),
            Name::Known(known) => decode_kept(&value, |deserializer| {
                E::deserialize_payload(known, deserializer)
            })
            .map_err(|message| path::at_key(de::Error::custom(message), "value")),
        }
    }
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
