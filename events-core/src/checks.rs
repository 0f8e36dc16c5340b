//! The JSON Schema keywords that no Rust type holds (`not`, `if`/`then`/`else`, `contains`,
//! `dependentRequired`, `unevaluatedProperties`, a `minLength` without `type`, …), checked at
//! decode by a small interpreter. Generated code describes such a schema as static data, a
//! [`Schema`] of [`Check`]s, and wraps the seed of its Rust type in [`Checked`]: the value's text
//! is kept, read into a [`Json`] tree whose numbers keep their text, checked, then decoded.
//!
//! Each check says what one keyword says in JSON Schema 2020-12 (earlier drafts are rewritten
//! to it by the generator), including the annotations `unevaluatedProperties` and
//! `unevaluatedItems` depend on: what `properties`, `patternProperties`,
//! `additionalProperties`, `prefixItems`, `items` and `contains` evaluated, in this schema and in
//! the valid subschemas of its `allOf`, `anyOf`, `oneOf`, `if`/`then`/`else`,
//! `dependentSchemas` and `$ref`.

use std::cmp::Ordering;
use std::fmt;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

use crate::RawJson;
use crate::raw::decode_kept;
use crate::rules::{Decimal, Pattern, Text};
use crate::{Number, path};

/// A schema: every check must pass. `checks: &[]` is the schema `true`.
#[derive(Clone, Copy)]
pub struct Schema {
    /// The keywords, in order; `unevaluated*` last, as they need the others' annotations.
    pub checks: &'static [Check],
}

impl Schema {
    /// The schema `true`: every value.
    pub const ANY: Schema = Schema { checks: &[] };
    /// The schema `false`: no value.
    pub const NONE: Schema = Schema {
        checks: &[Check::Never],
    };
}

/// The JSON types of a `type` keyword, as bits.
pub mod json_type {
    /// `null`.
    pub const NULL: u8 = 1;
    /// `boolean`.
    pub const BOOLEAN: u8 = 2;
    /// `object`.
    pub const OBJECT: u8 = 4;
    /// `array`.
    pub const ARRAY: u8 = 8;
    /// `number`.
    pub const NUMBER: u8 = 16;
    /// `string`.
    pub const STRING: u8 = 32;
    /// `integer`.
    pub const INTEGER: u8 = 64;
}

