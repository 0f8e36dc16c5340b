// A misspelt column.
events_core::include_catalog!("ui/catalog-errors/unknown-key-in-row");

fn main() {
}
