//! Each supported JSON Schema keyword, decoded from a valid and an invalid sample: the invalid
//! one is refused with an error naming the path and the rule.

use events_core::json::{Value, json};
use events_tests::keywords::Event;

/// `Ok` when the payload decodes as `event`; otherwise the error's path and message.
fn verdict(event: &str, payload: Value) -> Result<(), (String, String)> {
    let message = json!({"eventName": event, "value": payload}).to_string();
    Event::from_json(message.as_bytes())
        .map(|_| ())
        .map_err(|error| (error.path().to_owned(), error.message()))
}

/// Decodes each `(payload, expected)`: `None` expects success, `Some((path, fragment))` an error
/// at `path` whose message contains `fragment`.
fn check(event: &str, cases: &[(Value, Option<(&str, &str)>)]) {
    for (payload, expected) in cases {
        let mut payload = payload.clone();
        payload["schemaVersion"] = json!("1.0.0");
        let got = verdict(event, payload.clone());
        match (expected, &got) {
            (None, Ok(())) => {}
            (Some((path, fragment)), Err((got_path, message)))
                if got_path == path && message.contains(fragment) => {}
            _ => panic!("{event} {payload}: expected {expected:?}, got {got:?}"),
        }
    }
}

#[test]
fn string_length_and_pattern() {
    check(
        "text-rules-v1",
        &[
            (json!({"code": "ab"}), None),
            (json!({"code": "ÅÄÖÜ"}), None),
            (
                json!({"code": "a"}),
                Some((
                    "value.code",
                    "string of 1 characters is shorter than `minLength` 2",
                )),
            ),
            (
                json!({"code": "abcde"}),
                Some(("value.code", "longer than `maxLength` 4")),
            ),
            (json!({"code": "ab", "digits": "0123"}), None),
            (
                json!({"code": "ab", "digits": "12a"}),
                Some(("value.digits", "does not match `pattern` \"^\\\\d+$\"")),
            ),
            // ECMA-262's `\d` is ASCII only, unlike the `regex` crate's default.
            (
                json!({"code": "ab", "digits": "١٢"}),
                Some(("value.digits", "`pattern`")),
            ),
            (json!({"code": "ab", "line": "abc"}), None),
            // ECMA-262's `.` stops at every line terminator.
            (
                json!({"code": "ab", "line": "a\u{2028}c"}),
                Some(("value.line", "`pattern`")),
            ),
            (json!({"code": "ab", "spaced": "\u{feff}"}), None),
            (
                json!({"code": "ab", "spaced": "\u{85}"}),
                Some(("value.spaced", "`pattern`")),
            ),
        ],
    );
}

#[test]
fn integer_and_number_ranges() {
    check(
        "number-rules-v1",
        &[
            (json!({"count": 1}), None),
            (json!({"count": 9}), None),
            (json!({"count": 3.0}), None),
            (
                json!({"count": 0}),
                Some(("value.count", "0 is less than the minimum 1")),
            ),
            (
                json!({"count": 10}),
                Some(("value.count", "10 is greater than the maximum 9")),
            ),
            (
                json!({"count": 2.5}),
                Some(("value.count", "expected an integer")),
            ),
            (json!({"step": -15}), None),
            (
                json!({"step": 7}),
                Some(("value.step", "7 is not a multiple of 5")),
            ),
            (json!({"ratio": 1}), None),
            (json!({"ratio": 0.0001}), None),
            (
                json!({"ratio": 0}),
                Some(("value.ratio", "0 breaks `exclusiveMinimum` 0")),
            ),
            (
                json!({"ratio": 1.5}),
                Some(("value.ratio", "1.5 breaks `maximum` 1")),
            ),
            (json!({"half": 2.5}), None),
            (
                json!({"half": 2.25}),
                Some(("value.half", "is not a multiple of 0.5")),
            ),
            // Exact by the digits: in `f64` with a relative tolerance this passed.
            (json!({"half": 1_000_000_000_000_000.5}), None),
            (
                json!({"half": 1_000_000_000_000_000.2}),
                Some(("value.half", "is not a multiple of 0.5")),
            ),
            (json!({"half": 1e308}), None),
        ],
    );
}

