//! Fixture catalogs for the tests, generated here so that UI tests and fixture crates can name
//! their items from outside.

#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]

/// A catalog with one active, one deprecated-and-replaced and one sunset event.
pub mod lifecycle {
    events_core::include_catalog!("catalogs/lifecycle");
}

/// The checked-in expansion of the bundled catalog, compiled here so that a snapshot that is not
/// valid, warning-free Rust fails the build.
#[doc(hidden)]
#[rustfmt::skip]
#[path = "../snapshots/bundled_catalog.rs"]
pub mod bundled_catalog_snapshot;
