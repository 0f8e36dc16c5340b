#![deny(deprecated)]

use events_tests::lifecycle::agent_status_v1;

fn status(payload: &agent_status_v1::v1_0_0::Payload) -> &str {
    &payload.status
}

fn main() {
    let _ = status;
}
