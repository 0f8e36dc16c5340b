// An enum with no value.
events_core::include_catalog!("ui/catalog-errors/empty-enum");

fn main() {
}
