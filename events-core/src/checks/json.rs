//! The value a check program reads: a JSON tree whose numbers keep their text, and JSON
//! equality over it.

use super::*;

/// A JSON value read for checking: numbers keep their text, so that bounds, `const` and
/// `uniqueItems` compare them exactly; an object's duplicate keys keep the last value, as JSON
/// Schema validators read them.
#[derive(Debug)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(&'a str),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Json<'a>>),
    /// An object's members, in order.
    Object(Vec<(String, Json<'a>)>),
}

impl<'a> Json<'a> {
    /// Reads the JSON text `text`.
    pub fn parse(text: &'a str) -> Result<Json<'a>, serde_json::Error> {
        let raw: &'a RawValue = serde_json::from_str(text)?;
        Json::from_raw(raw)
    }

    pub(super) fn from_raw(raw: &'a RawValue) -> Result<Json<'a>, serde_json::Error> {
        let text = raw.get();
        Ok(match text.as_bytes().first() {
            Some(b'{') => {
                let Members(members) = serde_json::from_str(text)?;
                let mut object: Vec<(String, Json<'a>)> = Vec::with_capacity(members.len());
                for (key, value) in members {
                    let value = Json::from_raw(value)?;
                    match object.iter_mut().find(|(known, _)| *known == key) {
                        Some(slot) => slot.1 = value,
                        None => object.push((key, value)),
                    }
                }
                Json::Object(object)
            }
            Some(b'[') => {
                let items: Vec<&'a RawValue> = serde_json::from_str(text)?;
                Json::Array(
                    items
                        .into_iter()
                        .map(Json::from_raw)
                        .collect::<Result<_, _>>()?,
                )
            }
            Some(b'"') => Json::String(serde_json::from_str(text)?),
            Some(b't') => Json::Bool(true),
            Some(b'f') => Json::Bool(false),
            Some(b'n') => Json::Null,
            _ => Json::Number(text),
        })
    }

    pub(super) fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "boolean",
            Json::Number(_) => "number",
            Json::String(_) => "string",
            Json::Array(_) => "array",
            Json::Object(_) => "object",
        }
    }

    pub(super) fn member(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(members) => members
                .iter()
                .find(|(known, _)| known == key)
                .map(|(_, value)| value),
            _ => None,
        }
    }
}

/// JSON equality: numbers by value (`1` equals `1.0`), objects regardless of member order.
pub(super) fn equal(a: &Json<'_>, b: &Json<'_>) -> bool {
    match (a, b) {
        (Json::Null, Json::Null) => true,
        (Json::Bool(a), Json::Bool(b)) => a == b,
        (Json::Number(a), Json::Number(b)) => {
            events_facts::compare_numbers(a, b) == Some(Ordering::Equal)
        }
        (Json::String(a), Json::String(b)) => a == b,
        (Json::Array(a), Json::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| equal(a, b))
        }
        (Json::Object(a), Json::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(key, value)| b.iter().any(|(k, v)| k == key && equal(value, v)))
        }
        _ => false,
    }
}

pub(super) struct Members<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Members<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MembersVisitor;
        impl<'de> Visitor<'de> for MembersVisitor {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut members = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    members.push((key, map.next_value::<&'de RawValue>()?));
                }
                Ok(Members(members))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
                Err(de::Error::custom("expected an object"))
            }
        }
        deserializer.deserialize_map(MembersVisitor)
    }
}
