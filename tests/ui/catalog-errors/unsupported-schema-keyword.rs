// A validation keyword the generator does not support.
events_core::include_catalog!("ui/catalog-errors/unsupported-schema-keyword");

fn main() {
}
