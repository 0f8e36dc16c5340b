//! Mutated and random catalogs fed to the engine: it must always return (diagnostics, or items
//! that parse as Rust), never panic. Deterministic: the seed and the number of rounds can be
//! changed with `EVENTS_FUZZ_SEED` and `EVENTS_FUZZ_ROUNDS` to search further.

use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use events_codegen::{LoadedCatalog, SchemaFile, SourceFile, load};
use serde_json::{Map, Value, json};

/// xorshift64*: small, deterministic, good enough to pick mutations.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn bundled() -> LoadedCatalog {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../catalog");
    let loaded = load(&dir, Path::new("catalog"));
    assert!(loaded.diagnostics.is_empty());
    loaded
}

/// Runs the engine and checks the one property that always holds.
fn assert_engine_survives(loaded: &LoadedCatalog, what: &str) -> usize {
    let expansion = catch_unwind(AssertUnwindSafe(|| {
        events_codegen::expand_loaded(loaded, &events_codegen::Options::default())
    }))
    .unwrap_or_else(|_| panic!("the engine panicked on {what}"));
    if let Err(error) = syn::parse2::<syn::File>(expansion.tokens) {
        panic!("the engine emitted invalid Rust for {what}: {error}");
    }
    for diagnostic in &expansion.diagnostics {
        assert!(!diagnostic.message.is_empty(), "{what}: empty diagnostic");
        let file = loaded.files().find(|file| file.shown_as == diagnostic.file);
        if let Some(file) = file {
            crate::catalog_rules::assert_located_inside_its_file(diagnostic, &file.text);
        }
        assert!(
            diagnostic.file.starts_with("catalog"),
            "{what}: {diagnostic}"
        );
    }
    expansion.diagnostics.len()
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "null",
    "true",
    "-1e999",
    "1e400",
    "0.5",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"type\"",
    "\"$ref\"",
    "\"#/$defs/x\"",
    "\"properties\"",
    "\"enum\"",
    "é",
    "\u{1F600}",
];

/// One to three [`mutate_text`] mutations of `text`, for the decoding tests' mutated messages.
pub(crate) fn mutate_a_few(rng: &mut Rng, text: &str) -> String {
    let mut mutated = text.to_owned();
    for _ in 0..=rng.below(3) {
        mutated = mutate_text(rng, &mutated);
    }
    mutated
}

pub(crate) fn mutate_text(rng: &mut Rng, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let at = rng.below(chars.len() + 1);
    match rng.below(5) {
        0 if at < chars.len() => chars[at] = char::from(b' ' + rng.below(95) as u8),
        1 => {
            let end = (at + rng.below(40)).min(chars.len());
            chars.drain(at..end);
        }
        2 => {
            let end = (at + rng.below(40)).min(chars.len());
            let copy: Vec<char> = chars[at..end].to_vec();
            chars.splice(at..at, copy);
        }
        3 => {
            let token: Vec<char> = rng.pick(TOKENS).chars().collect();
            chars.splice(at..at, token);
        }
        _ => chars.truncate(at),
    }
    chars.into_iter().collect()
}

