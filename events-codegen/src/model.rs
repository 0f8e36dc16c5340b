//! The validated catalog: every name is a Rust identifier, every date a date, every schema a tree
//! of Rust types. Only types live here; `index` and `schema` build them, `check` and `lifecycle`
//! refine them, `emit` reads them.

use std::fmt;

pub use events_facts::{Date, Direction, Format, Status};

mod checks;
mod rules;

pub use checks::{Check, Checks, Program};
pub use rules::{
    AnyIntegerRules, ArrayRules, IntegerFormat, IntegerRules, NumberRules, TextPattern, TextRules,
};

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
    /// The schemas that `$ref`s in check programs reach, one of each for the whole catalog
    /// (`Check::Definition`); filled just before emission.
    pub check_definitions: Vec<Checks>,
    /// How the catalog's events travel.
    pub envelope: Envelope,
    /// The payload field whose value picks the event among the rows delivered under one name
    /// (the index's `selector`), as keys from the payload's root.
    pub selector: Option<Vec<String>>,
    /// The payload field that names its schema version (the index's `version_field`,
    /// `schemaVersion` by default), as keys from the payload's root.
    pub version_field: Vec<String>,
}

/// How a catalog's events travel: the index's `envelope`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Envelope {
    /// 8x8's partner SDK message, `{"type": "event", "schemaVersion": …, "message":
    /// {"eventName": …, "value": …}}` (the default).
    #[default]
    SdkMessage,
    /// CloudEvents 1.0 in structured JSON: the name in `type`, the payload in `data`.
    CloudEvents {
        /// The extension attribute that says the payload's schema version, when the message
        /// says it outside the payload (`dataversion`).
        version: Option<String>,
    },
    /// The name and the payload at these keys from the message's root (the payload's may be
    /// none, for a message that is its payload, and the name's may go on inside the payload).
    Pointers {
        /// The keys to the name.
        name: Vec<String>,
        /// The keys to the payload.
        payload: Vec<String>,
        /// The keys to the payload's schema version, when the message says it outside the
        /// payload (`["api_version"]`).
        version: Option<Vec<String>>,
    },
}

/// The command-line form, which `parse_envelope` reads back: `8x8`, `cloudevents`,
/// `cloudevents,version=/dataversion`, `name=/type,payload=/data,version=/api_version`.
impl fmt::Display for Envelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = |keys: &[String]| -> String {
            keys.iter()
                .map(|key| format!("/{}", key.replace('~', "~0").replace('/', "~1")))
                .collect()
        };
        match self {
            Envelope::SdkMessage => f.write_str("8x8")?,
            Envelope::CloudEvents { .. } => f.write_str("cloudevents")?,
            Envelope::Pointers { name, payload, .. } => {
                write!(f, "name={},payload={}", pointer(name), pointer(payload))?;
            }
        }
        match self.version_in_message() {
            Some(keys) => write!(f, ",version={}", pointer(&keys)),
            None => Ok(()),
        }
    }
}

impl Envelope {
    /// The keys from the message's root to the member that says the payload's schema version,
    /// when the message says it outside the payload (the catalog's `version_field` is unused
    /// then).
    pub fn version_in_message(&self) -> Option<Vec<String>> {
        match self {
            Envelope::SdkMessage => None,
            Envelope::CloudEvents { version } => version.clone().map(|name| vec![name]),
            Envelope::Pointers { version, .. } => version.clone(),
        }
    }
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
    /// The name the event arrives under (`delivered_as`, else its own name): several rows may
    /// share one, told apart by the catalog's selector.
    pub delivered_as: String,
    /// The value of the catalog's selector field that picks this row among those delivered
    /// under one name (`selector_value`).
    pub selector_value: Option<String>,
    /// Schema versions as listed in the row, in order.
    pub versions: Vec<Version>,
    /// The payload of each listed version whose schema could be built, in the same order.
    pub payloads: Vec<Payload>,
    /// Where the row is, for later diagnostics.
    pub row: Pointer,
}

