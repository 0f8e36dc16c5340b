// The folder does not exist.
events_core::include_catalog!("ui/catalog-errors/missing-catalog-folder");

fn main() {
}
