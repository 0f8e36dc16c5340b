//! Decoding and encoding the bundled catalog's events: every event, unknown events, bad input.

use std::collections::BTreeSet;

use events_core::json::{self, Value, json};
use events_core::{
    DecodeError, Envelope, Event, EventName, aw_chat_init_v1,
    mashell_voice_phone_terminated_cc_event_v1 as phone_terminated,
};

const SAMPLES: &str = include_str!("../../samples/bundled.jsonl");

fn samples() -> impl Iterator<Item = &'static str> {
    SAMPLES.lines().filter(|line| !line.trim().is_empty())
}

fn decode_error(json: &Value) -> DecodeError {
    Envelope::from_json(json.to_string().as_bytes()).expect_err("the input is invalid")
}

#[test]
fn every_bundled_event_has_a_sample_that_decodes_to_its_variant() {
    let mut seen = BTreeSet::new();
    for line in samples() {
        let raw: Value = json::from_str(line).unwrap();
        let wire_name = raw["message"]["eventName"].as_str().unwrap();
        let envelope = Envelope::from_json(line.as_bytes())
            .unwrap_or_else(|error| panic!("{wire_name}: {error}"));
        let name = envelope.message.event_name().expect("a known event");
        assert_eq!(name.as_str(), wire_name);
        assert_eq!(envelope.message.name(), wire_name);
        seen.insert(name);
    }
    let all: BTreeSet<EventName> = EventName::ALL.iter().copied().collect();
    let missing: Vec<_> = all.difference(&seen).map(|name| name.as_str()).collect();
    assert!(missing.is_empty(), "no sample for {missing:?}");
}

#[test]
fn every_sample_round_trips_to_the_same_json_value() {
    for line in samples() {
        let raw: Value = json::from_str(line).unwrap();
        let envelope = Envelope::from_json(line.as_bytes()).unwrap();
        let encoded = json::to_value(&envelope).unwrap();
        assert_eq!(encoded, raw, "{}", envelope.message.name());
    }
}

#[test]
fn payload_fields_are_typed() {
    let line = samples()
        .find(|l| l.contains("mashell-voice-phone-terminated-cc-event-v1"))
        .unwrap();
    let Event::MashellVoicePhoneTerminatedCcEventV1(payload) =
        Envelope::from_json(line.as_bytes()).unwrap().message
    else {
        panic!("wrong variant");
    };
    let payload = payload.latest().expect("the latest schema version");
    assert_eq!(
        payload.direction,
        phone_terminated::v1_0_0::Direction::Inbound
    );
    assert_eq!(payload.additional_data.disposition_code, "RESOLVED");
    assert_eq!(payload.additional_data.notes, None);
    assert_eq!(payload.call_recording, None);
    assert!(!payload.has_recording);
    assert_eq!(payload.media.as_str(), "phone");
    assert_eq!(payload.schema_version.as_str(), "1.0.0");
}

#[test]
fn unions_nullables_and_maps_keep_their_shape() {
    let line = samples().find(|l| l.contains("aw-chat-init-v1")).unwrap();
    let Event::AwChatInitV1(payload) = Envelope::from_json(line.as_bytes()).unwrap().message else {
        panic!("wrong variant");
    };
    let payload = payload.latest().expect("the latest schema version");
    let [first, second] = payload.messages.as_slice() else {
        panic!("two messages expected");
    };
    assert_eq!(
        first.raw_message,
        aw_chat_init_v1::v1_0_0::MessageRawMessage::String("Hello, my invoice is wrong".into())
    );
    // Present and null is not the same as absent.
    assert_eq!(first.translated_message, Some(None));
    assert_eq!(second.translated_message, Some(Some("Hello".into())));
    let attachments = first.attachments.as_ref().unwrap();
    assert_eq!(attachments[0].meta, Some(None));
    assert_eq!(
        attachments[1]
            .meta
            .as_ref()
            .unwrap()
            .as_ref()
            .unwrap()
            .thumbnail_width
            .as_u64(),
        Some(160)
    );
    assert_eq!(
        attachments[1].r#type,
        aw_chat_init_v1::v1_0_0::AttachmentType::Image
    );
    let aw_chat_init_v1::v1_0_0::MessageRawMessage::Map(parts) = &second.raw_message else {
        panic!("a map expected");
    };
    assert_eq!(parts["lang"], "es");
    // Integer and float numbers are kept as written.
    assert_eq!(
        second.last_updated_timestamp.as_ref().unwrap().as_f64(),
        1743000005000.5
    );
    assert_eq!(first.timestamp.as_u64(), Some(1743000000123));
}

#[test]
fn unknown_events_are_kept_with_their_raw_payload() {
    let raw = json!({"type": "event", "schemaVersion": "1.0.0", "message": {
        "eventName": "aw-interaction-transfer-v2",
        "value": {"interactionId": "int-1", "nested": [1, 2.5, {"deep": null}], "big": 18446744073709551615u64}}});
    let envelope = Envelope::from_json(raw.to_string().as_bytes()).unwrap();
    let Event::Unknown { event_name, value } = &envelope.message else {
        panic!("expected Unknown, got {:?}", envelope.message);
    };
    assert_eq!(event_name, "aw-interaction-transfer-v2");
    assert_eq!(
        value.to_value().unwrap()["nested"][2],
        json!({"deep": null})
    );
    assert_eq!(envelope.message.event_name(), None);
    assert_eq!(json::to_value(&envelope).unwrap(), raw);
}