/// A semantic version `MAJOR.MINOR.PATCH`, with an optional pre-release (`1.0.0-beta.3`),
/// ordered by semantic versioning's precedence.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Version {
    /// Major version.
    pub major: u64,
    /// Minor version.
    pub minor: u64,
    /// Patch version.
    pub patch: u64,
    /// The pre-release identifiers after the `-`, such as `beta.3`.
    pub pre_release: Option<String>,
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
    /// Another name for a type defined elsewhere: a payload whose schema is only a `$ref` to a
    /// shared schema is that shared type itself, generated once for every event that uses it.
    Alias(AliasDef),
    /// A value no Rust type holds exactly, kept as JSON and checked against its whole schema:
    /// where a named type must stand (a payload, a recursive definition).
    Json(JsonDef),
}

/// A newtype of `events_core::RawJson` whose decoding checks the schema's program.
#[derive(Debug, Clone)]
pub struct JsonDef {
    /// Type name, unique in its payload module.
    pub name: String,
    /// The schema's description.
    pub doc: Option<String>,
    /// The whole schema.
    pub program: Box<Program>,
}

/// A type alias: `pub type {name} = {target};`.
#[derive(Debug, Clone)]
pub struct AliasDef {
    /// Type name, unique in its payload module.
    pub name: String,
    /// The type it names.
    pub target: Ty,
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
    /// `additionalProperties: <schema>` beside `properties`: the field that holds the other
    /// properties (`additional_properties`, made to differ from every property's field) and the
    /// type of their values.
    pub additional: Option<(String, Ty)>,
    /// What the object's schema says beyond its fields (`not`, `dependentRequired`, …), checked
    /// when decoding it.
    pub checks: Option<Box<Program>>,
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
    /// What the schema says beyond its branches, checked when decoding it.
    pub checks: Option<Box<Program>>,
}

/// The type of a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    /// `string`, with its length and pattern rules.
    String(TextRules),
    /// `number`: kept as written on the wire (integer or float), with its range rules.
    Number(NumberRules),
    /// `integer` that a Rust integer type holds (its `format`, or bounds within `i64` or
    /// `u64`), with its range rules.
    Integer(IntegerRules),
    /// `integer` of any size (`events_core::Integer`): no `format`, and bounds that no Rust
    /// integer type holds (or none); the bounds as written, `multipleOf` an integer.
    AnyInteger(AnyIntegerRules),
    /// `boolean`.
    Boolean,
    /// `null` and nothing else: `()`.
    Null,
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
    /// A generated type on the heap (`Box<T>`): a reference that would otherwise make a
    /// recursive type contain itself.
    Boxed(Box<Ty>),
    /// The inner type, whose schema says more than the type holds (`not`, `if`, `contains`,
    /// keywords without `type`, …): the value is also checked at decode by the program.
    Checked(Box<Ty>, Box<Program>),
}

impl Ty {
    /// How many arrays, maps and nullables wrap the innermost type (each wraps one type, so
    /// this is a loop, not a recursion).
    pub fn depth(&self) -> usize {
        let mut depth = 0;
        let mut at = self;
        while let Ty::Array(inner, _)
        | Ty::Map(inner, _)
        | Ty::Nullable(inner)
        | Ty::Checked(inner, _) = at
        {
            depth += 1;
            at = inner;
        }
        depth
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)?;
        match &self.pre_release {
            Some(pre_release) => write!(f, "-{pre_release}"),
            None => Ok(()),
        }
    }
}

