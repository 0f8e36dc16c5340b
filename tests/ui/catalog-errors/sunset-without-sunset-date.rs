// Status sunset with no sunset date.
events_core::include_catalog!("ui/catalog-errors/sunset-without-sunset-date");

fn main() {
}
