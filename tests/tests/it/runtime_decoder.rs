//! The run-time decoder (`events_core::runtime::Catalog`) against the generated one, on every
//! catalog the tests compile with default options, in each envelope: values drawn from each
//! schema (the differential test's generator) and mutated messages must get the same verdict
//! from both, and a refusal the same path and message. `RUNTIME_SAMPLES=N` runs more values
//! per schema; the figures are printed.

use events_core::json::{self, Value, json};
use events_core::runtime::{Catalog, Decoded};
use events_core::{CatalogEvent, DecodeError};

use crate::catalog_fuzz::{Rng, mutate_a_few};
use crate::differential::{Generator, read_json, root, shared_schemas};

/// Values per schema version; `RUNTIME_SAMPLES` overrides it.
const SAMPLES: usize = 120;
/// Mutations of each drawn message.
const MUTATIONS: usize = 2;

/// A decoded message: the event's name and whether the catalog knows it.
type Outcome = (String, bool);
/// What a decoder made of a message: its outcome, or the error's path and message.
type Verdict = Result<Outcome, (String, String)>;

struct Subject {
    folder: &'static str,
    /// The generated `Envelope::from_json`.
    generated: fn(&[u8]) -> Result<Outcome, DecodeError>,
    /// The message carrying `value` as the event `name` of schema version `version`, in the
    /// catalog's envelope.
    wrap: fn(&str, &str, Value) -> Value,
}

/// The outcome of a generated `Envelope`'s decode: the event's wire name, and whether it is
/// one of the catalog's (not its `Unknown` variant).
macro_rules! generated {
    ($catalog:path, $event:ident) => {{
        use $catalog as catalog;
        |text: &[u8]| {
            catalog::Envelope::from_json(text).map(|envelope| {
                let event = &envelope.$event;
                let known = !matches!(event, catalog::Event::Unknown { .. });
                (CatalogEvent::wire_name(event).to_owned(), known)
            })
        }
    }};
}

fn sdk(name: &str, _: &str, value: Value) -> Value {
    json!({"type": "event", "schemaVersion": "1.0.0", "message": {"eventName": name, "value": value}})
}

const SUBJECTS: &[Subject] = &[
    Subject {
        folder: "../catalog",
        generated: generated!(events_core, message),
        wrap: sdk,
    },
    Subject {
        folder: "catalogs/keywords",
        generated: generated!(events_tests::keywords, message),
        wrap: sdk,
    },
    Subject {
        folder: "catalogs/lifecycle",
        generated: generated!(events_tests::lifecycle, message),
        wrap: sdk,
    },
    Subject {
        folder: "catalogs/accepted/vendor-event-names",
        generated: generated!(events_tests::vendor_event_names, message),
        wrap: sdk,
    },
    Subject {
        folder: "catalogs/accepted/envelope-cloudevents",
        generated: generated!(events_tests::envelope_cloudevents, event),
        wrap: |name, _, value| json!({"specversion": "1.0", "id": "e-1", "source": "/orders", "type": name, "data": value}),
    },
    Subject {
        folder: "catalogs/accepted/envelope-object-in-data",
        generated: generated!(events_tests::envelope_object_in_data, event),
        wrap: |name, _, value| json!({"id": "evt_1", "type": name, "data": {"object": value}}),
    },
    Subject {
        folder: "catalogs/accepted/envelope-name-inside-payload",
        generated: generated!(events_tests::envelope_name_inside_payload, event),
        wrap: |_, _, value| json!({"token": "t", "event": value}),
    },
    Subject {
        folder: "catalogs/accepted/selected-by-action",
        generated: generated!(events_tests::selected_by_action, event),
        wrap: |name, _, value| json!({"event": name, "payload": value}),
    },
    Subject {
        folder: "catalogs/accepted/version-field",
        generated: generated!(events_tests::version_field, event),
        wrap: |_, _, value| value,
    },
    Subject {
        folder: "catalogs/accepted/version-in-the-message",
        generated: generated!(events_tests::version_in_the_message, event),
        wrap: |name, version, value| json!({"type": name, "meta": {"schema": version}, "data": value}),
    },
    Subject {
        folder: "catalogs/accepted/version-in-the-message",
        generated: generated!(events_tests::version_in_the_message_in_shards, event),
        wrap: |name, version, value| json!({"type": name, "meta": {"schema": version}, "data": value}),
    },
    Subject {
        folder: "catalogs/accepted/cloudevents-version-extension",
        generated: generated!(events_tests::cloudevents_version_extension, event),
        wrap: |name, version, value| json!({"specversion": "1.0", "id": "e-1", "source": "/billing", "type": name, "dataversion": version, "data": value}),
    },
    Subject {
        folder: "catalogs/accepted/envelope-bare-payload",
        generated: generated!(events_tests::envelope_bare_payload, event),
        wrap: |_, _, value| value,
    },
];

