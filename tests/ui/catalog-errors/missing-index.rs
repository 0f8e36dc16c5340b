// The folder has schemas but no index.json.
events_core::include_catalog!("ui/catalog-errors/missing-index");

fn main() {
}
