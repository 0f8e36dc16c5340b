//! How `$ref`s resolve, judged by the check program the run-time decoder makes and by an
//! independent validator (the `jsonschema` crate): anchors scoped to the resource that declares
//! them, anchors of the drafts before 2019-09 (`"$id": "#name"`), JSON pointers written
//! percent-encoded or into a place an earlier draft names otherwise (`items: [...]`), `$id`
//! beside `$ref` in those drafts, and boolean schemas where a schema may stand.

use std::path::PathBuf;

use events_codegen::SourceFile;
use events_core::__private::Json;
use events_core::json::{Value, json};

struct Case {
    name: &'static str,
    schema: Value,
    /// Each value with whether the schema accepts it.
    values: Vec<(Value, bool)>,
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "propertyNames true allows every key, false none",
            schema: json!({
                "type": "object",
                "properties": {
                    "any": {"type": "object", "propertyNames": true},
                    "none": {"type": "object", "propertyNames": false}
                }
            }),
            values: vec![
                (json!({"any": {"a": 1, "b": 2}}), true),
                (json!({"none": {}}), true),
                (json!({"none": {"a": 1}}), false),
            ],
        },
        Case {
            name: "a pointer fragment is percent-decoded before it is read",
            schema: json!({
                "$defs": {
                    "share%": {"type": "integer"},
                    "say \"hi\"": {"type": "string"}
                },
                "properties": {
                    "share": {"$ref": "#/$defs/share%25"},
                    "greeting": {"$ref": "#/$defs/say%20%22hi%22"}
                }
            }),
            values: vec![
                (json!({"share": 3, "greeting": "hello"}), true),
                (json!({"share": "3"}), false),
                (json!({"greeting": 3}), false),
            ],
        },
        Case {
            name: "draft-07 declares an anchor with a plain-name $id",
            schema: json!({
                "$schema": "http://json-schema.org/draft-07/schema#",
                "$id": "https://vendor.example/hooks/order.json",
                "properties": {
                    "by_name": {"$ref": "#amount"},
                    "by_uri": {"$ref": "https://vendor.example/hooks/order.json#amount"}
                },
                "definitions": {
                    "money": {"$id": "#amount", "type": "number", "minimum": 0}
                }
            }),
            values: vec![
                (json!({"by_name": 1.5, "by_uri": 0}), true),
                (json!({"by_name": -1}), false),
                (json!({"by_uri": "1"}), false),
            ],
        },
        Case {
            name: "a draft-07 pointer into the array form of items",
            schema: json!({
                "$schema": "http://json-schema.org/draft-07/schema#",
                "properties": {
                    "pair": {"type": "array", "items": [{"type": "string"}, {"type": "integer"}]},
                    "label": {"$ref": "#/properties/pair/items/0"},
                    "count": {"$ref": "#/properties/pair/items/1"}
                }
            }),
            values: vec![
                (json!({"pair": ["a", 1], "label": "b", "count": 2}), true),
                (json!({"label": 1}), false),
                (json!({"count": "2"}), false),
            ],
        },
        Case {
            name: "before 2019-09 an $id beside $ref does not move the base it resolves against",
            schema: json!({
                "$schema": "http://json-schema.org/draft-07/schema#",
                "$id": "https://vendor.example/hooks/",
                "definitions": {
                    "here": {"$id": "line.json", "type": "number"},
                    "there": {"$id": "https://vendor.example/line.json", "type": "string"}
                },
                "properties": {
                    "line": {"$id": "https://vendor.example/", "$ref": "line.json"}
                }
            }),
            values: vec![(json!({"line": 3}), true), (json!({"line": "3"}), false)],
        },
        Case {
            name: "an anchor belongs to the resource that declares it",
            schema: json!({
                "$id": "https://vendor.example/hooks/root.json",
                "$defs": {
                    "parcel": {
                        "$id": "parcel.json",
                        "anyOf": [
                            {"$id": "weight.json", "$anchor": "size", "type": "number"},
                            {"$anchor": "size", "type": "string", "maxLength": 3}
                        ]
                    }
                },
                "properties": {
                    "size": {"$ref": "parcel.json#size"},
                    "weight": {"$ref": "weight.json#size"}
                }
            }),
            values: vec![
                (json!({"size": "XL", "weight": 2}), true),
                (json!({"size": 2}), false),
                (json!({"size": "XXXL"}), false),
                (json!({"weight": "2"}), false),
            ],
        },
        Case {
            name: "an anchor on a definition whose key holds a percent sign",
            schema: json!({
                "$defs": {"off%41": {"$anchor": "discount", "type": "integer", "maximum": 100}},
                "properties": {"discount": {"$ref": "#discount"}}
            }),
            values: vec![
                (json!({"discount": 40}), true),
                (json!({"discount": 140}), false),
            ],
        },
        Case {
            name: "an anchor deep in an embedded resource",
            schema: json!({
                "$id": "https://vendor.example/hooks/root.json",
                "properties": {"code": {"$ref": "codes.json#code"}},
                "$defs": {
                    "codes": {
                        "$id": "codes.json",
                        "$defs": {"code": {"$anchor": "code", "type": "string", "pattern": "^[A-Z]{2}$"}}
                    }
                }
            }),
            values: vec![
                (json!({"code": "FR"}), true),
                (json!({"code": "fr"}), false),
                (json!({"code": 33}), false),
            ],
        },
    ]
}

