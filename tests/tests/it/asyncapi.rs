//! Catalogs imported from AsyncAPI documents (`events import-asyncapi`; the CLI's tests hold
//! the import's output equal to `catalogs/asyncapi/`): compiled here under
//! `#![deny(warnings)]` (`events_tests::asyncapi_*`), each decodes its document's examples.

use events_core::CatalogEvent;

fn samples(catalog: &str) -> Vec<String> {
    let path =
        crate::differential::root().join(format!("catalogs/asyncapi/{catalog}/samples.jsonl"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Decodes each sample with `decode`, which gives the event's name and whether the catalog
/// knows it; returns the names.
fn decode_all(
    catalog: &str,
    decode: impl Fn(&[u8]) -> Result<(String, bool), events_core::DecodeError>,
) -> Vec<String> {
    samples(catalog)
        .iter()
        .map(|line| match decode(line.as_bytes()) {
            Ok((name, true)) => name,
            Ok((name, false)) => panic!("{catalog}: `{name}` is unknown: {line}"),
            Err(error) => panic!("{catalog}: {line}: {error}"),
        })
        .collect()
}

#[test]
fn an_imported_3_0_document_decodes_its_examples() {
    use events_tests::asyncapi_parcels as parcels;
    let names = decode_all("parcels", |line| {
        parcels::Envelope::from_json(line).map(|envelope| {
            let event = envelope.message;
            (event.wire_name().to_owned(), event.event_name().is_some())
        })
    });
    assert_eq!(
        names,
        ["parcel.scanned", "parcel.delivered", "pickup.requested"]
    );
    assert_eq!(
        parcels::EventName::PickupRequested.info().direction,
        events_core::Direction::Sent
    );
    // Its payload's format said draft-04, whose `exclusiveMinimum` is a flag on `minimum`.
    let pickup = |kilograms: &str| {
        let value = format!(
            r#"{{"depot":{{"code":"MAN1"}},"parcels":["P-1"],"totalKilograms":{kilograms}}}"#
        );
        parcels::Event::from_parts("pickup.requested", value.as_bytes())
    };
    assert!(pickup("0.5").is_ok());
    let error = pickup("0").unwrap_err();
    assert_eq!(error.path(), "totalKilograms", "{error}");
}

#[test]
fn an_imported_2_6_document_routed_by_a_payload_constant_decodes_its_examples() {
    use events_tests::asyncapi_chat as chat;
    let names = decode_all("chat", |line| {
        chat::Envelope::from_json(line).map(|envelope| {
            let event = envelope.event;
            (event.wire_name().to_owned(), event.event_name().is_some())
        })
    });
    assert_eq!(names, ["say", "hello", "said", "member_left"]);
    // The shared schemas are types of their own, reached from every payload that uses them.
    let said = chat::Envelope::from_json(samples("chat")[2].as_bytes()).unwrap();
    let chat::Event::Said(payload) = said.event else {
        panic!("{said:?}");
    };
    let text = format!("{payload:?}");
    assert!(text.contains("ada"), "{text}");
    // What the payload's schema refuses is refused with its path.
    let error =
        chat::Envelope::from_json(br#"{"type":"say","room":"general","text":"x"}"#).unwrap_err();
    assert_eq!(error.path(), "room", "{error}");
}

#[test]
fn an_imported_document_of_cloudevents_decodes_its_examples() {
    use events_tests::asyncapi_orders as orders;
    let names = decode_all("orders", |line| {
        orders::Envelope::from_json(line).map(|envelope| {
            let event = envelope.event;
            (event.wire_name().to_owned(), event.event_name().is_some())
        })
    });
    assert_eq!(
        names,
        ["com.example.order.placed", "com.example.order.shipped"]
    );
    let refused = br#"{"specversion":"1.0","id":"e","source":"/s","type":"com.example.order.placed","data":{"orderId":"o","total":0}}"#;
    let error = orders::Envelope::from_json(refused).unwrap_err();
    assert_eq!(error.path(), "data.total", "{error}");
}
