//! The validated catalog: every name is a Rust identifier, every date a date, every schema a tree
//! of Rust types. Only types live here; `index` and `schema` build them, `check` and `lifecycle`
//! refine them, `emit` reads them.

use std::fmt;
use std::str::FromStr;

use crate::diagnostic::Pointer;
use crate::source::SourceFile;

/// The types of one shared schema file, `defs/<name>.json`.
#[derive(Debug, Clone)]
pub struct SharedModule {
    /// Module name inside `defs`, e.g. `call`.
    pub module: String,
    /// Every type of the file; the root one is named after the file.
    pub types: Vec<TypeDef>,
    /// The file, for diagnostics and rebuild tracking.
    pub file: SourceFile,
}

/// A validated catalog, in index order.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// The shared schemas (`defs/`), each one module of types.
    pub shared: Vec<SharedModule>,
    /// One entry per sound index row.
    pub events: Vec<Event>,
    /// Sunset events left out under `SunsetPolicy::Reject`: `(name, sunset date)`. Decoding one
    /// is an error rather than an unknown event.
    pub rejected: Vec<(String, Option<Date>)>,
}

/// One row of the index with its payload schemas.
#[derive(Debug, Clone)]
pub struct Event {
    /// Wire name, e.g. `aw-interaction-mute-v1`.
    pub name: String,
    /// Variant name in `EventName` and `Event`, e.g. `AwInteractionMuteV1`.
    pub variant: String,
    /// Module holding the payload types, e.g. `aw_interaction_mute_v1`.
    pub module: String,
    /// One-line description from the index.
    pub description: String,
    /// Whether partners receive the event or send it.
    pub direction: Direction,
    /// Lifecycle status.
    pub status: Status,
    /// When the event became available.
    pub active_date: Date,
    /// When the event was deprecated, if it was.
    pub deprecation_date: Option<Date>,
    /// When the event stops (or stopped) being sent, if known.
    pub sunset_date: Option<Date>,
    /// The event that replaces this one, if any.
    pub replaced_by: Option<String>,
    /// Catalog rules the row waives, with the reasons (`waive` in the index).
    pub waivers: Vec<(String, String)>,
    /// Schema versions as listed in the row, in order.
    pub versions: Vec<Version>,
    /// The payload of each listed version whose schema could be built, in the same order.
    pub payloads: Vec<Payload>,
    /// Where the row is, for later diagnostics.
    pub row: Pointer,
}

/// Who sends an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// 8x8 sends it; partner apps receive it in `onMessage`.
    Received,
    /// Partner apps send it with `system.sendEvent(name, data)`.
    Sent,
}

/// Lifecycle status of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Sent and supported.
    Active,
    /// Still sent, but scheduled to go away.
    Deprecated,
    /// No longer sent.
    Sunset,
}

impl Status {
    /// Every status, from active to sunset.
    pub const ALL: [Status; 3] = [Status::Active, Status::Deprecated, Status::Sunset];

    /// The word the index and the vendor table use: `active`, `deprecated` or `sunset`.
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
        f.write_str(self.as_str())
    }
}

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

impl Direction {
    /// The word the index uses: `received` or `sent`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Received => "received",
            Direction::Sent => "sent",
        }
    }
}

impl FromStr for Direction {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        [Direction::Received, Direction::Sent]
            .into_iter()
            .find(|direction| direction.as_str() == text)
            .ok_or_else(|| format!("unknown direction `{text}`; expected `received` or `sent`"))
    }
}

/// A calendar date, validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, 1 to 9999.
    pub year: u16,
    /// Month, 1 to 12.
    pub month: u8,
    /// Day of the month, valid for the month and year.
    pub day: u8,
}

/// A semantic version `MAJOR.MINOR.PATCH`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version {
    /// Major version.
    pub major: u64,
    /// Minor version.
    pub minor: u64,
    /// Patch version.
    pub patch: u64,
}

/// The payload of one (event, schema version): a module of Rust types.
#[derive(Debug, Clone)]
pub struct Payload {
    /// The schema version.
    pub version: Version,
    /// Module name, e.g. `v1_0_0`.
    pub module: String,
    /// Every type of the payload; the root one is named [`ROOT_TYPE`](crate::ROOT_TYPE).
    pub types: Vec<TypeDef>,
    /// The schema file, for diagnostics and rebuild tracking.
    pub file: SourceFile,
}