fn random_value(rng: &mut Rng, depth: usize) -> Value {
    let keys = [
        "type",
        "properties",
        "required",
        "items",
        "enum",
        "const",
        "anyOf",
        "oneOf",
        "$ref",
        "$defs",
        "$id",
        "allOf",
        "not",
        "format",
        "default",
        "rust_name",
        "event_names",
        "envelope",
        "selector",
        "delivered_as",
        "selector_value",
        "payload",
        "version",
        "shape",
        "version_field",
        "additionalProperties",
        "description",
        "name",
        "status",
        "schema_versions",
        "active_date",
        "deprecation_date",
        "sunset_date",
        "replaced_by",
        "events",
        "schemaVersion",
        "x",
    ];
    let strings = [
        "string",
        "number",
        "integer",
        "boolean",
        "object",
        "array",
        "null",
        "strin",
        "1.0.0",
        "2.0.0",
        "1.0",
        "active",
        "deprecated",
        "sunset",
        "2025-02-30",
        "2025-03-26",
        "#/$defs/a",
        "a-v1",
        "A",
        "",
        "self",
        "type",
        "fooBar",
        "foo_bar",
        "item.json",
        "#",
        "https://example.com/a/b.json",
        "../../defs/x.json",
        "idn-hostname",
        "kebab-case-major",
        "pull_request.opened",
        "cloudevents",
        "8x8",
        "/action",
        "/dataversion",
        "/data/object",
        "/type",
        "/",
        "~2",
    ];
    match rng.below(if depth > 3 { 5 } else { 7 }) {
        0 => Value::Null,
        1 => json!(rng.below(2) == 0),
        2 => json!(rng.next() as i64 >> rng.below(64)),
        3 => json!(f64::from(rng.below(1000) as u32) / 7.0),
        4 => json!(rng.pick(&strings)),
        5 => Value::Array(
            (0..rng.below(4))
                .map(|_| random_value(rng, depth + 1))
                .collect(),
        ),
        _ => {
            let mut map = Map::new();
            for _ in 0..rng.below(5) {
                map.insert((*rng.pick(&keys)).to_owned(), random_value(rng, depth + 1));
            }
            Value::Object(map)
        }
    }
}

/// Replaces, removes or renames one node of `value`, chosen at random.
fn mutate_value(rng: &mut Rng, value: &mut Value) {
    let go_deeper = rng.below(3) != 0;
    match value {
        Value::Object(map) if !map.is_empty() && go_deeper => {
            let key = map.keys().nth(rng.below(map.len())).unwrap().clone();
            match rng.below(6) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    let child = map.remove(&key).unwrap();
                    map.insert(format!("{key}_"), child);
                }
                _ => mutate_value(rng, map.get_mut(&key).unwrap()),
            }
        }
        Value::Array(items) if !items.is_empty() && go_deeper => {
            let at = rng.below(items.len());
            mutate_value(rng, &mut items[at]);
        }
        _ => *value = random_value(rng, 0),
    }
}

fn with_file(loaded: &LoadedCatalog, which: usize, text: String) -> LoadedCatalog {
    let mut mutated = LoadedCatalog {
        index: loaded.index.clone(),
        schemas: loaded.schemas.clone(),
        unreadable_schemas: Vec::new(),
        shared: loaded.shared.clone(),
        diagnostics: Vec::new(),
    };
    match which {
        0 => mutated.index.as_mut().unwrap().text = text,
        n => mutated.schemas[n - 1].source.text = text,
    }
    mutated
}

fn file_text(loaded: &LoadedCatalog, which: usize) -> &str {
    match which {
        0 => &loaded.index.as_ref().unwrap().text,
        n => &loaded.schemas[n - 1].source.text,
    }
}

#[test]
fn mutated_bundled_catalogs_give_diagnostics_never_panics() {
    let original = bundled();
    let mut rng = Rng(setting("EVENTS_FUZZ_SEED", 0x5eed_cafe_f00d_0001));
    let rounds = setting("EVENTS_FUZZ_ROUNDS", 200);
    let mut reported = 0;
    for round in 0..rounds {
        let which = rng.below(original.schemas.len() + 1);
        let text = file_text(&original, which);
        let mutated = if round % 2 == 0 {
            mutate_text(&mut rng, text)
        } else {
            let mut value: Value = serde_json::from_str(text).unwrap();
            mutate_value(&mut rng, &mut value);
            serde_json::to_string_pretty(&value).unwrap()
        };
        let catalog = with_file(&original, which, mutated.clone());
        let diagnostics = assert_engine_survives(&catalog, &format!("round {round}:\n{mutated}"));
        if serde_json::from_str::<Value>(&mutated).is_err() {
            assert!(
                diagnostics > 0,
                "round {round}: invalid JSON accepted:\n{mutated}"
            );
        }
        reported += usize::from(diagnostics > 0);
    }
    // Most mutations break something; a fuzzer whose mutations never register tests nothing.
    assert!(
        reported as u64 > rounds / 4,
        "only {reported} of {rounds} mutations were reported"
    );
}

