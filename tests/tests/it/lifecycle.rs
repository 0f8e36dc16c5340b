//! Schema versions, lifecycle options, `getEvents` reconciliation and sent events, on the
//! `lifecycle` fixture catalogs of `events-tests` and on the bundled catalog.

// These tests name deprecated fixture events on purpose.
#![allow(deprecated)]

use std::collections::BTreeMap;

use events_core::json::{self, Value, json};
use events_core::{Direction, Reconciliation, Status};
use events_tests::{
    lifecycle, lifecycle_in_march_2026, lifecycle_lossless, lifecycle_sunset_reject,
    lifecycle_sunset_unknown,
};

use lifecycle::{Event, EventName, agent_presence_v1 as presence};

fn event(name: &str, value: Value) -> Vec<u8> {
    json!({"eventName": name, "value": value})
        .to_string()
        .into_bytes()
}

#[test]
fn each_schema_version_has_its_type_chosen_by_schema_version() {
    let old = Event::from_json(&event(
        "agent-presence-v1",
        json!({"presence": "busy", "schemaVersion": "1.0.0"}),
    ))
    .unwrap();
    let Event::AgentPresenceV1(versioned) = &old else {
        panic!("expected agent-presence-v1: {old:?}");
    };
    let presence::Versioned::V1_0_0(payload) = &**versioned else {
        panic!("expected version 1.0.0: {old:?}");
    };
    assert_eq!(payload.presence, presence::v1_0_0::Presence::Busy);

    let new_text = event(
        "agent-presence-v1",
        json!({"presence": "offline", "note": "lunch", "schemaVersion": "1.1.0"}),
    );
    let new = Event::from_json(&new_text).unwrap();
    let Event::AgentPresenceV1(versioned) = &new else {
        panic!("expected agent-presence-v1: {new:?}");
    };
    assert_eq!(versioned.schema_version(), "1.1.0");
    // The latest version's fields, through the `Payload` alias.
    let latest: &presence::Payload = versioned.latest().unwrap();
    assert_eq!(latest.presence, presence::v1_1_0::Presence::Offline);
    assert_eq!(latest.note.as_deref(), Some("lunch"));
    let Event::AgentPresenceV1(versioned) = &old else {
        unreachable!()
    };
    assert!(versioned.latest().is_none());
    // Both round-trip.
    assert_eq!(
        json::to_vec(&new).unwrap(),
        json::to_vec(&json::from_slice::<Value>(&new_text).unwrap()).unwrap()
    );
}

#[test]
fn pre_release_schema_versions_are_versions_and_payload_is_the_latest_release() {
    use lifecycle::agent_skill_v1 as skill;
    for (version, extra) in [
        ("1.0.0-beta.3", json!({})),
        ("1.0.0", json!({})),
        ("1.1.0-rc.1", json!({"level": 5})),
    ] {
        let mut value = json!({"skill": "sales", "schemaVersion": version});
        value
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        let text = event("agent-skill-v1", value);
        let decoded = Event::from_json(&text).unwrap_or_else(|e| panic!("{version}: {e}"));
        let Event::AgentSkillV1(versioned) = &decoded else {
            panic!("expected agent-skill-v1: {decoded:?}");
        };
        assert_eq!(versioned.schema_version(), version);
        let module_matches = match &**versioned {
            skill::Versioned::V1_0_0Beta3(payload) => {
                version == "1.0.0-beta.3" && payload.skill == "sales"
            }
            skill::Versioned::V1_0_0(_) => version == "1.0.0",
            skill::Versioned::V1_1_0Rc1(payload) => {
                version == "1.1.0-rc.1" && payload.level == Some(5)
            }
            _ => false,
        };
        assert!(module_matches, "{version}: {decoded:?}");
        // The latest release, not the newer release candidate, is `Payload`.
        assert_eq!(
            versioned.latest().is_some(),
            version == "1.0.0",
            "{version}"
        );
        assert_eq!(
            json::to_vec(&decoded).unwrap(),
            json::to_vec(&json::from_slice::<Value>(&text).unwrap()).unwrap()
        );
    }
    let _: fn(skill::Payload) -> skill::v1_0_0::Payload = |payload| payload;
    let info = EventName::AgentSkillV1.info();
    assert_eq!(
        info.schema_versions,
        ["1.0.0-beta.3", "1.0.0", "1.1.0-rc.1"]
    );
    // A build suffix is another string, so another version.
    let error = Event::from_json(&event(
        "agent-skill-v1",
        json!({"skill": "sales", "schemaVersion": "1.0.0+build.7"}),
    ))
    .unwrap_err();
    assert!(error.unsupported_schema_version().is_some(), "{error}");
}

