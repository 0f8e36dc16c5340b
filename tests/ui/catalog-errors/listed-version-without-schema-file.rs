// A listed version with no schema file.
events_core::include_catalog!("ui/catalog-errors/listed-version-without-schema-file");

fn main() {
}
