//! The lifecycle columns of a catalog row: who sends an event, its status, and its dates, each
//! with the one string form the index, the generated tables and the tools use.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// Who sends an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// The vendor sends it; the integration receives it (8x8: in `onMessage`).
    Received,
    /// The integration sends it (8x8: with `system.sendEvent(name, data)`).
    Sent,
}

impl Direction {
    /// Both directions.
    pub const ALL: [Direction; 2] = [Direction::Received, Direction::Sent];

    /// The word the index uses: `received` or `sent`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Received => "received",
            Direction::Sent => "sent",
        }
    }
}

impl fmt::Display for Direction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The error says which words a direction may be.
impl FromStr for Direction {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        Direction::ALL
            .into_iter()
            .find(|direction| direction.as_str() == text)
            .ok_or_else(|| format!("unknown direction `{text}`; expected `received` or `sent`"))
    }
}

/// Lifecycle status of an event, ordered from active to sunset.
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
    /// Every status, from active to sunset.
    pub const ALL: [Status; 3] = [Status::Active, Status::Deprecated, Status::Sunset];

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

/// The error says which words a status may be.
impl FromStr for Status {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        Status::ALL
            .into_iter()
            .find(|status| status.as_str() == text)
            .ok_or_else(|| {
                format!("unknown status `{text}`; expected `active`, `deprecated` or `sunset`")
            })
    }
}

/// A calendar date of the catalog, one that exists (years 1 to 9999).
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

    /// Parses an ISO 8601 calendar date, `YYYY-MM-DD`, rejecting impossible dates.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = text.get(range)?;
            part.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let days = days_in_month(u32::from(year), u32::from(month))?;
        let exists = year >= 1 && (1..=days).contains(&u32::from(day));
        exists.then_some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The UTC calendar date of a Unix timestamp in seconds (as in `SOURCE_DATE_EPOCH`), for
    /// timestamps from 1970 to 9999.
    pub fn from_unix_seconds(seconds: u64) -> Option<Date> {
        // Civil-from-days over 400-year eras (Howard Hinnant's algorithm), in unsigned form.
        let days = seconds / 86_400 + 719_468;
        let era = days / 146_097;
        let day_of_era = days % 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + u64::from(month <= 2);
        Some(Date {
            year: u16::try_from(year).ok().filter(|year| *year <= 9999)?,
            month: u8::try_from(month).ok()?,
            day: u8::try_from(day).ok()?,
        })
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

/// The days of `month` (1 to 12) of the Gregorian `year`; `None` for a month that is not one.
pub(crate) fn days_in_month(year: u32, month: u32) -> Option<u32> {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => Some(31),
        4 | 6 | 9 | 11 => Some(30),
        2 if leap => Some(29),
        2 => Some(28),
        _ => None,
    }
}
