//! Every sample payload on 8x8's event pages (`tests/samples/vendor-8x8.jsonl`, extracted with
//! `events import-samples`) decodes to its typed variant, or fails for a reason of the vendor's
//! own, named here.

use events_core::Envelope;
use events_core::json::{self, Value};

const VENDOR_SAMPLES: &str = include_str!("../../samples/vendor-8x8.jsonl");

/// Samples the vendor's own schemas refuse, and why.
const VENDOR_INCONSISTENCIES: &[(&str, &str, &str)] = &[
    (
        "aw-chat-message-received-v1",
        "missing field `schemaVersion`",
        "the sample omits the schemaVersion the page's Zod requires",
    ),
    (
        "aw-interaction-focus-v2",
        "missing field `schemaVersion`",
        "the sample omits the schemaVersion the page's Zod requires",
    ),
    (
        "aw-interaction-focus-v3",
        "missing field `schemaVersion`",
        "the sample omits the schemaVersion the page's Zod requires",
    ),
    (
        "aw-interaction-wrap-up-codes-received-v1",
        "missing field `schemaVersion`",
        "the sample omits the schemaVersion the page's Zod requires",
    ),
    (
        "aw-interaction-wrap-up-codes-v1",
        "missing `schemaVersion`",
        "the sample has no schemaVersion, which the event's two versions need to tell them apart",
    ),
];

/// The `mashell-*` pages show a `{eventType, status, data}` wrapper around the payload, with
/// placeholder values (`"inbound/outbound"`, `true/false`), not the payload the SDK delivers.
const MASHELL_WRAPPED: &str = "mashell-";

#[test]
fn every_vendor_sample_decodes_or_its_inconsistency_is_named() {
    let (mut decoded, mut named) = (0, 0);
    for line in VENDOR_SAMPLES
        .lines()
        .filter(|line| !line.trim().is_empty())
    {
        let raw: Value = json::from_str(line).unwrap();
        let name = raw["message"]["eventName"].as_str().unwrap();
        match Envelope::from_json(line.as_bytes()) {
            Ok(envelope) => {
                assert_eq!(
                    envelope.message.event_name().map(|n| n.as_str()),
                    Some(name)
                );
                decoded += 1;
            }
            Err(error) => {
                let text = error.to_string();
                let documented = VENDOR_INCONSISTENCIES
                    .iter()
                    .any(|(event, message, _)| *event == name && text.contains(message))
                    || (name.starts_with(MASHELL_WRAPPED)
                        && raw["message"]["value"].get("data").is_some()
                        && text.contains("missing field"));
                assert!(documented, "{name}: {text}");
                named += 1;
            }
        }
    }
    assert_eq!((decoded, named), (31, 21));
}
