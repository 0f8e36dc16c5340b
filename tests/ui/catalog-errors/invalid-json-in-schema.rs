// A schema file that is not JSON.
events_core::include_catalog!("ui/catalog-errors/invalid-json-in-schema");

fn main() {
}
