// Two enum values that make the same Rust variant.
events_core::include_catalog!("ui/catalog-errors/enum-values-that-collide-in-rust");

fn main() {
}
