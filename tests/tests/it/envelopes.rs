//! The envelope a catalog declares: CloudEvents 1.0, and shapes given by JSON pointers (the
//! name at `/type` and the payload at `/data/object`; the name inside the payload; a message
//! that is its payload). Each decodes with its keys in any order, keeps unknown events and the
//! members it does not read, fails with the path as it stands on the wire, and round-trips.

use events_core::{ExtensionValue, json};
use events_tests::{
    envelope_bare_payload as bare, envelope_cloudevents as cloud,
    envelope_name_inside_payload as inside, envelope_object_in_data as data,
};

/// Decoding, encoding and decoding again gives the same value.
fn round_trips<T>(value: &T)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let text = json::to_string(value).unwrap();
    let again: T = json::from_str(&text).unwrap_or_else(|error| panic!("{text}: {error}"));
    assert_eq!(&again, value, "{text}");
}

/// Each `(message, path, what)`: decoding `message` fails at `path` with a message saying `what`.
fn fails_at(
    cases: &[(&str, &str, &str)],
    decode: impl Fn(&[u8]) -> Result<(), events_core::DecodeError>,
) {
    for (message, path, what) in cases {
        let error = decode(message.as_bytes()).unwrap_err();
        let text = error.message();
        assert_eq!(error.path(), *path, "{message}: {text}");
        assert!(text.contains(what), "{message}: {text}");
    }
}

const ORDER: &str = r#"{"orderId":"o-1","total":12.5,"items":[{"sku":"a","quantity":2}]}"#;