#[test]
fn random_catalogs_give_diagnostics_or_valid_rust() {
    let mut rng = Rng(setting("EVENTS_FUZZ_SEED", 0x5eed_cafe_f00d_0002));
    let rounds = setting("EVENTS_FUZZ_ROUNDS", 400);
    for round in 0..rounds {
        let index = random_value(&mut rng, 0);
        let mut schemas = Vec::new();
        for n in 0..rng.below(4) {
            let event = format!("{}-v1", ["a", "b", "a-b", "self", "type"][n % 5]);
            let version = rng.pick(&["1.0.0", "1.1.0", "2.0.0"]).to_string();
            let text = serde_json::to_string(&random_value(&mut rng, 0)).unwrap();
            let path = PathBuf::from(format!("catalog/schemas/{event}/{version}.json"));
            schemas.push(SchemaFile {
                event,
                version,
                source: SourceFile::new(path.clone(), path, text),
            });
        }
        let loaded = LoadedCatalog {
            index: Some(SourceFile::new(
                "catalog/index.json",
                "catalog/index.json",
                serde_json::to_string(&json!({ "events": [index] })).unwrap(),
            )),
            schemas,
            unreadable_schemas: Vec::new(),
            shared: Vec::new(),
            diagnostics: Vec::new(),
        };
        assert_engine_survives(&loaded, &format!("random catalog {round}"));
    }
}

#[test]
fn deeply_nested_schemas_are_diagnosed_not_overflowed() {
    let original = bundled();
    let mut nested = String::from("{\"type\":\"object\",\"properties\":{\"a\":");
    for _ in 0..10_000 {
        nested.push_str("{\"type\":\"array\",\"items\":");
    }
    let catalog = with_file(&original, 1, nested);
    assert!(assert_engine_survives(&catalog, "deep nesting") > 0);
}

/// The first bundled schema, with its first property's type replaced by the start of a chain
/// of `links` definitions: `d{n}` is `link(reference to d{n+1})`, the last one a string.
fn with_ref_chain(links: usize, link: impl Fn(Value) -> Value) -> (LoadedCatalog, Value) {
    let original = bundled();
    let defs: Map<String, Value> = (0..links)
        .map(|n| {
            let def = if n + 1 == links {
                json!({"type": "string"})
            } else {
                link(json!({"$ref": format!("#/$defs/d{}", n + 1)}))
            };
            (format!("d{n}"), def)
        })
        .collect();
    let mut schema: Value = serde_json::from_str(file_text(&original, 1)).unwrap();
    let properties = schema["properties"].as_object_mut().unwrap();
    let first = properties.keys().next().unwrap().clone();
    properties.insert(first, json!({"$ref": "#/$defs/d0"}));
    let existing = schema["$defs"].as_object().cloned().unwrap_or_default();
    schema["$defs"] = Value::Object(existing.into_iter().chain(defs).collect());
    (with_file(&original, 1, schema.to_string()), schema)
}

#[test]
fn a_long_ref_chain_is_followed_without_recursion() {
    let links = 3_000;
    let (catalog, mut schema) = with_ref_chain(links, |reference| reference);
    assert_eq!(
        assert_engine_survives(&catalog, "a 3,000-link $ref chain"),
        0
    );
    // The same chain closed into a cycle is one located error, not a stack overflow.
    schema["$defs"][format!("d{}", links - 1)] = json!({"$ref": "#/$defs/d0"});
    let catalog = with_file(&bundled(), 1, schema.to_string());
    assert_eq!(
        assert_engine_survives(&catalog, "a 3,000-link $ref cycle"),
        1
    );
}

