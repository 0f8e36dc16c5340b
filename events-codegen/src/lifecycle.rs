//! The user's lifecycle choices, applied to a checked catalog before emission: a reference date
//! that turns row dates into statuses, and what to do with sunset events.

use crate::model::{Catalog, Envelope, Event, SharedModule, Status};
use crate::options::{Options, SunsetPolicy};

/// The catalog of the sound `events` and the `shared` modules, with `options` applied: the one
/// place a [`Catalog`] is made.
pub fn assemble(
    mut events: Vec<Event>,
    shared: Vec<SharedModule>,
    envelope: Envelope,
    selector: Option<Vec<String>>,
    version_field: Vec<String>,
    options: &Options,
) -> Catalog {
    if let Some(today) = options.reference_date {
        for event in &mut events {
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
    let mut rejected = Vec::new();
    if options.sunset != SunsetPolicy::Keep {
        let (sunset, kept): (Vec<Event>, Vec<Event>) = events
            .into_iter()
            .partition(|event| event.status == Status::Sunset);
        events = kept;
        if options.sunset == SunsetPolicy::Reject {
            rejected = sunset
                .into_iter()
                .map(|event| (event.name, event.sunset_date))
                .collect();
        }
    }
    Catalog {
        shared,
        events,
        rejected,
        check_definitions: Vec::new(),
        envelope,
        selector,
        version_field,
    }
}
