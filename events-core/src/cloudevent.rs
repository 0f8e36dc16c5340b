//! CloudEvents 1.0 in its structured JSON format: the event's name in `type`, its payload in
//! `data`, and the context attributes beside them, each checked as the specification types it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::envelope::{classify_at, decode};
use crate::event::{CatalogEvent, EventParts, PayloadOf, Place};
use crate::object::Key;
use crate::{DecodeError, path};
use events_facts::Format;

/// The one `specversion` this type reads and writes.
pub const CLOUDEVENTS_SPEC_VERSION: &str = "1.0";

/// A CloudEvent 1.0 in structured JSON (`application/cloudevents+json`) carrying an event of the
/// catalog: `type` is the event's name and `data` its payload; the context attributes are
/// typed fields, and extension attributes are kept.
///
/// Decoding holds each attribute to its CloudEvents type: `id`, `source`, `specversion` and
/// `type` are required; `source` is a URI-reference, `dataschema` a URI, `time` an RFC 3339
/// timestamp; extension names are lower-case letters and digits and their values strings,
/// booleans or 32-bit integers; `null` is an attribute left unset. Binary `data_base64` is an
/// error (the catalog's payloads are JSON). Errors name the member, like `data.amount`.
#[derive(Debug, Clone, PartialEq)]
pub struct CloudEvent<E> {
    /// `id`: identifies the event within its `source`.
    pub id: String,
    /// `source`: the context in which the event happened, a URI-reference.
    pub source: String,
    /// The event, from `type` and `data`.
    pub event: E,
    /// `datacontenttype`: the media type of `data`.
    pub data_content_type: Option<String>,
    /// `dataschema`: the schema `data` adheres to, a URI.
    pub data_schema: Option<String>,
    /// `subject`: the subject of the event within its `source`.
    pub subject: Option<String>,
    /// `time`: when the occurrence happened, an RFC 3339 timestamp as written.
    pub time: Option<String>,
    /// Extension attributes, by name.
    pub extensions: BTreeMap<String, ExtensionValue>,
}

/// The value of a CloudEvents extension attribute, by its JSON type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExtensionValue {
    /// A string (CloudEvents' String, URI, URI-reference, Binary or Timestamp).
    String(String),
    /// A boolean.
    Boolean(bool),
    /// An integer, -2,147,483,648 to 2,147,483,647.
    Integer(i32),
}

impl<E> CloudEvent<E> {
    /// A CloudEvent of `event` with the required `id` and `source` and no optional attribute.
    pub fn new(id: impl Into<String>, source: impl Into<String>, event: E) -> Self {
        CloudEvent {
            id: id.into(),
            source: source.into(),
            event,
            data_content_type: None,
            data_schema: None,
            subject: None,
            time: None,
            extensions: BTreeMap::new(),
        }
    }
}

const TYPE: Place<'static> = Place {
    keys: &["type"],
    reached: 0,
};
const DATA: Place<'static> = Place {
    keys: &["data"],
    reached: 0,
};

impl<E: CatalogEvent + DeserializeOwned> CloudEvent<E> {
    /// Decodes one CloudEvent in structured JSON; errors name the member, like `data.amount`,
    /// and say when a payload's schema version is unsupported.
    pub fn from_json(json: &[u8]) -> Result<Self, DecodeError> {
        let version = E::wire_shape().version;
        decode(json).map_err(|error| classify_at::<E>(json, TYPE.keys, DATA.keys, version, error))
    }
}

impl<'de, E: CatalogEvent> Deserialize<'de> for CloudEvent<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(CloudEventVisitor(PhantomData))
    }
}

struct CloudEventVisitor<E>(PhantomData<E>);

impl<'de, E: CatalogEvent> Visitor<'de> for CloudEventVisitor<E> {
    type Value = CloudEvent<E>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a CloudEvent object with `specversion`, `id`, `source`, `type` and `data`")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<CloudEvent<E>, A::Error> {
        let version_attribute = version_attribute::<E>();
        let mut parts = EventParts::<E>::versioned(version_attribute.is_some());
        let mut seen = BTreeSet::new();
        let (mut id, mut source, mut spec_version) = (None, None, None);
        let (mut content_type, mut schema, mut subject, mut time) = (None, None, None, None);
        let mut extensions = BTreeMap::new();
        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
            if !seen.insert(key.to_string()) {
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            let mut attribute = |slot: &mut Option<String>, kind: Attribute| {
                *slot = map
                    .next_value_seed(kind)
                    .map_err(|error| path::at_key(error, &key))?;
                Ok::<_, A::Error>(())
            };
            match &*key {
                "type" => parts.read_name(&mut map, "type")?,
                "data" => parts.read_payload(&mut map, "data")?,
                "id" => attribute(&mut id, Attribute::Text)?,
                "source" => attribute(&mut source, Attribute::Formatted(Format::UriReference))?,
                "specversion" => attribute(&mut spec_version, Attribute::SpecVersion)?,
                "datacontenttype" => attribute(&mut content_type, Attribute::Text)?,
                "dataschema" => attribute(&mut schema, Attribute::Formatted(Format::Uri))?,
                "subject" => attribute(&mut subject, Attribute::Text)?,
                "time" => attribute(&mut time, Attribute::Formatted(Format::DateTime))?,
                "data_base64" => {
                    return Err(path::at_key(
                        de::Error::custom(
                            "binary `data_base64` is not read: this catalog's events carry JSON `data`",
                        ),
                        "data_base64",
                    ));
                }
                name => {
                    if !is_attribute_name(name) {
                        return Err(de::Error::custom(format_args!(
                            "`{name}` is not a CloudEvents attribute name (lower-case ASCII letters and digits)"
                        )));
                    }
                    let value = map
                        .next_value::<Option<ExtensionValue>>()
                        .map_err(|error| path::at_key(error, name))?;
                    if Some(name) == version_attribute {
                        match &value {
                            Some(ExtensionValue::String(version)) => {
                                parts.set_version(version.clone());
                            }
                            Some(_) => {
                                return Err(path::at_key(
                                    de::Error::custom(
                                        "the payload's schema version is a string attribute",
                                    ),
                                    name,
                                ));
                            }
                            None => {}
                        }
                    }
                    if let Some(value) = value {
                        extensions.insert(name.to_owned(), value);
                    }
                }
            }
        }
        let required = |slot: Option<String>, key: &str| {
            slot.ok_or_else(|| de::Error::custom(format_args!("missing field `{key}`")))
        };
        required(spec_version, "specversion")?;
        let id = required(id, "id")?;
        let source = required(source, "source")?;
        let event = parts.finish(&[], TYPE, DATA)?;
        Ok(CloudEvent {
            id,
            source,
            event,
            data_content_type: content_type,
            data_schema: schema,
            subject,
            time,
            extensions,
        })
    }
}

