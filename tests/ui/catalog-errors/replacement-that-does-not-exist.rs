// `replaced_by` names no row.
events_core::include_catalog!("ui/catalog-errors/replacement-that-does-not-exist");

fn main() {
}
