//! The check programs against an independent JSON Schema validator (the `jsonschema` crate) on
//! random schemas drawn from the whole supported vocabulary: keywords with and without `type`,
//! several types, boolean schemas, nested `allOf`/`anyOf`/`oneOf`/`not`/`if`, `dependent*`,
//! `contains`, `unevaluated*`, `$ref`s to definitions (recursive ones too), in every dialect.
//! Each schema is compiled by the engine (`events_codegen::schema_program`, what a generated
//! decoder runs where no Rust type holds a schema), made the interpreter's data as the run-time
//! decoder makes it (`runtime::check_schema`, cycles included), and run by `events_core`'s
//! interpreter, with no rustc in between, so thousands of schemas are cheap. `RANDOM_SCHEMAS=N` runs more; the
//! figures are printed.

use std::path::PathBuf;

use events_codegen::SourceFile;
use events_codegen::model::{self, Program};
use events_core::__private::Json;
use events_core::json::{Map, Value, json};

use crate::catalog_fuzz::Rng;

/// Schemas per run; `RANDOM_SCHEMAS` overrides it.
const SCHEMAS: usize = 2000;
/// Values judged per schema.
const VALUES: usize = 60;

const KEYS: &[&str] = &["a", "b", "c", "d"];
const STRINGS: &[&str] = &[
    "",
    "a",
    "ab",
    "abc",
    "abcd",
    "2026-01-02",
    "x@y.z",
    "ü.example",
    "xn--tda.example",
    "ü@ü.example",
];
const NUMBERS: &[&str] = &["0", "1", "2", "-3", "1.5", "2.0", "6", "10", "1e2", "-0.5"];

/// A random schema, `depth` levels below the root (deeper ones are smaller).
struct SchemaMaker {
    rng: Rng,
    dialect: Dialect,
    /// The definitions a `$ref` may name.
    definitions: Vec<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Dialect {
    Draft4,
    Draft7,
    Draft2019,
    Draft2020,
}

impl SchemaMaker {
    fn chance(&mut self, percent: usize) -> bool {
        self.rng.below(100) < percent
    }

    fn number(&mut self) -> Value {
        let text: &str = NUMBERS[self.rng.below(NUMBERS.len())];
        events_core::json::from_str(text).unwrap_or(Value::Null)
    }

    fn count(&mut self) -> Value {
        json!(self.rng.below(4))
    }

    fn literal(&mut self) -> Value {
        match self.rng.below(5) {
            0 => json!(*self.rng.pick(STRINGS)),
            1 => self.number(),
            2 => json!(self.chance(50)),
            3 => Value::Null,
            _ => json!([self.number()]),
        }
    }

    fn schema(&mut self, depth: usize) -> Value {
        if depth > 3 || self.chance(8) {
            return match self.rng.below(3) {
                0 => json!(true),
                1 => json!(false),
                _ => json!({}),
            };
        }
        let mut schema = Map::new();
        let keywords = 1 + self.rng.below(if depth == 0 { 5 } else { 3 });
        for _ in 0..keywords {
            self.keyword(&mut schema, depth);
        }
        Value::Object(schema)
    }

