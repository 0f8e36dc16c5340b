//! How generated `Event` enums read and write the SDK `message` shape
//! `{"eventName": …, "value": …}`. Generated code reaches this module through `__private`; the
//! logic lives here once, so each catalog's expansion stays small.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use crate::object::Key as ObjectKey;
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

enum Name<N> {
    Known(N),
    Unknown(String),
}

impl<N> Name<N> {
    fn classify<E: CatalogEvent<Name = N>, Err: de::Error>(name: &str) -> Result<Self, Err> {
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

/// Decodes a value from its kept text with the same parser, and the same `Deserializer` type,
/// as the input: a failure inside it has added its path segments already; its message comes
/// without a position, since a position inside the kept text is not one of the input.
fn decode_kept<'a, T>(
    raw: &'a RawJson,
    decode: impl FnOnce(
        &mut serde_json::Deserializer<serde_json::de::SliceRead<'a>>,
    ) -> Result<T, serde_json::Error>,
) -> Result<T, String> {
    let mut deserializer = serde_json::Deserializer::from_slice(raw.get().as_bytes());
    decode(&mut deserializer).map_err(|error| crate::error::without_position(&error))
}

/// Reads the payload of an event with several schema versions: keeps its text, reads its
/// `schemaVersion`, and hands both to `decode`, which returns `None` for a version it does not
/// know.
pub fn deserialize_versioned<'de, D, V>(
    deserializer: D,
    event_name: &str,
    known_versions: &[&str],
    decode: impl FnOnce(&str, &RawJson) -> Option<Result<V, String>>,
) -> Result<V, D::Error>
where
    D: Deserializer<'de>,
{
    let raw = RawJson::deserialize(deserializer)?;
    let version = match schema_version_of(&raw) {
        Ok(Some(version)) => version,
        Ok(None) => {
            return Err(de::Error::custom(format_args!(
                "missing `schemaVersion`: `{event_name}` has versions {} and the payload must say which",
                known_versions.join(", ")
            )));
        }
        Err(error) => return Err(de::Error::custom(error)),
    };
    match decode(&version, &raw) {
        Some(result) => result.map_err(de::Error::custom),
        None => Err(de::Error::custom(format_args!(
            "unsupported schema version `{version}` of `{event_name}`; known versions: {}",
            known_versions.join(", ")
        ))),
    }
}

/// The `schemaVersion` string of a payload object, `None` when it has none; an error when the
/// payload is not an object or `schemaVersion` is not a string.
pub(crate) fn schema_version_of(raw: &RawJson) -> Result<Option<String>, serde_json::Error> {
    match member_of(raw, "schemaVersion")? {
        Some(value) => value.decode().map(Some),
        None => Ok(None),
    }
}

/// The value of member `key` of the object `raw`, kept as text; `None` when there is none, an
/// error when `raw` is not an object or has `key` twice.
fn member_of(raw: &RawJson, key: &'static str) -> Result<Option<RawJson>, serde_json::Error> {
    struct Probe(&'static str);
    impl<'de> Visitor<'de> for Probe {
        type Value = Option<RawJson>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut found = None;
            while let Some(ObjectKey(key)) = map.next_key::<ObjectKey<'de>>()? {
                if key == self.0 {
                    if found.is_some() {
                        return Err(de::Error::duplicate_field(self.0));
                    }
                    found = Some(map.next_value::<RawJson>()?);
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(found)
        }
    }
    serde_json::Deserializer::from_slice(raw.get().as_bytes()).deserialize_map(Probe(key))
}

/// The branch of an internally tagged union (`oneOf`/`anyOf` whose object branches each have a
/// different `const` for the property `tag`): the index in `values` of the value `raw` has
/// there, or an error naming the tag.
pub fn tagged_branch(
    raw: &RawJson,
    tag: &'static str,
    values: &'static [&'static str],
) -> Result<usize, String> {
    let value = member_of(raw, tag).map_err(|error| error.to_string())?;
    let Some(value) = value else {
        return Err(format!("missing field `{tag}`"));
    };
    let text: Option<String> = value.decode().ok();
    text.and_then(|text| values.iter().position(|known| *known == text))
        .ok_or_else(|| {
            format!(
                "unknown `{tag}` {}, expected one of {}",
                value.get(),
                values
                    .iter()
                    .map(|known| format!("\"{known}\""))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
}

/// Decodes one branch of a tagged union from the kept text; a failure inside it keeps its path.
pub fn decode_branch<'a, S: DeserializeSeed<'a>>(
    raw: &'a RawJson,
    seed: S,
) -> Result<S::Value, String> {
    decode_kept(raw, |deserializer| seed.deserialize(deserializer))
}

/// A payload decoded from its kept text (a version of a `Versioned` payload).
pub fn payload_from_json<T: serde::de::DeserializeOwned>(raw: &RawJson) -> Result<T, String> {
    decode_kept(raw, |deserializer| T::deserialize(deserializer))
}

/// Reads the payload of an event whose types live in a shard crate: keeps its text and hands it
/// to the shard's `decode`, whose code is compiled in the shard (a second pass over the
/// payload's bytes, the price of rebuilding one shard instead of every payload type).
pub fn deserialize_in_shard<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    decode: fn(&RawJson) -> Result<T, String>,
) -> Result<T, D::Error> {
    let raw = RawJson::deserialize(deserializer)?;
    decode(&raw).map_err(de::Error::custom)
}

/// A 64-bit hash of an event name, eight bytes at a time: generated `EventName::from_str` matches
/// on it. Must stay identical to the generator's copy in `events-codegen` (`emit::name_hash`).
#[inline]
pub fn name_hash(name: &str) -> u64 {
    let mut chunks = name.as_bytes().chunks_exact(8);
    let mut hash = NAME_HASH_SEED ^ name.len() as u64;
    for chunk in &mut chunks {
        if let &[a, b, c, d, e, f, g, h] = chunk {
            hash = mix_word(hash, u64::from_le_bytes([a, b, c, d, e, f, g, h]));
        }
    }
    let mut tail = [0u8; 8];
    for (slot, byte) in tail.iter_mut().zip(chunks.remainder()) {
        *slot = *byte;
    }
    mix_word(hash, u64::from_le_bytes(tail))
}

const NAME_HASH_SEED: u64 = 0x243f_6a88_85a3_08d3;

#[inline]
fn mix_word(hash: u64, word: u64) -> u64 {
    (hash ^ word)
        .wrapping_mul(0x9e37_79b9_7f4a_7c15)
        .rotate_left(29)
}

/// Deserializes a generated string enum: `from_wire` maps a wire string to its value, and any
/// other string is serde's "unknown variant `x`, expected `a` or `b`" error.
pub fn deserialize_str_enum<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    expected: &'static [&'static str],
    from_wire: fn(&str) -> Option<T>,
) -> Result<T, D::Error> {
    struct StrEnumVisitor<T> {
        expected: &'static [&'static str],
        from_wire: fn(&str) -> Option<T>,
    }
    impl<T> Visitor<'_> for StrEnumVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "one of {}", self.expected.join(", "))
        }
        fn visit_str<E: de::Error>(self, wire: &str) -> Result<T, E> {
            (self.from_wire)(wire).ok_or_else(|| E::unknown_variant(wire, self.expected))
        }
    }
    deserializer.deserialize_str(StrEnumVisitor {
        expected,
        from_wire,
    })
}

