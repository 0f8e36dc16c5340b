//! The generated decoders against an independent JSON Schema validator (the `jsonschema`
//! crate): for every schema of the test catalogs and the bundled one, values generated from the
//! schema (valid and invalid) must get the same verdict from both. Run with
//! `DIFFERENTIAL_SAMPLES=N` for more values per schema; the figures are printed. Every value
//! that decodes is also encoded and decoded again, which must give the same event and bytes.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use events_core::json::{self, Map, Value, json};

use crate::catalog_fuzz::Rng;

/// Values generated per schema version; `DIFFERENTIAL_SAMPLES` overrides it.
const SAMPLES: usize = 300;

/// A catalog folder and its generated decoder (the error message when the message does not
/// decode).
struct Subject {
    folder: &'static str,
    decodes: fn(&[u8]) -> Result<(), String>,
}

/// The verdict on a message, and for one that decodes, that encoding it and decoding the result
/// gives the same event and the same bytes again.
fn verdict_of<E>(result: Result<E, events_core::DecodeError>) -> Result<(), String>
where
    E: events_core::CatalogEvent
        + serde::de::DeserializeOwned
        + serde::Serialize
        + PartialEq
        + std::fmt::Debug,
{
    let event = result.map_err(|error| error.to_string())?;
    let encoded = json::to_vec(&event).map_err(|error| error.to_string())?;
    let again: E = events_core::decode_event(&encoded)
        .unwrap_or_else(|error| panic!("{event:?} encoded does not decode: {error}"));
    assert_eq!(again, event, "decode → encode → decode changed the event");
    let encoded_again = json::to_vec(&again).map_err(|error| error.to_string())?;
    assert_eq!(encoded_again, encoded, "encoding is not stable");
    Ok(())
}

/// A refusal by design: an `integer` is a Rust integer (`i64`, or the type its `format` names,
/// README "Supported JSON Schema"), so a value beyond that type is refused where plain JSON
/// Schema sets no limit (and validators ignore `int32`-style formats).
fn beyond_rust_integer(error: &str) -> bool {
    error.contains("is out of range for the field's Rust type")
}

const SUBJECTS: &[Subject] = &[
    Subject {
        folder: "catalogs/keywords",
        decodes: |text| verdict_of(events_tests::keywords::Event::from_json(text)),
    },
    Subject {
        folder: "catalogs/lifecycle",
        decodes: |text| verdict_of(events_tests::lifecycle::Event::from_json(text)),
    },
    Subject {
        folder: "../catalog",
        decodes: |text| verdict_of(events_core::Event::from_json(text)),
    },
];

pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// The catalog's shared schemas (`defs/`), by file name.
pub(crate) fn shared_schemas(folder: &Path) -> BTreeMap<String, Value> {
    fs::read_dir(folder.join("defs"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    (name, read_json(&entry.path()))
                })
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) fn read_json(path: &Path) -> Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The catalog's shared schemas, served to the validator by their URI.
struct SharedFiles(BTreeMap<String, Value>);

impl jsonschema::Retrieve for SharedFiles {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri.path().as_str().trim_start_matches("/catalog/defs/");
        // A shared schema is also named by its `$id`.
        let by_id = || {
            self.0
                .values()
                .find(|schema| schema["$id"].as_str() == Some(uri.as_str()))
        };
        self.0
            .get(name)
            .or_else(by_id)
            .cloned()
            .ok_or_else(|| format!("no shared schema at {uri}").into())
    }
}

#[derive(Default)]
struct Tally {
    values: usize,
    accepted: usize,
    beyond_integer: usize,
    disagreements: Vec<String>,
}

