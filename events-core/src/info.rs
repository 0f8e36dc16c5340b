//! The version table's row type: [`EventInfo`], with its [`Status`] and [`Date`]s.

use serde::Serialize;

pub use events_facts::{Date, Direction, Status};

/// One row of a catalog's version table, as generated into `CATALOG`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct EventInfo {
    /// Wire name, e.g. `aw-interaction-mute-v1`.
    pub name: &'static str,
    /// One-line description.
    pub description: &'static str,
    /// Whether partners receive the event or send it.
    pub direction: Direction,
    /// Schema versions of the payload, in catalog order.
    pub schema_versions: &'static [&'static str],
    /// Lifecycle status.
    pub status: Status,
    /// When the event became available.
    pub active_date: Date,
    /// When the event was deprecated, if it was.
    pub deprecation_date: Option<Date>,
    /// When the event stops (or stopped) being sent, if known.
    pub sunset_date: Option<Date>,
    /// The wire name of the event that replaces this one, if any.
    pub replaced_by: Option<&'static str>,
}
