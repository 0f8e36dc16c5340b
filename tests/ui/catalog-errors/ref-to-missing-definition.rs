// A $ref to a definition that is not there.
events_core::include_catalog!("ui/catalog-errors/ref-to-missing-definition");

fn main() {
}