fn generated_verdict(subject: &Subject, message: &[u8]) -> Verdict {
    (subject.generated)(message).map_err(|error| (error.path().to_owned(), error.message()))
}

fn runtime_verdict(catalog: &Catalog, message: &[u8]) -> Verdict {
    catalog
        .decode(message)
        .map(|decoded| match decoded {
            Decoded::Known { delivered_as, .. } => (delivered_as.to_owned(), true),
            other => (other.event_name().to_owned(), false),
        })
        .map_err(|error| (error.path().to_owned(), error.message()))
}

#[derive(Default)]
struct Tally {
    messages: usize,
    accepted: usize,
    differences: Vec<String>,
}

impl Tally {
    fn compare(&mut self, subject: &Subject, catalog: &Catalog, message: &[u8]) {
        let generated = generated_verdict(subject, message);
        let runtime = runtime_verdict(catalog, message);
        self.messages += 1;
        self.accepted += usize::from(generated.is_ok());
        if generated != runtime {
            self.differences.push(format!(
                "{}: {}\n  generated {generated:?}\n  run-time  {runtime:?}",
                subject.folder,
                String::from_utf8_lossy(message)
            ));
        }
    }
}

#[test]
fn the_run_time_decoder_gives_the_generated_verdicts_paths_and_messages() {
    let samples: usize = std::env::var("RUNTIME_SAMPLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(SAMPLES);
    let mut tally = Tally::default();
    let mut rng = Rng(0x0ca7_a109);
    let mut schemas = 0;
    for subject in SUBJECTS {
        let folder = root().join(subject.folder);
        let catalog = Catalog::load(&folder).unwrap_or_else(|error| panic!("{error}"));
        let shared = shared_schemas(&folder);
        let index = read_json(&folder.join("index.json"));
        for row in index["events"].as_array().into_iter().flatten() {
            let name = row["name"].as_str().unwrap_or_default();
            let delivered_as = row["delivered_as"].as_str().unwrap_or(name);
            for version in row["schema_versions"].as_array().into_iter().flatten() {
                let version = version.as_str().unwrap_or_default();
                let schema = read_json(&folder.join(format!("schemas/{name}/{version}.json")));
                schemas += 1;
                let mut generator = Generator {
                    rng: Rng(0x5eed ^ (schemas as u64) << 20),
                    shared: &shared,
                };
                for _ in 0..samples {
                    let value = generator.value(&schema, &schema, 0);
                    let message =
                        json::to_string(&(subject.wrap)(delivered_as, version, value)).unwrap();
                    tally.compare(subject, &catalog, message.as_bytes());
                    for _ in 0..MUTATIONS {
                        let mutated = mutate_a_few(&mut rng, &message);
                        tally.compare(subject, &catalog, mutated.as_bytes());
                    }
                }
            }
        }
        // An event the catalog does not know, and a message that is not JSON.
        let unknown =
            json::to_string(&(subject.wrap)("no-such-event", "1.0.0", json!({"a": 1}))).unwrap();
        tally.compare(subject, &catalog, unknown.as_bytes());
        tally.compare(subject, &catalog, b"{\"type\": ");
    }
    println!(
        "run-time decoder: {} catalogs, {schemas} schemas, {} messages ({} decoded), {} differences",
        SUBJECTS.len(),
        tally.messages,
        tally.accepted,
        tally.differences.len()
    );
    assert!(
        tally.accepted > tally.messages / 20 && tally.accepted < tally.messages * 9 / 10,
        "a mix of messages that decode and that do not: {} of {}",
        tally.accepted,
        tally.messages
    );
    assert!(
        tally.differences.is_empty(),
        "{} differences, first ones:\n{}",
        tally.differences.len(),
        tally.differences[..tally.differences.len().min(10)].join("\n")
    );
}

#[test]
fn a_catalog_with_defects_is_not_loaded_and_says_where() {
    let folder = root().join("catalog-rules/invalid-envelope/catalog");
    let error = Catalog::load(&folder).err().expect("a defective catalog");
    let text = error.to_string();
    assert!(text.contains("index.json:3:13 /envelope/name"), "{text}");
    assert!(!error.diagnostics().is_empty());
}

#[test]
fn payloads_come_back_as_received_and_parts_decode_like_from_parts() {
    let catalog = Catalog::load(root().join("catalogs/accepted/envelope-bare-payload")).unwrap();
    let message = br#"{"kind":"push","ref":"r","commits":[{"id":"c1","extra":[1.50]}]}"#;
    let decoded = catalog.decode(message).unwrap();
    let Decoded::Known {
        info,
        schema_version,
        ..
    } = &decoded
    else {
        panic!("{decoded:?}");
    };
    assert_eq!((info.name, *schema_version), ("push", "1.0.0"));
    let payload = catalog.payload_of(message).unwrap();
    assert_eq!(payload.get().as_bytes(), message);
    let cloud = Catalog::load(root().join("catalogs/accepted/envelope-object-in-data")).unwrap();
    let message = br#"{"type":"invoice.paid","data":{"object":{"id":"in_1","object":"invoice","amount_paid":1,"currency":"eur"},"previous_attributes":{}}}"#;
    assert!(matches!(cloud.decode(message), Ok(Decoded::Known { .. })));
    let payload = cloud.payload_of(message).unwrap();
    assert_eq!(
        payload.get(),
        r#"{"id":"in_1","object":"invoice","amount_paid":1,"currency":"eur"}"#
    );
    let parts = catalog.decode_parts("ping", br#"{"kind":"ping","zen":7}"#);
    let generated = events_tests::envelope_bare_payload::Event::from_parts(
        "ping",
        br#"{"kind":"ping","zen":7}"#,
    );
    let (parts, generated) = (parts.unwrap_err(), generated.unwrap_err());
    assert_eq!(
        (parts.path(), parts.message()),
        (generated.path(), generated.message())
    );
}

#[test]
fn a_version_given_apart_decodes_like_from_parts_with_version() {
    use events_tests::version_in_the_message as shop;
    let catalog = Catalog::load(root().join("catalogs/accepted/version-in-the-message")).unwrap();
    let v1 = br#"{"id":"o-1","total":12}"#;
    let cases: &[(&str, Option<&str>, &[u8])] = &[
        ("order.created", Some("1.0.0"), v1),
        ("order.created", Some("2.0.0"), v1),
        ("order.created", Some("3.0.0"), v1),
        ("order.created", None, v1),
        ("order.cancelled", None, br#"{"id":"o"}"#),
        (
            "ticket",
            Some("1.0.0"),
            br#"{"action":"closed","ticket":1}"#,
        ),
        (
            "ticket",
            Some("1.1.0"),
            br#"{"action":"closed","ticket":1}"#,
        ),
        ("no-such-event", Some("1.0.0"), br#"{"a":1}"#),
    ];
    for (name, version, payload) in cases {
        let generated = shop::Event::from_parts_with_version(name, *version, payload)
            .map(|event| {
                (
                    CatalogEvent::wire_name(&event).to_owned(),
                    event.event_name().is_some(),
                )
            })
            .map_err(|error| (error.path().to_owned(), error.message()));
        let runtime = catalog
            .decode_parts_with_version(name, *version, payload)
            .map(|decoded| match decoded {
                Decoded::Known { delivered_as, .. } => (delivered_as.to_owned(), true),
                other => (other.event_name().to_owned(), false),
            })
            .map_err(|error| (error.path().to_owned(), error.message()));
        assert_eq!(generated, runtime, "{name} {version:?}");
    }
}