#[test]
fn an_unknown_schema_version_is_a_typed_error_that_keeps_the_payload() {
    let payload = json!({"presence": "busy", "schemaVersion": "2.0.0", "extra": [1, 2]});
    let error = Event::from_json(&event("agent-presence-v1", payload.clone())).unwrap_err();
    let unsupported = error.unsupported_schema_version().expect("typed");
    assert_eq!(unsupported.event_name, "agent-presence-v1");
    assert_eq!(unsupported.schema_version, "2.0.0");
    assert_eq!(unsupported.allowed_schema_versions, ["1.0.0", "1.1.0"]);
    assert_eq!(unsupported.payload.to_value().unwrap(), payload);
    assert!(error.to_string().contains("unsupported schema version `2.0.0` of `agent-presence-v1`; allowed schema versions: 1.0.0, 1.1.0"), "{error}");

    // A single-version event, inside an envelope of the bundled catalog.
    let data = json!({"type": "event", "schemaVersion": "1.0.0", "message": {"eventName": "aw-interaction-mute-v1",
        "value": {"interactionId": "i", "schemaVersion": "1.0.1"}}});
    let error = events_core::Envelope::from_json(data.to_string().as_bytes()).unwrap_err();
    let unsupported = error.unsupported_schema_version().expect("typed");
    assert_eq!(unsupported.allowed_schema_versions, ["1.0.0"]);
    assert_eq!(
        unsupported.payload.to_value().unwrap(),
        data["message"]["value"]
    );

    // A bad field of a known version is not a version problem.
    let error = Event::from_json(&event(
        "agent-presence-v1",
        json!({"presence": "asleep", "schemaVersion": "1.1.0"}),
    ))
    .unwrap_err();
    assert!(error.unsupported_schema_version().is_none());
    assert!(
        error
            .to_string()
            .contains("presence: unknown variant `asleep`"),
        "{error}"
    );
    let error =
        Event::from_json(&event("agent-presence-v1", json!({"presence": "busy"}))).unwrap_err();
    assert!(
        error.to_string().contains("missing `schemaVersion`"),
        "{error}"
    );
}

#[test]
fn deprecated_events_name_their_replacement() {
    assert_eq!(
        EventName::AgentStatusV1.replaced_by(),
        Some(EventName::AgentPresenceV1)
    );
    assert_eq!(EventName::AgentPresenceV1.replaced_by(), None);
    let info = EventName::AgentStatusV1.info();
    assert_eq!(
        (info.status, info.replaced_by),
        (Status::Deprecated, Some("agent-presence-v1"))
    );
    assert_eq!(info.deprecation_date.unwrap().to_string(), "2025-06-01");
}

#[test]
fn without_a_reference_date_only_the_status_column_counts() {
    assert_eq!(EventName::AgentMoodV1.info().status, Status::Active);
    assert_eq!(
        lifecycle_in_march_2026::EventName::AgentMoodV1
            .info()
            .status,
        Status::Deprecated
    );
    assert_eq!(
        lifecycle_in_march_2026::EventName::AgentPresenceV1
            .info()
            .status,
        Status::Active
    );
}

#[test]
fn sunset_events_can_be_kept_left_out_or_rejected() {
    let ping = event("legacy-ping-v1", json!({"schemaVersion": "1.0.0"}));
    // Kept (the default): decodable, for stored data.
    assert!(matches!(
        Event::from_json(&ping).unwrap(),
        Event::LegacyPingV1(_)
    ));

    // Left out: by 2026-07-01 agent-status-v1 and agent-mood-v1 are sunset too.
    let names: Vec<&str> = lifecycle_sunset_unknown::EventName::ALL
        .iter()
        .map(|n| n.as_str())
        .collect();
    assert_eq!(
        names,
        ["agent-presence-v1", "agent-skill-v1", "agent-note-v1"]
    );
    assert_eq!(lifecycle_sunset_unknown::CATALOG.len(), 3);
    let decoded = lifecycle_sunset_unknown::Event::from_json(&ping).unwrap();
    assert_eq!(decoded.name(), "legacy-ping-v1");
    assert_eq!(decoded.event_name(), None);

    // Rejected.
    let error = lifecycle_sunset_reject::Event::from_json(&ping).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("`legacy-ping-v1` was sunset on 2025-01-01 and this build rejects it"),
        "{error}"
    );
    assert!(lifecycle_sunset_reject::Event::from_json(&event("never-heard-v1", json!({}))).is_ok());
}

