//! `EventName` and the version table of the bundled catalog.

use events_core::{CATALOG, Date, Direction, EventInfo, EventName, Status, UnknownEventName};

const SEED: &str = include_str!("../../data/vendor-events-table.md");

#[test]
fn names_convert_both_ways() {
    let name: EventName = "aw-interaction-mute-v1".parse().unwrap();
    assert_eq!(name, EventName::AwInteractionMuteV1);
    assert_eq!(name.to_string(), "aw-interaction-mute-v1");
    assert_eq!(
        events_core::json::to_string(&name).unwrap(),
        "\"aw-interaction-mute-v1\""
    );
    let back: EventName =
        events_core::json::from_str("\"mashell-voice-phone-offered-cc-event-v1\"").unwrap();
    assert_eq!(back, EventName::MashellVoicePhoneOfferedCcEventV1);
    let error: UnknownEventName = "aw-interaction-mute-v2".parse::<EventName>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "unknown event name `aw-interaction-mute-v2`"
    );
    assert!(events_core::json::from_str::<EventName>("\"nope\"").is_err());
    for name in EventName::ALL {
        assert_eq!(name.as_str().parse::<EventName>(), Ok(*name));
    }
}

#[test]
fn the_version_table_matches_the_seed_table() {
    assert_eq!(EventName::ALL.len(), CATALOG.len());
    for (info, name) in CATALOG.iter().zip(EventName::ALL) {
        assert_eq!(name.info(), info);
        assert!(!info.description.is_empty());
    }
    // The bundled catalog is 8x8's current one (59 events, 2 sent); the seed table is an older
    // revision of its received events, and every seed row is still in it, unchanged but for
    // what 8x8 changed since: focus-v1 is deprecated, wrap-up-codes has version 1.0.1 too.
    let received = CATALOG
        .iter()
        .filter(|info| info.direction == Direction::Received)
        .count();
    assert_eq!((CATALOG.len(), received), (59, 57));
    let rows: Vec<Vec<&str>> = SEED
        .lines()
        .filter(|line| line.starts_with("| ") && line.contains("-v1 "))
        .map(|line| line.trim_matches('|').split('|').map(str::trim).collect())
        .collect();
    assert_eq!(rows.len(), 31);
    for row in &rows {
        let info = CATALOG
            .iter()
            .find(|info| info.name == row[0])
            .unwrap_or_else(|| panic!("{} is bundled", row[0]));
        assert_eq!(info.direction, Direction::Received);
        assert_eq!(seed_date(row[3]), Some(info.active_date), "{}", info.name);
        match info.name {
            "aw-interaction-focus-v1" => {
                assert_eq!(
                    (info.status.as_str(), info.replaced_by),
                    ("deprecated", Some("aw-interaction-focus-v2"))
                );
                assert_eq!(
                    info.deprecation_date.map(|d| d.to_string()).as_deref(),
                    Some("2025-09-08")
                );
            }
            "aw-interaction-wrap-up-codes-v1" => {
                assert_eq!(info.schema_versions, ["1.0.0", "1.0.1"]);
            }
            _ => {
                assert_eq!(info.schema_versions.join(", "), row[1]);
                assert_eq!(info.status.as_str(), row[2]);
                assert_eq!((row[4], info.deprecation_date), ("-", None));
                assert_eq!((row[5], info.sunset_date), ("-", None));
            }
        }
    }
}

/// `26 March 2025` as a [`Date`], comparing through its ISO form.
fn seed_date(text: &str) -> Option<Date> {
    let [day, month, year] = text.split(' ').collect::<Vec<_>>()[..] else {
        return None;
    };
    let month = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    .iter()
    .position(|m| *m == month)?
        + 1;
    let iso = format!("{year}-{month:02}-{:02}", day.parse::<u8>().ok()?);
    CATALOG
        .iter()
        .map(|info| info.active_date)
        .find(|date| date.to_string() == iso)
}

#[test]
fn the_table_is_usable_in_const_context() {
    const FIRST: &EventInfo = &CATALOG[0];
    const MUTE: &EventInfo = EventName::AwInteractionMuteV1.info();
    const YEAR: u16 = FIRST.active_date.year();
    assert_eq!(FIRST.name, "global-user-details-v1");
    assert_eq!(MUTE.status, Status::Active);
    assert_eq!(YEAR, 2025);
    assert_eq!(MUTE.active_date.to_string(), "2025-03-26");
}

#[test]
fn vendor_names_are_wire_names_and_rust_names_are_derived_or_given() {
    use events_tests::vendor_event_names::{Event, EventName};
    let cases = [
        ("pull_request.opened", EventName::PullRequestOpened),
        (
            "com.example.order.created",
            EventName::ComExampleOrderCreated,
        ),
        ("Microsoft.Storage.BlobCreated", EventName::BlobCreated),
        ("+1", EventName::Plus1),
    ];
    for (wire, name) in cases {
        assert_eq!(wire.parse::<EventName>(), Ok(name));
        assert_eq!(name.as_str(), wire);
        let message = format!(r#"{{"eventName":"{wire}","value":{{"id":"a"}}}}"#);
        let event = Event::from_json(message.as_bytes()).unwrap();
        assert_eq!(event.name(), wire);
    }
    let blob = r#"{"eventName":"Microsoft.Storage.BlobCreated","value":{}}"#;
    let error = Event::from_json(blob.as_bytes()).unwrap_err();
    assert_eq!(error.path(), "value");
    assert!(
        events_core::json::to_string(&EventName::BlobCreated)
            .is_ok_and(|text| text == "\"Microsoft.Storage.BlobCreated\"")
    );
}

#[test]
fn a_name_from_out_of_band_decodes_the_payload_alone() {
    use events_tests::vendor_event_names::{Event, EventName};
    let event = Event::from_parts("pull_request.opened", br#"{"id": "a"}"#).unwrap();
    assert_eq!(event.event_name(), Some(EventName::PullRequestOpened));
    // Paths start at the payload's root, as the payload is on the wire.
    let error = Event::from_parts("pull_request.opened", br#"{"id": 7}"#).unwrap_err();
    assert_eq!(error.path(), "id");
    let error = Event::from_parts("pull_request.opened", b"{}").unwrap_err();
    assert!(error.to_string().contains("missing field `id`"), "{error}");
    let error = Event::from_parts("pull_request.opened", br#"{"id": "a"} x"#).unwrap_err();
    assert!(error.to_string().contains("trailing"), "{error}");
    let Event::Unknown { event_name, value } =
        Event::from_parts("issue.closed", br#"{"number": 1}"#).unwrap()
    else {
        panic!("a name the catalog does not have is unknown");
    };
    assert_eq!(
        (event_name.as_str(), value.get()),
        ("issue.closed", r#"{"number": 1}"#)
    );
    assert!(Event::from_parts("issue.closed", b"{").is_err());
    // The bundled catalog: a schema version it does not list is told as such.
    let error =
        events_core::Event::from_parts("aw-interaction-mute-v1", br#"{"schemaVersion": "9.0.0"}"#)
            .unwrap_err();
    assert!(error.unsupported_schema_version().is_some(), "{error}");
}
