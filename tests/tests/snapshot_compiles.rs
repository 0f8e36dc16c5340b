//! Compiles the checked-in expansion snapshots, so that a snapshot that is not valid,
//! warning-free Rust fails the tests. A separate test binary, so that a stale snapshot does not
//! stop the `it` binary (which regenerates them) from building.

#![deny(warnings, missing_docs)]

// Only dead-code analysis is relaxed: a test binary uses few of the generated items.
#[allow(dead_code)]
#[rustfmt::skip]
#[path = "../snapshots/bundled_catalog.rs"]
mod bundled_catalog;

// The lifecycle catalog has deprecated events; the generated code must not warn about them.
#[allow(dead_code)]
#[rustfmt::skip]
#[path = "../snapshots/lifecycle_catalog.rs"]
mod lifecycle_catalog;

#[test]
fn the_snapshots_compile_and_match_the_macro_output() {
    assert_eq!(bundled_catalog::CATALOG, events_core::CATALOG);
    assert_eq!(lifecycle_catalog::CATALOG, events_tests::lifecycle::CATALOG);
}
