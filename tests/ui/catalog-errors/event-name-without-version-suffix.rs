// A name that does not end in -vN.
events_core::include_catalog!("ui/catalog-errors/event-name-without-version-suffix");

fn main() {
}
