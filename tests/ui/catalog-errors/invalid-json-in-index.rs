// A trailing comma in the index.
events_core::include_catalog!("ui/catalog-errors/invalid-json-in-index");

fn main() {
}