#[test]
fn keys_may_come_in_any_order() {
    let text = r#"{"value":{"schemaVersion":"1.0.0","interactionId":"int-9"},"eventName":"aw-interaction-hold-v1"}"#;
    let event = Event::from_json(text.as_bytes()).unwrap();
    let Event::AwInteractionHoldV1(hold) = &event else {
        panic!("wrong variant: {event:?}");
    };
    assert_eq!(hold.latest().unwrap().interaction_id, "int-9");
    let unknown = r#"{"value":[1,2],"eventName":"not-in-catalog-v1","extra":true}"#;
    let event = Event::from_json(unknown.as_bytes()).unwrap();
    assert_eq!(
        event,
        Event::Unknown {
            event_name: "not-in-catalog-v1".into(),
            value: events_core::RawJson::from_string("[1,2]".to_owned()).unwrap()
        }
    );
}

#[test]
fn a_bad_enum_value_names_its_path() {
    let mut raw: Value = json::from_str(
        samples()
            .find(|l| l.contains("voice-phone-offered-cc"))
            .unwrap(),
    )
    .unwrap();
    raw["message"]["value"]["direction"] = json!("sideways");
    let error = decode_error(&raw);
    assert_eq!(error.path(), "message.value.direction");
    let text = error.to_string();
    assert!(
        text.starts_with(
            "message.value.direction: unknown variant `sideways`, expected `inbound` or `outbound`"
        ),
        "{text}"
    );

    let message = raw["message"].to_string();
    let error = Event::from_json(message.as_bytes()).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("value.direction: unknown variant `sideways`"),
        "{error}"
    );
}

#[test]
fn a_bad_payload_before_its_name_still_names_the_path() {
    let text = r#"{"value":{"schemaVersion":"1.0.0","interactionId":7},"eventName":"aw-interaction-mute-v1"}"#;
    let error = Event::from_json(text.as_bytes()).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("value.interactionId: invalid type: integer `7`, expected a string"),
        "{error}"
    );
}

#[test]
fn missing_and_mistyped_fields_name_their_paths() {
    let wrap_up = samples().find(|l| l.contains("wrap-up-codes")).unwrap();
    let mut raw: Value = json::from_str(wrap_up).unwrap();
    raw["message"]["value"]["wrapUpCodes"][0]["items"][1]["callBackTime"] = json!("soon");
    let error = decode_error(&raw);
    assert_eq!(
        error.path(),
        "message.value.wrapUpCodes[0].items[1].callBackTime"
    );

    let mut raw: Value = json::from_str(wrap_up).unwrap();
    raw["message"]["value"]
        .as_object_mut()
        .unwrap()
        .remove("interactionId");
    let error = decode_error(&raw);
    assert_eq!(error.path(), "message.value");
    assert!(
        error.to_string().contains("missing field `interactionId`"),
        "{error}"
    );

    let mut raw: Value = json::from_str(wrap_up).unwrap();
    raw["message"]["value"]["schemaVersion"] = json!("2.0.0");
    let error = decode_error(&raw);
    // wrap-up-codes has two schema versions: the version is read before the payload is typed.
    assert_eq!(error.path(), "message.value");
    assert!(
        error
            .to_string()
            .contains("unsupported schema version `2.0.0` of `aw-interaction-wrap-up-codes-v1`"),
        "{error}"
    );
    assert!(error.unsupported_schema_version().is_some());
}

#[test]
fn literals_are_checked() {
    let mut raw: Value = json::from_str(
        samples()
            .find(|l| l.contains("voicemail-completed"))
            .unwrap(),
    )
    .unwrap();
    raw["message"]["value"]["media"] = json!("phone");
    assert_eq!(decode_error(&raw).path(), "message.value.media");
}

#[test]
fn unknown_payload_fields_do_not_fail_decoding() {
    let text = r#"{"eventName":"aw-interaction-hold-v1","value":{"interactionId":"i","schemaVersion":"1.0.0","addedLater":{"x":1}}}"#;
    assert!(matches!(
        Event::from_json(text.as_bytes()).unwrap(),
        Event::AwInteractionHoldV1(_)
    ));
}

#[test]
fn bad_envelopes_and_non_json_are_errors_not_panics() {
    let hold = json!({"eventName": "aw-interaction-hold-v1", "value": {"interactionId": "i", "schemaVersion": "1.0.0"}});
    let error =
        decode_error(&json!({"type": "response", "schemaVersion": "1.0.0", "message": hold}));
    assert_eq!(error.path(), "type");
    let error = decode_error(&json!({"type": "event", "message": hold}));
    assert!(
        error.to_string().contains("missing field `schemaVersion`"),
        "{error}"
    );
    let error =
        decode_error(&json!({"type": "event", "schemaVersion": "1.0.0", "message": {"value": {}}}));
    assert!(
        error.to_string().contains("missing field `eventName`"),
        "{error}"
    );
    let error = decode_error(
        &json!({"type": "event", "schemaVersion": "1.0.0", "message": {"eventName": "x-v1"}}),
    );
    assert!(
        error.to_string().contains("missing field `value`"),
        "{error}"
    );
    for garbage in [
        &b"not json"[..],
        b"",
        b"{\"type\":",
        b"[1,2]",
        b"{\"type\":\"event\"} trailing",
        b"\xff\xfe",
    ] {
        let error = Envelope::from_json(garbage).unwrap_err();
        assert!(!error.to_string().is_empty());
    }
    assert!(Envelope::from_json(b"{").unwrap_err().is_syntax());
    let deep = "[".repeat(100_000);
    assert!(Envelope::from_json(deep.as_bytes()).is_err());
}

#[test]
fn duplicate_keys_are_rejected() {
    let text =
        r#"{"eventName":"aw-interaction-mute-v1","eventName":"aw-interaction-hold-v1","value":{}}"#;
    let error = Event::from_json(text.as_bytes()).unwrap_err();
    assert!(
        error.to_string().contains("duplicate field `eventName`"),
        "{error}"
    );
}
