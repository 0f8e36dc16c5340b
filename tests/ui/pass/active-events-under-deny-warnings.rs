#![deny(warnings)]

use events_tests::lifecycle::{agent_presence_v1, Event, EventName, CATALOG};

fn main() {
    let event = Event::from_json(br#"{"eventName":"agent-presence-v1","value":{"presence":"busy","schemaVersion":"1.1.0"}}"#);
    let Ok(Event::AgentPresenceV1(versioned)) = event else {
        panic!("expected agent-presence-v1");
    };
    let payload = versioned.latest().expect("the latest version");
    assert_eq!(payload.presence, agent_presence_v1::v1_1_0::Presence::Busy);
    assert_eq!(EventName::AgentPresenceV1.info().status.as_str(), "active");
    // Iterating the table and matching with a wildcard names no deprecated item.
    assert_eq!(CATALOG.len(), EventName::ALL.len());
}
