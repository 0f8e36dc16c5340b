//! The user's lifecycle choices, applied to a checked catalog before emission: a reference date
//! that turns row dates into statuses, and what to do with sunset events.

use crate::model::{Catalog, Status};
use crate::options::{Options, SunsetPolicy};

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
