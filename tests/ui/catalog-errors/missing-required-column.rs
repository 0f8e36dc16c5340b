// A row without its active date.
events_core::include_catalog!("ui/catalog-errors/missing-required-column");

fn main() {
}
