//! Fixture catalogs for the tests, generated here so that UI tests, fixture crates and the
//! integration tests can name their items from outside.

#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]

/// A catalog with an active event in two schema versions, a deprecated-and-replaced event, a
/// sunset event, an active event with future deprecation and sunset dates, and a sent event.
pub mod lifecycle {
    events_core::include_catalog!("catalogs/lifecycle");
}

/// The lifecycle catalog as of 2026-03-01: `agent-mood-v1` counts as deprecated.
pub mod lifecycle_in_march_2026 {
    events_core::include_catalog!("catalogs/lifecycle", reference_date = "2026-03-01");
}

/// The lifecycle catalog as of 2026-07-01, with sunset events left out and decoded as unknown.
pub mod lifecycle_sunset_unknown {
    events_core::include_catalog!(
        "catalogs/lifecycle",
        reference_date = "2026-07-01",
        sunset = "unknown"
    );
}

/// The lifecycle catalog with sunset events left out and refused when decoded.
pub mod lifecycle_sunset_reject {
    events_core::include_catalog!("catalogs/lifecycle", sunset = "reject");
}

/// The lifecycle catalog with payload structs that keep unknown fields.
pub mod lifecycle_lossless {
    events_core::include_catalog!("catalogs/lifecycle", unknown_fields = "keep");
}

/// One event per family of JSON Schema keywords, for the decoding tests of each keyword.
pub mod keywords {
    events_core::include_catalog!("catalogs/keywords");
}
