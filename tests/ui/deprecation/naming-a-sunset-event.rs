#![deny(deprecated)]

use events_tests::lifecycle::EventName;

fn main() {
    println!("{}", EventName::LegacyPingV1);
}
