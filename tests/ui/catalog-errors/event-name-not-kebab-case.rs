// Upper case and an underscore in a name.
events_core::include_catalog!("ui/catalog-errors/event-name-not-kebab-case");

fn main() {
}
