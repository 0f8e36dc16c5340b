//! The engine's model of a catalog's checks, as the static data the interpreter of `checks.rs`
//! runs: what `include_catalog!` writes as `static` items, built at load. Each loaded catalog's
//! data stays allocated for the life of the process (the interpreter's schemas are `'static`,
//! and a recursive one refers to itself), so a service loads a catalog once per revision.

use std::sync::OnceLock;

use events_codegen::model;

use crate::checks::{Check, Schema, json_type};
use crate::rules::{Decimal, Pattern, Text};

pub(crate) fn leak_str(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

pub(crate) fn leak_strs(texts: &[String]) -> &'static [&'static str] {
    Box::leak(texts.iter().map(|text| leak_str(text)).collect())
}

/// A `pattern`, compiled once. The engine has already checked that the `regex` crate takes the
/// translated expression; one it did not is a pattern nothing matches.
pub(crate) fn pattern(pattern: &model::TextPattern) -> Pattern {
    let regex = regex::Regex::new(&pattern.translated).ok();
    let is_match: Box<dyn Fn(&str) -> bool + Send + Sync> =
        Box::new(move |text| regex.as_ref().is_some_and(|regex| regex.is_match(text)));
    Pattern {
        source: leak_str(&pattern.source),
        is_match: Box::leak(is_match),
    }
}

pub(crate) fn text(rules: &model::TextRules) -> Text {
    Text {
        min_length: rules.min_length.map_or(0, saturating_usize),
        max_length: rules.max_length.map_or(usize::MAX, saturating_usize),
        pattern: rules.pattern.as_ref().map(pattern),
        format: rules.format,
    }
}

pub(crate) fn decimal(rules: &model::NumberRules) -> Decimal {
    let bound = |bound: &Option<String>| bound.as_deref().map(leak_str);
    Decimal {
        minimum: bound(&rules.minimum),
        exclusive_minimum: bound(&rules.exclusive_minimum),
        maximum: bound(&rules.maximum),
        exclusive_maximum: bound(&rules.exclusive_maximum),
        multiple_of: bound(&rules.multiple_of),
    }
}

pub(crate) fn saturating_usize(value: u64) -> usize {
    usize::try_from(value).unwrap_or(usize::MAX)
}

/// `program` as a schema the interpreter runs.
pub(crate) fn program(program: &model::Program) -> &'static Schema {
    let definitions: &'static [OnceLock<Schema>] = Box::leak(
        program
            .definitions
            .iter()
            .map(|_| OnceLock::new())
            .collect(),
    );
    for (slot, checks) in definitions.iter().zip(&program.definitions) {
        let _ = slot.set(schema(checks, definitions));
    }
    Box::leak(Box::new(schema(&program.root, definitions)))
}

fn schema(checks: &model::Checks, definitions: &'static [OnceLock<Schema>]) -> Schema {
    let one = |checks: &model::Checks| -> &'static Schema {
        Box::leak(Box::new(schema(checks, definitions)))
    };
    let all = |all: &[model::Checks]| -> &'static [Schema] {
        Box::leak(
            all.iter()
                .map(|checks| schema(checks, definitions))
                .collect(),
        )
    };
    let keyed = |all: &[(String, model::Checks)]| -> &'static [(&'static str, Schema)] {
        Box::leak(
            all.iter()
                .map(|(key, checks)| (leak_str(key), schema(checks, definitions)))
                .collect(),
        )
    };
    let count = |max: Option<u64>| max.map_or(usize::MAX, saturating_usize);
    let checks: Vec<Check> = checks
        .0
        .iter()
        .map(|check| match check {
            model::Check::Never => Check::Never,
            model::Check::Type {
                types,
                plain_integers,
            } => Check::Type {
                types: types.iter().fold(0, |bits, name| bits | type_bit(name)),
                plain_integers: *plain_integers,
            },
            model::Check::Const(text) => Check::Const(leak_str(text)),
            model::Check::Enum(texts) => Check::Enum(leak_strs(texts)),
            model::Check::Text(rules) => Check::Text(text(rules)),
            model::Check::Numeric(rules) => Check::Numeric(decimal(rules)),
            model::Check::ItemCount { min, max } => Check::ItemCount {
                min: saturating_usize(*min),
                max: count(*max),
            },
            model::Check::UniqueItems => Check::UniqueItems,
            model::Check::PrefixItems(schemas) => Check::PrefixItems(all(schemas)),
            model::Check::Items { from, schema } => Check::Items {
                from: *from,
                schema: one(schema),
            },
            model::Check::Contains { schema, min, max } => Check::Contains {
                schema: one(schema),
                min: saturating_usize(*min),
                max: count(*max),
            },
            model::Check::Properties(schemas) => Check::Properties(keyed(schemas)),
            model::Check::PatternProperties(schemas) => Check::PatternProperties(Box::leak(
                schemas
                    .iter()
                    .map(|(source, checks)| (pattern(source), schema(checks, definitions)))
                    .collect(),
            )),
            model::Check::AdditionalProperties {
                listed,
                patterns,
                schema,
            } => Check::AdditionalProperties {
                listed: leak_strs(listed),
                patterns: Box::leak(patterns.iter().map(pattern).collect()),
                schema: one(schema),
            },
            model::Check::PropertyNames(schema) => Check::PropertyNames(one(schema)),
            model::Check::Required(names) => Check::Required(leak_strs(names)),
            model::Check::PropertyCount { min, max } => Check::PropertyCount {
                min: saturating_usize(*min),
                max: count(*max),
            },
            model::Check::DependentRequired(all) => Check::DependentRequired(Box::leak(
                all.iter()
                    .map(|(key, names)| (leak_str(key), leak_strs(names)))
                    .collect(),
            )),
            model::Check::DependentSchemas(schemas) => Check::DependentSchemas(keyed(schemas)),
            model::Check::AllOf(schemas) => Check::AllOf(all(schemas)),
            model::Check::AnyOf(schemas) => Check::AnyOf(all(schemas)),
            model::Check::OneOf(schemas) => Check::OneOf(all(schemas)),
            model::Check::Not(schema) => Check::Not(one(schema)),
            model::Check::If {
                condition,
                then,
                otherwise,
            } => Check::If {
                condition: one(condition),
                then: one(then),
                otherwise: one(otherwise),
            },
            model::Check::UnevaluatedProperties(schema) => {
                Check::UnevaluatedProperties(one(schema))
            }
            model::Check::UnevaluatedItems(schema) => Check::UnevaluatedItems(one(schema)),
            // A program's own definitions; the run-time decoder reads programs before the
            // engine shares definitions across a catalog, so `Definition` does not occur.
            model::Check::Ref(index) | model::Check::Definition(index) => {
                match definitions.get(*index) {
                    Some(slot) => Check::Slot(slot),
                    None => Check::Never,
                }
            }
        })
        .collect();
    Schema {
        checks: Box::leak(checks.into_boxed_slice()),
    }
}

fn type_bit(name: &str) -> u8 {
    match name {
        "null" => json_type::NULL,
        "boolean" => json_type::BOOLEAN,
        "object" => json_type::OBJECT,
        "array" => json_type::ARRAY,
        "number" => json_type::NUMBER,
        "string" => json_type::STRING,
        _ => json_type::INTEGER,
    }
}
