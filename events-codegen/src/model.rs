//! The validated catalog: every name is a Rust identifier, every date a date, every schema a tree
//! of Rust types. Built from the raw files by [`build`], which checks the rules that concern one
//! row or one schema file; rules that span rows or files live in `check`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;
use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::ident;
use crate::load::{LoadedCatalog, SchemaFile, SourceFile};
use crate::raw::{RawAdditionalProperties, RawIndex, RawRow, RawSchema};

/// The name of the root type of every payload module.
pub const ROOT_TYPE: &str = "Payload";

/// A validated catalog, in index order.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// One entry per index row that could be read.
    pub events: Vec<Event>,
    /// The index was read and parsed; when it was not, rules about its rows cannot be checked.
    pub index_parsed: bool,
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
    /// Schema versions as listed in the row, in order.
    pub versions: Vec<Version>,
    /// The payload of each listed version whose schema could be built, in the same order.
    pub payloads: Vec<Payload>,
    /// Where the row is, for later diagnostics.
    pub row_pointer: Vec<String>,
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
    /// Every type of the payload; the root one is named [`ROOT_TYPE`].
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
}

/// An enum generated from `enum` or `const`.
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
}

/// The type of a value.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    /// `string`.
    String,
    /// `number`: kept as written on the wire (integer or float).
    Number,
    /// `integer`.
    Integer,
    /// `boolean`.
    Boolean,
    /// No constraint (`{}`): any JSON value.
    Any,
    /// A generated type of the same payload module.
    Named(String),
    /// `array` of the item type.
    Array(Box<Ty>),
    /// `object` with only `additionalProperties`: a string-keyed map.
    Map(Box<Ty>),
    /// The inner type, or `null`.
    Nullable(Box<Ty>),
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

    /// Module name of the payload of this version, e.g. `v1_0_0`.
    pub fn module(&self) -> String {
        format!("v{}_{}_{}", self.major, self.minor, self.patch)
    }
}

impl TypeDef {
    /// The type's name in its payload module.
    pub fn name(&self) -> &str {
        match self {
            TypeDef::Struct(def) => &def.name,
            TypeDef::Enum(def) => &def.name,
            TypeDef::Union(def) => &def.name,
        }
    }
}

/// Builds the model of everything `loaded` holds, adding a diagnostic for each defect found in a
/// single row or a single schema file. Rows and schemas with defects are left out.
pub fn build(loaded: &LoadedCatalog, diagnostics: &mut Vec<Diagnostic>) -> Catalog {
    let mut catalog = Catalog {
        events: Vec::new(),
        index_parsed: false,
        rejected: Vec::new(),
    };
    let Some(index) = &loaded.index else {
        return catalog;
    };
    let rows = match parse_file::<RawIndex>(index, diagnostics) {
        Some(raw) => raw.events,
        None => return catalog,
    };
    catalog.index_parsed = true;
    for (position, row) in rows.iter().enumerate() {
        let pointer = vec!["events".to_owned(), position.to_string()];
        if let Some(event) = build_event(index, row, pointer, loaded, diagnostics) {
            catalog.events.push(event);
        }
    }
    catalog
}

fn parse_file<T: for<'de> Deserialize<'de>>(
    file: &SourceFile,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<T> {
    let mut deserializer = serde_json::Deserializer::from_str(&file.text);
    let parsed = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(value) => value,
        Err(error) => {
            diagnostics.push(Diagnostic::from_serde(file, &[], error));
            return None;
        }
    };
    // Text after the document is as much a syntax error as a missing brace.
    if let Err(error) = deserializer.end() {
        diagnostics.push(Diagnostic::from_json_error(file, Vec::new(), error));
        return None;
    }
    Some(parsed)
}