/// A generated Rust type.
#[derive(Debug, Clone)]
pub enum TypeDef {
    /// An object with known properties.
    Struct(StructDef),
    /// A closed set of strings (`enum`, or `const` with one value).
    Enum(EnumDef),
    /// A value of one of several shapes, tried in order (`anyOf`, `oneOf`).
    Union(UnionDef),
    /// A closed tuple (`prefixItems` with `items: false`).
    Tuple(TupleDef),
}

/// A tuple struct generated from `prefixItems`.
#[derive(Debug, Clone)]
pub struct TupleDef {
    /// Type name, unique in its payload module.
    pub name: String,
    /// The schema's description.
    pub doc: Option<String>,
    /// The type of each item, in order.
    pub items: Vec<Ty>,
    /// How many leading items must be present (`minItems`); the others are `Option`s.
    pub required: usize,
}

/// A struct generated from an object schema.
#[derive(Debug, Clone)]
pub struct StructDef {
    /// Type name, unique in its payload module.
    pub name: String,
    /// The schema's description.
    pub doc: Option<String>,
    /// Fields, sorted by wire name.
    pub fields: Vec<Field>,
    /// `additionalProperties: false`.
    pub deny_unknown: bool,
    /// The name of the field that keeps unknown fields under `unknown_fields = "keep"`: one no
    /// property takes.
    pub unknown_fields: String,
}

/// One property of an object schema.
#[derive(Debug, Clone)]
pub struct Field {
    /// Property name on the wire.
    pub wire: String,
    /// Field name in Rust (possibly `r#`-prefixed).
    pub ident: String,
    /// The property's description.
    pub doc: Option<String>,
    /// The field's type, before optionality.
    pub ty: Ty,
    /// Listed in `required`.
    pub required: bool,
    /// `deprecated: true` on the property.
    pub deprecated: bool,
    /// `default` of an optional property, as JSON text: filled in when the property is absent.
    pub default: Option<String>,
    /// The property's validation keywords as written (`minLength: 1`), for its documentation.
    pub constraints: Vec<String>,
}

/// An enum generated from `enum` or `const`: of strings, or of any JSON values.
#[derive(Debug, Clone)]
pub struct EnumDef {
    /// Type name, unique in its payload module.
    pub name: String,
    /// The schema's description.
    pub doc: Option<String>,
    /// `(variant name, wire string)`, in schema order.
    pub variants: Vec<(String, String)>,
    /// Generated from `const`: the only value is also the default.
    pub is_const: bool,
    /// The values are not all strings: each wire value is JSON text (`1`, `true`, `"low"`),
    /// matched by JSON equality.
    pub is_json: bool,
    /// The name of the variant that keeps values the schema does not list under
    /// `unknown_enum_values = "keep"`: one no value takes.
    pub unknown_variant: String,
}

/// An untagged enum generated from `anyOf` or `oneOf`.
#[derive(Debug, Clone)]
pub struct UnionDef {
    /// Type name, unique in its payload module.
    pub name: String,
    /// The schema's description.
    pub doc: Option<String>,
    /// `(variant name, type)`, tried in this order when decoding.
    pub variants: Vec<(String, Ty)>,
    /// From `oneOf`: a value matching more than one branch is refused.
    pub exclusive: bool,
    /// Every branch is an object with a required `const` string property of this name, a
    /// different value in each: the branch is chosen by it, `(property, value per variant)`.
    pub tag: Option<(String, Vec<String>)>,
}

/// The type of a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    /// `string`, with its length and pattern rules.
    String(TextRules),
    /// `number`: kept as written on the wire (integer or float), with its range rules.
    Number(NumberRules),
    /// `integer`, with its range rules.
    Integer(NumberRules),
    /// `boolean`.
    Boolean,
    /// No constraint (`{}`): any JSON value.
    Any,
    /// A generated type of the same payload module.
    Named(String),
    /// A type of a shared schema (`defs/<file>.json`), generated once in `defs::<module>`.
    Shared {
        /// The module of the shared file.
        module: String,
        /// The type in it.
        name: String,
    },
    /// `array` of the item type, with its count and uniqueness rules.
    Array(Box<Ty>, ArrayRules),
    /// `object` with only `additionalProperties` or `patternProperties`: a string-keyed map,
    /// with the rules its keys follow (`propertyNames`, the `patternProperties` pattern).
    Map(Box<Ty>, TextRules),
    /// The inner type, or `null`.
    Nullable(Box<Ty>),
}

