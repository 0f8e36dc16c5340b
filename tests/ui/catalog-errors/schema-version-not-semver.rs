// A version with two parts.
events_core::include_catalog!("ui/catalog-errors/schema-version-not-semver");

fn main() {
}
