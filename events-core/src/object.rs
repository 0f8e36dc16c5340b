//! How generated payload structs decode: from a JSON object only (never from an array of
//! fields, as serde's derive also allows), every key once, `null` only where the schema allows
//! it, and unknown keys ignored, refused or kept as the catalog says. Generated code supplies a
//! builder (one `Option` slot per field); the loop over the object lives here once.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};

use crate::{RawJson, path};

/// What a struct does with keys its schema does not list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownKeys {
    /// Skip them (`additionalProperties` absent or `true`, the default policy).
    Ignore,
    /// Refuse them (`additionalProperties: false`).
    Deny,
    /// Keep them, exactly as received, in the builder (the `unknown_fields = "keep"` option).
    Keep,
    /// Decode each by the `additionalProperties` schema into the builder.
    Additional,
}

/// The builder of one struct: one slot per field, filled while the object is read. Generated
/// structs have one each, and the run-time decoder one for any struct of a loaded catalog.
pub trait ObjectBuilder<'de> {
    /// The struct it builds.
    type Object;
    /// What the decoder expects, for "invalid type" errors: `an object \`Payload\``.
    fn expecting(&self) -> &str;
    /// The wire names of the fields, for "unknown field" errors.
    fn fields(&self) -> &'static [&'static str];
    /// What to do with keys not among the fields.
    fn unknown_keys(&self) -> UnknownKeys;

    /// Reads the value of `key` into its slot; `Ok(false)` when `key` is not a field.
    fn read<A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<bool, A::Error>;

    /// Takes an unknown key under [`UnknownKeys::Keep`].
    fn keep(&mut self, key: String, value: RawJson) -> Result<(), String> {
        let _ = value;
        Err(format!("unknown field `{key}`"))
    }

    /// Reads the value of an unlisted key under [`UnknownKeys::Additional`].
    fn additional<A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<(), A::Error> {
        let _ = map;
        Err(de::Error::custom(format_args!("unknown field `{key}`")))
    }

    /// The struct, or the first missing required field.
    fn finish<E: de::Error>(self) -> Result<Self::Object, E>;
}

/// Decodes the struct that `B` builds from a JSON object.
pub fn deserialize_object<'de, D: Deserializer<'de>, B: ObjectBuilder<'de> + Default>(
    deserializer: D,
) -> Result<B::Object, D::Error> {
    deserialize_object_with(deserializer, B::default())
}

/// Decodes the struct that `builder` builds from a JSON object.
pub fn deserialize_object_with<'de, D: Deserializer<'de>, B: ObjectBuilder<'de>>(
    deserializer: D,
    builder: B,
) -> Result<B::Object, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(builder))
}

struct ObjectVisitor<B>(B);

impl<'de, B: ObjectBuilder<'de>> Visitor<'de> for ObjectVisitor<B> {
    type Value = B::Object;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.expecting())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<B::Object, A::Error> {
        let mut builder = self.0;
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            if builder.read(&key, &mut map)? {
                continue;
            }
            match builder.unknown_keys() {
                UnknownKeys::Ignore => {
                    map.next_value::<IgnoredAny>()
                        .map_err(|error| path::at_key(error, &key))?;
                }
                UnknownKeys::Deny => {
                    return Err(de::Error::unknown_field(&key, builder.fields()));
                }
                UnknownKeys::Additional => builder.additional(&key, &mut map)?,
                UnknownKeys::Keep => {
                    let value = map
                        .next_value::<RawJson>()
                        .map_err(|error| path::at_key(error, &key))?;
                    builder
                        .keep(key.into_owned(), value)
                        .map_err(de::Error::custom)?;
                }
            }
        }
        builder.finish()
    }
}

/// An object key, borrowed from the input when it has no escapes.
pub struct Key<'de>(pub Cow<'de, str>);

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(key)))
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(key.to_owned())))
            }
            fn visit_string<E: de::Error>(self, key: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(key)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Reads the value of field `wire` with `seed` into `slot`; a second occurrence of the key is an
/// error, so that a message has one meaning whatever its key order.
pub fn read_field<'de, A: MapAccess<'de>, S: DeserializeSeed<'de>>(
    slot: &mut Option<S::Value>,
    wire: &'static str,
    map: &mut A,
    seed: S,
) -> Result<bool, A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(wire));
    }
    *slot = Some(
        map.next_value_seed(seed)
            .map_err(|error| path::at_key(error, wire))?,
    );
    Ok(true)
}

/// The value of a required field, or serde's "missing field" error.
pub fn required<T, E: de::Error>(slot: Option<T>, wire: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| de::Error::missing_field(wire))
}

/// Reads the value of the unlisted key `key` with `seed` into `additional`; a second occurrence
/// is an error, as for listed fields.
pub fn read_additional<'de, A: MapAccess<'de>, S: DeserializeSeed<'de>>(
    additional: &mut BTreeMap<String, S::Value>,
    key: &str,
    map: &mut A,
    seed: S,
) -> Result<(), A::Error> {
    if additional.contains_key(key) {
        return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
    }
    let value = map
        .next_value_seed(seed)
        .map_err(|error| path::at_key(error, key))?;
    additional.insert(key.to_owned(), value);
    Ok(())
}

/// Keeps an unknown key in `kept`; a second occurrence is an error, as for known fields.
pub fn keep_unknown(
    kept: &mut BTreeMap<String, RawJson>,
    key: String,
    value: RawJson,
) -> Result<(), String> {
    if kept.contains_key(&key) {
        return Err(format!("duplicate field `{key}`"));
    }
    kept.insert(key, value);
    Ok(())
}

/// The default of field `wire` (the schema's `default`, as JSON text), decoded with the field's
/// own rules when the field is absent.
pub fn default_value<S: DeserializeSeed<'static>>(
    wire: &'static str,
    default: &'static str,
    seed: S,
) -> Result<S::Value, String> {
    let mut deserializer = serde_json::Deserializer::from_str(default);
    seed.deserialize(&mut deserializer)
        .map_err(|error| format!("the default of `{wire}` does not match its schema: {error}"))
}
