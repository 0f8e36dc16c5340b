//! serde mirrors of the catalog files, exactly as written: no rule is checked here beyond what
//! the types themselves say (known keys, JSON types).

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// `catalog/index.json`: one row per event.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndex {
    /// The rows, kept as JSON so that each is read (and reported) on its own.
    /// The `events` key.
    pub events: Vec<Value>,
}

/// One row of the index.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRow {
    /// The `name` key.
    pub name: String,
    /// The `description` key.
    pub description: String,
    /// The `schema_versions` key.
    pub schema_versions: Vec<String>,
    /// The `status` key.
    pub status: String,
    /// The `active_date` key.
    pub active_date: String,
    /// The `deprecation_date` key.
    #[serde(default)]
    pub deprecation_date: Option<String>,
    /// The `sunset_date` key.
    #[serde(default)]
    pub sunset_date: Option<String>,
    /// The `replaced_by` key.
    #[serde(default)]
    pub replaced_by: Option<String>,
    /// The `direction` key.
    #[serde(default)]
    pub direction: Option<String>,
}

/// A JSON Schema, restricted to the keywords the generator supports. Any other keyword is an
/// error, never silently ignored (`deny_unknown_fields`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSchema {
    /// The `$schema` key.
    #[serde(rename = "$schema")]
    pub dialect: Option<String>,
    /// The `$id` key.
    #[serde(rename = "$id")]
    pub id: Option<String>,
    /// The `$comment` key.
    #[serde(rename = "$comment")]
    pub comment: Option<String>,
    /// The `$defs` key.
    #[serde(rename = "$defs")]
    pub defs: Option<BTreeMap<String, RawSchema>>,
    /// The `$ref` key.
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
    /// The `title` key.
    pub title: Option<String>,
    /// The `description` key.
    pub description: Option<String>,
    /// The `examples` key.
    pub examples: Option<Vec<Value>>,
    /// The `type` key.
    #[serde(rename = "type")]
    pub types: Option<RawTypes>,
    /// The `properties` key.
    pub properties: Option<BTreeMap<String, RawSchema>>,
    /// The `required` key.
    pub required: Option<Vec<String>>,
    /// The `additionalProperties` key.
    #[serde(rename = "additionalProperties")]
    pub additional_properties: Option<RawAdditionalProperties>,
    /// The `items` key.
    pub items: Option<Box<RawSchema>>,
    /// The `enum` key.
    #[serde(rename = "enum")]
    pub enumeration: Option<Vec<Value>>,
    /// The `const` key.
    #[serde(rename = "const")]
    pub constant: Option<Value>,
    /// The `anyOf` key.
    #[serde(rename = "anyOf")]
    pub any_of: Option<Vec<RawSchema>>,
    /// The `oneOf` key.
    #[serde(rename = "oneOf")]
    pub one_of: Option<Vec<RawSchema>>,
}

/// `"type": "string"` or `"type": ["string", "null"]`.
#[derive(Debug)]
pub struct RawTypes(pub Vec<String>);

/// `"additionalProperties": false` or `"additionalProperties": { schema }`.
#[derive(Debug)]
pub enum RawAdditionalProperties {
    /// `true` or `false`.
    Allowed(bool),
    /// The schema of every value of a map.
    Schema(Box<RawSchema>),
}

// The two hand-written impls below exist so that errors inside them keep their path and a
// precise message; serde's untagged enums would say only "did not match any variant".

impl<'de> Deserialize<'de> for RawTypes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TypesVisitor;
        impl<'de> Visitor<'de> for TypesVisitor {
            type Value = RawTypes;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a type name or an array of type names")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<RawTypes, E> {
                Ok(RawTypes(vec![name.to_owned()]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawTypes, A::Error> {
                let mut names = Vec::new();
                while let Some(name) = seq.next_element()? {
                    names.push(name);
                }
                Ok(RawTypes(names))
            }
        }
        deserializer.deserialize_any(TypesVisitor)
    }
}

impl<'de> Deserialize<'de> for RawAdditionalProperties {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AdditionalVisitor;
        impl<'de> Visitor<'de> for AdditionalVisitor {
            type Value = RawAdditionalProperties;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a boolean or a schema")
            }
            fn visit_bool<E: de::Error>(self, allowed: bool) -> Result<Self::Value, E> {
                Ok(RawAdditionalProperties::Allowed(allowed))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                let schema = RawSchema::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RawAdditionalProperties::Schema(Box::new(schema)))
            }
        }
        deserializer.deserialize_any(AdditionalVisitor)
    }
}