#[test]
fn array_counts_and_uniqueness() {
    check(
        "array-rules-v1",
        &[
            (json!({"tags": ["a"]}), None),
            (json!({"tags": ["a", "b", "c"]}), None),
            (
                json!({"tags": []}),
                Some(("value.tags", "array of 0 items has fewer than `minItems` 1")),
            ),
            (
                json!({"tags": ["a", "b", "c", "d"]}),
                Some(("value.tags", "more than `maxItems` 3")),
            ),
            (
                json!({"tags": ["a", "b", "a"]}),
                Some(("value.tags", "item 2 repeats item 0 (`uniqueItems`)")),
            ),
            (json!({"amounts": [1, 2.5]}), None),
            // JSON Schema compares numbers by value: 1 and 1.0 are the same item.
            (
                json!({"amounts": [1, 1.0]}),
                Some(("value.amounts", "`uniqueItems`")),
            ),
        ],
    );
}

#[test]
fn string_formats_and_integer_formats() {
    check(
        "formats-v1",
        &[
            (
                json!({"at": "2026-03-01T10:00:00.5+01:00", "day": "2024-02-29", "clock": "10:00:00Z",
                    "email": "jo@example.com", "link": "https://example.com/x?y#z",
                    "id": "123e4567-e89b-12d3-a456-426614174000", "v4": "10.0.0.1", "v6": "::1"}),
                None,
            ),
            (
                json!({"at": "2026-03-01"}),
                Some(("value.at", "string is not a valid `date-time` (`format`)")),
            ),
            (json!({"day": "2025-02-29"}), Some(("value.day", "`date`"))),
            (
                json!({"clock": "25:00:00Z"}),
                Some(("value.clock", "`time`")),
            ),
            (json!({"email": "jo"}), Some(("value.email", "`email`"))),
            (json!({"link": "no scheme"}), Some(("value.link", "`uri`"))),
            (json!({"id": "123"}), Some(("value.id", "`uuid`"))),
            (json!({"v4": "1.2.3"}), Some(("value.v4", "`ipv4`"))),
            (json!({"v6": "1::2::3"}), Some(("value.v6", "`ipv6`"))),
            (
                json!({"host": "xn--bcher-kva.example", "idnHost": "bücher.example",
                    "idnEmail": "jürgen@bücher.example"}),
                None,
            ),
            (
                json!({"host": "xn--bcher-kv.example"}),
                Some(("value.host", "`hostname`")),
            ),
            (
                json!({"idnHost": "a\u{b7}b.example"}),
                Some(("value.idnHost", "`idn-hostname`")),
            ),
            (
                json!({"idnEmail": "jürgen@-bücher.example"}),
                Some(("value.idnEmail", "`idn-email`")),
            ),
            (json!({"small": -128, "port": 65535}), None),
            (
                json!({"small": 128}),
                Some((
                    "value.small",
                    "128 is out of range for the field's Rust type `i8`",
                )),
            ),
            (
                json!({"port": 0}),
                Some(("value.port", "0 is less than the minimum 1")),
            ),
            (json!({"huge": 18446744073709551615u64}), None),
            (
                json!({"huge": -1}),
                Some((
                    "value.huge",
                    "-1 is out of range for the field's Rust type `u64`",
                )),
            ),
        ],
    );
    let payload = json!({"eventName": "formats-v1", "value": {"schemaVersion": "1.0.0", "huge": 18446744073709551615u64, "small": -3}});
    let Event::FormatsV1(formats) = Event::from_json(payload.to_string().as_bytes()).unwrap()
    else {
        panic!("wrong variant");
    };
    let formats = formats.latest().unwrap();
    let (huge, small): (Option<u64>, Option<i8>) = (formats.huge, formats.small);
    assert_eq!((huge, small), (Some(u64::MAX), Some(-3)));
}

#[test]
fn all_of_merges_object_schemas() {
    check(
        "extended-v1",
        &[
            (json!({"callId": "c-1", "queue": "sales"}), None),
            (json!({"callId": "c-1", "queue": "sales", "legs": 2}), None),
            (
                json!({"queue": "sales"}),
                Some(("value", "missing field `callId`")),
            ),
            (
                json!({"callId": "c-1"}),
                Some(("value", "missing field `queue`")),
            ),
            (
                json!({"callId": "c-1", "queue": "sales", "legs": 0}),
                Some(("value.legs", "0 breaks `minimum` 1")),
            ),
            // Open, as JSON Schema's `allOf` is: no part closes the object.
            (json!({"callId": "c-1", "queue": "sales", "other": 1}), None),
        ],
    );
    let payload: events_tests::keywords::extended_v1::Payload = events_core::json::from_value(
        json!({"callId": "c-1", "queue": "sales", "schemaVersion": "1.0.0"}),
    )
    .unwrap();
    assert_eq!(payload.queue, "sales");
}