/// A chain of references that only a check program holds (`not` of the next) is compiled one
/// reference after the other, not recursively: no stack overflow, whatever its length.
#[test]
fn a_long_ref_chain_inside_checks_is_compiled_without_recursion() {
    let object = |reference| json!({"type": "object", "properties": {"next": reference}});
    let (_, mut schema) = with_ref_chain(3_000, object);
    let properties = schema["properties"].as_object_mut().unwrap();
    let first = properties.keys().next().unwrap().clone();
    properties.insert(first, json!({"not": {"$ref": "#/$defs/d0"}}));
    let catalog = with_file(&bundled(), 1, schema.to_string());
    assert_eq!(
        assert_engine_survives(&catalog, "a 3,000-link $ref chain under `not`"),
        0
    );
}

/// A chain of array definitions (`items: {$ref: next}`) makes a `Vec<Vec<…>>` as deep as the
/// chain: past a located limit it is an error, not a type the engine copies at every link and
/// rustc overflows its stack on (2,000 links passed the check, then crashed rustc).
#[test]
fn a_long_chain_of_array_refs_is_a_located_limit() {
    let (catalog, _) = with_ref_chain(
        2_000,
        |reference| json!({"type": "array", "items": reference}),
    );
    let expansion = events_codegen::expand_loaded(&catalog, &events_codegen::Options::default());
    let deep: Vec<_> = expansion
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.message.contains("nests 32 arrays"))
        .collect();
    assert_eq!(deep.len(), 1, "{:#?}", expansion.diagnostics);
    assert_eq!(
        assert_engine_survives(&catalog, "a 2,000-link chain of array $refs"),
        1
    );
}

/// An index of `rows` rows, each made by `row(n)`, with the bundled catalog's schemas.
fn with_rows(rows: usize, row: impl Fn(usize) -> Value) -> LoadedCatalog {
    let index = json!({ "events": (0..rows).map(row).collect::<Vec<_>>() });
    with_file(&bundled(), 0, serde_json::to_string_pretty(&index).unwrap())
}

/// Locating a diagnostic looks its line and column up instead of scanning the file from its
/// start, so a large index with a defect in every row is checked in time linear in its size
/// (two defects per row in a 1 MiB index took 4.4 s, 10 MiB 501 s, when each was a scan).
#[test]
fn every_defect_of_a_large_index_is_located() {
    let rows = 12_000;
    let catalog = with_rows(rows, |n| {
        json!({"name": format!("agent-extra-{n}-v1"), "description": "An event with two defects.",
               "schema_versions": ["1.0.0"], "status": "active", "active_date": "2025-13-01",
               "deprecaton_date": "2026-01-01"})
    });
    let text = &catalog.index.as_ref().unwrap().text;
    assert!(text.len() > 1 << 20, "{} bytes", text.len());
    let diagnostics =
        events_codegen::analyze_loaded(&catalog, &events_codegen::Options::default()).diagnostics;
    let index: Vec<_> = diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.file.ends_with("index.json"))
        .collect();
    // The date, the misspelt column and the missing schema file of every row.
    assert!(index.len() >= 2 * rows, "{} diagnostics", index.len());
    for diagnostic in index.iter().step_by(997) {
        crate::catalog_rules::assert_located_inside_its_file(diagnostic, text);
    }
}

/// Following `replaced_by` visits each row once, so a long chain is checked in linear time
/// (a 1,873-row chain took 8 s, 7,489 rows over 160 s, when every row walked the chain to its
/// end and searched its path at each step), and a circle at its end is reported once.
#[test]
fn a_long_chain_of_replacements_ending_in_a_circle_is_reported_once() {
    let rows = 8_000;
    let catalog = with_rows(rows, |n| {
        let next = if n + 1 == rows { n - 1 } else { n + 1 };
        json!({"name": format!("agent-link-{n}-v1"), "description": "A link of a long chain.",
               "schema_versions": ["1.0.0"], "status": "active", "active_date": "2025-01-01",
               "replaced_by": format!("agent-link-{next}-v1")})
    });
    let diagnostics =
        events_codegen::analyze_loaded(&catalog, &events_codegen::Options::default()).diagnostics;
    let circles: Vec<_> = diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.message.contains("goes round in a circle"))
        .collect();
    assert_eq!(circles.len(), 1, "{circles:#?}");
    assert_eq!(
        circles[0].pointer.to_string(),
        format!("/events/{}/replaced_by", rows - 2)
    );
    assert!(
        circles[0].message.starts_with(
            "`replaced_by` goes round in a circle (agent-link-7998-v1 → agent-link-7999-v1 → agent-link-7998-v1)"
        ),
        "{}",
        circles[0].message
    );
}

