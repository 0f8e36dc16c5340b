// `schema_versions` must be an array.
events_core::include_catalog!("ui/catalog-errors/wrong-json-type-in-row");

fn main() {
}
