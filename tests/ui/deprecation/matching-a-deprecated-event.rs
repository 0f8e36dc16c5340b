#![deny(deprecated)]

use events_tests::lifecycle::Event;

fn main() {
    let event = Event::from_json(br#"{"eventName":"agent-presence-v1","value":{}}"#);
    if let Ok(Event::AgentStatusV1(payload)) = event {
        if let Some(payload) = payload.latest() {
            println!("{}", payload.status);
        }
    }
}
