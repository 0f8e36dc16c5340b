// Version 2.0.0 of a -v1 event.
events_core::include_catalog!("ui/catalog-errors/major-version-differs-from-name");

fn main() {
}
