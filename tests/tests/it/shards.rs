//! A catalog split over shards (`shard = "K/N"`) and composed again (`shards = "path_{}/N"`)
//! decodes exactly as the whole catalog does: the same verdict, the same value, the same error
//! message, for every sample and thousands of mutated ones. Two differences are documented,
//! both from keeping the payload's text before decoding it: an error inside a payload is placed
//! (line and column) where the payload ends, and a payload that is not JSON at all is refused
//! while its text is kept, with the syntax error at `message.value`, where the whole catalog may
//! first meet a type error before the syntax error.

use events_core::json;
use events_tests::bundled_in_shards as composed;

use crate::catalog_fuzz::{Rng, mutate_a_few};

const SAMPLES: &str = include_str!("../../samples/bundled.jsonl");

fn samples() -> impl Iterator<Item = &'static str> {
    SAMPLES.lines().filter(|line| !line.trim().is_empty())
}

/// A decoding error as the tests compare it.
#[derive(Debug, PartialEq)]
struct Refusal {
    path: String,
    message: String,
    line: usize,
    column: usize,
    syntax: bool,
}

impl From<events_core::DecodeError> for Refusal {
    fn from(error: events_core::DecodeError) -> Self {
        let message = error.message();
        let message = match message.rsplit_once(" at line ") {
            Some((text, _)) => text.to_owned(),
            None => message,
        };
        Refusal {
            path: error.path().to_owned(),
            message,
            line: error.line(),
            column: error.column(),
            syntax: error.is_syntax(),
        }
    }
}

/// The outcome of decoding `text`: the JSON it encodes back to, or the error.
fn whole(text: &str) -> Result<String, Refusal> {
    events_core::Envelope::from_json(text.as_bytes())
        .map(|envelope| json::to_string(&envelope).unwrap())
        .map_err(Refusal::from)
}

fn sharded(text: &str) -> Result<String, Refusal> {
    composed::Envelope::from_json(text.as_bytes())
        .map(|envelope| json::to_string(&envelope).unwrap())
        .map_err(Refusal::from)
}

/// The same outcome, except for the two documented differences; `true` when it decoded.
fn assert_same_outcome(text: &str) -> bool {
    match (sharded(text), whole(text)) {
        (Err(mut sharded), Err(whole)) => {
            if whole.path.starts_with("message.value") {
                assert!(
                    (sharded.line, sharded.column) >= (whole.line, whole.column),
                    "{text}: {sharded:?} is placed before {whole:?}"
                );
                if sharded.syntax && sharded.path == "message.value" {
                    return false;
                }
                (sharded.line, sharded.column) = (whole.line, whole.column);
            }
            assert_eq!(sharded, whole, "{text}");
            false
        }
        (sharded, whole) => {
            assert_eq!(sharded, whole, "{text}");
            whole.is_ok()
        }
    }
}

#[test]
fn every_shard_holds_some_events_and_the_composed_crate_names_them_all() {
    assert_eq!(
        composed::EventName::ALL.len(),
        events_core::EventName::ALL.len()
    );
    assert_eq!(composed::CATALOG, events_core::CATALOG);
    // Each shard's modules are re-exported under the composing crate, as in a whole catalog.
    let _: Option<composed::aw_interaction_mute_v1::Payload> = None;
    let mut per_shard = [0usize; 3];
    for line in samples() {
        let event = composed::Envelope::from_json(line.as_bytes())
            .unwrap()
            .message;
        let name = event.name().to_owned();
        per_shard[(events_core::__private::name_hash(&name) % 3) as usize] += 1;
        assert_eq!(Some(name.as_str()), event.event_name().map(|n| n.as_str()));
    }
    assert!(per_shard.iter().all(|&n| n >= 5), "{per_shard:?}");
}

#[test]
fn a_composed_catalog_decodes_exactly_as_the_whole_one() {
    let mut rng = Rng(0x005b_a4d5);
    let (mut decoded, mut refused) = (0, 0);
    for line in samples() {
        let mut value: json::Value = json::from_str(line).unwrap();
        let message = value["message"].as_object_mut().unwrap();
        let payload = message.remove("value").unwrap();
        let name = message.remove("eventName").unwrap();
        message.insert("value".into(), payload);
        message.insert("eventName".into(), name);
        let value_first = value.to_string();
        for text in [line.to_owned(), value_first] {
            assert!(assert_same_outcome(&text), "{text}");
            for _ in 0..60 {
                let mutated = mutate_a_few(&mut rng, &text);
                if assert_same_outcome(&mutated) {
                    decoded += 1;
                } else {
                    refused += 1;
                }
            }
        }
    }
    assert!(
        decoded > 100 && refused > 100,
        "{decoded} decoded, {refused} refused"
    );
}