#[test]
fn shared_schemas_are_one_type_for_every_event() {
    use events_tests::keywords::{call_queued_v1, call_started_v1, defs};
    check(
        "call-started-v1",
        &[
            (
                json!({"call": {"callId": "c", "direction": "inbound"}}),
                None,
            ),
            (
                json!({"call": {"callId": "", "direction": "inbound"}}),
                Some(("value.call.callId", "`minLength` 1")),
            ),
            (
                json!({"call": {"callId": "c", "direction": "inbound", "legs": [{}]}}),
                Some(("value.call.legs[0]", "missing field `number`")),
            ),
        ],
    );
    check(
        "call-queued-v1",
        &[
            (
                json!({"callId": "c", "direction": "outbound", "queue": "q"}),
                None,
            ),
            (
                json!({"callId": "c", "direction": "sideways", "queue": "q"}),
                Some(("value.direction", "unknown variant `sideways`")),
            ),
        ],
    );
    // One Rust type, whichever event carries it.
    let call = json!({"callId": "c", "direction": "inbound", "legs": [{"number": "+1"}]});
    let started: call_started_v1::Payload =
        events_core::json::from_value(json!({"call": call, "schemaVersion": "1.0.0"})).unwrap();
    let mut queued = call.clone();
    queued["queue"] = json!("q");
    queued["schemaVersion"] = json!("1.0.0");
    let queued: call_queued_v1::Payload = events_core::json::from_value(queued).unwrap();
    let shared: &defs::call::Call = &started.call;
    assert_eq!(shared.direction, queued.direction);
    assert_eq!(shared.legs, queued.legs);
}

