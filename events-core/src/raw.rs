//! JSON kept exactly as received: the bytes of one value, for unknown events and unknown fields.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{Serialize, Serializer};
use serde_json::value::RawValue;

use crate::object::Key as ObjectKey;

/// One JSON value kept as its exact text: large integers keep every digit, duplicate keys and
/// key order stay as received, and encoding writes the same bytes back.
///
/// Equality compares the text. [`RawJson::to_value`] gives an untyped [`Value`](crate::Value) to
/// inspect it.
#[derive(Clone)]
pub struct RawJson(Box<RawValue>);

impl RawJson {
    /// The JSON text, exactly as received (surrounding whitespace removed).
    pub fn get(&self) -> &str {
        self.0.get()
    }

    /// Checks that `json` is one JSON value and keeps its text.
    pub fn from_string(json: String) -> Result<RawJson, serde_json::Error> {
        RawValue::from_string(json).map(RawJson)
    }

    /// The value parsed into an untyped [`Value`](crate::Value) (numbers beyond `f64` and
    /// duplicate keys are then no longer exact).
    pub fn to_value(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::from_str(self.get())
    }

    /// Decodes `T` from the kept text.
    pub fn decode<'a, T: Deserialize<'a>>(&'a self) -> Result<T, serde_json::Error> {
        serde_json::from_str(self.get())
    }
}

impl PartialEq for RawJson {
    fn eq(&self, other: &RawJson) -> bool {
        self.get() == other.get()
    }
}

impl Eq for RawJson {}

impl fmt::Debug for RawJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("RawJson").field(&self.get()).finish()
    }
}

impl fmt::Display for RawJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.get())
    }
}

impl Serialize for RawJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for RawJson {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Box::<RawValue>::deserialize(deserializer).map(RawJson)
    }
}

/// Decodes a value from its kept text with the same parser, and the same `Deserializer` type,
/// as the input: a failure inside it has added its path segments already; its message comes
/// without a position, since a position inside the kept text is not one of the input.
pub(crate) fn decode_kept<'a, T>(
    raw: &'a RawJson,
    decode: impl FnOnce(
        &mut serde_json::Deserializer<serde_json::de::SliceRead<'a>>,
    ) -> Result<T, serde_json::Error>,
) -> Result<T, String> {
    let mut deserializer = serde_json::Deserializer::from_slice(raw.get().as_bytes());
    decode(&mut deserializer).map_err(|error| events_facts::without_position(&error))
}

/// The value of member `key` of the object `raw`, kept as text; `None` when there is none, an
/// error when `raw` is not an object or has `key` twice.
pub(crate) fn member_of(raw: &RawJson, key: &str) -> Result<Option<RawJson>, serde_json::Error> {
    struct Probe<'k>(&'k str);
    impl<'de> Visitor<'de> for Probe<'_> {
        type Value = Option<RawJson>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut found = None;
            while let Some(ObjectKey(key)) = map.next_key::<ObjectKey<'de>>()? {
                if key == self.0 {
                    if found.is_some() {
                        return Err(de::Error::custom(format_args!(
                            "duplicate field `{}`",
                            self.0
                        )));
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