#[test]
fn unknown_fields_are_dropped_by_default_and_kept_on_request() {
    let text = event(
        "agent-status-v1",
        json!({"status": "away", "schemaVersion": "1.0.0", "addedLater": {"x": 1}}),
    );
    let original: Value = json::from_slice(&text).unwrap();

    let stripped = Event::from_json(&text).unwrap();
    assert_eq!(
        json::to_value(&stripped).unwrap()["value"].get("addedLater"),
        None
    );

    let kept = lifecycle_lossless::Event::from_json(&text).unwrap();
    let lifecycle_lossless::Event::AgentStatusV1(payload) = &kept else {
        panic!()
    };
    assert_eq!(
        payload.latest().unwrap().unknown_fields["addedLater"].get(),
        r#"{"x":1}"#
    );
    assert_eq!(json::to_value(&kept).unwrap(), original);

    // Errors still name the field.
    let bad = event(
        "agent-status-v1",
        json!({"status": 7, "schemaVersion": "1.0.0", "addedLater": 1}),
    );
    let error = lifecycle_lossless::Event::from_json(&bad).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("value.status: invalid type: integer `7`"),
        "{error}"
    );
}

#[test]
fn get_events_answers_are_reconciled_with_the_catalog() {
    let answer = br#"{"agent-presence-v1": ["1.0.0", "1.2.0"], "agent-status-v1": ["1.0.0"], "agent-lunch-v1": ["1.0.0"]}"#;
    let report = Reconciliation::from_json(lifecycle::CATALOG, answer).unwrap();
    assert!(!report.is_consistent());
    let presence = &report.known[0];
    assert_eq!(presence.info.name, "agent-presence-v1");
    assert_eq!(presence.shared_versions, ["1.0.0"]);
    assert_eq!(presence.unknown_versions, ["1.2.0"]);
    assert_eq!(presence.unoffered_versions, ["1.1.0"]);
    assert!(report.known[1].versions_agree());
    assert_eq!(report.unknown.len(), 1);
    assert_eq!(
        (
            report.unknown[0].name.as_str(),
            report.unknown[0].schema_versions.as_slice()
        ),
        ("agent-lunch-v1", &["1.0.0".to_owned()][..])
    );
    // Sent events are never "unavailable": getEvents lists what can be received.
    let unavailable: Vec<&str> = report.unavailable.iter().map(|info| info.name).collect();
    assert_eq!(
        unavailable,
        ["agent-skill-v1", "legacy-ping-v1", "agent-mood-v1"]
    );

    let everything: BTreeMap<String, Vec<String>> = events_core::CATALOG
        .iter()
        .filter(|info| info.direction == Direction::Received)
        .map(|info| {
            (
                info.name.to_owned(),
                info.schema_versions
                    .iter()
                    .map(|v| (*v).to_owned())
                    .collect(),
            )
        })
        .collect();
    let report = Reconciliation::new(events_core::CATALOG, &everything);
    assert!(report.is_consistent() && report.unavailable.is_empty());
    assert_eq!(report.known.len(), 57);
    assert!(Reconciliation::from_json(lifecycle::CATALOG, b"[1]").is_err());
}

#[test]
fn sent_events_have_constructors_that_fill_in_literals() {
    let note = lifecycle::agent_note_v1::Payload::new("int-7".into(), "VIP caller".into());
    assert_eq!(note.tags, None);
    let send = note.to_send_event().unwrap();
    assert_eq!(send.name, "agent-note-v1");
    assert_eq!(
        send.data,
        json!({"interactionId": "int-7", "note": "VIP caller", "schemaVersion": "1.0.0"})
    );
    assert_eq!(EventName::AgentNoteV1.info().direction, Direction::Sent);

    let message = events_core::aw_chat_message_received_v1::Payload::new(
        "int-42".into(),
        "Order shipped".into(),
    );
    let send = message.to_send_event().unwrap();
    assert_eq!(send.name, "aw-chat-message-received-v1");
    assert_eq!(
        send.data,
        json!({"interactionId": "int-42", "message": "Order shipped", "schemaVersion": "1.0.0"})
    );
    assert_eq!(
        json::to_value(&send).unwrap(),
        json!({"name": "aw-chat-message-received-v1", "data": send.data})
    );
}
