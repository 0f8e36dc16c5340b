//! The user's choices, as `include_catalog!(…, name = "value")` and `events expand --option
//! name=value` spell them: one parser and one set of messages for both.

use std::fmt;
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
    /// What string enums do with a value the schema does not list.
    pub unknown_enum_values: UnknownEnumValues,
    /// Which part of the catalog this expansion generates.
    pub layout: Layout,
}

/// What a string enum does with a value the schema does not list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum UnknownEnumValues {
    /// Decoding fails naming the value and the path, as the vendor's own validator does.
    #[default]
    Reject,
    /// The value is kept in the enum's `Unknown` variant and written back unchanged, so that a
    /// value the vendor adds does not make the whole event fail.
    Keep,
}

/// Which part of the catalog an expansion generates: all of it in one crate, or a catalog split
/// over several crates (shards) and composed by one more, so that editing one schema recompiles
/// one shard and the thin composing crate instead of every payload type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Layout {
    /// Everything in the invoking crate.
    #[default]
    Whole,
    /// `shard = "K/N"`: the payload modules of the events whose name hash is `K` modulo `N`,
    /// each with a non-generic decode function, so that their code is compiled in this crate.
    /// A shard reports no diagnostics: the composing crate reports every defect of the catalog.
    Shard {
        /// `K`.
        index: u32,
        /// `N`.
        count: u32,
    },
    /// `shards = "path_{}/N"`: `EventName`, `CATALOG`, `Event` and `Envelope`, with the payload
    /// modules of shard `K` reached at the path with `{}` replaced by `K`, and re-exported.
    Composed(ShardPaths),
}

/// Where the shards of a composed catalog are: a Rust path with `{}` for the shard number
/// (`my_events_{}` names the crates `my_events_0`, `my_events_1`, …), and how many there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShardPaths {
    prefix: String,
    suffix: String,
    /// How many shards there are.
    pub count: u32,
}

impl ShardPaths {
    /// The path of shard `index`, absolute (`::my_events_3`) unless it starts at `crate`.
    pub fn path(&self, index: u32) -> String {
        format!("{}{index}{}", self.prefix, self.suffix)
    }
}

/// More shards than this is a typo, not a layout.
const MAX_SHARDS: u32 = 4096;

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
pub const OPTION_NAMES: [&str; 6] = [
    "reference_date",
    "sunset",
    "unknown_fields",
    "unknown_enum_values",
    "shard",
    "shards",
];

/// The value of `reference_date` that reads the `SOURCE_DATE_EPOCH` environment variable.
pub const SOURCE_DATE_EPOCH: &str = "source_date_epoch";

/// Why [`Options::set`] refused an option, and so whether its name or its value is at fault
/// (the macro points at that one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionError {
    /// No option has this name.
    UnknownName(String),
    /// The value is not one the option takes, or the option cannot stand with one given
    /// before; the message says what was expected.
    BadValue(String),
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptionError::UnknownName(message) | OptionError::BadValue(message) => {
                f.write_str(message)
            }
        }
    }
}

impl std::error::Error for OptionError {}

impl Options {
    /// Sets the option `name` from its textual `value`. `reference_date = source_date_epoch`
    /// reads the date from `source_date_epoch`, the value of the `SOURCE_DATE_EPOCH` environment
    /// variable if it is set. The error says what was expected.
    pub fn set(
        &mut self,
        name: &str,
        value: &str,
        source_date_epoch: Option<&str>,
    ) -> Result<(), OptionError> {
        self.set_known(name, value, source_date_epoch)
            .map_err(OptionError::BadValue)?
            .ok_or_else(|| {
                OptionError::UnknownName(format!(
                    "unknown option `{name}`; expected `{}`",
                    OPTION_NAMES.join("`, `")
                ))
            })
    }

    /// [`set`](Self::set) for a known `name`; `Ok(None)` when no option has that name.
    fn set_known(
        &mut self,
        name: &str,
        value: &str,
        source_date_epoch: Option<&str>,
    ) -> Result<Option<()>, String> {
        match name {
            "reference_date" if value == SOURCE_DATE_EPOCH => {
                self.reference_date = Some(date_from_epoch(source_date_epoch)?);
            }
            "reference_date" => self.reference_date = Some(reference_date(value)?),
            "sunset" => self.sunset = value.parse()?,
            "unknown_fields" => self.unknown_fields = value.parse()?,
            "unknown_enum_values" => self.unknown_enum_values = value.parse()?,
            "shard" | "shards" if self.layout != Layout::Whole => {
                return Err(
                    "`shard` and `shards` are given together; a crate is either one shard or the crate composing them"
                        .to_owned(),
                );
            }
            "shard" => {
                let (index, count) = shard_fraction(value)?;
                self.layout = Layout::Shard { index, count };
            }
            "shards" => self.layout = Layout::Composed(value.parse()?),
            _ => return Ok(None),
        }
        Ok(Some(()))
    }
}

impl FromStr for UnknownEnumValues {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "reject" => Ok(UnknownEnumValues::Reject),
            "keep" => Ok(UnknownEnumValues::Keep),
            _ => Err(format!(
                "unknown `unknown_enum_values` value `{text}`; expected \"reject\" or \"keep\""
            )),
        }
    }
}

/// `"K/N"` with `K < N`.
fn shard_fraction(text: &str) -> Result<(u32, u32), String> {
    let explain = || format!("`{text}` is not a shard; expected \"K/N\" with K < N, like \"0/4\"");
    let (index, count) = text.split_once('/').ok_or_else(explain)?;
    let index: u32 = index.trim().parse().map_err(|_| explain())?;
    let count = shard_count(count, text)?;
    if index >= count {
        return Err(explain());
    }
    Ok((index, count))
}