impl Version {
    /// Parses `MAJOR.MINOR.PATCH` with an optional pre-release (`-beta.3`), without leading
    /// zeros in numbers, as semantic versioning 2.0.0 writes them. Build metadata (`+…`) is
    /// refused: it does not tell two versions apart, so it cannot name a schema.
    pub fn parse(text: &str) -> Option<Version> {
        let is_number = |part: &str| {
            !part.is_empty()
                && part.bytes().all(|b| b.is_ascii_digit())
                && (part == "0" || !part.starts_with('0'))
        };
        let (core, pre_release) = match text.split_once('-') {
            Some((core, pre_release)) => (core, Some(pre_release)),
            None => (text, None),
        };
        let well_formed_pre_release = pre_release.is_none_or(|pre_release| {
            pre_release.split('.').all(|identifier| {
                !identifier.is_empty()
                    && identifier
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    && (!identifier.bytes().all(|b| b.is_ascii_digit()) || is_number(identifier))
            })
        });
        if !well_formed_pre_release {
            return None;
        }
        let mut parts = core
            .split('.')
            .map(|part| is_number(part).then(|| part.parse::<u64>().ok()).flatten());
        let version = Version {
            major: parts.next()??,
            minor: parts.next()??,
            patch: parts.next()??,
            pre_release: pre_release.map(str::to_owned),
        };
        parts.next().is_none().then_some(version)
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        let release = (self.major, self.minor, self.patch);
        release
            .cmp(&(other.major, other.minor, other.patch))
            .then_with(|| match (&self.pre_release, &other.pre_release) {
                (None, None) => Ordering::Equal,
                // A pre-release comes before its release.
                (None, Some(_)) => Ordering::Greater,
                (Some(_), None) => Ordering::Less,
                (Some(mine), Some(theirs)) => {
                    let identifier = |text: &str| match text.parse::<u64>() {
                        Ok(number) => (0, number, String::new()),
                        Err(_) => (1, 0, text.to_owned()),
                    };
                    mine.split('.')
                        .map(identifier)
                        .cmp(theirs.split('.').map(identifier))
                }
            })
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Event {
    /// The payload of the latest schema version, which `Payload` and `Versioned::latest()`
    /// name: the highest release, or the highest pre-release when every version is one (a
    /// `2.0.0-beta.1` beside `1.4.0` is a preview, not the type code should follow).
    pub fn latest_payload(&self) -> Option<&Payload> {
        self.payloads
            .iter()
            .max_by_key(|payload| (payload.version.pre_release.is_none(), &payload.version))
    }
}

impl TypeDef {
    /// Gives the type another name.
    pub fn rename(&mut self, name: String) {
        match self {
            TypeDef::Struct(def) => def.name = name,
            TypeDef::Enum(def) => def.name = name,
            TypeDef::Union(def) => def.name = name,
            TypeDef::Tuple(def) => def.name = name,
            TypeDef::Alias(def) => def.name = name,
            TypeDef::Json(def) => def.name = name,
        }
    }

    /// The type's name in its payload module.
    pub fn name(&self) -> &str {
        match self {
            TypeDef::Struct(def) => &def.name,
            TypeDef::Enum(def) => &def.name,
            TypeDef::Union(def) => &def.name,
            TypeDef::Tuple(def) => &def.name,
            TypeDef::Alias(def) => &def.name,
            TypeDef::Json(def) => &def.name,
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
    fn versions_are_semver_with_pre_releases_in_precedence_order() {
        let ordered = [
            "1.0.0-alpha",
            "1.0.0-alpha.1",
            "1.0.0-alpha.beta",
            "1.0.0-beta",
            "1.0.0-beta.2",
            "1.0.0-beta.11",
            "1.0.0-rc.1",
            "1.0.0",
            "1.0.1-0",
            "1.0.1",
        ];
        let parsed: Vec<Version> = ordered
            .iter()
            .filter_map(|text| Version::parse(text))
            .collect();
        let shown: Vec<String> = parsed.iter().map(Version::to_string).collect();
        assert_eq!(shown, ordered);
        assert!(parsed.windows(2).all(|pair| pair[0] < pair[1]));
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
        assert!(Version::parse("1.0.0+build.5").is_none());
        assert!(Version::parse("1.0.0-").is_none());
        assert!(Version::parse("1.0.0-beta..1").is_none());
        assert!(Version::parse("1.0.0-beta.01").is_none());
        assert!(Version::parse("1.0.0-béta").is_none());
        assert!(Version::parse("").is_none());
    }
}