    fn keyword(&mut self, schema: &mut Map<String, Value>, depth: usize) {
        let types = [
            "null", "boolean", "object", "array", "number", "string", "integer",
        ];
        let (key, value): (&str, Value) = match self.rng.below(34) {
            0 | 1 => ("type", json!(*self.rng.pick(&types))),
            2 => {
                let first = *self.rng.pick(&types);
                let second = *self.rng.pick(&types);
                if first == second {
                    return;
                }
                ("type", json!([first, second]))
            }
            3 if self.dialect == Dialect::Draft4 => return,
            3 => ("const", self.literal()),
            4 => ("enum", json!([self.literal(), self.literal()])),
            5 => ("minLength", self.count()),
            6 => ("maxLength", self.count()),
            7 if self.dialect >= Dialect::Draft2019 => {
                let formats = [
                    "date",
                    "email",
                    "uuid",
                    "hostname",
                    "idn-hostname",
                    "idn-email",
                ];
                ("format", json!(*self.rng.pick(&formats)))
            }
            7 => ("format", json!("email")),
            8 => ("minimum", self.number()),
            9 => ("maximum", self.number()),
            10 if self.dialect == Dialect::Draft4 => {
                schema.insert("minimum".to_owned(), self.number());
                ("exclusiveMinimum", json!(self.chance(50)))
            }
            10 => ("exclusiveMinimum", self.number()),
            11 => ("multipleOf", json!(*self.rng.pick(&[2, 3]))),
            12 => ("minItems", self.count()),
            13 => ("maxItems", self.count()),
            14 => ("uniqueItems", json!(self.chance(70))),
            15 => ("items", self.schema(depth + 1)),
            16 if self.dialect >= Dialect::Draft2020 => {
                let items = (0..1 + self.rng.below(2))
                    .map(|_| self.schema(depth + 1))
                    .collect();
                ("prefixItems", Value::Array(items))
            }
            16 => {
                let items = (0..1 + self.rng.below(2))
                    .map(|_| self.schema(depth + 1))
                    .collect();
                schema.insert("additionalItems".to_owned(), self.schema(depth + 1));
                ("items", Value::Array(items))
            }
            17 if self.dialect == Dialect::Draft4 => return,
            17 => {
                if self.dialect >= Dialect::Draft2019 && self.chance(50) {
                    schema.insert("minContains".to_owned(), json!(self.rng.below(3)));
                }
                ("contains", self.schema(depth + 1))
            }
            18 | 19 => {
                let mut properties = Map::new();
                for _ in 0..1 + self.rng.below(3) {
                    properties.insert(self.rng.pick(KEYS).to_string(), self.schema(depth + 1));
                }
                ("properties", Value::Object(properties))
            }
            20 => ("required", json!([*self.rng.pick(KEYS)])),
            21 => ("additionalProperties", self.schema(depth + 1)),
            22 => ("patternProperties", json!({})),
            23 if self.dialect == Dialect::Draft4 => return,
            23 => ("propertyNames", json!({"maxLength": self.rng.below(2) + 1})),
            24 => ("minProperties", self.count()),
            25 => ("maxProperties", self.count()),
            26 if self.dialect >= Dialect::Draft2019 => (
                "dependentRequired",
                json!({ *self.rng.pick(KEYS): [*self.rng.pick(KEYS)] }),
            ),
            26 => (
                "dependencies",
                json!({ *self.rng.pick(KEYS): [*self.rng.pick(KEYS)] }),
            ),
            27 if self.dialect >= Dialect::Draft2019 => (
                "dependentSchemas",
                json!({ *self.rng.pick(KEYS): self.schema(depth + 1) }),
            ),
            27 | 28 => {
                let parts = (0..1 + self.rng.below(2))
                    .map(|_| self.schema(depth + 1))
                    .collect();
                (
                    *self.rng.pick(&["allOf", "anyOf", "oneOf"]),
                    Value::Array(parts),
                )
            }
            29 => ("not", self.schema(depth + 1)),
            30 if self.dialect >= Dialect::Draft7 => {
                schema.insert("then".to_owned(), self.schema(depth + 1));
                if self.chance(50) {
                    schema.insert("else".to_owned(), self.schema(depth + 1));
                }
                ("if", self.schema(depth + 1))
            }
            31 if self.dialect >= Dialect::Draft2019 => {
                let keyword = *self
                    .rng
                    .pick(&["unevaluatedProperties", "unevaluatedItems"]);
                (keyword, self.schema(depth + 1))
            }
            32 | 33 if !self.definitions.is_empty() => {
                let definitions = if self.dialect >= Dialect::Draft2019 {
                    "$defs"
                } else {
                    "definitions"
                };
                let name = self.rng.pick(&self.definitions).clone();
                ("$ref", json!(format!("#/{definitions}/{name}")))
            }
            _ => return,
        };
        schema.insert(key.to_owned(), value);
    }

