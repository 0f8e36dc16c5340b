// Status deprecated with no date.
events_core::include_catalog!("ui/catalog-errors/deprecated-without-deprecation-date");

fn main() {
}
