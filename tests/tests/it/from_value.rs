//! `Envelope::from_value`, the decoder for data that arrives as a JSON tree rather than text
//! (a JavaScript object read by `serde_wasm_bindgen` in `events-web`), gives what `from_json`
//! gives for the same data written as JSON: the same event, the same verdict, the same error
//! path and message (without a line and column, which a tree does not have).

use events_core::{Envelope, json};

use crate::catalog_fuzz::{Rng, mutate_a_few};

const SAMPLES: &str = include_str!("../../samples/bundled.jsonl");

/// What the tests compare: the re-encoded event, or the error's path and message.
fn outcome(result: Result<Envelope, events_core::DecodeError>) -> Result<String, (String, String)> {
    result
        .map(|envelope| json::to_string(&envelope).unwrap())
        .map_err(|error| {
            let message = error.message();
            let message = match message.rsplit_once(" at line ") {
                Some((text, _)) => text.to_owned(),
                None => message,
            };
            (error.path().to_owned(), message)
        })
}

/// Compares both decoders on `value`, unsupported schema versions included; `true` when it
/// decoded.
fn assert_same_as_text(value: &json::Value) -> bool {
    let text = value.to_string();
    let (from_value, from_json) = (
        Envelope::from_value(value),
        Envelope::from_json(text.as_bytes()),
    );
    let unsupported = |result: &Result<Envelope, events_core::DecodeError>| {
        result
            .as_ref()
            .err()
            .and_then(|error| error.unsupported_schema_version().cloned())
    };
    assert_eq!(unsupported(&from_value), unsupported(&from_json), "{text}");
    let (from_value, from_json) = (outcome(from_value), outcome(from_json));
    assert_eq!(from_value, from_json, "{text}");
    from_value.is_ok()
}

#[test]
fn a_json_tree_decodes_as_its_text_does() {
    let mut rng = Rng(0x7ee5_a1ce);
    let (mut decoded, mut refused) = (0, 0);
    for line in SAMPLES.lines().filter(|line| !line.trim().is_empty()) {
        let value: json::Value = json::from_str(line).unwrap();
        assert!(assert_same_as_text(&value), "{line}");
        for _ in 0..60 {
            let mutated = mutate_a_few(&mut rng, line);
            // A JavaScript object is always JSON data; mutations that are not JSON are no case.
            let Ok(value) = json::from_str::<json::Value>(&mutated) else {
                continue;
            };
            if assert_same_as_text(&value) {
                decoded += 1;
            } else {
                refused += 1;
            }
        }
    }
    assert!(
        decoded > 100 && refused > 100,
        "{decoded} decoded, {refused} refused"
    );
}
