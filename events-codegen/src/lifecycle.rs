//! The user's lifecycle choices, applied to a checked catalog before emission: a reference date
//! that turns row dates into statuses, and what to do with sunset events.

use crate::model::{Catalog, Date, Status};

/// How `include_catalog!` treats the catalog's lifecycle data.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// With a reference date, a row whose deprecation (sunset) date is on or before it counts as
    /// deprecated (sunset) whatever its status column says. Without one (the default) only the
    /// status column counts, so builds do not depend on the clock.
    pub reference_date: Option<Date>,
    /// What sunset events generate.
    pub sunset: SunsetPolicy,
    /// Whether payload structs keep fields the schema does not list.
    pub unknown_fields: UnknownFields,
}

/// What sunset events generate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SunsetPolicy {
    /// Generated like deprecated events, with a warning on use: stored data still decodes.
    #[default]
    Keep,
    /// Left out: the names do not exist in Rust, and such events decode as `Event::Unknown`.
    Unknown,
    /// Left out: the names do not exist in Rust, and decoding such an event is an error.
    Reject,
}

/// Whether payload structs keep fields the schema does not list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum UnknownFields {
    /// Dropped when decoding, like Zod's default `strip`; decoding stays on serde's fast path.
    #[default]
    Ignore,
    /// Kept in an `unknown_fields` map on every struct and written back when encoding.
    Keep,
}

/// Applies `options` to `catalog`.
pub fn apply(catalog: &mut Catalog, options: &Options) {
    if let Some(today) = options.reference_date {
        for event in &mut catalog.events {
            let effective = if event.sunset_date.is_some_and(|date| date <= today) {
                Status::Sunset
            } else if event.deprecation_date.is_some_and(|date| date <= today) {
                Status::Deprecated
            } else {
                Status::Active
            };
            // The status column is a floor: dates can move an event on, never back.
            event.status = event.status.max(effective);
        }
    }
    if options.sunset != SunsetPolicy::Keep {
        let (sunset, kept) = catalog
            .events
            .drain(..)
            .partition(|event| event.status == Status::Sunset);
        catalog.events = kept;
        if options.sunset == SunsetPolicy::Reject {
            catalog.rejected = sunset
                .into_iter()
                .map(|event: crate::model::Event| (event.name, event.sunset_date))
                .collect();
        }
    }
}
