//! The property that ties the checks to the compiler: every catalog that `check_catalog` accepts
//! expands to code that rustc accepts under `#![deny(warnings)]`. The cases are the hand-written
//! ones of `catalogs/accepted/` (names the generator must rename, references it must resolve)
//! and random catalogs drawn from names chosen to collide with the generator's own; all are
//! built in one crate, so rustc runs once.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use serde_json::{Map, Value, json};

use crate::catalog_fuzz::Rng;
use crate::copy_dir;
use crate::fixture_crates::{FixtureCrate, scratch};

const PROPERTIES: &[&str] = &[
    "payload",
    "Payload",
    "item",
    "itemItem",
    "value",
    "type",
    "self",
    "unknown_fields",
    "versioned",
    "caller",
    "callerAddress",
    "address",
    "ALL",
    "new",
    "to_send_event",
    "a",
    "b_",
];
const DEFINITIONS: &[&str] = &[
    "Payload",
    "Versioned",
    "Item",
    "Caller",
    "CallerAddress",
    "String",
    "Option",
    "a/b",
    "x~y",
    "Self",
    "PayloadItem",
    "CallerVariant1",
];
const VALUES: &[&str] = &[
    "ALL",
    "all",
    "Self",
    "as_str",
    "from_wire",
    "a-b",
    "default",
    "x",
];
const EVENTS: &[&str] = &[
    "payload-v1",
    "versioned-v1",
    "self-v1",
    "type-v1",
    "catalog-v1",
    "event-name-v1",
    "unknown-v1",
    "agent-a-v2",
];

fn schema(rng: &mut Rng, depth: usize, defs: &[&str]) -> Value {
    let choice = if depth >= 3 {
        rng.below(5)
    } else {
        rng.below(11)
    };
    match choice {
        0 => json!({"type": "string"}),
        1 => json!({"type": ["integer", "null"]}),
        2 => json!({"type": "number"}),
        3 => json!({}),
        4 => json!({"type": "boolean"}),
        5 => {
            let mut values: Vec<&str> = (0..1 + rng.below(3)).map(|_| *rng.pick(VALUES)).collect();
            values.dedup();
            json!({"type": "string", "enum": values})
        }
        6 => json!({"type": "array", "items": schema(rng, depth + 1, defs)}),
        7 => json!({"type": "object", "additionalProperties": schema(rng, depth + 1, defs)}),
        8 => {
            let mut branches: Vec<Value> = (0..2 + rng.below(2))
                .map(|_| schema(rng, depth + 1, defs))
                .collect();
            if rng.below(2) == 0 {
                branches.push(json!({"type": "null"}));
            }
            json!({"anyOf": branches})
        }
        9 if !defs.is_empty() => {
            let key = rng.pick(defs).replace('~', "~0").replace('/', "~1");
            json!({"$ref": format!("#/$defs/{key}")})
        }
        _ => object(rng, depth + 1, defs),
    }
}

fn object(rng: &mut Rng, depth: usize, defs: &[&str]) -> Value {
    let properties: Map<String, Value> = (0..1 + rng.below(4))
        .map(|_| (rng.pick(PROPERTIES).to_string(), schema(rng, depth, defs)))
        .collect();
    let required: Vec<&String> = properties.keys().filter(|_| rng.below(2) == 0).collect();
    json!({"type": "object", "properties": properties, "required": required})
}

/// A random catalog of one to three events: definitions may refer only to definitions drawn
/// before them, so that no cycle is made on purpose.
fn random_catalog(rng: &mut Rng) -> (Value, Vec<(String, String, Value)>) {
    let mut rows = Vec::new();
    let mut files = Vec::new();
    for _ in 0..1 + rng.below(3) {
        let name = *rng.pick(EVENTS);
        let major = &name[name.len() - 1..];
        let versions: Vec<String> = (0..1 + rng.below(2))
            .map(|minor| format!("{major}.{minor}.0"))
            .collect();
        for version in &versions {
            let mut defs = Map::new();
            let mut keys: Vec<&str> = Vec::new();
            for _ in 0..rng.below(4) {
                let key = *rng.pick(DEFINITIONS);
                defs.insert(key.to_owned(), schema(rng, 1, &keys));
                keys.push(key);
            }
            let mut root = object(rng, 0, &keys);
            root["properties"]["schemaVersion"] = json!({"const": version});
            root["$defs"] = Value::Object(defs);
            files.push((name.to_owned(), version.clone(), root));
        }
        let direction = if rng.below(3) == 0 {
            "sent"
        } else {
            "received"
        };
        rows.push(json!({
            "name": name, "description": "A random event.", "direction": direction,
            "schema_versions": versions, "status": "active", "active_date": "2025-06-01",
        }));
    }
    (json!({"events": rows}), files)
}

fn write_catalog(dir: &Path, index: &Value, files: &[(String, String, Value)]) {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join("index.json"), index.to_string()).unwrap();
    for (event, version, schema) in files {
        let folder = dir.join("schemas").join(event);
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join(format!("{version}.json")), schema.to_string()).unwrap();
    }
}

#[test]
fn every_catalog_the_checks_accept_compiles() {
    let staging = scratch("accepted-catalogs");
    let _ = fs::remove_dir_all(&staging);
    let mut names = Vec::new();
    let accepted = Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/accepted");
    for entry in fs::read_dir(&accepted).unwrap() {
        let path = entry.unwrap().path();
        let diagnostics = events_codegen::check_catalog(&path, &path);
        assert!(
            diagnostics.is_empty(),
            "{}: {diagnostics:#?}",
            path.display()
        );
        let name = format!("fixed_{}", names.len());
        copy_dir(&path, &staging.join(&name));
        names.push(name);
    }
    let mut rng = Rng(0x5eed_c0de_0000_0009);
    let mut random = 0;
    for round in 0..80 {
        let (index, files) = random_catalog(&mut rng);
        let dir = staging.join(format!("random_{round}"));
        write_catalog(&dir, &index, &files);
        if events_codegen::check_catalog(&dir, &dir).is_empty() {
            names.push(format!("random_{round}"));
            random += 1;
        } else {
            fs::remove_dir_all(&dir).unwrap();
        }
    }
    // A generator whose catalogs are all refused would prove nothing.
    assert!(
        random >= 20,
        "only {random} of 80 random catalogs were accepted"
    );
    let mut main_rs = String::from("#![deny(warnings)]\n#![allow(dead_code)]\n\n");
    for name in &names {
        writeln!(
            main_rs,
            "mod {name} {{\n    events_core::include_catalog!(\"catalog/{name}\");\n}}"
        )
        .unwrap();
    }
    main_rs.push_str("\nfn main() {}\n");
    // Patterns, in `patternProperties` of any kind, are enforced with the `pattern` feature.
    let krate =
        FixtureCrate::with_features("accepted-catalogs", &staging, &main_rs, &["pattern", "idn"]);
    let output = krate.cargo(&["check", "--quiet"]);
    assert!(
        output.status.success(),
        "catalogs the checks accept do not compile ({} catalogs, staged in {}):\n{}",
        names.len(),
        staging.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}