fn build_event(
    index: &SourceFile,
    row: &Value,
    pointer: Vec<String>,
    loaded: &LoadedCatalog,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Event> {
    let raw: RawRow = match serde_path_to_error::deserialize(row) {
        Ok(raw) => raw,
        Err(error) => {
            diagnostics.push(Diagnostic::from_serde(index, &pointer, error));
            return None;
        }
    };
    let errors_before = diagnostics.len();
    let mut report = |key: &str, message: String| {
        let mut at = pointer.clone();
        at.push(key.to_owned());
        diagnostics.push(Diagnostic::at(index, &at, message));
    };

    let variant = ident::type_name(&raw.name);
    let module = ident::field_name(&raw.name);
    if !is_event_name(&raw.name) {
        report(
            "name",
            format!(
                "event name `{}` must be lower-case words joined by `-` and end in `-v<N>`, like `aw-interaction-mute-v1`",
                raw.name
            ),
        );
    }
    let direction = match raw.direction.as_deref() {
        None | Some("received") => Some(Direction::Received),
        Some("sent") => Some(Direction::Sent),
        Some(other) => {
            report(
                "direction",
                format!("unknown direction `{other}`; expected `received` or `sent`"),
            );
            None
        }
    };
    let status = match raw.status.as_str() {
        "active" => Some(Status::Active),
        "deprecated" => Some(Status::Deprecated),
        "sunset" => Some(Status::Sunset),
        other => {
            report(
                "status",
                format!("unknown status `{other}`; expected `active`, `deprecated` or `sunset`"),
            );
            None
        }
    };
    let mut date = |key: &str, text: Option<&str>| -> Option<Date> {
        let text = text?;
        let parsed = Date::parse(text);
        if parsed.is_none() {
            report(
                key,
                format!(
                    "`{text}` is not a valid ISO 8601 date; write it as YYYY-MM-DD, like `2025-03-26`"
                ),
            );
        }
        parsed
    };
    let active_date = date("active_date", Some(&raw.active_date));
    let deprecation_date = date("deprecation_date", raw.deprecation_date.as_deref());
    let sunset_date = date("sunset_date", raw.sunset_date.as_deref());

    let mut versions = Vec::new();
    for (position, text) in raw.schema_versions.iter().enumerate() {
        let at = [
            &pointer[..],
            &["schema_versions".to_owned(), position.to_string()],
        ]
        .concat();
        match Version::parse(text) {
            Some(version) => versions.push((version, at)),
            None => diagnostics.push(Diagnostic::at(
                index,
                &at,
                format!("schema version `{text}` is not a semantic version like `1.0.0`"),
            )),
        }
    }
    // A sound row is generated even when one of its schemas is not, so that code naming the
    // event does not fail with secondary errors.
    if diagnostics.len() > errors_before {
        return None;
    }

    let mut payloads: Vec<Payload> = Vec::new();
    for (version, at) in &versions {
        // A version listed twice is reported by `check`; it is generated once.
        if payloads.iter().any(|payload| payload.version == *version) {
            continue;
        }
        let file = loaded
            .schemas
            .iter()
            .find(|file| file.event == raw.name && Version::parse(&file.version) == Some(*version));
        let unreadable = loaded
            .unreadable_schemas
            .iter()
            .any(|(event, text)| *event == raw.name && Version::parse(text) == Some(*version));
        match file {
            Some(file) => payloads.extend(build_payload(file, *version, diagnostics)),
            None if unreadable => {}
            None => diagnostics.push(Diagnostic::at(
                index,
                at,
                format!(
                    "no schema file for `{}` version {version}; add `schemas/{}/{version}.json`",
                    raw.name, raw.name
                ),
            )),
        }
    }

    Some(Event {
        variant: variant?,
        module: module?,
        name: raw.name,
        description: raw.description,
        direction: direction?,
        status: status?,
        active_date: active_date?,
        deprecation_date,
        sunset_date,
        replaced_by: raw.replaced_by,
        versions: versions.into_iter().map(|(version, _)| version).collect(),
        payloads,
        row_pointer: pointer,
    })
}

/// Lower-case ASCII words (letters and digits, the first starting with a letter) joined by single
/// `-`, the last being `v` and a number.
fn is_event_name(name: &str) -> bool {
    let words: Vec<&str> = name.split('-').collect();
    let well_formed = name.starts_with(|c: char| c.is_ascii_lowercase())
        && words.iter().all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    let versioned = words.len() >= 2
        && words
            .last()
            .and_then(|last| last.strip_prefix('v'))
            .is_some_and(|n| Version::parse(&format!("{n}.0.0")).is_some());
    well_formed && versioned
}

fn build_payload(
    file: &SchemaFile,
    version: Version,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Payload> {
    let source = &file.source;
    let errors_before_parse = diagnostics.len();
    let Some(raw) = parse_file::<RawSchema>(source, diagnostics) else {
        for diagnostic in &mut diagnostics[errors_before_parse..] {
            diagnostic.message = explain_unknown_keyword(&diagnostic.message);
        }
        return None;
    };
    let errors_before = diagnostics.len();
    let mut converter = Converter {
        file: source,
        diagnostics,
        defs: raw.defs.as_ref(),
        def_types: BTreeMap::new(),
        types: Vec::new(),
    };
    let root = converter.convert(&raw, ROOT_TYPE, &[], true);
    let types = converter.types;
    if !matches!(root, Some(Ty::Named(ref name)) if name == ROOT_TYPE)
        && diagnostics.len() == errors_before
    {
        diagnostics.push(Diagnostic::at::<&str>(
            source,
            &[],
            "a payload schema must be an object with `properties`",
        ));
    }
    check_schema_version_literal(source, &types, version, diagnostics);
    (diagnostics.len() == errors_before).then(|| Payload {
        version,
        module: version.module(),
        types,
        file: source.clone(),
    })
}

/// serde says "unknown field" of what, in a schema, is a keyword the generator does not support.
fn explain_unknown_keyword(message: &str) -> String {
    match message.strip_prefix("unknown field ") {
        Some(rest) => {
            let (keyword, supported) = rest.split_once(", expected one of ").unwrap_or((rest, ""));
            format!("unsupported JSON Schema keyword {keyword}; the generator supports {supported}")
        }
        None => message.to_owned(),
    }
}

/// The `schemaVersion` property, when it is a literal, must name the file's own version, or no
/// payload could ever decode.
fn check_schema_version_literal(
    file: &SourceFile,
    types: &[TypeDef],
    version: Version,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let Some(TypeDef::Struct(root)) = types.iter().find(|def| def.name() == ROOT_TYPE) else {
        return;
    };
    let Some(Field {
        ty: Ty::Named(enum_name),
        ..
    }) = root
        .fields
        .iter()
        .find(|field| field.wire == "schemaVersion")
    else {
        return;
    };
    let literal = types.iter().find_map(|def| match def {
        TypeDef::Enum(def) if &def.name == enum_name && def.is_const => Some(&def.variants[0].1),
        _ => None,
    });
    if let Some(literal) = literal.filter(|literal| **literal != version.to_string()) {
        diagnostics.push(Diagnostic::at(
            file,
            &["properties", "schemaVersion", "const"],
            format!("`schemaVersion` is the literal `{literal}` but this file is the schema of version {version}"),
        ));
    }
}

/// Turns one schema file into types, naming nested types after their path.
struct Converter<'a> {
    file: &'a SourceFile,
    diagnostics: &'a mut Vec<Diagnostic>,
    defs: Option<&'a BTreeMap<String, RawSchema>>,
    /// Definitions already converted (`Some`) or being converted (`None`, to catch cycles).
    def_types: BTreeMap<String, Option<Ty>>,
    types: Vec<TypeDef>,
}

const TYPE_NAMES: &[&str] = &[
    "string", "number", "integer", "boolean", "object", "array", "null",
];

impl Converter<'_> {
    fn error(&mut self, pointer: &[String], message: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::at(self.file, pointer, message));
    }

    fn child(pointer: &[String], keys: &[&str]) -> Vec<String> {
        let mut child = pointer.to_vec();
        child.extend(keys.iter().map(|key| (*key).to_owned()));
        child
    }

    /// The type of `schema`; a struct, enum or union it needs is added to `self.types` under
    /// `name`. `None` after reporting a defect.
    fn convert(
        &mut self,
        schema: &RawSchema,
        name: &str,
        pointer: &[String],
        is_root: bool,
    ) -> Option<Ty> {
        if !is_root {
            for (present, keyword) in [
                (schema.defs.is_some(), "$defs"),
                (schema.dialect.is_some(), "$schema"),
                (schema.id.is_some(), "$id"),
            ] {
                if present {
                    self.error(
                        &Self::child(pointer, &[keyword]),
                        format!("`{keyword}` is supported at the top of a schema file only"),
                    );
                }
            }
        }
        if let Some(reference) = &schema.reference {
            return self.convert_reference(schema, reference, pointer);
        }
        if let Some(constant) = &schema.constant {
            return self.convert_enum(schema, name, pointer, std::slice::from_ref(constant), true);
        }
        if let Some(values) = &schema.enumeration {
            return self.convert_enum(schema, name, pointer, values, false);
        }
        if let Some((keyword, branches)) = schema
            .any_of
            .as_ref()
            .map(|b| ("anyOf", b))
            .or_else(|| schema.one_of.as_ref().map(|b| ("oneOf", b)))
        {
            if let Some(extra) = schema.types.as_ref().map(|_| "type") {
                self.error(
                    &Self::child(pointer, &[extra]),
                    format!("`{extra}` cannot be combined with `{keyword}`; put it in each branch"),
                );
                return None;
            }
            return self.convert_union(schema, name, &Self::child(pointer, &[keyword]), branches);
        }
        let Some(types) = &schema.types else {
            let constrained = schema.properties.is_some()
                || schema.items.is_some()
                || schema.required.is_some()
                || schema.additional_properties.is_some();
            if constrained {
                self.error(
                    pointer,
                    "add a `type`: the generator does not infer it from other keywords",
                );
                return None;
            }
            return Some(Ty::Any);
        };
        let type_pointer = Self::child(pointer, &["type"]);
        let mut names = Vec::new();
        for type_name in &types.0 {
            if !TYPE_NAMES.contains(&type_name.as_str()) {
                self.error(
                    &type_pointer,
                    format!(
                        "unknown type \"{type_name}\"; expected one of {}",
                        TYPE_NAMES.join(", ")
                    ),
                );
                return None;
            }
            names.push(type_name.as_str());
        }
        let nullable = names.contains(&"null");
        names.retain(|n| *n != "null");
        let base = match names.as_slice() {
            [single] => self.convert_typed(schema, single, name, pointer)?,
            [] => {
                self.error(
                    &type_pointer,
                    "a value that can only be `null` is not supported",
                );
                return None;
            }
            _ => {
                self.error(
                    &type_pointer,
                    "several non-null types are not supported; use `anyOf` with one schema per type",
                );
                return None;
            }
        };
        Some(if nullable {
            Ty::Nullable(Box::new(base))
        } else {
            base
        })
    }

    fn convert_typed(
        &mut self,
        schema: &RawSchema,
        type_name: &str,
        name: &str,
        pointer: &[String],
    ) -> Option<Ty> {
        let misplaced = [
            (
                schema.properties.is_some() && type_name != "object",
                "properties",
                "object",
            ),
            (
                schema.required.is_some() && type_name != "object",
                "required",
                "object",
            ),
            (
                schema.additional_properties.is_some() && type_name != "object",
                "additionalProperties",
                "object",
            ),
            (
                schema.items.is_some() && type_name != "array",
                "items",
                "array",
            ),
        ];
        for (wrong, keyword, applies_to) in misplaced {
            if wrong {
                self.error(
                    &Self::child(pointer, &[keyword]),
                    format!("`{keyword}` applies to type \"{applies_to}\", not \"{type_name}\""),
                );
                return None;
            }
        }
        match type_name {
            "string" => Some(Ty::String),
            "number" => Some(Ty::Number),
            "integer" => Some(Ty::Integer),
            "boolean" => Some(Ty::Boolean),
            "array" => {
                let Some(items) = &schema.items else {
                    self.error(pointer, "an array needs `items`");
                    return None;
                };
                let item_name = format!("{name}Item");
                let item =
                    self.convert(items, &item_name, &Self::child(pointer, &["items"]), false)?;
                Some(Ty::Array(Box::new(item)))
            }
            _ => self.convert_object(schema, name, pointer),
        }
    }

    fn convert_object(&mut self, schema: &RawSchema, name: &str, pointer: &[String]) -> Option<Ty> {
        let additional_pointer = Self::child(pointer, &["additionalProperties"]);
        let Some(properties) = &schema.properties else {
            if let Some(required) = &schema.required
                && !required.is_empty()
            {
                self.error(
                    &Self::child(pointer, &["required"]),
                    "`required` needs `properties`",
                );
                return None;
            }
            let values = match &schema.additional_properties {
                Some(RawAdditionalProperties::Schema(values)) => {
                    self.convert(values, &format!("{name}Value"), &additional_pointer, false)?
                }
                Some(RawAdditionalProperties::Allowed(true)) | None => Ty::Any,
                Some(RawAdditionalProperties::Allowed(false)) => {
                    self.error(&additional_pointer, "an object with no properties and `additionalProperties: false` can only be `{}`; this is not supported");
                    return None;
                }
            };
            return Some(Ty::Map(Box::new(values)));
        };
        let deny_unknown = match &schema.additional_properties {
            Some(RawAdditionalProperties::Schema(_)) => {
                self.error(
                    &additional_pointer,
                    "`additionalProperties` with a schema is supported only on objects without `properties` (maps)",
                );
                return None;
            }
            Some(RawAdditionalProperties::Allowed(allowed)) => !allowed,
            None => false,
        };
        let required: BTreeSet<&str> = schema
            .required
            .iter()
            .flatten()
            .map(String::as_str)
            .collect();
        for (position, property) in schema.required.iter().flatten().enumerate() {
            if !properties.contains_key(property) {
                self.error(
                    &Self::child(pointer, &["required", &position.to_string()]),
                    format!("`required` names `{property}`, which is not in `properties`"),
                );
            }
        }
        let mut fields = Vec::new();
        let mut field_owners: BTreeMap<String, &str> = BTreeMap::new();
        for (wire, property) in properties {
            let property_pointer = Self::child(pointer, &["properties", wire]);
            let Some(ident) = ident::field_name(wire) else {
                self.error(
                    &property_pointer,
                    format!("property `{wire}` has no letter or digit to name a Rust field after"),
                );
                continue;
            };
            if let Some(other) = field_owners.insert(ident.clone(), wire) {
                self.error(
                    &property_pointer,
                    format!("properties `{other}` and `{wire}` both become the Rust field `{ident}`; rename one"),
                );
                continue;
            }
            let type_part = ident::type_name(wire).unwrap_or_default();
            let child_name = if name == ROOT_TYPE {
                type_part
            } else {
                format!("{name}{type_part}")
            };
            let Some(ty) = self.convert(property, &child_name, &property_pointer, false) else {
                continue;
            };
            fields.push(Field {
                wire: wire.clone(),
                ident,
                doc: property.description.clone(),
                ty,
                required: required.contains(wire.as_str()),
            });
        }
        self.define(
            TypeDef::Struct(StructDef {
                name: name.to_owned(),
                doc: schema.description.clone(),
                fields,
                deny_unknown,
            }),
            pointer,
        )
    }

    fn convert_enum(
        &mut self,
        schema: &RawSchema,
        name: &str,
        pointer: &[String],
        values: &[Value],
        is_const: bool,
    ) -> Option<Ty> {
        let keyword = if is_const { "const" } else { "enum" };
        let keyword_pointer = Self::child(pointer, &[keyword]);
        if let Some(types) = &schema.types
            && types.0 != ["string"]
        {
            self.error(
                &Self::child(pointer, &["type"]),
                format!("`{keyword}` is supported for strings only, so `type` must be \"string\""),
            );
            return None;
        }
        if values.is_empty() {
            self.error(&keyword_pointer, "an `enum` needs at least one value");
            return None;
        }
        let mut variants: Vec<(String, String)> = Vec::new();
        for (position, value) in values.iter().enumerate() {
            let at = if is_const {
                keyword_pointer.clone()
            } else {
                Self::child(&keyword_pointer, &[&position.to_string()])
            };
            let Value::String(wire) = value else {
                self.error(
                    &at,
                    format!("`{keyword}` values must be strings, found `{value}`"),
                );
                return None;
            };
            let Some(variant) = ident::type_name(wire) else {
                self.error(
                    &at,
                    format!("`{wire}` has no letter or digit to name a Rust variant after"),
                );
                return None;
            };
            if let Some((_, other)) = variants.iter().find(|(existing, _)| *existing == variant) {
                self.error(
                    &at,
                    format!(
                        "values `{other}` and `{wire}` both become the Rust variant `{variant}`"
                    ),
                );
                return None;
            }
            variants.push((variant, wire.clone()));
        }
        self.define(
            TypeDef::Enum(EnumDef {
                name: name.to_owned(),
                doc: schema.description.clone(),
                variants,
                is_const,
            }),
            pointer,
        )
    }

    fn convert_union(
        &mut self,
        schema: &RawSchema,
        name: &str,
        pointer: &[String],
        branches: &[RawSchema],
    ) -> Option<Ty> {
        let is_null = |branch: &RawSchema| {
            branch
                .types
                .as_ref()
                .is_some_and(|types| types.0 == ["null"])
        };
        let nullable = branches.iter().any(is_null);
        let rest: Vec<(usize, &RawSchema)> = branches
            .iter()
            .enumerate()
            .filter(|(_, branch)| !is_null(branch))
            .collect();
        let base = match rest.as_slice() {
            [] => {
                self.error(pointer, "needs at least one schema that is not `null`");
                return None;
            }
            [(position, only)] => self.convert(
                only,
                name,
                &Self::child(pointer, &[&position.to_string()]),
                false,
            )?,
            _ => {
                let mut variants: Vec<(String, Ty)> = Vec::new();
                for (position, branch) in rest {
                    let branch_pointer = Self::child(pointer, &[&position.to_string()]);
                    let ty = self.convert(
                        branch,
                        &format!("{name}Variant{position}"),
                        &branch_pointer,
                        false,
                    )?;
                    let mut variant = variant_name(&ty);
                    if variants.iter().any(|(existing, _)| *existing == variant) {
                        variant = format!("{variant}{position}");
                    }
                    variants.push((variant, ty));
                }
                self.define(
                    TypeDef::Union(UnionDef {
                        name: name.to_owned(),
                        doc: schema.description.clone(),
                        variants,
                    }),
                    pointer,
                )?
            }
        };
        Some(if nullable {
            Ty::Nullable(Box::new(base))
        } else {
            base
        })
    }

    fn convert_reference(
        &mut self,
        schema: &RawSchema,
        reference: &str,
        pointer: &[String],
    ) -> Option<Ty> {
        let ref_pointer = Self::child(pointer, &["$ref"]);
        let combined = schema.types.is_some()
            || schema.properties.is_some()
            || schema.items.is_some()
            || schema.enumeration.is_some()
            || schema.constant.is_some()
            || schema.any_of.is_some()
            || schema.one_of.is_some();
        if combined {
            self.error(&ref_pointer, "`$ref` cannot be combined with other type keywords; only `description` and `title` may stand beside it");
            return None;
        }
        let Some(def_name) = reference.strip_prefix("#/$defs/") else {
            self.error(&ref_pointer, format!("`$ref` `{reference}` is not supported; refer to a definition of this file as `#/$defs/<name>`"));
            return None;
        };
        if let Some(done) = self.def_types.get(def_name).cloned() {
            if done.is_none() {
                self.error(&ref_pointer, format!("definition `{def_name}` refers to itself; recursive types are not supported"));
            }
            return done;
        }
        let Some(def) = self.defs.and_then(|defs| defs.get(def_name)) else {
            let known: Vec<&str> = self
                .defs
                .iter()
                .flat_map(|defs| defs.keys())
                .map(String::as_str)
                .collect();
            self.error(
                &ref_pointer,
                format!(
                    "`$ref` names `{def_name}`, which is not in `$defs` (defined: {})",
                    if known.is_empty() {
                        "none".to_owned()
                    } else {
                        known.join(", ")
                    }
                ),
            );
            return None;
        };
        let Some(type_name) = ident::type_name(def_name) else {
            self.error(
                &ref_pointer,
                format!("definition `{def_name}` has no letter or digit to name a Rust type after"),
            );
            return None;
        };
        self.def_types.insert(def_name.to_owned(), None);
        let ty = self.convert(
            def,
            &type_name,
            &["$defs".to_owned(), def_name.to_owned()],
            false,
        );
        self.def_types.insert(def_name.to_owned(), ty.clone());
        ty
    }

    fn define(&mut self, def: TypeDef, pointer: &[String]) -> Option<Ty> {
        let name = def.name().to_owned();
        if self.types.iter().any(|existing| existing.name() == name) {
            self.error(
                pointer,
                format!("two types of this schema would both be named `{name}`; rename a property or a definition"),
            );
            return None;
        }
        self.types.push(def);
        Some(Ty::Named(name))
    }
}

/// The variant name of a union branch, after its type.
fn variant_name(ty: &Ty) -> String {
    match ty {
        Ty::String => "String".to_owned(),
        Ty::Number => "Number".to_owned(),
        Ty::Integer => "Integer".to_owned(),
        Ty::Boolean => "Boolean".to_owned(),
        Ty::Any => "Any".to_owned(),
        Ty::Named(name) => name.clone(),
        Ty::Array(_) => "Array".to_owned(),
        Ty::Map(_) => "Map".to_owned(),
        Ty::Nullable(inner) => variant_name(inner),
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
            Version::parse("1.0.10").map(|v| v.module()).as_deref(),
            Some("v1_0_10")
        );
        assert!(Version::parse("1.0").is_none());
        assert!(Version::parse("1.0.0.0").is_none());
        assert!(Version::parse("01.0.0").is_none());
        assert!(Version::parse("1.0.0-beta").is_none());
        assert!(Version::parse("").is_none());
    }
}
