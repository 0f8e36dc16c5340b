// A version listed twice.
events_core::include_catalog!("ui/catalog-errors/duplicate-schema-version");

fn main() {
}
