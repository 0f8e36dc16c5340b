// The same event listed twice.
events_core::include_catalog!("ui/catalog-errors/duplicate-event-name");

fn main() {
    let _ = EventName::AgentPresenceV1;
}
