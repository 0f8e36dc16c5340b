//! Compiles the checked-in expansion snapshots (their Rust, written out by `build.rs`), so that a snapshot that is not valid,
//! warning-free Rust fails the tests. A separate test binary, so that a stale snapshot does not
//! stop the `it` binary (which regenerates them) from building.

#![deny(warnings, missing_docs)]

// Only dead-code analysis is relaxed: a test binary uses few of the generated items.
#[allow(dead_code)]
mod bundled_catalog {
    include!(concat!(env!("OUT_DIR"), "/bundled_catalog.rs"));
}

// The lifecycle catalog has deprecated events; the generated code must not warn about them.
#[allow(dead_code)]
mod lifecycle_catalog {
    include!(concat!(env!("OUT_DIR"), "/lifecycle_catalog.rs"));
}

// Every construct the generator supports, `pattern` among them (the tests enable it).
#[allow(dead_code)]
mod keywords_catalog {
    include!(concat!(env!("OUT_DIR"), "/keywords_catalog.rs"));
}

#[test]
fn the_snapshots_compile_and_match_the_macro_output() {
    assert_eq!(bundled_catalog::CATALOG, events_core::CATALOG);
    assert_eq!(lifecycle_catalog::CATALOG, events_tests::lifecycle::CATALOG);
    assert_eq!(keywords_catalog::CATALOG, events_tests::keywords::CATALOG);
}
