// A schema file no row lists.
events_core::include_catalog!("ui/catalog-errors/schema-file-for-unlisted-version");

fn main() {
}
