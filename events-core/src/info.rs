//! The version table's row type: [`EventInfo`], with its [`Status`] and [`Date`]s.

use std::fmt;

use serde::{Serialize, Serializer};

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

/// Who sends an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// 8x8 sends it; partner apps receive it in `onMessage`.
    Received,
    /// Partner apps send it with `system.sendEvent(name, data)`.
    Sent,
}

/// Lifecycle status of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Sent and supported.
    Active,
    /// Still sent, but scheduled to go away; code naming it gets a deprecation warning.
    Deprecated,
    /// No longer sent; code naming it gets a deprecation warning.
    Sunset,
}

impl Status {
    /// The status as written in the catalog: `active`, `deprecated` or `sunset`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Deprecated => "deprecated",
            Status::Sunset => "sunset",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A calendar date from the catalog, checked to exist when the catalog was compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// Used by generated code only: the generator has already checked that the date exists.
    #[doc(hidden)]
    pub const fn __from_catalog(year: u16, month: u8, day: u8) -> Self {
        Date { year, month, day }
    }

    /// The year.
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub const fn day(self) -> u8 {
        self.day
    }
}

/// ISO 8601, `YYYY-MM-DD`, as in the catalog. Honours width and alignment.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&format!(
            "{:04}-{:02}-{:02}",
            self.year, self.month, self.day
        ))
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
