//! The decoder accepts exactly what the schemas accept, whatever the key order, and loses
//! nothing of what it keeps: `null` only where allowed, objects only from objects, unknown
//! payloads byte for byte, numbers as written.

use events_core::json::{self, Value, json};
use events_core::{Envelope, Event, RawJson};

const SAMPLES: &str = include_str!("../../samples/bundled.jsonl");

fn samples() -> impl Iterator<Item = &'static str> {
    SAMPLES.lines().filter(|line| !line.trim().is_empty())
}

fn chat_init_sample() -> Value {
    let line = samples()
        .find(|line| line.contains("\"aw-chat-init-v1\""))
        .expect("a chat init sample");
    json::from_str(line).unwrap()
}

fn error_of(data: &Value) -> String {
    Envelope::from_json(data.to_string().as_bytes())
        .expect_err("the input is invalid")
        .to_string()
}

#[test]
fn null_is_refused_for_an_optional_field_that_is_not_nullable() {
    let mut data = chat_init_sample();
    let attachment = &mut data["message"]["value"]["messages"][0]["attachments"][0];
    attachment["thumbnailUrl"] = Value::Null;
    let error = error_of(&data);
    assert!(
        error.starts_with("message.value.messages[0].attachments[0].thumbnailUrl: invalid type: null, expected a string"),
        "{error}"
    );
    // Absent stays fine, and `null` stays fine where the schema allows it (`meta`).
    let mut data = chat_init_sample();
    let attachment = &mut data["message"]["value"]["messages"][0]["attachments"][0];
    attachment.as_object_mut().unwrap().remove("thumbnailUrl");
    attachment["meta"] = Value::Null;
    Envelope::from_json(data.to_string().as_bytes()).unwrap();
}

#[test]
fn objects_decode_only_from_json_objects() {
    let whole_as_arrays =
        r#"["event","1.0.0",{"eventName":"aw-interaction-mute-v1","value":["int-42","1.0.0"]}]"#;
    let error = Envelope::from_json(whole_as_arrays.as_bytes()).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("invalid type: sequence, expected an SDK message object"),
        "{error}"
    );
    let message_as_array = json!({"type": "event", "schemaVersion": "1.0.0",
        "message": ["aw-interaction-mute-v1", {"interactionId": "int-42", "schemaVersion": "1.0.0"}]});
    let error = error_of(&message_as_array);
    assert!(
        error.starts_with("message: invalid type: sequence"),
        "{error}"
    );
    let payload_as_array = json!({"type": "event", "schemaVersion": "1.0.0",
        "message": {"eventName": "aw-interaction-mute-v1", "value": ["int-42", "1.0.0"]}});
    let error = error_of(&payload_as_array);
    assert!(
        error.starts_with("message.value: invalid type: sequence, expected the `aw-interaction-mute-v1` payload object"),
        "{error}"
    );
    let nested_as_array = {
        let mut data = chat_init_sample();
        data["message"]["value"]["messages"][0]["author"] = json!(["jo@example.com", "cust-9"]);
        data
    };
    let error = error_of(&nested_as_array);
    assert!(
        error.starts_with("message.value.messages[0].author: invalid type: sequence"),
        "{error}"
    );
    // The SDK's `type` is the string `event`, not an externally tagged enum object.
    let kind_as_object = json!({"type": {"event": null}, "schemaVersion": "1.0.0",
        "message": {"eventName": "aw-interaction-mute-v1", "value": {"interactionId": "i", "schemaVersion": "1.0.0"}}});
    assert!(error_of(&kind_as_object).starts_with("type: invalid type: map"));
}

