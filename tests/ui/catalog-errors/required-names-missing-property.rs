// `required` lists a property that does not exist.
events_core::include_catalog!("ui/catalog-errors/required-names-missing-property");

fn main() {
}
