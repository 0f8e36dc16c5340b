// Two names that make the same Rust variant.
events_core::include_catalog!("ui/catalog-errors/names-that-collide-in-rust");

fn main() {
}