#[test]
fn enums_and_consts_of_any_json_type() {
    use events_tests::keywords::literals_v1::Payload;
    use events_tests::keywords::literals_v1::v1_0_0::{Level, Mixed};
    check(
        "literals-v1",
        &[
            (
                json!({"level": 2, "mixed": "low", "maybe": "a", "flag": true, "ratio": 0.5}),
                None,
            ),
            (json!({"level": 2.0, "mixed": null, "maybe": null}), None),
            (
                json!({"level": 4}),
                Some(("value.level", "unknown value `4`, expected one of 1, 2, 3")),
            ),
            (
                json!({"level": "2"}),
                Some(("value.level", "unknown value `\"2\"`")),
            ),
            (json!({"mixed": 2}), None),
            (
                json!({"mixed": false}),
                Some(("value.mixed", "unknown value `false`")),
            ),
            (
                json!({"maybe": "c"}),
                Some(("value.maybe", "unknown variant `c`")),
            ),
            (
                json!({"flag": false}),
                Some(("value.flag", "unknown value `false`")),
            ),
            (json!({"shape": {"sides": 0, "kind": "circle"}}), None),
            (json!({"shape": {"sides": 0.0, "kind": "circle"}}), None),
            (
                json!({"shape": {"kind": "circle"}}),
                Some(("value.shape", "unknown value")),
            ),
            (
                json!({"ratio": 0.25}),
                Some(("value.ratio", "unknown value `0.25`")),
            ),
        ],
    );
    let message = json!({"eventName": "literals-v1",
        "value": {"schemaVersion": "1.0.0", "level": 3, "mixed": null, "ratio": 5e-1}});
    let Event::LiteralsV1(payload) = Event::from_json(message.to_string().as_bytes()).unwrap()
    else {
        panic!("wrong variant");
    };
    let payload: &Payload = payload.latest().unwrap();
    assert_eq!(payload.level, Some(Level::N3));
    // `null` in the enum: present and `null` is `Some(None)`.
    assert_eq!(payload.mixed, Some(None::<Mixed>));
    // Written back as the schema writes the literal.
    let encoded = events_core::json::to_string(payload).unwrap();
    assert!(encoded.contains(r#""ratio":0.5"#), "{encoded}");
}

#[test]
fn unions_tagged_by_a_const_and_one_of_meaning_exactly_one() {
    check(
        "shapes-v1",
        &[
            (json!({"shape": {"kind": "circle", "radius": 1.5}}), None),
            (json!({"shape": {"side": 2, "kind": "square"}}), None),
            (
                json!({"shape": {"kind": "triangle"}}),
                Some((
                    "value.shape",
                    "unknown `kind` \"triangle\", expected one of \"circle\", \"square\"",
                )),
            ),
            (
                json!({"shape": {"radius": 1}}),
                Some(("value.shape", "missing field `kind`")),
            ),
            (
                json!({"shape": {"kind": "circle", "radius": -1}}),
                Some(("value.shape.radius", "-1 breaks `minimum` 0")),
            ),
            (json!({"exactlyOne": "abc"}), None),
            (json!({"exactlyOne": "12"}), None),
            (
                json!({"exactlyOne": "123"}),
                Some(("value.exactlyOne", "matches branches 0 and 1 of `oneOf`")),
            ),
            (
                json!({"exactlyOne": "ab"}),
                Some((
                    "value.exactlyOne",
                    "branch 0: string of 2 characters is shorter",
                )),
            ),
            (json!({"anyOne": "123"}), None),
        ],
    );
}

#[test]
fn maps_with_checked_keys() {
    check(
        "maps-v1",
        &[
            (
                json!({"scores": {"alice": 3, "bob": 5}, "labels": {"en": "Hi"}}),
                None,
            ),
            (
                json!({"scores": {"Alice": 3}}),
                Some((
                    "value.scores",
                    "key `Alice`: string does not match `pattern` \"^[a-z]+$\"",
                )),
            ),
            (
                json!({"scores": {"alice": "3"}}),
                Some(("value.scores.alice", "invalid type")),
            ),
            (
                json!({"labels": {"english": "Hi"}}),
                Some((
                    "value.labels",
                    "key `english`: string of 7 characters is longer than `maxLength` 3",
                )),
            ),
        ],
    );
}

#[test]
#[allow(deprecated)]
fn defaults_fill_absent_fields_and_deprecated_properties_are_marked() {
    use events_tests::keywords::annotations_v1::Payload;
    use events_tests::keywords::annotations_v1::v1_0_0::Mode;
    check(
        "annotations-v1",
        &[
            (json!({}), None),
            (json!({"retries": 0, "mode": "fast"}), None),
            (
                json!({"retries": -1}),
                Some(("value.retries", "-1 breaks `minimum` 0")),
            ),
            (
                json!({"retries": null}),
                Some(("value.retries", "invalid type: null")),
            ),
        ],
    );
    let decode = |value: Value| {
        let message = json!({"eventName": "annotations-v1", "value": value});
        match Event::from_json(message.to_string().as_bytes()).unwrap() {
            Event::AnnotationsV1(payload) => payload.latest().unwrap().clone(),
            other => panic!("wrong variant {other:?}"),
        }
    };
    let filled: Payload = decode(json!({"schemaVersion": "1.0.0", "legacyId": "L-1"}));
    assert_eq!(filled.retries, 3);
    assert_eq!(filled.mode, Mode::Slow);
    assert_eq!(filled.legacy_id.as_deref(), Some("L-1"));
    let given = decode(json!({"schemaVersion": "1.0.0", "retries": 5}));
    assert_eq!(given.retries, 5);
    // The filled-in default is written out: the same meaning, stated.
    let encoded = events_core::json::to_value(&filled).unwrap();
    assert_eq!(encoded["retries"], 3);
}

#[test]
fn closed_tuples() {
    check(
        "tuples-v1",
        &[
            (json!({"point": [1, 2.5]}), None),
            (json!({"point": [1, 2.5, "label"]}), None),
            (
                json!({"point": [1]}),
                Some((
                    "value.point",
                    "array of 1 items has fewer than `minItems` 2",
                )),
            ),
            (
                json!({"point": [1, 2, "a", 4]}),
                Some(("value.point", "more than its 3 items")),
            ),
            (
                json!({"point": [1, "2"]}),
                Some(("value.point[1]", "invalid type")),
            ),
            (
                json!({"point": {"0": 1, "1": 2}}),
                Some(("value.point", "invalid type: map")),
            ),
        ],
    );
    let message =
        json!({"eventName": "tuples-v1", "value": {"schemaVersion": "1.0.0", "point": [1, 2]}});
    let Event::TuplesV1(payload) = Event::from_json(message.to_string().as_bytes()).unwrap() else {
        panic!("wrong variant");
    };
    let point = payload.latest().unwrap().point.clone().unwrap();
    assert_eq!(
        (point.0.as_str(), point.1.as_str(), point.2.as_deref()),
        ("1", "2", None)
    );
    assert_eq!(events_core::json::to_value(&point).unwrap(), json!([1, 2]));
}

#[test]
fn shared_schemas_are_tracked_for_rebuilds() {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("catalogs/keywords");
    let expansion = events_codegen::expand(
        &folder,
        std::path::Path::new("catalogs/keywords"),
        &events_codegen::Options::default(),
    );
    assert!(
        expansion.diagnostics.is_empty(),
        "{:?}",
        expansion.diagnostics
    );
    assert!(
        expansion
            .tracked_files
            .iter()
            .any(|file| file.ends_with("defs/call.json")),
        "{:?}",
        expansion.tracked_files
    );
}

/// `unknown_enum_values = "keep"`: a string the schema does not list is kept and written back
/// unchanged; listed values, non-strings and the default build behave as before.
#[test]
fn open_string_enums_keep_values_the_schema_does_not_list() {
    use events_tests::keywords_open_enums::{Event, defs::call::CallDirection};
    let decode = |direction: Value| {
        let message = json!({"eventName": "call-queued-v1", "value": {
            "callId": "c", "direction": direction, "queue": "q", "schemaVersion": "1.0.0"}});
        let event = Event::from_json(message.to_string().as_bytes());
        (message, event)
    };
    let (message, event) = decode(json!("sideways"));
    let event = event.unwrap();
    let Event::CallQueuedV1(queued) = &event else {
        panic!("wrong variant {event:?}");
    };
    let direction = &queued.latest().unwrap().direction;
    assert_eq!(*direction, CallDirection::Unknown("sideways".into()));
    assert_eq!(direction.as_str(), "sideways");
    assert_eq!(events_core::json::to_value(&event).unwrap(), message);

    let (_, listed) = decode(json!("inbound"));
    let Ok(Event::CallQueuedV1(queued)) = listed else {
        panic!("wrong variant");
    };
    assert_eq!(queued.latest().unwrap().direction, CallDirection::Inbound);
    assert_eq!(CallDirection::ALL.len(), 2);

    let (_, not_a_string) = decode(json!(3));
    let error = not_a_string.unwrap_err();
    assert_eq!(error.path(), "value.direction");

    // Without the option the same value is refused, naming the path.
    check(
        "call-queued-v1",
        &[(
            json!({"callId": "c", "direction": "sideways", "queue": "q"}),
            Some(("value.direction", "unknown variant `sideways`")),
        )],
    );
}

#[test]
fn recursive_schemas_decode_at_any_depth_and_name_the_path_of_a_deep_error() {
    use events_tests::keywords::recursive_v1::v1_0_0::{Comment, NonNullValue, Payload};
    let deep_thread = json!({"text": "a", "replies": [{"text": "b", "replies": [{"text": "c"}]}]});
    let tree = json!({"name": "leaf", "parent": {"name": "branch", "parent": {"name": "root", "parent": null}}, "first": {"name": "child"}});
    let document = json!({"list": [1, "two", null, {"three": [true]}]});
    check(
        "recursive-v1",
        &[
            (
                json!({"thread": deep_thread, "tree": tree, "document": document}),
                None,
            ),
            (
                json!({"thread": {"text": "a", "replies": [{"text": "b", "replies": [{"text": ""}]}]}}),
                Some(("value.thread.replies[0].replies[0].text", "shorter")),
            ),
            (
                json!({"tree": {"name": "leaf", "parent": {"name": "root", "color": "red"}}}),
                Some(("value.tree.parent", "color")),
            ),
            (
                json!({"person": {"name": "a", "partner": {"name": "b", "since": "2024-02-30"}}}),
                Some(("value.person.partner.since", "date")),
            ),
            (
                json!({"person": {"name": "a", "partner": {"name": "b", "partner": {"since": "2024-02-03"}}}}),
                Some(("value.person.partner.partner", "name")),
            ),
        ],
    );
    let text = json!({"eventName": "recursive-v1", "value": {"schemaVersion": "1.0.0", "thread": deep_thread, "document": document}}).to_string();
    let Ok(Event::RecursiveV1(versioned)) = Event::from_json(text.as_bytes()) else {
        panic!("recursive-v1 did not decode");
    };
    let payload: &Payload = versioned.latest().expect("the only version");
    let replies = |comment: &Comment| comment.replies.clone().unwrap_or_default();
    let thread = payload.thread.as_ref().expect("thread");
    assert_eq!(replies(&replies(thread)[0])[0].text, "c");
    let Some(Some(NonNullValue::Map(map))) = &payload.document else {
        panic!("document: {:?}", payload.document);
    };
    let Some(Some(NonNullValue::Array(list))) = map.get("list") else {
        panic!("list: {map:?}");
    };
    assert_eq!(list.len(), 4);
    assert_eq!(list[2], None);
    let encoded = events_core::json::to_string(&Event::RecursiveV1(versioned.clone())).unwrap();
    assert_eq!(
        events_core::json::from_str::<Value>(&encoded).unwrap(),
        events_core::json::from_str::<Value>(&text).unwrap()
    );
}

#[test]
fn additional_properties_beside_properties_are_kept_typed() {
    check(
        "maps-v1",
        &[
            (
                json!({"limits": {"owner": "ops", "calls": 3, "queues": 10}}),
                None,
            ),
            (
                json!({"limits": {"owner": "ops", "calls": 11}}),
                Some(("value.limits.calls", "maximum")),
            ),
            (
                json!({"limits": {"owner": "ops", "calls": "3"}}),
                Some(("value.limits.calls", "invalid type")),
            ),
            (
                json!({"limits": {"calls": 3}}),
                Some(("value.limits", "missing field `owner`")),
            ),
            (
                json!({"devices": {"primary": "desk", "spare": {"model": "x1"}}}),
                None,
            ),
            (
                json!({"devices": {"spare": {"serial": "9"}}}),
                Some(("value.devices.spare", "missing field `model`")),
            ),
        ],
    );
    let text = json!({"eventName": "maps-v1", "value": {"schemaVersion": "1.0.0", "limits": {"calls": 3, "owner": "ops", "queues": 10}}}).to_string();
    let Ok(Event::MapsV1(versioned)) = Event::from_json(text.as_bytes()) else {
        panic!("maps-v1 did not decode");
    };
    let payload = versioned.latest().expect("the only version");
    let limits = payload.limits.as_ref().expect("limits");
    assert_eq!(limits.owner, "ops");
    assert_eq!(limits.additional_properties.len(), 2);
    assert_eq!(limits.additional_properties["queues"], 10);
    let encoded = events_core::json::to_string(&Event::MapsV1(versioned.clone())).unwrap();
    assert_eq!(
        events_core::json::from_str::<Value>(&encoded).unwrap(),
        events_core::json::from_str::<Value>(&text).unwrap()
    );
}

#[test]
fn keywords_no_rust_type_holds_are_checked_at_decode() {
    check(
        "checked-v1",
        &[
            (json!({"code": "a1"}), None),
            // An `allOf` whose part no struct holds: the struct of what merges, checked whole.
            (
                json!({"reachable": {"name": "Jo", "phone": "555-0100"}}),
                None,
            ),
            (
                json!({"reachable": {"name": "Jo"}}),
                Some(("value.reachable", "matches no branch of `anyOf`")),
            ),
            (
                json!({"reachable": {"email": "jo@example.com"}}),
                Some(("value.reachable", "missing field `name`")),
            ),
            (json!({"extendedClosed": {"a": "x"}}), None),
            (
                json!({"extendedClosed": {"b": 1}}),
                Some(("value.extendedClosed", "`additionalProperties`")),
            ),
            (json!({"startedAt": "2026-03-01T10:00:00Z"}), None),
            (json!({"mood": "calm"}), None),
            (
                json!({"moods": ["calm", "grumpy"]}),
                Some(("value.moods[1]", "value matches the schema of `not`")),
            ),
            (
                json!({"mood": "grumpy"}),
                Some(("value.mood", "value matches the schema of `not`")),
            ),
            (
                json!({"startedAt": "yesterday"}),
                Some(("value.startedAt", "`date-time`")),
            ),
            (
                json!({"code": "none"}),
                Some(("value.code", "value matches the schema of `not`")),
            ),
            (
                json!({"shipping": {"country": "US", "postalCode": "12345"}}),
                None,
            ),
            (
                json!({"shipping": {"country": "US"}}),
                Some(("value.shipping", "`then`: missing field `postalCode`")),
            ),
            (
                json!({"shipping": {"country": "FR", "postalCode": "7"}}),
                Some((
                    "value.shipping.postalCode",
                    "`else`: string of 1 characters",
                )),
            ),
            (json!({"shipping": {}}), None),
            (json!({"tags": ["a", "x"]}), None),
            (
                json!({"tags": ["a"]}),
                Some(("value.tags", "0 items match `contains`, fewer than 1")),
            ),
            (
                json!({"tags": ["x", "x"]}),
                Some(("value.tags", "more than 1 (`maxContains`)")),
            ),
            (json!({"scores": [10, 11, 1]}), None),
            (
                json!({"scores": [10, 1]}),
                Some(("value.scores", "fewer than 2 (`minContains`)")),
            ),
            (json!({"contact": {"email": "a@b", "name": "Al"}}), None),
            (
                json!({"contact": {"email": "a@b"}}),
                Some((
                    "value.contact",
                    "field `email` needs field `name` beside it (`dependentRequired`)",
                )),
            ),
            (
                json!({"contact": {"phone": "1", "name": "A"}}),
                Some(("value.contact.name", "(`dependentSchemas`)")),
            ),
            (
                json!({"contact": {}}),
                Some(("value.contact", "fewer than `minProperties` 1")),
            ),
            (
                json!({"contact": {"email": "a", "name": "bb", "phone": "c"}}),
                Some(("value.contact", "more than `maxProperties` 2")),
            ),
            (json!({"closed": {"a": 1, "b": "x"}}), None),
            (
                json!({"closed": {"a": 1, "c": "x"}}),
                Some((
                    "value.closed",
                    "unknown field `c` (`unevaluatedProperties`)",
                )),
            ),
            // Kept as JSON, with the whole schema checked.
            (json!({"untyped": "ab"}), None),
            (json!({"untyped": 5}), None),
            (json!({"untyped": [1]}), None),
            (
                json!({"untyped": 6}),
                Some(("value.untyped", "breaks `maximum` 5")),
            ),
            (
                json!({"untyped": "a"}),
                Some(("value.untyped", "`minLength` 2")),
            ),
            (json!({"several": "a"}), None),
            (json!({"several": 0}), None),
            (
                json!({"several": 1.5}),
                Some((
                    "value.several",
                    "expected a value matching a branch of `Several`",
                )),
            ),
            (
                json!({"several": -1}),
                Some(("value.several", "`minimum` 0")),
            ),
            (json!({"pair": ["a", 1]}), None),
            (json!({"pair": ["a"]}), None),
            (
                json!({"pair": ["a", 1, true]}),
                Some(("value.pair[2]", "no value is allowed here")),
            ),
            (json!({"loose": {"id": null}}), None),
            (
                json!({"loose": {}}),
                Some(("value.loose", "missing field `id`")),
            ),
            (json!({"tree": {"children": [{"value": 1}]}}), None),
            (
                json!({"tree": {"children": [{"bad": 1}]}}),
                Some(("value.tree.children[0]", "matches the schema of `not`")),
            ),
            (json!({"forest": [{"children": []}]}), None),
            (
                json!({"retired": 1}),
                Some(("value.retired", "no value is allowed here")),
            ),
            (json!({"maybe": 1}), None),
            (
                json!({"labelled": {"id": "a", "kind": [1], "x-n": 1}}),
                None,
            ),
            (
                json!({"labelled": {"id": "a"}}),
                Some(("value.labelled", "missing field `kind`")),
            ),
            (
                json!({"labelled": {"id": "a", "kind": 1, "x-n": "1"}}),
                Some(("value.labelled.x-n", "invalid type: string, expected")),
            ),
            (
                json!({"labelled": {"id": "a", "kind": 1, "longer": 1}}),
                Some(("value.labelled", "key `longer`")),
            ),
            (json!({"either": "ab"}), None),
            (json!({"either": 9}), None),
            (json!({"either": null}), None),
            (
                json!({"either": "a"}),
                Some(("value.either", "`minLength` 2")),
            ),
            (json!({"either": 10}), Some(("value.either", "maximum"))),
            (json!({"either": true}), Some(("value.either", ""))),
            (json!({"lenient": "ab"}), None),
            (json!({"site": {"siteId": 1}}), None),
            // `geo/address.schema.json` resolves against site.json's `$id`, to address.json.
            (
                json!({"site": {"siteId": 1, "address": {"country": "GB", "lines": ["1 High St"]}}}),
                None,
            ),
            (
                json!({"site": {"siteId": 1, "address": {"country": "GB", "lines": [""]}}}),
                Some(("value.site.address.lines[0]", "`minLength` 1")),
            ),
            (json!({"narrowed": {"state": "closed"}}), None),
            (json!({"narrowed": {}}), None),
            (
                json!({"narrowed": {"state": "open"}}),
                Some(("value.narrowed.state", "is not the `const` \"closed\"")),
            ),
            (json!({"homeSite": {"siteId": 7, "region": "emea"}}), None),
            (
                json!({"homeSite": {"siteId": 8}}),
                Some(("value.homeSite.siteId", "is not the `const` 7")),
            ),
            (
                json!({"team": {"name": "a", "lead": {"login": "x", "leads": [{"name": "b"}]}}}),
                None,
            ),
            (
                json!({"team": {"name": "a", "lead": {"login": "x", "leads": [{"name": ""}]}}}),
                Some(("value.team.lead.leads[0].name", "`minLength` 1")),
            ),
            (
                json!({"site": {"siteId": 0}}),
                Some(("value.site.siteId", "breaks `minimum` 1")),
            ),
            (json!({"sameAsCode": "a"}), None),
            (
                json!({"sameAsCode": "none"}),
                Some(("value.sameAsCode", "matches the schema of `not`")),
            ),
            (
                // A branch `false` matches nothing: the other one is the field's type.
                json!({"maybe": "1"}),
                Some(("value.maybe", "invalid type: a string, expected a number")),
            ),
            (
                json!({"forest": [{"value": 1}]}),
                Some(("value.forest", "0 items match `contains`")),
            ),
        ],
    );
    // A default the checks judge is not filled in (so an event always encodes to a message
    // that decodes): `mood` and `moods` stay optional, their defaults told in their docs.
    let message = json!({"eventName": "checked-v1", "value": {"schemaVersion": "1.0.0"}});
    let Event::CheckedV1(checked) = Event::from_json(message.to_string().as_bytes()).unwrap()
    else {
        panic!("wrong variant");
    };
    let latest = checked.latest().unwrap();
    assert_eq!((&latest.mood, &latest.moods), (&None, &None));
}

#[test]
fn references_resolve_against_the_id_around_them() {
    check(
        "embedded-v1",
        &[
            (
                json!({"label": {"code": "ab"}, "part": {"id": 1, "tag": "abc", "siblings": [{"id": 2}]},
                    "partIds": [1, 2], "site": {"siteId": 3}}),
                None,
            ),
            // `$defs` below the top, named by a pointer.
            (
                json!({"label": {"code": "a"}}),
                Some(("value.label.code", "`minLength` 2")),
            ),
            // `#` refs inside the schema embedded as `part.json` resolve inside it.
            (
                json!({"part": {"id": 1, "tag": "abcd"}}),
                Some(("value.part.tag", "`maxLength` 3")),
            ),
            (
                json!({"part": {"id": 1, "siblings": [{"id": 0}]}}),
                Some(("value.part.siblings[0].id", "breaks `minimum` 1")),
            ),
            // Its absolute URI, and `../site.json` from this file's `$id`, a shared file's `$id`.
            (
                json!({"partIds": [1, 0]}),
                Some(("value.partIds[1]", "`minimum` 1")),
            ),
            (
                json!({"site": {"siteId": 0}}),
                Some(("value.site.siteId", "`minimum` 1")),
            ),
        ],
    );
}
