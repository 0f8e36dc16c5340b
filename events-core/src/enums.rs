//! How generated enums decode at run time: string enums (closed, or open with a variant that
//! keeps unknown values) and enums of JSON literals, matched by JSON equality.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::RawJson;

/// Deserializes a generated string enum: `from_wire` maps a wire string to its value, and any
/// other string is serde's "unknown variant `x`, expected `a` or `b`" error.
pub fn deserialize_str_enum<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    expected: &'static [&'static str],
    from_wire: impl Fn(&str) -> Option<T>,
) -> Result<T, D::Error> {
    struct StrEnumVisitor<F> {
        expected: &'static [&'static str],
        from_wire: F,
    }
    impl<T, F: Fn(&str) -> Option<T>> Visitor<'_> for StrEnumVisitor<F> {
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

/// Deserializes a generated literal enum (values that are not all strings): the value is matched
/// against each literal's JSON text by JSON equality (numbers by value, `1` equals `1.0`).
pub fn deserialize_json_literal<'de, D: Deserializer<'de>, T>(
    deserializer: D,
    literals: &'static [&'static str],
    from_index: impl Fn(usize) -> T,
) -> Result<T, D::Error> {
    let raw = RawJson::deserialize(deserializer)?;
    let value: serde_json::Value = raw.decode().map_err(de::Error::custom)?;
    literals
        .iter()
        .position(|literal| {
            serde_json::from_str::<serde_json::Value>(literal)
                .is_ok_and(|literal| events_facts::json_equal(&value, &literal))
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