impl Ty {
    /// How many arrays, maps and nullables wrap the innermost type (each wraps one type, so
    /// this is a loop, not a recursion).
    pub fn depth(&self) -> usize {
        let mut depth = 0;
        let mut at = self;
        while let Ty::Array(inner, _) | Ty::Map(inner, _) | Ty::Nullable(inner) = at {
            depth += 1;
            at = inner;
        }
        depth
    }
}

/// The validation keywords of a `string`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextRules {
    /// `minLength`, in characters.
    pub min_length: Option<u64>,
    /// `maxLength`, in characters.
    pub max_length: Option<u64>,
    /// `pattern`.
    pub pattern: Option<TextPattern>,
    /// `format`.
    pub format: Option<StringFormat>,
}

/// A string `format` the decoder enforces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StringFormat {
    /// `date-time` (RFC 3339).
    DateTime,
    /// `date` (RFC 3339 full-date).
    Date,
    /// `time` (RFC 3339 full-time).
    Time,
    /// `email`.
    Email,
    /// `uri` (RFC 3986).
    Uri,
    /// `uuid` (RFC 4122).
    Uuid,
    /// `ipv4`.
    Ipv4,
    /// `ipv6`.
    Ipv6,
}

impl StringFormat {
    /// Every string format, in the order messages list them.
    pub const ALL: [StringFormat; 8] = [
        StringFormat::DateTime,
        StringFormat::Date,
        StringFormat::Time,
        StringFormat::Email,
        StringFormat::Uri,
        StringFormat::Uuid,
        StringFormat::Ipv4,
        StringFormat::Ipv6,
    ];

    /// The name a schema gives the format.
    pub const fn name(self) -> &'static str {
        match self {
            StringFormat::DateTime => "date-time",
            StringFormat::Date => "date",
            StringFormat::Time => "time",
            StringFormat::Email => "email",
            StringFormat::Uri => "uri",
            StringFormat::Uuid => "uuid",
            StringFormat::Ipv4 => "ipv4",
            StringFormat::Ipv6 => "ipv6",
        }
    }

    /// The variant of the runtime's `Format` that checks it.
    pub const fn runtime_variant(self) -> &'static str {
        match self {
            StringFormat::DateTime => "DateTime",
            StringFormat::Date => "Date",
            StringFormat::Time => "Time",
            StringFormat::Email => "Email",
            StringFormat::Uri => "Uri",
            StringFormat::Uuid => "Uuid",
            StringFormat::Ipv4 => "Ipv4",
            StringFormat::Ipv6 => "Ipv6",
        }
    }
}

/// An integer `format`: the Rust type a value gets and the range that type holds. Without a
/// `format`, `int64`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IntegerFormat {
    /// `int8`: `i8`.
    Int8,
    /// `int16`: `i16`.
    Int16,
    /// `int32`: `i32`.
    Int32,
    /// `int64`: `i64`, also for an integer without `format`.
    #[default]
    Int64,
    /// `uint8`: `u8`.
    Uint8,
    /// `uint16`: `u16`.
    Uint16,
    /// `uint32`: `u32`.
    Uint32,
    /// `uint64`: `u64`.
    Uint64,
}

impl IntegerFormat {
    /// Every integer format, in the order messages list them.
    pub const ALL: [IntegerFormat; 8] = [
        IntegerFormat::Int8,
        IntegerFormat::Int16,
        IntegerFormat::Int32,
        IntegerFormat::Int64,
        IntegerFormat::Uint8,
        IntegerFormat::Uint16,
        IntegerFormat::Uint32,
        IntegerFormat::Uint64,
    ];

    /// The name a schema gives the format.
    pub const fn name(self) -> &'static str {
        match self {
            IntegerFormat::Int8 => "int8",
            IntegerFormat::Int16 => "int16",
            IntegerFormat::Int32 => "int32",
            IntegerFormat::Int64 => "int64",
            IntegerFormat::Uint8 => "uint8",
            IntegerFormat::Uint16 => "uint16",
            IntegerFormat::Uint32 => "uint32",
            IntegerFormat::Uint64 => "uint64",
        }
    }

    /// The Rust type of a value.
    pub const fn rust_type(self) -> &'static str {
        match self {
            IntegerFormat::Int8 => "i8",
            IntegerFormat::Int16 => "i16",
            IntegerFormat::Int32 => "i32",
            IntegerFormat::Int64 => "i64",
            IntegerFormat::Uint8 => "u8",
            IntegerFormat::Uint16 => "u16",
            IntegerFormat::Uint32 => "u32",
            IntegerFormat::Uint64 => "u64",
        }
    }

    /// The smallest and largest value the Rust type holds.
    pub const fn range(self) -> (i128, i128) {
        match self {
            IntegerFormat::Int8 => (i8::MIN as i128, i8::MAX as i128),
            IntegerFormat::Int16 => (i16::MIN as i128, i16::MAX as i128),
            IntegerFormat::Int32 => (i32::MIN as i128, i32::MAX as i128),
            IntegerFormat::Int64 => (i64::MIN as i128, i64::MAX as i128),
            IntegerFormat::Uint8 => (0, u8::MAX as i128),
            IntegerFormat::Uint16 => (0, u16::MAX as i128),
            IntegerFormat::Uint32 => (0, u32::MAX as i128),
            IntegerFormat::Uint64 => (0, u64::MAX as i128),
        }
    }
}

