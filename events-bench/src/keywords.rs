//! The constraint-heavy stream: the `keywords` test catalog, whose schemas use every keyword
//! the engine supports (formats, patterns, bounds, `if`/`then`, `contains`, `unevaluated*`,
//! `$ref`s to shared schemas), and 64 valid messages of its 17 events
//! (`data/keywords.jsonl`, held valid by both decoders by a test in `events-tests`). On it,
//! validation does most of a decode's work, where on the bundled stream parsing does.

use std::hint::black_box;

use events_core::json::{self, Value};
use serde::de::IgnoredAny;

use crate::decoders::{Validators, build_validators};

/// The keywords test catalog, generated.
pub mod catalog {
    #![allow(missing_docs)]
    events_core::include_catalog!("../tests/catalogs/keywords");
}

const FOLDER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/catalogs/keywords");

const STREAM: &str = include_str!("../data/keywords.jsonl");

/// The stream's messages, each an SDK `onMessage` data object.
pub fn stream() -> Vec<&'static [u8]> {
    STREAM
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(str::as_bytes)
        .collect()
}

fn runtime_catalog() -> Option<&'static events_core::runtime::Catalog> {
    static LOADED: std::sync::OnceLock<Option<events_core::runtime::Catalog>> =
        std::sync::OnceLock::new();
    LOADED
        .get_or_init(|| events_core::runtime::Catalog::load(FOLDER).ok())
        .as_ref()
}

fn validators() -> &'static Validators {
    static BUILT: std::sync::OnceLock<Validators> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| match runtime_catalog() {
        Some(catalog) => build_validators(FOLDER, catalog),
        None => Validators::new(),
    })
}

/// Parses each message without looking at it: the cost every decoder pays, and the floor.
pub fn decode_parse_only(stream: &[&[u8]]) -> usize {
    stream
        .iter()
        .filter(|line| json::from_slice::<IgnoredAny>(line).is_ok())
        .count()
}

/// Decodes each message with the generated `Envelope::from_json`.
pub fn decode_generated(stream: &[&[u8]]) -> usize {
    stream
        .iter()
        .filter(|line| catalog::Envelope::from_json(line).map(black_box).is_ok())
        .count()
}

/// Decodes each message with the run-time decoder.
pub fn decode_runtime(stream: &[&[u8]]) -> usize {
    let Some(catalog) = runtime_catalog() else {
        return 0;
    };
    stream
        .iter()
        .filter(|line| catalog.decode(line).map(black_box).is_ok())
        .count()
}

/// The payload of a message as a `Value`, with its event's validator.
fn validated(line: &[u8]) -> Option<(Value, bool)> {
    let mut value = json::from_slice::<Value>(line).ok()?;
    let message = &mut value["message"];
    let name = message["eventName"].as_str()?.to_owned();
    let validator = validators().get(&(name, "1.0.0".to_owned()))?;
    let valid = validator.is_valid(&message["value"]);
    Some((message.take(), valid))
}

/// Validates each message's payload with the `jsonschema` crate, after parsing it to a `Value`
/// (a lower bound on that contender: the deserialization that follows is left out).
pub fn decode_validate_with_jsonschema(stream: &[&[u8]]) -> usize {
    stream
        .iter()
        .filter(|line| validated(line).is_some_and(|(_, valid)| valid))
        .count()
}

/// Validates, then deserializes the `Value` into the generated `Event` (its payload types stand
/// in for plain serde structs, and check their keywords again: an upper bound on that step).
pub fn decode_validate_then_deserialize(stream: &[&[u8]]) -> usize {
    stream
        .iter()
        .filter(|line| {
            validated(line).is_some_and(|(message, valid)| {
                valid && json::from_value::<catalog::Event>(message).is_ok()
            })
        })
        .count()
}