/// The extension attribute that says the payload's schema version, when the catalog's
/// CloudEvents say it outside the payload.
fn version_attribute<E: CatalogEvent>() -> Option<&'static str> {
    match E::wire_shape().version? {
        [attribute] => Some(attribute),
        _ => None,
    }
}

fn is_attribute_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit())
}

/// How a context attribute's value is checked: a non-empty string, one of a format, or the
/// spec version. `null` is the attribute unset.
#[derive(Clone, Copy)]
enum Attribute {
    Text,
    Formatted(Format),
    SpecVersion,
}

impl<'de> DeserializeSeed<'de> for Attribute {
    type Value = Option<String>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_option(self)
    }
}

impl<'de> Visitor<'de> for Attribute {
    type Value = Option<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Attribute::Text => f.write_str("a non-empty string"),
            Attribute::Formatted(format) => write!(f, "a string of format `{}`", format.name()),
            Attribute::SpecVersion => write!(f, "the string `{CLOUDEVENTS_SPEC_VERSION}`"),
        }
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        let accepted = match self {
            Attribute::Text => !text.is_empty(),
            Attribute::Formatted(format) => !text.is_empty() && format.accepts(text),
            Attribute::SpecVersion => text == CLOUDEVENTS_SPEC_VERSION,
        };
        if accepted {
            return Ok(Some(text.to_owned()));
        }
        Err(match self {
            Attribute::SpecVersion => E::custom(format_args!(
                "unsupported CloudEvents `specversion` `{text}`; this catalog's events are CloudEvents {CLOUDEVENTS_SPEC_VERSION}"
            )),
            _ => E::invalid_value(de::Unexpected::Str(text), &self),
        })
    }
}

impl<'de> Deserialize<'de> for ExtensionValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;
        impl Visitor<'_> for ValueVisitor {
            type Value = ExtensionValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a CloudEvents extension value: a string, a boolean or a 32-bit integer",
                )
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<ExtensionValue, E> {
                Ok(ExtensionValue::String(text.to_owned()))
            }
            fn visit_bool<E: de::Error>(self, value: bool) -> Result<ExtensionValue, E> {
                Ok(ExtensionValue::Boolean(value))
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<ExtensionValue, E> {
                i32::try_from(value)
                    .map(ExtensionValue::Integer)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(value), &self))
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<ExtensionValue, E> {
                i32::try_from(value)
                    .map(ExtensionValue::Integer)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(value), &self))
            }
        }
        deserializer.deserialize_any(ValueVisitor)
    }
}

impl Serialize for ExtensionValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ExtensionValue::String(text) => serializer.serialize_str(text),
            ExtensionValue::Boolean(value) => serializer.serialize_bool(*value),
            ExtensionValue::Integer(value) => serializer.serialize_i32(*value),
        }
    }
}

impl<E: CatalogEvent> Serialize for CloudEvent<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("specversion", CLOUDEVENTS_SPEC_VERSION)?;
        map.serialize_entry("id", &self.id)?;
        map.serialize_entry("source", &self.source)?;
        map.serialize_entry("type", self.event.wire_name())?;
        let optional = [
            ("datacontenttype", &self.data_content_type),
            ("dataschema", &self.data_schema),
            ("subject", &self.subject),
            ("time", &self.time),
        ];
        for (key, value) in optional {
            if let Some(value) = value {
                map.serialize_entry(key, value)?;
            }
        }
        // The version a known event has is written over the one received.
        let version = version_attribute::<E>().zip(self.event.schema_version());
        if let Some((attribute, version)) = version {
            map.serialize_entry(attribute, version)?;
        }
        for (name, value) in &self.extensions {
            if version.is_none_or(|(attribute, _)| attribute != name) {
                map.serialize_entry(name, value)?;
            }
        }
        map.serialize_entry("data", &PayloadOf(&self.event))?;
        map.end()
    }
}