/// A `pattern`, as written (ECMA-262) and as the `regex` crate runs it with the same meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextPattern {
    /// The expression as the schema writes it.
    pub source: String,
    /// The same expression for the `regex` crate.
    pub translated: String,
}

/// The validation keywords of a `number` or `integer`, each as written in the schema.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NumberRules {
    /// `minimum`.
    pub minimum: Option<String>,
    /// `exclusiveMinimum` (a number, as in JSON Schema 2019-09 and later).
    pub exclusive_minimum: Option<String>,
    /// `maximum`.
    pub maximum: Option<String>,
    /// `exclusiveMaximum`.
    pub exclusive_maximum: Option<String>,
    /// `multipleOf`, greater than zero.
    pub multiple_of: Option<String>,
    /// `format` of an integer; `None` for a `number`, and for an integer without `format`
    /// (which is `int64`).
    pub format: Option<IntegerFormat>,
}

/// The validation keywords of an `array`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArrayRules {
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// `uniqueItems: true`.
    pub unique: bool,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

impl Date {
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
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        let exists = year >= 1 && (1..=days_in_month).contains(&day);
        exists.then_some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }
}

impl Date {
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

impl Version {
    /// Parses `MAJOR.MINOR.PATCH` without leading zeros, pre-release or build metadata.
    pub fn parse(text: &str) -> Option<Version> {
        let mut parts = text.split('.').map(|part| {
            let canonical = !part.is_empty()
                && part.bytes().all(|b| b.is_ascii_digit())
                && (part == "0" || !part.starts_with('0'));
            canonical.then(|| part.parse::<u64>().ok()).flatten()
        });
        let version = Version {
            major: parts.next()??,
            minor: parts.next()??,
            patch: parts.next()??,
        };
        parts.next().is_none().then_some(version)
    }
}

impl TypeDef {
    /// The type's name in its payload module.
    pub fn name(&self) -> &str {
        match self {
            TypeDef::Struct(def) => &def.name,
            TypeDef::Enum(def) => &def.name,
            TypeDef::Union(def) => &def.name,
            TypeDef::Tuple(def) => &def.name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Date, Version};

    #[test]
    fn dates_are_iso_and_possible() {
        assert_eq!(
            Date::parse("2025-03-26").map(|d| d.to_string()).as_deref(),
            Some("2025-03-26")
        );
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2025-02-29").is_none());
        assert!(Date::parse("2025-02-30").is_none());
        assert!(Date::parse("2025-13-01").is_none());
        assert!(Date::parse("26 March 2025").is_none());
        assert!(Date::parse("2025-3-26").is_none());
        assert!(Date::parse("+025-03-26").is_none());
    }

    #[test]
    fn unix_seconds_become_utc_dates() {
        let date = |seconds| Date::from_unix_seconds(seconds).map(|d| d.to_string());
        assert_eq!(date(0).as_deref(), Some("1970-01-01"));
        assert_eq!(date(951_782_400).as_deref(), Some("2000-02-29"));
        assert_eq!(date(1_742_947_199).as_deref(), Some("2025-03-25"));
        assert_eq!(date(1_742_947_200).as_deref(), Some("2025-03-26"));
        assert_eq!(date(u64::MAX), None);
    }

    #[test]
    fn versions_are_plain_semver() {
        assert_eq!(
            Version::parse("1.0.10").map(|v| v.to_string()).as_deref(),
            Some("1.0.10")
        );
        assert!(Version::parse("1.0").is_none());
        assert!(Version::parse("1.0.0.0").is_none());
        assert!(Version::parse("01.0.0").is_none());
        assert!(Version::parse("1.0.0-beta").is_none());
        assert!(Version::parse("").is_none());
    }
}
