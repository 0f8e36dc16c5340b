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

mod failure;
mod json;
mod keywords;
#[cfg(test)]
mod tests;

pub use failure::Failure;
pub use json::Json;
use json::equal;

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
