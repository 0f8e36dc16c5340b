// A date copied from the vendor's table.
events_core::include_catalog!("ui/catalog-errors/non-iso-date");

fn main() {
}