#[test]
fn generated_decoders_agree_with_a_json_schema_validator() {
    let samples: usize = std::env::var("DIFFERENTIAL_SAMPLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(SAMPLES);
    let mut tally = Tally::default();
    let mut schemas = 0;
    for subject in SUBJECTS {
        let folder = root().join(subject.folder);
        let shared = shared_schemas(&folder);
        let index = read_json(&folder.join("index.json"));
        for row in index["events"].as_array().into_iter().flatten() {
            let name = row["name"].as_str().unwrap_or_default();
            for version in row["schema_versions"].as_array().into_iter().flatten() {
                let version = version.as_str().unwrap_or_default();
                let schema = read_json(&folder.join(format!("schemas/{name}/{version}.json")));
                let validator = jsonschema::options()
                    .should_validate_formats(true)
                    .with_base_uri(format!("file:///catalog/schemas/{name}/{version}.json"))
                    .with_retriever(SharedFiles(shared.clone()))
                    .build(&schema)
                    .unwrap_or_else(|e| panic!("{name} {version}: {e}"));
                schemas += 1;
                let mut generator = Generator {
                    rng: Rng(0x5eed ^ (schemas as u64) << 20),
                    shared: &shared,
                };
                for _ in 0..samples {
                    let value = generator.value(&schema, &schema, 0);
                    let message = json!({"eventName": name, "value": value}).to_string();
                    let decoded = (subject.decodes)(message.as_bytes());
                    let ours = decoded.is_ok();
                    let oracle = validator.is_valid(&value);
                    tally.values += 1;
                    tally.accepted += usize::from(oracle);
                    if oracle
                        && decoded
                            .as_ref()
                            .is_err_and(|error| beyond_rust_integer(error))
                    {
                        tally.beyond_integer += 1;
                    } else if ours != oracle {
                        tally.disagreements.push(format!(
                            "{name} {version}: ours {} ({}), validator {}: {value}",
                            verdict(ours),
                            decoded.err().unwrap_or_default(),
                            verdict(oracle)
                        ));
                    }
                }
            }
        }
    }
    let agreed = tally.values - tally.disagreements.len() - tally.beyond_integer;
    println!(
        "differential: {} schemas, {} values ({} valid), same verdict on {agreed} ({:.2}%), {} refused by design (integers beyond their Rust type), {} disagreements",
        schemas,
        tally.values,
        tally.accepted,
        100.0 * agreed as f64 / tally.values as f64,
        tally.beyond_integer,
        tally.disagreements.len()
    );
    assert!(
        tally.accepted > tally.values / 5 && tally.accepted < tally.values * 4 / 5,
        "the generator should give a mix of valid and invalid values: {} of {} valid",
        tally.accepted,
        tally.values
    );
    let shown: Vec<&String> = tally.disagreements.iter().take(25).collect();
    assert!(
        tally.disagreements.is_empty(),
        "{} disagreements, first ones:\n{}",
        tally.disagreements.len(),
        shown
            .iter()
            .map(|line| line.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn verdict(accepted: bool) -> &'static str {
    if accepted { "accepts" } else { "rejects" }
}

/// Values shaped by a schema: mostly close to valid, with the mistakes decoders get wrong (a
/// wrong type, `null`, a bound crossed by one, a missing required property, an extra one).
pub(crate) struct Generator<'a> {
    pub(crate) rng: Rng,
    pub(crate) shared: &'a BTreeMap<String, Value>,
}

const STRINGS: &[&str] = &[
    "",
    "a",
    "ab",
    "abc",
    "abcde",
    "0123",
    "12a",
    "١٢",
    "a\u{2028}c",
    "\u{feff}",
    "\u{85}",
    "2026-03-01T10:00:00Z",
    "2026-03-01T10:00:00.5+01:00",
    "2026-03-01",
    "2025-02-29",
    "10:00:00Z",
    "25:00:00Z",
    "jo@example.com",
    "jo",
    "https://example.com/x?y#z",
    "no scheme",
    "123e4567-e89b-12d3-a456-426614174000",
    "123",
    "10.0.0.1",
    "1.2.3",
    "::1",
    "1::2::3",
    "1.0.0",
    "2.0.0",
    "inbound",
    "available",
    "busy",
    "Ünïcödé",
    "22:59:60Z",
    "23:59:60Z",
    "http://example.com:abc/path",
    "http://[::1]:8080/a",
    "//example.com/path",
    "/a/b",
    "a:b/c",
    "#frag",
    "http://例え.jp/パス",
    "P1Y2M",
    "P1D2H",
    "PT36H",
    "P4W",
    "example.com",
    "-bad-.com",
    "bücher.example",
    "xn--bcher-kva.example",
    "xn--bcher-kv.example",
    "ab--cd.example",
    "例え。テスト",
    "l\u{b7}l",
    "a\u{b7}b",
    "\u{915}\u{94d}\u{200d}\u{937}",
    "\u{915}\u{200d}\u{937}",
    "\u{5d0}\u{5f3}\u{5d1}",
    "jürgen@bücher.example",
    "用户@例え.テスト",
    "{id}/x",
    "{",
    "/a~0b",
    "/~2",
    "1/a",
    "01",
    "([a])+",
    "^(abc]",
];

const NUMBERS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "3.0",
    "2.5",
    "2.25",
    "9",
    "10",
    "-15",
    "7",
    "0.0001",
    "1.5",
    "127",
    "128",
    "-128",
    "-129",
    "65535",
    "65536",
    "1e3",
    "18446744073709551615",
    // Beyond `i64` but exact in the validator's own numbers (u64, i64, or an `f64` that prints
    // as its exact value): a number that serde_json rounds to `f64` and prints differently
    // (2^64 + 1) would be judged by the validator at another value than the text we decode.
    "9223372036854775808",
    "-9223372036854775808",
    "1e20",
    "1743000005000.5",
];

impl Generator<'_> {
    fn chance(&mut self, percent: usize) -> bool {
        self.rng.below(100) < percent
    }

    fn junk(&mut self) -> Value {
        match self.rng.below(7) {
            0 => Value::Null,
            1 => json!(true),
            2 => json!(7),
            3 => json!("x"),
            4 => json!([]),
            5 => json!({}),
            _ => json!(2.5),
        }
    }

    fn number(&mut self) -> Value {
        let text: &str = NUMBERS[self.rng.below(NUMBERS.len())];
        json::from_str(text).unwrap_or(Value::Null)
    }

    /// A value for `schema`, a part of the document `document` (for resolving `$ref`).
    pub(crate) fn value(&mut self, schema: &Value, document: &Value, depth: usize) -> Value {
        if depth > 6 || self.chance(4) {
            return self.junk();
        }
        let Some(keywords) = schema.as_object() else {
            return self.junk();
        };
        if let Some(reference) = keywords.get("$ref").and_then(Value::as_str) {
            let (target, target_document) = self.resolve(reference, document);
            return match target {
                Some(target) => self.value(&target, &target_document, depth + 1),
                None => self.junk(),
            };
        }
        if let Some(constant) = keywords.get("const") {
            return if self.chance(90) {
                constant.clone()
            } else {
                self.junk()
            };
        }
        if let Some(values) = keywords.get("enum").and_then(Value::as_array) {
            return if self.chance(90) && !values.is_empty() {
                self.rng.pick(values).clone()
            } else {
                json!("not-a-value")
            };
        }
        for composite in ["anyOf", "oneOf"] {
            if let Some(branches) = keywords.get(composite).and_then(Value::as_array)
                && !branches.is_empty()
            {
                let branch = self.rng.pick(branches).clone();
                return self.value(&branch, document, depth + 1);
            }
        }
        if let Some(parts) = keywords.get("allOf").and_then(Value::as_array) {
            let merged = self.merge(keywords, parts, document);
            return self.value(&merged, document, depth + 1);
        }
        let types: Vec<&str> = match keywords.get("type") {
            Some(Value::String(name)) => vec![name.as_str()],
            Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).collect(),
            _ => return self.junk(),
        };
        if types.contains(&"null") && self.chance(20) {
            return Value::Null;
        }
        let Some(&ty) = types.iter().find(|ty| **ty != "null") else {
            return Value::Null;
        };
        match ty {
            "string" => json!(STRINGS[self.rng.below(STRINGS.len())]),
            "integer" | "number" => self.number(),
            "boolean" => json!(self.chance(50)),
            "array" if keywords.contains_key("prefixItems") => {
                let prefix = keywords["prefixItems"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                let count = self.rng.below(prefix.len() + 2);
                let items = (0..count)
                    .map(|index| match prefix.get(index) {
                        Some(schema) => self.value(schema, document, depth + 1),
                        None => self.junk(),
                    })
                    .collect();
                Value::Array(items)
            }
            "array" => {
                let count = self.rng.below(5);
                let items = keywords.get("items").cloned().unwrap_or(json!({}));
                let mut values: Vec<Value> = (0..count)
                    .map(|_| self.value(&items, document, depth + 1))
                    .collect();
                if self.chance(15) && !values.is_empty() {
                    let first = values[0].clone();
                    values.push(first);
                }
                Value::Array(values)
            }
            _ => self.object(keywords, document, depth),
        }
    }

    fn object(&mut self, keywords: &Map<String, Value>, document: &Value, depth: usize) -> Value {
        let mut object = Map::new();
        let required: Vec<&str> = keywords
            .get("required")
            .and_then(Value::as_array)
            .map(|names| names.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if let Some(properties) = keywords.get("properties").and_then(Value::as_object) {
            for (name, schema) in properties {
                let wanted = if required.contains(&name.as_str()) {
                    92
                } else {
                    50
                };
                if self.chance(wanted) {
                    let value = self.value(schema, document, depth + 1);
                    object.insert(name.clone(), value);
                }
            }
        } else if let Some(values) = keywords
            .get("patternProperties")
            .and_then(Value::as_object)
            .and_then(|patterns| patterns.values().next())
            .or_else(|| {
                keywords
                    .get("additionalProperties")
                    .filter(|v| v.is_object())
            })
        {
            const KEYS: &[&str] = &["alice", "Bob", "k1", "en", "english", ""];
            for _ in 0..self.rng.below(4) {
                let key = KEYS[self.rng.below(KEYS.len())];
                let value = self.value(values, document, depth + 1);
                object.insert(key.to_owned(), value);
            }
        }
        if self.chance(10) {
            object.insert("extraField".to_owned(), self.junk());
        }
        Value::Object(object)
    }

    /// The schema a `$ref` names, and the document it is in.
    fn resolve(&self, reference: &str, document: &Value) -> (Option<Value>, Value) {
        let (file, fragment) = reference.split_once('#').unwrap_or((reference, ""));
        // Event schemas name shared files as `../../defs/<name>`, shared files each other as
        // `<name>` or `./<name>`.
        let shared_name = file
            .trim_start_matches("../../defs/")
            .trim_start_matches("./");
        let by_id = |name: &str| {
            self.shared
                .values()
                .find(|schema| schema["$id"].as_str() == Some(name))
        };
        let document = match Some(shared_name).filter(|name| !name.is_empty()) {
            Some(name) => match self.shared.get(name).or_else(|| by_id(name)) {
                Some(shared) => shared.clone(),
                None => return (None, Value::Null),
            },
            None => document.clone(),
        };
        let target = if fragment.is_empty() || fragment.starts_with('/') {
            document.pointer(fragment).cloned()
        } else {
            // `#name`: the root or the definition with that `$anchor`.
            std::iter::once(&document)
                .chain(
                    ["$defs", "definitions"]
                        .iter()
                        .filter_map(|defs| {
                            document
                                .get(defs)
                                .and_then(Value::as_object)
                                .map(|d| d.values())
                        })
                        .flatten(),
                )
                .find(|schema| schema.get("$anchor").and_then(Value::as_str) == Some(fragment))
                .cloned()
        };
        (target, document)
    }

    /// An object schema with the properties and `required` of the outer schema and every part.
    fn merge(&self, outer: &Map<String, Value>, parts: &[Value], document: &Value) -> Value {
        let mut properties = outer
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let mut required: Vec<Value> = outer
            .get("required")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut pending: Vec<(Value, Value)> = parts
            .iter()
            .map(|p| (p.clone(), document.clone()))
            .collect();
        while let Some((part, part_document)) = pending.pop() {
            let (part, part_document) = match part.get("$ref").and_then(Value::as_str) {
                Some(reference) => match self.resolve(reference, &part_document) {
                    (Some(target), target_document) => (target, target_document),
                    _ => continue,
                },
                None => (part, part_document),
            };
            if let Some(props) = part.get("properties").and_then(Value::as_object) {
                for (name, schema) in props {
                    // Keep the document of shared properties reachable: inline their `$ref`s.
                    let schema = if part_document == *document {
                        schema.clone()
                    } else {
                        inline_refs(schema, &part_document, 0)
                    };
                    properties.entry(name.clone()).or_insert(schema);
                }
            }
            required.extend(
                part.get("required")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default(),
            );
            for nested in part
                .get("allOf")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                pending.push((nested.clone(), part_document.clone()));
            }
        }
        json!({"type": "object", "properties": properties, "required": required})
    }
}