#[test]
fn duplicate_keys_anywhere_are_reported_once_each() {
    let original = bundled();
    let mut tried = 0;
    for which in 0..=original.schemas.len().min(12) {
        // Repeat the first line that holds a whole `"key": "value",` member (generated files
        // may have none: their string members come last in each object).
        let lines: Vec<&str> = file_text(&original, which).lines().collect();
        let Some(member) = lines.iter().position(|line| {
            let line = line.trim();
            line.starts_with('"') && line.ends_with("\",") && line.contains("\": \"")
        }) else {
            continue;
        };
        tried += 1;
        let mut duplicated = lines[..=member].join("\n");
        duplicated.push('\n');
        duplicated.push_str(&lines[member..].join("\n"));
        let catalog = with_file(&original, which, duplicated);
        let expansion =
            events_codegen::expand_loaded(&catalog, &events_codegen::Options::default());
        let duplicates: Vec<_> = expansion
            .diagnostics
            .iter()
            .filter(|d| d.message.contains("appears twice"))
            .collect();
        assert_eq!(
            duplicates.len(),
            1,
            "file {which}: {:?}",
            expansion.diagnostics
        );
        assert_engine_survives(&catalog, "a duplicate key");
    }
    assert!(tried >= 6, "only {tried} files had a member to repeat");
}

/// Events whose checks all reach one shared graph of definitions: each definition is generated
/// once for the catalog, not once per event (60 events over a 30-definition graph printed 1,860
/// statics in 118,000 lines; now 31 statics in 19,700).
#[test]
fn definitions_that_many_programs_reach_are_generated_once() {
    let dir = crate::fixture_crates::scratch("shared-check-definitions");
    let _ = fs::remove_dir_all(&dir);
    let definitions: Map<String, Value> = (0..12)
        .map(|n| {
            let next = json!({"$ref": format!("#/$defs/d{}", (n + 1) % 12)});
            let def = json!({"type": "object", "properties": {"next": next, "n": {"minimum": n}}});
            (format!("d{n}"), def)
        })
        .collect();
    let document = json!({"type": "object", "properties": {"root": {"$ref": "#/$defs/d0"}}, "$defs": definitions});
    fs::create_dir_all(dir.join("defs")).unwrap();
    fs::write(dir.join("defs/document.json"), document.to_string()).unwrap();
    let events: Vec<Value> = (0..40)
        .map(|n| {
            let name = format!("thing-{n}-v1");
            let schema = json!({"type": "object", "properties": {
                "other": {"not": {"$ref": "../../defs/document.json"}},
                "kept": {"if": {"$ref": "../../defs/document.json#/$defs/d3"}, "then": {"required": ["n"]}}
            }});
            fs::create_dir_all(dir.join(format!("schemas/{name}"))).unwrap();
            fs::write(dir.join(format!("schemas/{name}/1.0.0.json")), schema.to_string()).unwrap();
            json!({"name": name, "description": "A thing.", "schema_versions": ["1.0.0"],
                "status": "active", "active_date": "2026-01-01"})
        })
        .collect();
    fs::write(
        dir.join("index.json"),
        json!({"events": events}).to_string(),
    )
    .unwrap();
    let expansion = events_codegen::expand(&dir, &dir, &events_codegen::Options::default());
    assert!(
        expansion.diagnostics.is_empty(),
        "{:#?}",
        expansion.diagnostics
    );
    let code = expansion.tokens.to_string();
    // The twelve definitions and the file's root, which `not` names.
    assert_eq!(code.matches("static DEFINITION_").count(), 13);
}
