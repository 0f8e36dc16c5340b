// A misspelt type.
events_core::include_catalog!("ui/catalog-errors/unknown-schema-type");

fn main() {
}