/// `schema` with every local `$ref` of `document` replaced by its target, so that it can be
/// used from another document; a recursive schema's references are inlined a few times over,
/// then stand for any value (the generator's values only need to be near the schema).
fn inline_refs(schema: &Value, document: &Value, depth: usize) -> Value {
    if depth > 8 {
        return json!({});
    }
    match schema {
        Value::Object(map) => {
            if let Some(reference) = map.get("$ref").and_then(Value::as_str)
                && let Some(fragment) = reference.strip_prefix('#')
                && let Some(target) = document.pointer(fragment)
            {
                return inline_refs(target, document, depth + 1);
            }
            Value::Object(
                map.iter()
                    .map(|(key, value)| (key.clone(), inline_refs(value, document, depth)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|item| inline_refs(item, document, depth))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The keywords catalog's benchmark stream (`events-bench/data/keywords.jsonl`: values this
/// file's generator drew, kept when valid, and hand-written ones for the schemas it rarely
/// satisfies) holds only messages both decoders accept, so that the benchmark compares
/// acceptance, where validation does all its work.
#[test]
fn the_keywords_benchmark_stream_is_valid_for_both() {
    let folder = root().join("catalogs/keywords");
    let shared = shared_schemas(&folder);
    let stream = fs::read_to_string(root().join("../events-bench/data/keywords.jsonl")).unwrap();
    let mut events = std::collections::BTreeSet::new();
    for line in stream.lines() {
        let message: Value = json::from_str(line).unwrap();
        let name = message["message"]["eventName"].as_str().unwrap_or_default();
        let schema = read_json(&folder.join(format!("schemas/{name}/1.0.0.json")));
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .with_base_uri(format!("file:///catalog/schemas/{name}/1.0.0.json"))
            .with_retriever(SharedFiles(shared.clone()))
            .build(&schema)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(validator.is_valid(&message["message"]["value"]), "{line}");
        let decoded = events_tests::keywords::Envelope::from_json(line.as_bytes());
        assert!(decoded.is_ok(), "{line}: {decoded:?}");
        events.insert(name.to_owned());
    }
    let index = read_json(&folder.join("index.json"));
    assert_eq!(
        events.len(),
        index["events"].as_array().map_or(0, Vec::len),
        "every event of the catalog"
    );
}
