#![deny(deprecated)]

use events_tests::lifecycle::EventName;

fn main() {
    let _ = EventName::AgentStatusV1;
}