/// Deserializes a generated string enum that keeps values the schema does not list: `from_wire`
/// maps a listed wire string to its value, `keep` wraps any other string.
pub fn deserialize_open_str_enum<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    from_wire: fn(&str) -> Option<T>,
    keep: fn(String) -> T,
) -> Result<T, D::Error> {
    struct OpenStrEnumVisitor<T> {
        from_wire: fn(&str) -> Option<T>,
        keep: fn(String) -> T,
    }
    impl<T> Visitor<'_> for OpenStrEnumVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: de::Error>(self, wire: &str) -> Result<T, E> {
            Ok((self.from_wire)(wire).unwrap_or_else(|| (self.keep)(wire.to_owned())))
        }
    }
    deserializer.deserialize_str(OpenStrEnumVisitor { from_wire, keep })
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

/// Decodes one branch of a union from the kept text of the value.
pub fn try_branch<'a, S: DeserializeSeed<'a>>(
    raw: &'a RawJson,
    seed: S,
) -> Result<S::Value, String> {
    // A branch that does not match is no error of the input's: its path is dropped.
    let mark = path::mark();
    let attempt = decode_kept(raw, |deserializer| seed.deserialize(deserializer));
    path::reset(mark);
    attempt
}

/// The value of the first branch that matched (`anyOf`), or of the only one (`oneOf`, when
/// `exclusive`); otherwise why not, branch by branch.
pub fn choose_branch<T, const N: usize>(
    attempts: [Result<T, String>; N],
    exclusive: bool,
    expecting: &str,
) -> Result<T, String> {
    let mut chosen: Option<(usize, T)> = None;
    let mut reasons = Vec::new();
    for (index, attempt) in attempts.into_iter().enumerate() {
        match (attempt, &chosen) {
            (Ok(value), None) => {
                if !exclusive {
                    return Ok(value);
                }
                chosen = Some((index, value));
            }
            (Ok(_), Some((first, _))) => {
                return Err(format!(
                    "{expecting}: matches branches {first} and {index} of `oneOf`, which allows exactly one"
                ));
            }
            (Err(reason), _) => reasons.push(format!("branch {index}: {reason}")),
        }
    }
    match chosen {
        Some((_, value)) => Ok(value),
        None => Err(format!("expected {expecting}; {}", reasons.join("; "))),
    }
}

/// Deserializes a generated literal enum (values that are not all strings): the value is matched
/// against each literal's JSON text by JSON equality (numbers by value, `1` equals `1.0`).
pub fn deserialize_json_literal<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    literals: &'static [&'static str],
    from_index: fn(usize) -> T,
) -> Result<T, D::Error> {
    let raw = RawJson::deserialize(deserializer)?;
    let value: serde_json::Value = raw.decode().map_err(de::Error::custom)?;
    literals
        .iter()
        .position(|literal| {
            serde_json::from_str::<serde_json::Value>(literal)
                .is_ok_and(|literal| json_equal(&value, &literal))
        })
        .map(from_index)
        .ok_or_else(|| {
            de::Error::custom(format_args!(
                "unknown value `{}`, expected one of {}",
                raw.get(),
                literals.join(", ")
            ))
        })
}

/// Serializes a literal enum's value as the JSON text the schema writes.
pub fn serialize_json_literal<S: Serializer>(
    serializer: S,
    literal: &'static str,
) -> Result<S::Ok, S::Error> {
    let raw = RawJson::from_string(literal.to_owned()).map_err(serde::ser::Error::custom)?;
    raw.serialize(serializer)
}

/// JSON equality: numbers by value, objects regardless of key order.
fn json_equal(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(a), Value::Number(b)) => {
            match (a.as_i64(), b.as_i64(), a.as_u64(), b.as_u64()) {
                (Some(a), Some(b), _, _) => a == b,
                (_, _, Some(a), Some(b)) => a == b,
                _ => a.as_f64() == b.as_f64(),
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| json_equal(a, b))
        }
        (Value::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(key, value)| b.get(key).is_some_and(|other| json_equal(value, other)))
        }
        _ => a == b,
    }
}