    /// A whole document: the root, its definitions (which may refer to each other and to
    /// themselves), and its `$schema`.
    fn document(&mut self) -> Value {
        self.dialect = *self.rng.pick(&[
            Dialect::Draft4,
            Dialect::Draft7,
            Dialect::Draft2019,
            Dialect::Draft2020,
        ]);
        let count = self.rng.below(3);
        self.definitions = (0..count).map(|index| format!("d{index}")).collect();
        let mut definitions = Map::new();
        for name in self.definitions.clone() {
            // A definition that is only a reference could loop without descending.
            let mut definition = self.schema(1);
            if let Some(object) = definition.as_object_mut() {
                object.remove("$ref");
            }
            definitions.insert(name, definition);
        }
        let mut root = self.schema(0);
        if let Some(object) = root.as_object_mut() {
            let (uri, key) = match self.dialect {
                Dialect::Draft4 => ("http://json-schema.org/draft-04/schema#", "definitions"),
                Dialect::Draft7 => ("http://json-schema.org/draft-07/schema#", "definitions"),
                Dialect::Draft2019 => ("https://json-schema.org/draft/2019-09/schema", "$defs"),
                Dialect::Draft2020 => ("https://json-schema.org/draft/2020-12/schema", "$defs"),
            };
            object.insert("$schema".to_owned(), json!(uri));
            if !definitions.is_empty() {
                object.insert(key.to_owned(), Value::Object(definitions));
            }
        }
        root
    }
}

impl PartialOrd for Dialect {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some((*self as u8).cmp(&(*other as u8)))
    }
}

/// A random value near the schemas' words: the same keys, strings and numbers.
fn value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth > 2 { 4 } else { 6 }) {
        0 => json!(*rng.pick(STRINGS)),
        1 => {
            let text: &str = NUMBERS[rng.below(NUMBERS.len())];
            events_core::json::from_str(text).unwrap_or(Value::Null)
        }
        2 => json!(rng.below(2) == 0),
        3 => Value::Null,
        4 => Value::Array((0..rng.below(4)).map(|_| value(rng, depth + 1)).collect()),
        _ => {
            let mut object = Map::new();
            for _ in 0..rng.below(4) {
                object.insert(rng.pick(KEYS).to_string(), value(rng, depth + 1));
            }
            Value::Object(object)
        }
    }
}

