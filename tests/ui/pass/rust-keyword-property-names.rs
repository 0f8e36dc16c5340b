// Rust keywords as property names are generated correctly, with the wire name kept.
#![deny(warnings)]

events_core::include_catalog!("ui/pass/rust-keyword-property-names");

fn main() {
    let text = br#"{"eventName":"keywords-v1","value":{"type":"a","ref":"b","match":3,"self":true,"crate":"impl","3d":false,"option":"none","result":{"ok":true},"string":"string","vec":[{"box":"Box"},{}]}}"#;
    let event = Event::from_json(text).unwrap();
    let Event::KeywordsV1(payload) = &event else {
        panic!("wrong variant");
    };
    let keywords_v1::Versioned::V1_0_0(payload) = &**payload;
    assert_eq!(payload.r#type, "a");
    assert_eq!(payload.r#ref, "b");
    assert_eq!(payload.r#match, 3);
    assert!(payload.self_);
    assert_eq!(payload.crate_, keywords_v1::v1_0_0::Crate::Impl);
    assert_eq!(keywords_v1::v1_0_0::Crate::Self_.as_str(), "self");
    assert_eq!(payload._3d, Some(false));
    assert_eq!(payload.option, keywords_v1::v1_0_0::Option::None);
    assert_eq!(payload.result.ok, Some(true));
    assert_eq!(payload.vec[0].r#box, Some(keywords_v1::v1_0_0::VecItemBox::Box));
    assert_eq!(payload.vec[1].r#box, None);
    let original: events_core::Value = events_core::json::from_slice(text).unwrap();
    assert_eq!(events_core::json::to_value(&event).unwrap(), original);
}