#[test]
fn references_resolve_as_json_schema_says() {
    let mut wrong = Vec::new();
    for case in cases() {
        let file = SourceFile {
            path: PathBuf::from("schema.json"),
            shown_as: PathBuf::from("schema.json"),
            text: case.schema.to_string(),
        };
        let program = events_codegen::schema_program(&file)
            .unwrap_or_else(|diagnostics| panic!("{}: refused: {diagnostics:#?}", case.name));
        let ours = events_core::runtime::check_schema(&program);
        let validator = jsonschema::validator_for(&case.schema)
            .unwrap_or_else(|error| panic!("{}: the validator refuses it: {error}", case.name));
        for (value, valid) in &case.values {
            let text = value.to_string();
            let verdict = ours.check(&Json::parse(&text).expect("a JSON value"));
            let oracle = validator.is_valid(value);
            if verdict.is_ok() != *valid || oracle != *valid {
                wrong.push(format!(
                    "{}: {text}: expected {valid}, ours {verdict:?}, validator {oracle}",
                    case.name
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The catalogs whose schemas put keywords beside a root `$ref`, booleans in `allOf`, and
/// `allOf` parts that point at schemas that are no definitions: each payload decodes at run
/// time (as the generated code decodes it) exactly when the validator accepts it.
#[test]
fn catalogs_with_unusual_references_decode_as_the_validator_judges() {
    let cases: &[(&str, &str, &[Value])] = &[
        (
            "keywords-beside-a-root-ref",
            "courier-assigned-v1",
            &[
                json!({"schemaVersion": "1.0.0", "courier": "c-1", "parcel": "p-1"}),
                json!({"schemaVersion": "1.0.0", "parcel": "p-1"}),
                json!({"courier": "c-1"}),
                json!({"schemaVersion": "1.0.0", "courier": 7}),
            ],
        ),
        (
            "keywords-beside-a-root-ref",
            "route-planned-v1",
            &[
                json!({"schemaVersion": "1.0.0", "stops": ["a", "b"]}),
                json!({"schemaVersion": "1.0.0", "stops": []}),
                json!({"schemaVersion": "1.0.0", "closed": 1}),
                json!({"schemaVersion": "1.0.0", "depot": {"code": "X"}}),
                json!({"schemaVersion": "1.0.0", "region": {"name": "North"}}),
                json!({"schemaVersion": "1.0.0", "region": {"name": "N"}}),
                json!({"schemaVersion": "1.0.0", "region": {}}),
            ],
        ),
        (
            "references-of-earlier-drafts",
            "parcel-scanned-v1",
            &[
                json!({"schemaVersion": "1.0.0", "depot": "A1", "depotAgain": "B",
                       "position": ["s", 3], "shelf": "x", "share": 2, "labels": {"a": "b"},
                       "nothing": {}, "line": 4}),
                json!({"schemaVersion": "1.0.0", "depotAgain": ""}),
                json!({"schemaVersion": "1.0.0", "shelf": 3}),
                json!({"schemaVersion": "1.0.0", "share": -1}),
                json!({"schemaVersion": "1.0.0", "nothing": {"a": 1}}),
                json!({"schemaVersion": "1.0.0", "line": 4.5}),
                json!({"schemaVersion": "1.0.0", "position": ["s", 3, 4]}),
            ],
        ),
    ];
    let accepted = crate::differential::root().join("catalogs/accepted");
    let mut wrong = Vec::new();
    for (folder, event, payloads) in cases {
        let catalog = events_core::runtime::Catalog::load(accepted.join(folder))
            .unwrap_or_else(|error| panic!("{folder}: {error}"));
        let schema_path = accepted.join(format!("{folder}/schemas/{event}/1.0.0.json"));
        let schema: Value =
            events_core::json::from_str(&std::fs::read_to_string(&schema_path).unwrap()).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        for payload in *payloads {
            let message = json!({"type": "event", "schemaVersion": "1.0.0",
                "message": {"eventName": event, "value": payload}});
            let ours = catalog.decode(message.to_string().as_bytes());
            let oracle = validator.is_valid(payload);
            if ours.is_ok() != oracle {
                wrong.push(format!(
                    "{event}: {payload}: ours {ours:?}, validator {oracle}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