#[test]
fn check_programs_agree_with_a_json_schema_validator_on_random_schemas() {
    let schemas: usize = std::env::var("RANDOM_SCHEMAS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(SCHEMAS);
    let mut maker = SchemaMaker {
        rng: Rng(0x5eed_5c4e_3a00_0001),
        dialect: Dialect::Draft2020,
        definitions: Vec::new(),
    };
    let mut rng = Rng(0x5eed_0a1e_0000_0002);
    let (mut judged, mut valid, mut skipped, mut recursive, mut undefined) = (0, 0, 0, 0, 0);
    let mut disagreements = Vec::new();
    for _ in 0..schemas {
        let document = maker.document();
        let text = document.to_string();
        let file = SourceFile {
            path: PathBuf::from("random.json"),
            shown_as: PathBuf::from("random.json"),
            text: text.clone(),
        };
        let program = match events_codegen::schema_program(&file) {
            Ok(program) => program,
            Err(diagnostics) => panic!("{text}: refused: {diagnostics:#?}"),
        };
        if cycles_on_one_value(&program) {
            // A cycle of references that never moves into a member or an item applies a
            // schema to the value itself without end: JSON Schema leaves its outcome undefined
            // (validators differ; the interpreter stops at a depth and says so).
            undefined += 1;
            continue;
        }
        recursive += usize::from(program_has_recursion(&program));
        let ours = events_core::runtime::check_schema(&program);
        let Ok(validator) = jsonschema::options()
            .should_validate_formats(true)
            .build(&document)
        else {
            skipped += 1;
            continue;
        };
        for _ in 0..VALUES {
            let value = value(&mut rng, 0);
            let value_text = value.to_string();
            let tree = Json::parse(&value_text).expect("a JSON value");
            let verdict = ours.check(&tree);
            let oracle = validator.is_valid(&value);
            judged += 1;
            valid += usize::from(oracle);
            if verdict.is_ok() != oracle {
                disagreements.push(format!(
                    "schema {text}\n  value {value_text}: ours {verdict:?}, validator {oracle}"
                ));
            }
        }
    }
    println!(
        "random schemas: {schemas} drawn ({recursive} with recursive definitions judged, {undefined} left out whose references go round on one value), {skipped} the validator refused, {judged} values ({valid} valid), {} disagreements",
        disagreements.len()
    );
    assert!(
        valid > judged / 10 && valid < judged * 9 / 10,
        "a mix of valid and invalid values: {valid} of {judged}"
    );
    assert!(
        disagreements.is_empty(),
        "{} disagreements, first ones:\n{}",
        disagreements.len(),
        disagreements
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Whether a definition of `program` reaches itself through references that apply to the same
/// value (`allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`, `dependentSchemas`, `$ref`),
/// never moving into a member or an item.
fn cycles_on_one_value(program: &Program) -> bool {
    fn same_value_refs(checks: &model::Checks, found: &mut Vec<usize>) {
        for check in &checks.0 {
            match check {
                model::Check::Ref(index) | model::Check::Definition(index) => found.push(*index),
                model::Check::AllOf(all) | model::Check::AnyOf(all) | model::Check::OneOf(all) => {
                    all.iter().for_each(|c| same_value_refs(c, found))
                }
                model::Check::DependentSchemas(all) => {
                    all.iter().for_each(|(_, c)| same_value_refs(c, found))
                }
                model::Check::Not(schema) => same_value_refs(schema, found),
                model::Check::If {
                    condition,
                    then,
                    otherwise,
                } => [condition, then, otherwise]
                    .into_iter()
                    .for_each(|c| same_value_refs(c, found)),
                _ => {}
            }
        }
    }
    let edges: Vec<Vec<usize>> = program
        .definitions
        .iter()
        .map(|checks| {
            let mut found = Vec::new();
            same_value_refs(checks, &mut found);
            found
        })
        .collect();
    (0..edges.len()).any(|start| {
        let mut seen = vec![false; edges.len()];
        let mut stack = edges[start].clone();
        while let Some(next) = stack.pop() {
            if next == start {
                return true;
            }
            if next < edges.len() && !seen[next] {
                seen[next] = true;
                stack.extend(&edges[next]);
            }
        }
        false
    })
}

/// Whether a definition of `program` refers to itself or to one before it: a cycle (counted,
/// to show the test meets them).
fn program_has_recursion(program: &Program) -> bool {
    fn refs(checks: &model::Checks, found: &mut Vec<usize>) {
        for check in &checks.0 {
            match check {
                model::Check::Ref(index) => found.push(*index),
                model::Check::PrefixItems(all)
                | model::Check::AllOf(all)
                | model::Check::AnyOf(all)
                | model::Check::OneOf(all) => all.iter().for_each(|c| refs(c, found)),
                model::Check::Properties(all) | model::Check::DependentSchemas(all) => {
                    all.iter().for_each(|(_, c)| refs(c, found))
                }
                model::Check::Items { schema, .. }
                | model::Check::Contains { schema, .. }
                | model::Check::AdditionalProperties { schema, .. }
                | model::Check::PropertyNames(schema)
                | model::Check::Not(schema)
                | model::Check::UnevaluatedProperties(schema)
                | model::Check::UnevaluatedItems(schema) => refs(schema, found),
                model::Check::If {
                    condition,
                    then,
                    otherwise,
                } => [condition, then, otherwise]
                    .into_iter()
                    .for_each(|c| refs(c, found)),
                _ => {}
            }
        }
    }
    program
        .definitions
        .iter()
        .enumerate()
        .any(|(index, checks)| {
            let mut found = Vec::new();
            refs(checks, &mut found);
            found.iter().any(|target| *target <= index)
        })
}