/// One keyword of a [`Schema`].
#[derive(Clone, Copy)]
pub enum Check {
    /// The schema `false`.
    Never,
    /// `type`: one of the [`json_type`] bits; `plain_integers` when only integers written
    /// without a fraction or exponent are integers (draft-04).
    Type {
        /// The allowed types.
        types: u8,
        /// Draft-04's integers.
        plain_integers: bool,
    },
    /// `const`, as JSON text.
    Const(&'static str),
    /// `enum`, each value as JSON text.
    Enum(&'static [&'static str]),
    /// `minLength`, `maxLength`, `pattern`, `format` on strings.
    Text(Text),
    /// `minimum`, `maximum`, the exclusive bounds and `multipleOf` on numbers.
    Numeric(Decimal),
    /// `minItems` and `maxItems` (`usize::MAX` when absent) on arrays.
    ItemCount {
        /// `minItems`.
        min: usize,
        /// `maxItems`.
        max: usize,
    },
    /// `uniqueItems: true`.
    UniqueItems,
    /// `prefixItems`.
    PrefixItems(&'static [Schema]),
    /// `items`: the items from `from` (the count of `prefixItems`) on.
    Items {
        /// The first item it applies to.
        from: usize,
        /// Their schema.
        schema: &'static Schema,
    },
    /// `contains`, with `minContains` (1 when absent) and `maxContains` (`usize::MAX`).
    Contains {
        /// The schema some items match.
        schema: &'static Schema,
        /// `minContains`.
        min: usize,
        /// `maxContains`.
        max: usize,
    },
    /// `properties`.
    Properties(&'static [(&'static str, Schema)]),
    /// `patternProperties`.
    PatternProperties(&'static [(Pattern, Schema)]),
    /// `additionalProperties`: the properties neither `listed` in `properties` nor matching
    /// one of `patterns`.
    AdditionalProperties {
        /// The names `properties` lists.
        listed: &'static [&'static str],
        /// The `patternProperties` patterns.
        patterns: &'static [Pattern],
        /// The schema of the others.
        schema: &'static Schema,
    },
    /// `propertyNames`.
    PropertyNames(&'static Schema),
    /// `required`.
    Required(&'static [&'static str]),
    /// `minProperties` and `maxProperties` (`usize::MAX` when absent).
    PropertyCount {
        /// `minProperties`.
        min: usize,
        /// `maxProperties`.
        max: usize,
    },
    /// `dependentRequired`: when the property is present, so must the others be.
    DependentRequired(&'static [(&'static str, &'static [&'static str])]),
    /// `dependentSchemas`: when the property is present, the object matches the schema.
    DependentSchemas(&'static [(&'static str, Schema)]),
    /// `allOf`.
    AllOf(&'static [Schema]),
    /// `anyOf`.
    AnyOf(&'static [Schema]),
    /// `oneOf`.
    OneOf(&'static [Schema]),
    /// `not`.
    Not(&'static Schema),
    /// `if`, `then` and `else` (an absent `then` or `else` is [`Schema::ANY`]).
    If {
        /// `if`.
        condition: &'static Schema,
        /// `then`.
        then: &'static Schema,
        /// `else`.
        otherwise: &'static Schema,
    },
    /// `unevaluatedProperties`.
    UnevaluatedProperties(&'static Schema),
    /// `unevaluatedItems`.
    UnevaluatedItems(&'static Schema),
    /// `$ref`: another schema, which may refer back (a recursive schema).
    Ref(&'static Schema),
    /// `$ref` in a schema built at run time (a loaded catalog's): the slot is filled once every
    /// schema is built, so that a definition may refer back to itself.
    Slot(&'static std::sync::OnceLock<Schema>),
}

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

    fn from_raw(raw: &'a RawValue) -> Result<Json<'a>, serde_json::Error> {
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

    fn type_name(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "boolean",
            Json::Number(_) => "number",
            Json::String(_) => "string",
            Json::Array(_) => "array",
            Json::Object(_) => "object",
        }
    }

    fn member(&self, key: &str) -> Option<&Json<'a>> {
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
fn equal(a: &Json<'_>, b: &Json<'_>) -> bool {
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

struct Members<'a>(Vec<(String, &'a RawValue)>);

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

/// Where in the value a check failed, innermost segment first, and why.
#[derive(Debug)]
pub struct Failure {
    path: Vec<Segment>,
    message: String,
    /// The schema went deeper than [`MAX_DEPTH`]: no verdict, which `not`, `if`, `anyOf`,
    /// `oneOf` and `contains` pass on instead of taking it for a value that does not match.
    beyond_depth: bool,
}

#[derive(Debug)]
enum Segment {
    Key(String),
    Index(usize),
}

impl Failure {
    fn new(message: impl Into<String>) -> Failure {
        Failure {
            path: Vec::new(),
            message: message.into(),
            beyond_depth: false,
        }
    }

    /// The failure with its message told where it arose (`allOf` part 2: …).
    fn within(self, context: std::fmt::Arguments<'_>) -> Failure {
        Failure {
            message: format!("{context}: {}", self.message),
            ..self
        }
    }

    fn at_key(mut self, key: &str) -> Failure {
        self.path.push(Segment::Key(key.to_owned()));
        self
    }

    fn at_index(mut self, index: usize) -> Failure {
        self.path.push(Segment::Index(index));
        self
    }

    /// Why the value failed.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The failure's path, as the decoder's error path shows it (`a.b[2]`, or `.`).
    pub fn path(&self) -> String {
        let mut text = String::new();
        for segment in self.path.iter().rev() {
            match segment {
                Segment::Key(key) => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(key);
                }
                Segment::Index(index) => text.push_str(&format!("[{index}]")),
            }
        }
        if text.is_empty() {
            text.push('.');
        }
        text
    }

    /// Adds the path to the decoder's error path and gives the message.
    fn into_decoder_error<E: de::Error>(self) -> E {
        let error = E::custom(self.message);
        self.path
            .iter()
            .fold(error, |error, segment| match segment {
                Segment::Key(key) => path::at_key(error, key),
                Segment::Index(index) => path::at_index(error, *index),
            })
    }
}

/// A recursive schema applied to a value nested this deeply through references that do not
/// descend into it loops; no real schema comes near.
const MAX_DEPTH: usize = 256;

/// What the checks of one schema evaluated at one value, for `unevaluated*`.
struct Evaluated {
    properties: Vec<bool>,
    items: Vec<bool>,
}

impl Evaluated {
    fn of(value: &Json<'_>) -> Evaluated {
        match value {
            Json::Object(members) => Evaluated {
                properties: vec![false; members.len()],
                items: Vec::new(),
            },
            Json::Array(items) => Evaluated {
                properties: Vec::new(),
                items: vec![false; items.len()],
            },
            _ => Evaluated {
                properties: Vec::new(),
                items: Vec::new(),
            },
        }
    }

    fn absorb(&mut self, other: Evaluated) {
        for (mine, theirs) in self.properties.iter_mut().zip(other.properties) {
            *mine |= theirs;
        }
        for (mine, theirs) in self.items.iter_mut().zip(other.items) {
            *mine |= theirs;
        }
    }
}

impl Schema {
    /// Whether `value` matches this schema; why not, with where, when it does not.
    pub fn check(&self, value: &Json<'_>) -> Result<(), Failure> {
        self.validate(value, &mut Evaluated::of(value), 0)
    }

    /// What the schema evaluated when `value` matches it, `None` when it does not; an error
    /// only when it went too deep to say.
    fn matches(&self, value: &Json<'_>, depth: usize) -> Result<Option<Evaluated>, Failure> {
        let mut evaluated = Evaluated::of(value);
        match self.validate(value, &mut evaluated, depth) {
            Ok(()) => Ok(Some(evaluated)),
            Err(failure) if failure.beyond_depth => Err(failure),
            Err(_) => Ok(None),
        }
    }

    fn validate_child(&self, value: &Json<'_>, depth: usize) -> Result<(), Failure> {
        self.validate(value, &mut Evaluated::of(value), depth + 1)
    }

    /// This schema applied to the value of the one it stands in (`allOf`, `$ref`, …): its own
    /// `unevaluated*` see only what it evaluated, and once it passes, what it evaluated counts
    /// for the one it stands in.
    fn validate_in_place(
        &self,
        value: &Json<'_>,
        evaluated: &mut Evaluated,
        depth: usize,
    ) -> Result<(), Failure> {
        let mut own = Evaluated::of(value);
        self.validate(value, &mut own, depth + 1)?;
        evaluated.absorb(own);
        Ok(())
    }

    fn validate(
        &self,
        value: &Json<'_>,
        evaluated: &mut Evaluated,
        depth: usize,
    ) -> Result<(), Failure> {
        if depth > MAX_DEPTH {
            return Err(Failure {
                beyond_depth: true,
                ..Failure::new(format!(
                    "the schema applies to this value through more than {MAX_DEPTH} references"
                ))
            });
        }
        for check in self.checks {
            check.validate(value, evaluated, depth)?;
        }
        Ok(())
    }
}

fn count_rule(
    count: usize,
    min: usize,
    max: usize,
    what: &str,
    keywords: (&str, &str),
) -> Result<(), Failure> {
    if count < min {
        return Err(Failure::new(format!(
            "{what} of {count} has fewer than `{}` {min}",
            keywords.0
        )));
    }
    if count > max {
        return Err(Failure::new(format!(
            "{what} of {count} has more than `{}` {max}",
            keywords.1
        )));
    }
    Ok(())
}

fn literal(text: &'static str) -> Json<'static> {
    // The generator writes every literal as valid JSON.
    Json::parse(text).unwrap_or(Json::Null)
}

fn is_integer(number: &str, plain: bool) -> bool {
    if plain {
        let digits = number.strip_prefix('-').unwrap_or(number);
        return digits.bytes().all(|b| b.is_ascii_digit());
    }
    events_facts::Decimal::parse(number).is_some_and(|decimal| decimal.is_integer())
}

fn type_names(types: u8) -> String {
    use json_type::*;
    let names = [
        (NULL, "null"),
        (BOOLEAN, "boolean"),
        (OBJECT, "object"),
        (ARRAY, "array"),
        (NUMBER, "number"),
        (STRING, "string"),
        (INTEGER, "integer"),
    ];
    names
        .iter()
        .filter(|(bit, _)| types & bit != 0)
        .map(|(_, name)| *name)
        .collect::<Vec<_>>()
        .join(" or ")
}

impl Check {
    /// Kept small, as it is on every recursion's path: the keywords are checked out of line.
    fn validate(
        &self,
        value: &Json<'_>,
        evaluated: &mut Evaluated,
        depth: usize,
    ) -> Result<(), Failure> {
        match self {
            Check::Ref(schema) => schema.validate_in_place(value, evaluated, depth),
            Check::Slot(slot) => slot
                .get()
                .unwrap_or(&Schema::NONE)
                .validate_in_place(value, evaluated, depth),
            _ => self.validate_keyword(value, evaluated, depth),
        }
    }

    #[inline(never)]
    fn validate_keyword(
        &self,
        value: &Json<'_>,
        evaluated: &mut Evaluated,
        depth: usize,
    ) -> Result<(), Failure> {
        match (self, value) {
            (Check::Never, _) => Err(Failure::new(
                "no value is allowed here (the schema is `false`)",
            )),
            (
                Check::Type {
                    types,
                    plain_integers,
                },
                _,
            ) => {
                use json_type::*;
                let bit = match value {
                    Json::Null => NULL,
                    Json::Bool(_) => BOOLEAN,
                    Json::Object(_) => OBJECT,
                    Json::Array(_) => ARRAY,
                    Json::String(_) => STRING,
                    Json::Number(number) if is_integer(number, *plain_integers) => NUMBER | INTEGER,
                    Json::Number(_) => NUMBER,
                };
                if types & bit == 0 {
                    return Err(Failure::new(format!(
                        "invalid type: {}, expected {}",
                        value.type_name(),
                        type_names(*types)
                    )));
                }
                Ok(())
            }
            (Check::Const(text), _) => {
                if !equal(value, &literal(text)) {
                    return Err(Failure::new(format!("value is not the `const` {text}")));
                }
                Ok(())
            }
            (Check::Enum(texts), _) => {
                if !texts.iter().any(|text| equal(value, &literal(text))) {
                    return Err(Failure::new(format!(
                        "value is not one of the `enum` values {}",
                        texts.join(", ")
                    )));
                }
                Ok(())
            }
            (Check::Text(text), Json::String(string)) => text.check(string).map_err(Failure::new),
            (Check::Numeric(decimal), Json::Number(number)) => {
                let number: Number = number
                    .parse()
                    .map_err(|_| Failure::new(format!("{number} is not a JSON number")))?;
                decimal.check(&number).map_err(Failure::new)
            }
            (Check::ItemCount { min, max }, Json::Array(items)) => {
                count_rule(items.len(), *min, *max, "array", ("minItems", "maxItems"))
            }
            (Check::UniqueItems, Json::Array(items)) => {
                for (index, item) in items.iter().enumerate() {
                    if let Some(first) = items[..index].iter().position(|other| equal(item, other))
                    {
                        return Err(Failure::new(format!(
                            "item {index} repeats item {first} (`uniqueItems`)"
                        )));
                    }
                }
                Ok(())
            }
            (Check::PrefixItems(schemas), Json::Array(items)) => {
                for (index, (schema, item)) in schemas.iter().zip(items).enumerate() {
                    schema
                        .validate_child(item, depth)
                        .map_err(|failure| failure.at_index(index))?;
                    evaluated.items[index] = true;
                }
                Ok(())
            }
            (Check::Items { from, schema }, Json::Array(items)) => {
                for (index, item) in items.iter().enumerate().skip(*from) {
                    schema
                        .validate_child(item, depth)
                        .map_err(|failure| failure.at_index(index))?;
                    evaluated.items[index] = true;
                }
                Ok(())
            }
            (Check::Contains { schema, min, max }, Json::Array(items)) => {
                let mut matched = 0;
                for (index, item) in items.iter().enumerate() {
                    if schema.matches(item, depth + 1)?.is_some() {
                        matched += 1;
                        evaluated.items[index] = true;
                    }
                }
                if matched < *min {
                    return Err(Failure::new(format!(
                        "{matched} items match `contains`, fewer than {min} (`minContains`)"
                    )));
                }
                if matched > *max {
                    return Err(Failure::new(format!(
                        "{matched} items match `contains`, more than {max} (`maxContains`)"
                    )));
                }
                Ok(())
            }
            (Check::Properties(properties), Json::Object(members)) => {
                for (index, (key, member)) in members.iter().enumerate() {
                    if let Some((_, schema)) = properties.iter().find(|(name, _)| name == key) {
                        schema
                            .validate_child(member, depth)
                            .map_err(|failure| failure.at_key(key))?;
                        evaluated.properties[index] = true;
                    }
                }
                Ok(())
            }
            (Check::PatternProperties(patterns), Json::Object(members)) => {
                for (index, (key, member)) in members.iter().enumerate() {
                    for (pattern, schema) in patterns.iter() {
                        if (pattern.is_match)(key) {
                            schema
                                .validate_child(member, depth)
                                .map_err(|failure| failure.at_key(key))?;
                            evaluated.properties[index] = true;
                        }
                    }
                }
                Ok(())
            }
            (
                Check::AdditionalProperties {
                    listed,
                    patterns,
                    schema,
                },
                Json::Object(members),
            ) => {
                for (index, (key, member)) in members.iter().enumerate() {
                    if listed.contains(&key.as_str())
                        || patterns.iter().any(|pattern| (pattern.is_match)(key))
                    {
                        continue;
                    }
                    other_property(schema, key, member, "additionalProperties", depth)?;
                    evaluated.properties[index] = true;
                }
                Ok(())
            }
            (Check::PropertyNames(schema), Json::Object(members)) => {
                for (key, _) in members {
                    schema
                        .validate_child(&Json::String(key.clone()), depth)
                        .map_err(|failure| {
                            Failure::new(format!(
                                "key `{key}`: {} (`propertyNames`)",
                                failure.message
                            ))
                        })?;
                }
                Ok(())
            }
            (Check::Required(names), Json::Object(_)) => {
                match names.iter().find(|name| value.member(name).is_none()) {
                    Some(name) => Err(Failure::new(format!("missing field `{name}`"))),
                    None => Ok(()),
                }
            }
            (Check::PropertyCount { min, max }, Json::Object(members)) => count_rule(
                members.len(),
                *min,
                *max,
                "object",
                ("minProperties", "maxProperties"),
            ),
            (Check::DependentRequired(dependencies), Json::Object(_)) => {
                for (present, needed) in dependencies.iter() {
                    if value.member(present).is_none() {
                        continue;
                    }
                    if let Some(missing) = needed.iter().find(|name| value.member(name).is_none()) {
                        return Err(Failure::new(format!(
                            "field `{present}` needs field `{missing}` beside it (`dependentRequired`)"
                        )));
                    }
                }
                Ok(())
            }
            (Check::DependentSchemas(dependencies), Json::Object(_)) => {
                for (present, schema) in dependencies.iter() {
                    if value.member(present).is_some() {
                        schema
                            .validate_in_place(value, evaluated, depth)
                            .map_err(|failure| {
                                failure.within(format_args!(
                                    "with field `{present}` (`dependentSchemas`)"
                                ))
                            })?;
                    }
                }
                Ok(())
            }
            (Check::AllOf(schemas), _) => {
                for (index, schema) in schemas.iter().enumerate() {
                    schema
                        .validate_in_place(value, evaluated, depth)
                        .map_err(|failure| failure.within(format_args!("`allOf` part {index}")))?;
                }
                Ok(())
            }
            (Check::AnyOf(schemas), _) => {
                let mut reasons = Vec::new();
                let mut any = false;
                // Every branch is tried, not only up to the first match: each valid one's
                // annotations count for `unevaluated*`.
                for (index, schema) in schemas.iter().enumerate() {
                    let mut branch = Evaluated::of(value);
                    match schema.validate(value, &mut branch, depth + 1) {
                        Ok(()) => {
                            any = true;
                            evaluated.absorb(branch);
                        }
                        Err(failure) if failure.beyond_depth => return Err(failure),
                        Err(failure) => reasons.push(branch_reason(index, &failure)),
                    }
                }
                if !any {
                    return Err(Failure::new(format!(
                        "matches no branch of `anyOf`; {}",
                        reasons.join("; ")
                    )));
                }
                Ok(())
            }
            (Check::OneOf(schemas), _) => {
                let mut reasons = Vec::new();
                let mut chosen: Option<(usize, Evaluated)> = None;
                for (index, schema) in schemas.iter().enumerate() {
                    let mut branch = Evaluated::of(value);
                    match schema.validate(value, &mut branch, depth + 1) {
                        Ok(()) => {
                            if let Some((first, _)) = chosen {
                                return Err(Failure::new(format!(
                                    "matches branches {first} and {index} of `oneOf`, which allows exactly one"
                                )));
                            }
                            chosen = Some((index, branch));
                        }
                        Err(failure) if failure.beyond_depth => return Err(failure),
                        Err(failure) => reasons.push(branch_reason(index, &failure)),
                    }
                }
                match chosen {
                    Some((_, branch)) => {
                        evaluated.absorb(branch);
                        Ok(())
                    }
                    None => Err(Failure::new(format!(
                        "matches no branch of `oneOf`; {}",
                        reasons.join("; ")
                    ))),
                }
            }
            (Check::Not(schema), _) => match schema.matches(value, depth + 1)? {
                Some(_) => Err(Failure::new("value matches the schema of `not`")),
                None => Ok(()),
            },
            (
                Check::If {
                    condition,
                    then,
                    otherwise,
                },
                _,
            ) => {
                let (branch, keyword) = match condition.matches(value, depth + 1)? {
                    Some(condition_evaluated) => {
                        evaluated.absorb(condition_evaluated);
                        (then, "then")
                    }
                    None => (otherwise, "else"),
                };
                branch
                    .validate_in_place(value, evaluated, depth)
                    .map_err(|failure| failure.within(format_args!("`{keyword}`")))
            }
            (Check::UnevaluatedProperties(schema), Json::Object(members)) => {
                for (index, (key, member)) in members.iter().enumerate() {
                    if evaluated.properties[index] {
                        continue;
                    }
                    other_property(schema, key, member, "unevaluatedProperties", depth)?;
                    evaluated.properties[index] = true;
                }
                Ok(())
            }
            (Check::UnevaluatedItems(schema), Json::Array(items)) => {
                for (index, item) in items.iter().enumerate() {
                    if evaluated.items[index] {
                        continue;
                    }
                    schema
                        .validate_child(item, depth)
                        .map_err(|failure| failure.at_index(index))?;
                    evaluated.items[index] = true;
                }
                Ok(())
            }
            // A keyword of another JSON type lets the value through.
            _ => Ok(()),
        }
    }
}

/// The property `key` of the ones `keyword` (`additionalProperties`, `unevaluatedProperties`)
/// applies to: under the schema `false`, an unknown field, as the decoder says it.
fn other_property(
    schema: &Schema,
    key: &str,
    value: &Json<'_>,
    keyword: &str,
    depth: usize,
) -> Result<(), Failure> {
    if matches!(schema.checks, [Check::Never]) {
        return Err(Failure::new(format!("unknown field `{key}` (`{keyword}`)")));
    }
    schema
        .validate_child(value, depth)
        .map_err(|failure| failure.at_key(key))
}

fn branch_reason(index: usize, failure: &Failure) -> String {
    match failure.path() {
        path if path == "." => format!("branch {index}: {}", failure.message),
        path => format!("branch {index}: at {path}: {}", failure.message),
    }
}

/// The seed of a value whose schema says more than its Rust type: `inner` decodes it, then
/// `schema` checks the rest.
#[derive(Clone, Copy)]
pub struct Checked<S> {
    /// The whole schema of the value.
    pub schema: &'static Schema,
    /// The seed of its Rust type.
    pub inner: S,
}

impl<'de, S, T> DeserializeSeed<'de> for Checked<S>
where
    S: for<'a> DeserializeSeed<'a, Value = T>,
{
    type Value = T;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        let raw = RawJson::deserialize(deserializer)?;
        let decoded = decode_kept(&raw, |deserializer| self.inner.deserialize(deserializer))
            .map_err(de::Error::custom)?;
        check_kept(&raw, self.schema)?;
        Ok(decoded)
    }
}

/// Checks the kept value `raw` against `schema`: a failure names its path inside the value.
pub fn check_kept<E: de::Error>(raw: &RawJson, schema: &'static Schema) -> Result<(), E> {
    let tree = Json::parse(raw.get()).map_err(E::custom)?;
    schema.check(&tree).map_err(Failure::into_decoder_error)
}

/// Decodes the struct `B` builds from the kept value `raw` (a struct whose own schema has
/// checks: they run on the same text, after it).
pub fn decode_kept_object<'a, B: crate::object::ObjectBuilder<'a>>(
    raw: &'a RawJson,
    builder: B,
) -> Result<B::Object, String> {
    decode_kept(raw, |deserializer| {
        crate::object::deserialize_object_with(deserializer, builder)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(schema: &Schema, text: &str) -> Result<(), String> {
        let value = Json::parse(text).map_err(|error| error.to_string())?;
        schema
            .check(&value)
            .map_err(|failure| format!("{}: {}", failure.path(), failure.message))
    }

    static POSITIVE: Schema = Schema {
        checks: &[Check::Numeric(Decimal {
            minimum: None,
            exclusive_minimum: Some("0"),
            maximum: None,
            exclusive_maximum: None,
            multiple_of: None,
        })],
    };

    #[test]
    fn keywords_of_another_type_let_values_through() {
        assert!(check(&POSITIVE, "\"text\"").is_ok());
        assert!(check(&POSITIVE, "1e400").is_ok());
        assert!(check(&POSITIVE, "0.0").is_err());
    }

    // `{"not": {"$ref": "#/$defs/loop"}}` and the same under `anyOf`, `if` and `contains`: a
    // reference that never leaves the value gives no verdict, and none of them may take that
    // for "does not match".
    static NOT_LOOP: Schema = Schema {
        checks: &[Check::Not(&LOOP)],
    };
    static ANY_LOOP: Schema = Schema {
        checks: &[Check::AnyOf(&[LOOP, Schema::ANY])],
    };
    static IF_LOOP: Schema = Schema {
        checks: &[Check::If {
            condition: &LOOP,
            then: &Schema::ANY,
            otherwise: &Schema::ANY,
        }],
    };
    static CONTAINS_LOOP: Schema = Schema {
        checks: &[Check::Contains {
            schema: &LOOP,
            min: 0,
            max: usize::MAX,
        }],
    };

    #[test]
    fn a_schema_too_deep_to_judge_is_refused_wherever_it_stands() {
        for schema in [&LOOP, &NOT_LOOP, &ANY_LOOP, &IF_LOOP, &CONTAINS_LOOP] {
            let refusal = check(schema, "[1]").unwrap_err();
            assert!(
                refusal.contains("through more than 256 references"),
                "{refusal}"
            );
        }
    }

    static CONTAINS_TWO: Schema = Schema {
        checks: &[
            Check::Contains {
                schema: &POSITIVE,
                min: 2,
                max: usize::MAX,
            },
            Check::UnevaluatedItems(&Schema::NONE),
        ],
    };

    #[test]
    fn contains_counts_and_marks_items_evaluated() {
        assert!(check(&CONTAINS_TWO, "[1, 2]").is_ok());
        assert_eq!(
            check(&CONTAINS_TWO, "[1, -2]").unwrap_err(),
            ".: 1 items match `contains`, fewer than 2 (`minContains`)"
        );
        assert_eq!(
            check(&CONTAINS_TWO, "[1, 2, -1]").unwrap_err(),
            "[2]: no value is allowed here (the schema is `false`)"
        );
    }

    static NAMED: Schema = Schema {
        checks: &[
            Check::Properties(&[("name", Schema::ANY)]),
            Check::AnyOf(&[Schema {
                checks: &[Check::Properties(&[("extra", Schema::ANY)])],
            }]),
            Check::UnevaluatedProperties(&Schema::NONE),
        ],
    };

    #[test]
    fn unevaluated_properties_see_through_valid_branches() {
        assert!(check(&NAMED, r#"{"name": 1, "extra": 2}"#).is_ok());
        assert_eq!(
            check(&NAMED, r#"{"name": 1, "other": 2}"#).unwrap_err(),
            ".: unknown field `other` (`unevaluatedProperties`)"
        );
    }

    static SIBLING_PARTS: Schema = Schema {
        checks: &[Check::AllOf(&[
            Schema {
                checks: &[Check::Properties(&[("name", Schema::ANY)])],
            },
            Schema {
                checks: &[Check::UnevaluatedProperties(&Schema::NONE)],
            },
        ])],
    };

    #[test]
    fn unevaluated_properties_do_not_see_a_sibling_part() {
        // The second part evaluated nothing itself: `name` is unevaluated there.
        assert_eq!(
            check(&SIBLING_PARTS, r#"{"name": 1}"#).unwrap_err(),
            ".: `allOf` part 1: unknown field `name` (`unevaluatedProperties`)"
        );
        assert!(check(&SIBLING_PARTS, "{}").is_ok());
    }

    static LOOP: Schema = Schema {
        checks: &[Check::Ref(&LOOP)],
    };

    static LOOP_THROUGH_ALL_OF: Schema = Schema {
        checks: &[Check::AllOf(&[Schema {
            checks: &[Check::Ref(&LOOP_THROUGH_ALL_OF)],
        }])],
    };

    #[test]
    fn a_reference_that_never_descends_ends_with_an_error() {
        assert!(check(&LOOP, "1").unwrap_err().contains("references"));
        assert!(
            check(&LOOP_THROUGH_ALL_OF, "1")
                .unwrap_err()
                .contains("references")
        );
    }

    static UNIQUE: Schema = Schema {
        checks: &[Check::UniqueItems],
    };

    #[test]
    fn numbers_compare_by_value() {
        assert!(check(&UNIQUE, "[1, 1.0]").is_err());
        assert!(check(&UNIQUE, r#"[{"a": 1, "b": 2}, {"b": 2, "a": 1.0}]"#).is_err());
        assert!(check(&UNIQUE, "[18446744073709551616, 18446744073709551617]").is_ok());
    }
}
