// The schemaVersion literal is not the file's version.
events_core::include_catalog!("ui/catalog-errors/schema-version-literal-mismatch");

fn main() {
}
