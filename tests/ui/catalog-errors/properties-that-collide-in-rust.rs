// Two properties that make the same Rust field.
events_core::include_catalog!("ui/catalog-errors/properties-that-collide-in-rust");

fn main() {
}
