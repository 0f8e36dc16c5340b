//! The user's choices, as `include_catalog!(…, name = "value")` and `events expand --option
//! name=value` spell them: one parser and one set of messages for both.

use std::str::FromStr;

use crate::model::Date;

/// How the catalog is generated.
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

/// The names of the options, as the macro and the command line spell them.
pub const OPTION_NAMES: [&str; 3] = ["reference_date", "sunset", "unknown_fields"];

/// The value of `reference_date` that reads the `SOURCE_DATE_EPOCH` environment variable.
pub const SOURCE_DATE_EPOCH: &str = "source_date_epoch";

impl Options {
    /// Sets the option `name` from its textual `value`. `reference_date = source_date_epoch`
    /// reads the date from `source_date_epoch`, the value of the `SOURCE_DATE_EPOCH` environment
    /// variable if it is set. The error says what was expected.
    pub fn set(
        &mut self,
        name: &str,
        value: &str,
        source_date_epoch: Option<&str>,
    ) -> Result<(), String> {
        match name {
            "reference_date" if value == SOURCE_DATE_EPOCH => {
                self.reference_date = Some(date_from_epoch(source_date_epoch)?);
            }
            "reference_date" => self.reference_date = Some(value.parse()?),
            "sunset" => self.sunset = value.parse()?,
            "unknown_fields" => self.unknown_fields = value.parse()?,
            other => {
                return Err(format!(
                    "unknown option `{other}`; expected `{}`",
                    OPTION_NAMES.join("`, `")
                ));
            }
        }
        Ok(())
    }
}

fn date_from_epoch(source_date_epoch: Option<&str>) -> Result<Date, String> {
    let value = source_date_epoch.ok_or(
        "`reference_date = source_date_epoch` needs the SOURCE_DATE_EPOCH environment variable",
    )?;
    value
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(Date::from_unix_seconds)
        .ok_or_else(|| format!("SOURCE_DATE_EPOCH is `{value}`, not a Unix time in seconds"))
}

impl FromStr for Date {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        Date::parse(text).ok_or_else(|| {
            format!("`{text}` is not an ISO 8601 date; expected one like \"2026-01-01\" or `{SOURCE_DATE_EPOCH}`")
        })
    }
}

impl FromStr for SunsetPolicy {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "keep" => Ok(SunsetPolicy::Keep),
            "unknown" => Ok(SunsetPolicy::Unknown),
            "reject" => Ok(SunsetPolicy::Reject),
            _ => Err(format!(
                "unknown sunset policy `{text}`; expected \"keep\", \"unknown\" or \"reject\""
            )),
        }
    }
}

impl FromStr for UnknownFields {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "ignore" => Ok(UnknownFields::Ignore),
            "keep" => Ok(UnknownFields::Keep),
            _ => Err(format!(
                "unknown `unknown_fields` value `{text}`; expected \"ignore\" or \"keep\""
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_parses_and_explains_its_errors() {
        let mut options = Options::default();
        options.set("sunset", "reject", None).unwrap();
        options.set("unknown_fields", "keep", None).unwrap();
        options.set("reference_date", "2026-03-01", None).unwrap();
        assert_eq!(options.reference_date.unwrap().to_string(), "2026-03-01");
        options
            .set("reference_date", SOURCE_DATE_EPOCH, Some("1742947200"))
            .unwrap();
        assert_eq!(options.reference_date.unwrap().to_string(), "2025-03-26");
        assert_eq!(options.sunset, SunsetPolicy::Reject);
        assert_eq!(options.unknown_fields, UnknownFields::Keep);
        assert!(
            options
                .set("sunset", "drop", None)
                .unwrap_err()
                .contains("\"keep\"")
        );
        assert!(
            options
                .set("colour", "x", None)
                .unwrap_err()
                .contains("`reference_date`")
        );
        assert!(
            options
                .set("reference_date", SOURCE_DATE_EPOCH, None)
                .unwrap_err()
                .contains("needs the SOURCE_DATE_EPOCH")
        );
        assert!(options.set("reference_date", "2025-02-30", None).is_err());
    }
}
