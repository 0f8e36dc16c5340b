// Three defects in two files, reported in one pass.
events_core::include_catalog!("ui/catalog-errors/several-defects-reported-together");

fn main() {
}