#[test]
fn unknown_events_keep_their_payload_byte_for_byte() {
    let value = r#"{"big":123456789012345678901234567890,"dup":1,"dup":2,"n":36e2,"s":"\u00e9"}"#;
    for message in [
        format!(r#"{{"eventName":"not-in-catalog-v1","value":{value}}}"#),
        format!(r#"{{"value":{value},"eventName":"not-in-catalog-v1"}}"#),
    ] {
        let event = Event::from_json(message.as_bytes()).unwrap();
        let Event::Unknown { value: kept, .. } = &event else {
            panic!("expected Unknown, got {event:?}");
        };
        assert_eq!(kept.get(), value);
        assert_eq!(
            json::to_string(&event).unwrap(),
            format!(r#"{{"eventName":"not-in-catalog-v1","value":{value}}}"#)
        );
    }
}

/// The same message with `value` before `eventName`.
fn value_first(line: &str) -> Option<String> {
    let data: Value = json::from_str(line).ok()?;
    let message = data.get("message")?;
    let name = message.get("eventName")?;
    let value = message.get("value")?;
    Some(format!(
        r#"{{"type":"event","schemaVersion":"1.0.0","message":{{"value":{value},"eventName":{name}}}}}"#
    ))
}

#[test]
fn every_sample_decodes_the_same_in_either_key_order() {
    for line in samples() {
        let reordered = value_first(line).unwrap();
        let first = Envelope::from_json(line.as_bytes()).unwrap();
        let second = Envelope::from_json(reordered.as_bytes())
            .unwrap_or_else(|error| panic!("{reordered}: {error}"));
        assert_eq!(first, second, "{line}");
    }
}

#[test]
fn bad_payloads_get_the_same_verdict_in_either_key_order() {
    let payloads = [
        // A duplicate key, a lone surrogate and an infinite number, each in an unknown field.
        r#"{"interactionId":"i","interactionId":"j","schemaVersion":"1.0.0"}"#,
        r#"{"interactionId":"i","schemaVersion":"1.0.0","note":"\ud800"}"#,
        r#"{"interactionId":"i","schemaVersion":"1.0.0","size":1e999}"#,
        r#"{"interactionId":"i","schemaVersion":"1.0.0","size":[1,{"a":1,"a":2}]}"#,
        r#"{"interactionId":null,"schemaVersion":"1.0.0"}"#,
    ];
    for payload in payloads {
        let name_first = format!(r#"{{"eventName":"aw-interaction-mute-v1","value":{payload}}}"#);
        let value_first = format!(r#"{{"value":{payload},"eventName":"aw-interaction-mute-v1"}}"#);
        let verdict = |text: &str| {
            Event::from_json(text.as_bytes())
                .map(|event| json::to_string(&event).unwrap())
                .map_err(|error| {
                    let message = error.message();
                    let message = message
                        .split(" at line ")
                        .next()
                        .unwrap_or_default()
                        .to_owned();
                    (error.path().to_owned(), message)
                })
        };
        assert_eq!(verdict(&name_first), verdict(&value_first), "{payload}");
    }
}

#[test]
fn decoding_what_was_encoded_gives_the_same_value_and_bytes() {
    for line in samples() {
        let first = Envelope::from_json(line.as_bytes()).unwrap();
        let encoded = json::to_string(&first).unwrap();
        let second = Envelope::from_json(encoded.as_bytes()).unwrap();
        assert_eq!(first, second);
        assert_eq!(json::to_string(&second).unwrap(), encoded);
    }
}

#[test]
fn numbers_keep_the_text_they_were_written_with() {
    let mut data = chat_init_sample();
    let text = data.to_string().replace("48213", "482.13e2");
    let envelope = Envelope::from_json(text.as_bytes()).unwrap();
    assert!(
        json::to_string(&envelope)
            .unwrap()
            .contains("\"size\":482.13e2")
    );
    let number: events_core::Number = "482.13e2".parse().unwrap();
    assert_eq!(number, "48213".parse().unwrap());
    data["message"]["value"]["messages"][0]["attachments"][0]["size"] = json!("48213");
    assert!(error_of(&data).contains("invalid type: a string, expected a number"));
    let kept = RawJson::from_string("18446744073709551616".to_owned()).unwrap();
    assert_eq!(json::to_string(&kept).unwrap(), "18446744073709551616");
}

/// Each message either fails with a `DecodeError` or decodes to an event that encodes and
/// decodes again to itself, byte for byte; thousands of mutated samples, no panic.
#[test]
fn mutated_messages_fail_cleanly_or_round_trip() {
    use crate::catalog_fuzz::{Rng, mutate_a_few};
    let mut rng = Rng(0x00de_c0de);
    let (mut decoded, mut refused) = (0, 0);
    for line in samples() {
        for _ in 0..150 {
            let text = mutate_a_few(&mut rng, line);
            match Envelope::from_json(text.as_bytes()) {
                Err(error) => {
                    refused += 1;
                    assert!(!error.path().is_empty(), "{text}");
                }
                Ok(envelope) => {
                    decoded += 1;
                    let encoded = json::to_string(&envelope).unwrap();
                    let again = Envelope::from_json(encoded.as_bytes())
                        .unwrap_or_else(|error| panic!("{text}\n→ {encoded}\n: {error}"));
                    assert_eq!(again, envelope, "{text}");
                    assert_eq!(json::to_string(&again).unwrap(), encoded, "{text}");
                }
            }
        }
    }
    assert!(
        decoded > 100 && refused > 100,
        "{decoded} decoded, {refused} refused"
    );
}
