// A schema file that cannot be read as UTF-8.
events_core::include_catalog!("ui/catalog-errors/schema-file-not-utf8");

fn main() {
}
