// Deprecated before active, sunset before deprecated.
events_core::include_catalog!("ui/catalog-errors/dates-out-of-order");

fn main() {
}
