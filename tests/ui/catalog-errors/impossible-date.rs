// The 30th of February.
events_core::include_catalog!("ui/catalog-errors/impossible-date");

fn main() {
}