#[test]
fn cloudevents_decode_with_typed_attributes_in_any_order() {
    let attributes = r#""specversion":"1.0","id":"e-1","source":"/orders","time":"2026-12-07T10:00:00Z","subject":"o-1","dataschema":"https://example.com/order.json","datacontenttype":"application/json","traceparent":"00-ab","priority":3,"sampled":true,"comment":null"#;
    let first = format!(r#"{{{attributes},"type":"com.example.order.created","data":{ORDER}}}"#);
    let last = format!(r#"{{"data":{ORDER},{attributes},"type":"com.example.order.created"}}"#);
    for message in [&first, &last] {
        let envelope = cloud::Envelope::from_json(message.as_bytes()).unwrap();
        assert_eq!(
            (envelope.id.as_str(), envelope.source.as_str()),
            ("e-1", "/orders")
        );
        assert_eq!(envelope.time.as_deref(), Some("2026-12-07T10:00:00Z"));
        assert_eq!(envelope.subject.as_deref(), Some("o-1"));
        assert_eq!(
            envelope.data_schema.as_deref(),
            Some("https://example.com/order.json")
        );
        assert_eq!(
            envelope.extensions.get("priority"),
            Some(&ExtensionValue::Integer(3))
        );
        assert_eq!(
            envelope.extensions.get("sampled"),
            Some(&ExtensionValue::Boolean(true))
        );
        assert!(
            !envelope.extensions.contains_key("comment"),
            "null is unset"
        );
        let cloud::Event::ComExampleOrderCreated(order) = &envelope.event else {
            panic!("{envelope:?}");
        };
        let order = order.latest().unwrap();
        assert_eq!(order.order_id, "o-1");
        assert_eq!(order.items[0].quantity.to_string(), "2");
        round_trips(&envelope);
    }
}

#[test]
fn cloudevents_keep_unknown_events_and_fail_at_wire_paths() {
    let unknown = br#"{"specversion":"1.0","id":"1","source":"s","type":"com.example.refund","data":{"amount":1e400}}"#;
    let envelope = cloud::Envelope::from_json(unknown).unwrap();
    let cloud::Event::Unknown { event_name, value } = &envelope.event else {
        panic!("{envelope:?}");
    };
    assert_eq!(
        (event_name.as_str(), value.get()),
        ("com.example.refund", r#"{"amount":1e400}"#)
    );
    round_trips(&envelope);

    let cases: &[(&str, &str, &str)] = &[
        (
            r#"{"specversion":"1.0","id":"1","source":"s","type":"com.example.order.shipped","data":{"orderId":"o","carrier":"fedex"}}"#,
            "data.carrier",
            "unknown variant `fedex`",
        ),
        (
            r#"{"data":{"orderId":"o","carrier":"fedex"},"specversion":"1.0","id":"1","source":"s","type":"com.example.order.shipped"}"#,
            "data.carrier",
            "unknown variant `fedex`",
        ),
        (
            r#"{"specversion":"0.3","id":"1","source":"s","type":"com.example.order.shipped","data":{}}"#,
            "specversion",
            "unsupported CloudEvents `specversion` `0.3`",
        ),
        (
            r#"{"specversion":"1.0","id":"1","source":"s","time":"yesterday","type":"com.example.order.shipped","data":{}}"#,
            "time",
            "expected a string of format `date-time`",
        ),
        (
            r#"{"specversion":"1.0","id":"","source":"s","type":"com.example.order.shipped","data":{}}"#,
            "id",
            "expected a non-empty string",
        ),
        (
            r#"{"specversion":"1.0","source":"s","type":"com.example.order.shipped","data":{"orderId":"o","carrier":"ups"}}"#,
            ".",
            "missing field `id`",
        ),
        (
            r#"{"specversion":"1.0","id":"1","source":"s","data":{}}"#,
            ".",
            "missing field `type`",
        ),
        (
            r#"{"specversion":"1.0","id":"1","source":"s","type":"com.example.order.shipped"}"#,
            ".",
            "missing field `data`",
        ),
        (
            r#"{"specversion":"1.0","id":"1","source":"s","type":"com.example.order.shipped","data_base64":"AAAA"}"#,
            "data_base64",
            "binary `data_base64` is not read",
        ),
        (
            r#"{"specversion":"1.0","id":"1","source":"s","type":"x","data":{},"Trace":"1"}"#,
            ".",
            "`Trace` is not a CloudEvents attribute name",
        ),
        (
            r#"{"specversion":"1.0","id":"1","source":"s","type":"x","data":{},"rate":1.5}"#,
            "rate",
            "a string, a boolean or a 32-bit integer",
        ),
        (
            r#"{"specversion":"1.0","id":"1","id":"2","source":"s","type":"x","data":{}}"#,
            ".",
            "duplicate field `id`",
        ),
    ];
    fails_at(cases, |message| {
        cloud::Envelope::from_json(message).map(drop)
    });
}

#[test]
fn a_payload_two_levels_down_decodes_keeps_the_other_members_and_round_trips() {
    let payload = r#"{"id":"sub_1","object":"subscription","status":"active","quantity":3}"#;
    let first = format!(
        r#"{{"id":"evt_1","type":"customer.subscription.updated","created":1733565600,"data":{{"object":{payload},"previous_attributes":{{"quantity":2}}}},"livemode":false}}"#
    );
    let last = format!(
        r#"{{"data":{{"previous_attributes":{{"quantity":2}},"object":{payload}}},"livemode":false,"id":"evt_1","created":1733565600,"type":"customer.subscription.updated"}}"#
    );
    for message in [&first, &last] {
        let envelope = data::Envelope::from_json(message.as_bytes()).unwrap();
        let data::Event::SubscriptionUpdated(subscription) = &envelope.event else {
            panic!("{envelope:?}");
        };
        let quantity = subscription.latest().unwrap().quantity.as_ref();
        assert_eq!(quantity.map(ToString::to_string).as_deref(), Some("3"));
        assert_eq!(envelope.members.get("/id").unwrap().get(), r#""evt_1""#);
        assert_eq!(
            envelope
                .members
                .get("/data/previous_attributes")
                .unwrap()
                .get(),
            r#"{"quantity":2}"#
        );
        assert_eq!(envelope.members.get("/data/object"), None);
        round_trips(&envelope);
    }
    let unknown = br#"{"type":"charge.refunded","data":{"object":{"amount":100}},"id":"evt_2"}"#;
    let envelope = data::Envelope::from_json(unknown).unwrap();
    assert!(
        matches!(&envelope.event, data::Event::Unknown { event_name, .. } if event_name == "charge.refunded")
    );
    round_trips(&envelope);

    let cases: &[(&str, &str, &str)] = &[
        (
            r#"{"type":"invoice.paid","data":{"object":{"id":"in_1","object":"invoice","amount_paid":-1,"currency":"eur"}}}"#,
            "data.object.amount_paid",
            "",
        ),
        (
            r#"{"data":{"object":{"id":"in_1","object":"invoice","amount_paid":-1,"currency":"eur"}},"type":"invoice.paid"}"#,
            "data.object.amount_paid",
            "",
        ),
        (
            r#"{"type":"invoice.paid","data":{"previous_attributes":{}}}"#,
            "data",
            "missing field `object`",
        ),
        (r#"{"type":"invoice.paid"}"#, ".", "missing field `data`"),
        (
            r#"{"type":"invoice.paid","data":[1]}"#,
            "data",
            "expected an object",
        ),
        (r#"{"data":{"object":{}}}"#, ".", "missing field `type`"),
        (
            r#"{"type":7,"data":{"object":{}}}"#,
            "type",
            "expected an event name",
        ),
        (
            r#"{"type":"invoice.paid","data":{"object":{"id":"in_1","object":"invoice","amount_paid":1,"currency":"eur"},"object":{}}}"#,
            "data",
            "duplicate field `object`",
        ),
    ];
    fails_at(cases, |message| {
        data::Envelope::from_json(message).map(drop)
    });
}

#[test]
fn a_name_inside_its_payload_is_read_from_it() {
    let message = br#"{"token":"t","team_id":"T1","event":{"user":"U1","type":"reaction_added","reaction":"tada","item":{"type":"message","channel":"C1","ts":"1.2"}},"type":"event_callback"}"#;
    let envelope = inside::Envelope::from_json(message).unwrap();
    let inside::Event::ReactionAdded(reaction) = &envelope.event else {
        panic!("{envelope:?}");
    };
    assert_eq!(reaction.latest().unwrap().reaction, "tada");
    assert_eq!(
        envelope.members.get("/type").unwrap().get(),
        r#""event_callback""#
    );
    round_trips(&envelope);

    let unknown = br#"{"event":{"type":"team_join","user":{"id":"U2"}}}"#;
    let envelope = inside::Envelope::from_json(unknown).unwrap();
    assert!(
        matches!(&envelope.event, inside::Event::Unknown { event_name, .. } if event_name == "team_join")
    );
    round_trips(&envelope);

    let cases: &[(&str, &str, &str)] = &[
        (
            r#"{"event":{"type":"app_mention","user":"U1","text":"hi","ts":"1"}}"#,
            "event",
            "missing field `channel`",
        ),
        (
            r#"{"event":{"user":"U1"}}"#,
            "event",
            "missing field `type`",
        ),
        (
            r#"{"event":{"type":3}}"#,
            "event.type",
            "expected an event name",
        ),
        (r#"{"token":"t"}"#, ".", "missing field `event`"),
        (r#"{"event":"app_mention"}"#, "event", "expected an object"),
    ];
    fails_at(cases, |message| {
        inside::Envelope::from_json(message).map(drop)
    });
}

#[test]
fn a_message_that_is_its_payload_names_itself() {
    let message = br#"{"ref":"refs/heads/main","commits":[{"id":"c1"}],"kind":"push"}"#;
    let envelope = bare::Envelope::from_json(message).unwrap();
    let bare::Event::Push(push) = &envelope.event else {
        panic!("{envelope:?}");
    };
    assert_eq!(push.latest().unwrap().commits[0].id, "c1");
    round_trips(&envelope);
    // The same payload through `from_parts`, the name given out of band.
    let parts = bare::Event::from_parts("push", message).unwrap();
    assert_eq!(parts, envelope.event);

    let cases: &[(&str, &str, &str)] = &[
        (
            r#"{"kind":"ping","zen":"ok","extra":1}"#,
            ".",
            "unknown field `extra`",
        ),
        (
            r#"{"kind":"push","ref":"r","commits":[{}]}"#,
            "commits[0]",
            "missing field `id`",
        ),
        (r#"{"zen":"ok"}"#, ".", "missing field `kind`"),
        (r#"[1]"#, ".", "expected an object"),
    ];
    fails_at(cases, |message| {
        bare::Envelope::from_json(message).map(drop)
    });
}

#[test]
fn a_payload_field_picks_the_event_among_those_delivered_under_one_name() {
    use events_tests::selected_by_action as hooks;
    let opened = br#"{"issue":{"number":7,"title":"Crash"},"action":"opened"}"#;
    let event = hooks::Event::from_parts("issues", opened).unwrap();
    let hooks::Event::IssueOpened(issue) = &event else {
        panic!("{event:?}");
    };
    assert_eq!(issue.latest().unwrap().issue.title, "Crash");
    assert_eq!(event.name(), "issue.opened");
    assert_eq!(hooks::EventName::IssueClosed.as_str(), "issue.closed");

    // In the catalog's envelope, in either key order, and written back under `issues`.
    for message in [
        r#"{"event":"issues","payload":{"action":"closed","issue":{"number":7,"title":"Crash"},"reason":"completed"}}"#,
        r#"{"payload":{"action":"closed","issue":{"number":7,"title":"Crash"},"reason":"completed"},"event":"issues"}"#,
    ] {
        let envelope = hooks::Envelope::from_json(message.as_bytes()).unwrap();
        assert!(
            matches!(envelope.event, hooks::Event::IssueClosed(_)),
            "{envelope:?}"
        );
        let written = json::to_string(&envelope).unwrap();
        assert!(written.contains(r#""event":"issues""#), "{written}");
        round_trips(&envelope);
    }

    // An action no row has is an event the catalog does not know, kept under its delivery.
    let reopened = br#"{"action":"reopened","issue":{"number":7}}"#;
    let event = hooks::Event::from_parts("issues", reopened).unwrap();
    let hooks::Event::Unknown { event_name, value } = &event else {
        panic!("{event:?}");
    };
    assert_eq!(
        (event_name.as_str(), value.get().as_bytes()),
        ("issues", &reopened[..])
    );
    // A row's own name is not a delivery name.
    let by_row_name = hooks::Event::from_parts("issue.opened", opened).unwrap();
    assert!(matches!(by_row_name, hooks::Event::Unknown { .. }));

    let cases: &[(&str, &str, &str)] = &[
        (
            r#"{"issue":{"number":7,"title":"x"}}"#,
            ".",
            "missing field `action`",
        ),
        (r#"{"action":7}"#, "action", "expected a string"),
        (
            r#"{"action":"opened","issue":{"number":0,"title":"x"}}"#,
            "issue.number",
            "breaks `minimum`",
        ),
        (
            r#"{"action":"closed","issue":{"number":7,"title":"x"},"reason":"duplicate"}"#,
            "reason",
            "unknown variant `duplicate`",
        ),
    ];
    fails_at(cases, |payload| {
        hooks::Event::from_parts("issues", payload).map(drop)
    });
    let wrapped: Vec<(String, String, &str)> = cases
        .iter()
        .map(|(payload, path, what)| {
            let path = if *path == "." {
                "payload".to_owned()
            } else {
                format!("payload.{path}")
            };
            (
                format!(r#"{{"event":"issues","payload":{payload}}}"#),
                path,
                *what,
            )
        })
        .collect();
    let wrapped: Vec<(&str, &str, &str)> = wrapped
        .iter()
        .map(|(message, path, what)| (message.as_str(), path.as_str(), *what))
        .collect();
    fails_at(&wrapped, |message| {
        hooks::Envelope::from_json(message).map(drop)
    });
}

#[test]
fn a_catalog_says_which_payload_field_names_the_schema_version() {
    use events_tests::version_field as orders;
    let v1 =
        br#"{"kind":"order","total":12,"meta":{"sent":"2026-12-07T10:00:00Z","version":"1.0.0"}}"#;
    let v2 =
        br#"{"meta":{"version":"2.0.0"},"kind":"order","total":{"amount":12,"currency":"EUR"}}"#;
    for (message, version) in [(&v1[..], "1.0.0"), (&v2[..], "2.0.0")] {
        let envelope = orders::Envelope::from_json(message).unwrap();
        let orders::Event::Order(order) = &envelope.event else {
            panic!("{envelope:?}");
        };
        assert_eq!(order.schema_version(), version);
        round_trips(&envelope);
    }
    fails_at(
        &[
            (
                r#"{"kind":"order","total":1}"#,
                ".",
                "missing `meta.version`: `order` has versions 1.0.0, 2.0.0",
            ),
            (
                r#"{"kind":"order","total":1,"meta":{"version":"1.0.0","sent":"noon"}}"#,
                "meta.sent",
                "date-time",
            ),
            (
                r#"{"kind":"order","total":1,"meta":{"version":"2.0.0"}}"#,
                "total",
                "invalid type",
            ),
        ],
        |message| orders::Envelope::from_json(message).map(drop),
    );
    let error =
        orders::Envelope::from_json(br#"{"kind":"order","meta":{"version":"3.0.0"}}"#).unwrap_err();
    let unsupported = error
        .unsupported_schema_version()
        .expect("an unsupported version");
    assert_eq!(unsupported.schema_version, "3.0.0");
    assert_eq!(unsupported.allowed_schema_versions, ["1.0.0", "2.0.0"]);
}

#[test]
fn a_version_said_outside_the_payload_picks_the_payload_type_in_any_order() {
    use events_tests::version_in_the_message as shop;
    let v1 = r#"{"id":"o-1","total":12}"#;
    let v2 = r#"{"id":"o-1","total":{"amount":12,"currency":"EUR"},"schemaVersion":"9"}"#;
    let messages = [
        format!(r#"{{"type":"order.created","meta":{{"schema":"1.0.0","id":"m-1"}},"data":{v1}}}"#),
        format!(r#"{{"data":{v2},"type":"order.created","meta":{{"schema":"2.0.0"}}}}"#),
        format!(r#"{{"type":"order.created","data":{v2},"meta":{{"schema":"2.0.0"}}}}"#),
    ];
    for (message, version) in messages.iter().zip(["1.0.0", "2.0.0", "2.0.0"]) {
        let envelope = shop::Envelope::from_json(message.as_bytes()).unwrap();
        let shop::Event::OrderCreated(order) = &envelope.event else {
            panic!("{envelope:?}");
        };
        assert_eq!(order.schema_version(), version, "{message}");
        round_trips(&envelope);
        // The version is written from the event, beside the members kept.
        let written = json::to_value(&envelope).unwrap();
        assert_eq!(written["meta"]["schema"], version, "{message}");
    }
    let first = shop::Envelope::from_json(messages[0].as_bytes()).unwrap();
    assert_eq!(first.members.get("/meta/id").unwrap().get(), r#""m-1""#);

    // A new message carries its event's version.
    let cancelled = shop::Envelope::from_json(
        br#"{"type":"order.cancelled","data":{"id":"o-2","reason":"stock"}}"#,
    )
    .unwrap();
    let fresh = shop::Envelope::new(cancelled.event.clone());
    assert_eq!(
        json::to_value(&fresh).unwrap(),
        json::json!({"type": "order.cancelled", "meta": {"schema": "1.0.0"}, "data": {"id": "o-2", "reason": "stock"}})
    );
    let again = shop::Envelope::from_json(json::to_string(&fresh).unwrap().as_bytes()).unwrap();
    assert_eq!(again.event, fresh.event);

    // Unknown events keep the version as received.
    let unknown = br#"{"type":"order.shipped","meta":{"schema":"7"},"data":{"id":"o-3"}}"#;
    let envelope = shop::Envelope::from_json(unknown).unwrap();
    assert!(matches!(envelope.event, shop::Event::Unknown { .. }));
    assert_eq!(
        envelope.members.get("/meta/schema").unwrap().get(),
        r#""7""#
    );
    round_trips(&envelope);
}

#[test]
fn a_version_said_outside_the_payload_fails_with_wire_paths() {
    use events_tests::version_in_the_message as shop;
    fails_at(
        &[
            (
                r#"{"type":"order.created","data":{"id":"o-1","total":12}}"#,
                "data",
                "missing schema version: `order.created` has versions 1.0.0, 2.0.0 and the message must say which at `/meta/schema`",
            ),
            (
                r#"{"type":"order.created","meta":{"schema":"2.0.0"},"data":{"id":"o-1","total":12}}"#,
                "data.total",
                "invalid type",
            ),
            (
                r#"{"meta":{"schema":1},"type":"order.created","data":{}}"#,
                "meta.schema",
                "the payload's schema version is a string",
            ),
            (
                r#"{"type":"order.created","meta":{"schema":"1.0.0"},"data":{"id":"","total":1}}"#,
                "data.id",
                "shorter than `minLength` 1",
            ),
            (
                r#"{"type":"ticket","meta":{"schema":"1.1.0"},"data":{"action":"opened","ticket":4}}"#,
                "data",
                "missing field `priority`",
            ),
            (
                r#"{"type":"ticket","meta":{"schema":"1.1.0"},"data":{"action":"closed","ticket":4}}"#,
                "data",
                "unsupported schema version `1.1.0` of `ticket.closed`; known versions: 1.0.0",
            ),
        ],
        |message| shop::Envelope::from_json(message).map(drop),
    );
    // One version: a message may leave it out; a version the event lacks is refused.
    let cancelled = br#"{"type":"order.cancelled","data":{"id":"o-2"}}"#;
    assert!(shop::Envelope::from_json(cancelled).is_ok());
    let error = shop::Envelope::from_json(
        br#"{"type":"order.created","meta":{"schema":"3.0.0"},"data":{"id":"o"}}"#,
    )
    .unwrap_err();
    assert_eq!(error.path(), "data");
    let unsupported = error.unsupported_schema_version().expect("unsupported");
    assert_eq!(unsupported.schema_version, "3.0.0");
    assert_eq!(unsupported.allowed_schema_versions, ["1.0.0", "2.0.0"]);
}

#[test]
fn a_version_given_apart_from_the_payload_decodes_it() {
    use events_tests::version_in_the_message as shop;
    let v2 = br#"{"id":"o-1","total":{"amount":12,"currency":"EUR"}}"#;
    let event = shop::Event::from_parts_with_version("order.created", Some("2.0.0"), v2).unwrap();
    let shop::Event::OrderCreated(order) = &event else {
        panic!("{event:?}");
    };
    assert_eq!(order.schema_version(), "2.0.0");
    let error =
        shop::Event::from_parts_with_version("order.created", Some("1.0.0"), v2).unwrap_err();
    assert_eq!(
        (error.path(), error.message().contains("invalid type")),
        ("total", true)
    );
    let error = shop::Event::from_parts("order.created", v2).unwrap_err();
    assert!(
        error.message().contains("missing schema version"),
        "{error}"
    );
    let error =
        shop::Event::from_parts_with_version("order.created", Some("4.0.0"), v2).unwrap_err();
    assert_eq!(
        error.unsupported_schema_version().unwrap().schema_version,
        "4.0.0"
    );
    let ticket = br#"{"action":"opened","ticket":4,"priority":"high"}"#;
    let event = shop::Event::from_parts_with_version("ticket", Some("1.1.0"), ticket).unwrap();
    assert_eq!(event.name(), "ticket.opened");
    let cancelled = shop::Event::from_parts("order.cancelled", br#"{"id":"o"}"#).unwrap();
    assert_eq!(cancelled.name(), "order.cancelled");
}

#[test]
fn a_cloudevent_extension_says_the_schema_version() {
    use events_tests::cloudevents_version_extension as billing;
    let attributes =
        r#""specversion":"1.0","id":"e-1","source":"/billing","type":"com.example.invoice.issued""#;
    let v1 =
        format!(r#"{{{attributes},"dataversion":"1.0.0","data":{{"number":"A-1","cents":1250}}}}"#);
    let v2 = format!(
        r#"{{"data":{{"number":"A-1","amount":"12.50"}},{attributes},"dataversion":"2.0.0"}}"#
    );
    for (message, version) in [(&v1, "1.0.0"), (&v2, "2.0.0")] {
        let envelope = billing::Envelope::from_json(message.as_bytes()).unwrap();
        let billing::Event::InvoiceIssued(invoice) = &envelope.event else {
            panic!("{envelope:?}");
        };
        assert_eq!(invoice.schema_version(), version);
        assert_eq!(
            envelope.extensions.get("dataversion"),
            Some(&ExtensionValue::String(version.to_owned()))
        );
        round_trips(&envelope);
    }
    let fresh = billing::Envelope::new(
        "e-2",
        "/billing",
        billing::Envelope::from_json(v2.as_bytes()).unwrap().event,
    );
    assert_eq!(json::to_value(&fresh).unwrap()["dataversion"], "2.0.0");
    let again = billing::Envelope::from_json(json::to_string(&fresh).unwrap().as_bytes()).unwrap();
    assert_eq!(again.event, fresh.event);
    fails_at(
        &[
            (
                &format!(
                    r#"{{{attributes},"dataversion":"2.0.0","data":{{"number":"A-1","cents":1250}}}}"#
                ),
                "data",
                "missing field `amount`",
            ),
            (
                &format!(r#"{{{attributes},"dataversion":2,"data":{{}}}}"#),
                "dataversion",
                "the payload's schema version is a string attribute",
            ),
            (
                &format!(r#"{{{attributes},"data":{{"number":"A-1","cents":1}}}}"#),
                "data",
                "the message must say which at `/dataversion`",
            ),
        ],
        |message| billing::Envelope::from_json(message).map(drop),
    );
}
