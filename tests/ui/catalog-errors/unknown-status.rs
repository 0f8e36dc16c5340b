// A status that is not active, deprecated or sunset.
events_core::include_catalog!("ui/catalog-errors/unknown-status");

fn main() {
}