fn shard_count(count: &str, text: &str) -> Result<u32, String> {
    match count.trim().parse::<u32>() {
        Ok(count @ 1..=MAX_SHARDS) => Ok(count),
        _ => Err(format!(
            "`{text}` does not give a shard count from 1 to {MAX_SHARDS} after the `/`"
        )),
    }
}

impl FromStr for ShardPaths {
    type Err = String;

    /// `"my_events_{}/8"` or `"crate::shards::part_{}/8"`: a path with one `{}`, then the count.
    fn from_str(text: &str) -> Result<Self, String> {
        let explain = |why: &str| {
            format!(
                "`{text}` {why}; expected a path with `{{}}` for the shard number and the count of shards, like \"my_events_{{}}/4\""
            )
        };
        let (template, count) = text.rsplit_once('/').ok_or_else(|| explain("has no `/`"))?;
        let count = shard_count(count, text)?;
        let (prefix, suffix) = template
            .split_once("{}")
            .filter(|(_, suffix)| !suffix.contains("{}"))
            .ok_or_else(|| explain("does not have exactly one `{}`"))?;
        let sample = format!("{prefix}0{suffix}");
        let relative = sample.strip_prefix("::").unwrap_or(&sample);
        let segments: Vec<&str> = relative.split("::").collect();
        let valid = segments.iter().enumerate().all(|(position, segment)| {
            let first = segment.chars().next();
            (position == 0 && *segment == "crate")
                || (first.is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                    && *segment != "_"
                    && segment
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_'))
        });
        if !valid {
            return Err(explain("is not a Rust path once `{}` is a number"));
        }
        let prefix = if segments[0] == "crate" || prefix.starts_with("::") {
            prefix.to_owned()
        } else {
            format!("::{prefix}")
        };
        Ok(ShardPaths {
            prefix,
            suffix: suffix.to_owned(),
            count,
        })
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

/// The date of `reference_date = "YYYY-MM-DD"`.
fn reference_date(text: &str) -> Result<Date, String> {
    Date::parse(text).ok_or_else(|| {
        format!("`{text}` is not an ISO 8601 date; expected one like \"2026-01-01\" or `{SOURCE_DATE_EPOCH}`")
    })
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
        options.set("unknown_enum_values", "keep", None).unwrap();
        assert_eq!(options.unknown_enum_values, UnknownEnumValues::Keep);
        assert!(
            options
                .set("unknown_enum_values", "drop", None)
                .unwrap_err()
                .to_string()
                .contains("\"reject\"")
        );
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
                .to_string()
                .contains("\"keep\"")
        );
        assert!(
            options
                .set("colour", "x", None)
                .unwrap_err()
                .to_string()
                .contains("`reference_date`")
        );
        assert!(
            options
                .set("reference_date", SOURCE_DATE_EPOCH, None)
                .unwrap_err()
                .to_string()
                .contains("needs the SOURCE_DATE_EPOCH")
        );
        assert!(options.set("reference_date", "2025-02-30", None).is_err());
        // The macro points at the name of an unknown option, at the value otherwise.
        assert!(matches!(
            options.set("colour", "x", None),
            Err(OptionError::UnknownName(_))
        ));
        assert!(matches!(
            options.set("sunset", "drop", None),
            Err(OptionError::BadValue(_))
        ));
    }

    /// Each name of `OPTION_NAMES` is one `set` knows, and one the macro's documentation and
    /// the README show being given, so that an option added in one place only fails here.
    #[test]
    fn every_option_name_is_read_and_documented() {
        let read = |file: &str| {
            let path = format!("{}/../{file}", env!("CARGO_MANIFEST_DIR"));
            std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
        };
        let (macro_docs, readme) = (read("events-macros/src/lib.rs"), read("README.md"));
        for name in OPTION_NAMES {
            let refused = Options::default().set(name, "\u{0}", None);
            assert!(matches!(refused, Err(OptionError::BadValue(_))), "{name}");
            let given = format!("`{name} = ");
            assert!(macro_docs.contains(&format!("/// - {given}")), "{name}");
            assert!(readme.contains(&format!("{name} = ")), "{name}");
        }
    }

    #[test]
    fn shard_options_parse_and_explain_their_errors() {
        let mut shard = Options::default();
        shard.set("shard", "2/8", None).unwrap();
        assert_eq!(shard.layout, Layout::Shard { index: 2, count: 8 });
        let error = shard.set("shards", "x_{}/8", None).unwrap_err();
        assert!(matches!(&error, OptionError::BadValue(_)), "{error}");
        assert!(error.to_string().contains("given together"), "{error}");
        for bad in ["8/8", "1", "a/2", "0/0", "0/99999"] {
            let error = Options::default().set("shard", bad, None).unwrap_err();
            assert!(error.to_string().contains(bad), "{bad}: {error}");
        }

        let mut composed = Options::default();
        composed.set("shards", "my_events_{}/3", None).unwrap();
        let Layout::Composed(paths) = &composed.layout else {
            panic!("{:?}", composed.layout);
        };
        assert_eq!((paths.path(2).as_str(), paths.count), ("::my_events_2", 3));
        let crate_relative: ShardPaths = "crate::parts::part_{}_of_3/3".parse().unwrap();
        assert_eq!(crate_relative.path(0), "crate::parts::part_0_of_3");
        for bad in [
            "x/3",
            "x_{}_{}/3",
            "{}/3",
            "x-{}/3",
            "x_{}",
            "x::_::{}/2",
            "x_{}/0",
        ] {
            assert!(bad.parse::<ShardPaths>().is_err(), "{bad}");
        }
    }
}
