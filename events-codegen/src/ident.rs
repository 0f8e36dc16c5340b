//! Every name the generator makes: conversions of catalog strings to Rust identifiers (case,
//! keywords, leading digits), the names it derives for types and items nobody named, and the
//! [`Namespace`] that keeps the names of one scope apart.
//!
//! Keeping them in one place guarantees that two stages never disagree on the name of an item,
//! and that a name the generator invents never takes a name the catalog gave.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

use crate::model::{Ty, Version};

/// The root type of every payload module, and the alias of the latest one in an event module.
pub const ROOT_TYPE: &str = "Payload";

/// The enum of an event's payload in any of its schema versions, in its event module.
pub const VERSIONED_TYPE: &str = "Versioned";

/// The function of an event module in a shard crate that decodes the event's payload from its
/// kept text, for the crate composing the shards. Version modules start with `v`, so it takes
/// no name the catalog gives.
pub const SHARD_DECODER: &str = "__decode_payload";

/// The field that keeps unlisted properties under `unknown_fields = "keep"`.
const UNKNOWN_FIELDS: &str = "unknown_fields";

/// Words that cannot be used as identifiers even with `r#` (`self`, `Self`, `super`, `crate`).
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Strict and reserved keywords of Rust 2024, which need the `r#` prefix.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// UpperCamelCase type or variant name for a wire string: `aw-interaction-mute-v1` →
/// `AwInteractionMuteV1`, `web_chat` → `WebChat`, `1.0.0` → `V1_0_0`.
pub fn type_name(wire: &str) -> String {
    let words: Vec<String> = words(wire)
        .iter()
        .map(|w| w.to_upper_camel_case())
        .collect();
    let mut name = String::new();
    for word in &words {
        // Digits that stood in separate words stay apart, so `1.0.0` and `10.0` differ.
        let last_is_digit = name.ends_with(|c: char| c.is_ascii_digit());
        if last_is_digit && word.starts_with(|c: char| c.is_ascii_digit()) {
            name.push('_');
        }
        name.push_str(word);
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    // `Self` is the one keyword in UpperCamelCase, and it cannot be written `r#Self`.
    if name == "Self" {
        name.push('_');
    }
    name
}

/// snake_case field name for a wire property: `interactionId` → `interaction_id`,
/// `type` → `r#type`, `3d` → `_3d`. The result is ready for `syn::parse_str` or `format_ident!`.
pub fn field_name(wire: &str) -> String {
    let joined = words(wire).join("_");
    let mut name = joined.to_snake_case();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    if NOT_RAW.contains(&name.as_str()) {
        name.push('_');
    } else if KEYWORDS.contains(&name.as_str()) {
        name.insert_str(0, "r#");
    }
    name
}

/// A field name the catalog gives (`x-rust-name`): a snake_case Rust identifier, `r#`-escaped
/// when it is a keyword; else why not.
pub fn given_field_name(text: &str) -> Result<String, String> {
    let well_formed = text.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !well_formed || NOT_RAW.contains(&text) {
        return Err(format!(
            "`{text}` is not a snake_case Rust field name like `order_id`"
        ));
    }
    Ok(field_name(text))
}

/// A variant name the catalog gives (`x-enum-varnames`): an UpperCamelCase Rust identifier;
/// else why not.
pub fn given_variant_name(text: &str) -> Result<String, String> {
    let well_formed = text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !well_formed || text == "Self" {
        return Err(format!(
            "`{text}` is not an UpperCamelCase Rust variant name like `OrderCreated`"
        ));
    }
    Ok(text.to_owned())
}

/// The module of an event's payload types: `aw-interaction-mute-v1` → `aw_interaction_mute_v1`.
pub fn event_module(event_name: &str) -> String {
    field_name(event_name)
}

/// The module of one schema version's types: `1.0.0` → `v1_0_0`, `1.0.0-beta.3` →
/// `v1_0_0_beta_3`.
pub fn version_module(version: &Version) -> String {
    let release = format!("v{}_{}_{}", version.major, version.minor, version.patch);
    match &version.pre_release {
        Some(pre_release) => format!(
            "{release}_{}",
            pre_release.replace(['.', '-'], "_").to_ascii_lowercase()
        ),
        None => release,
    }
}

/// The type of a recursive definition's non-null values when the definition is nullable
/// (`Value` is `Option<NonNullValue>`).
pub fn non_null_type(name: &str) -> String {
    format!("NonNull{name}")
}

/// The variant of a schema version in `Versioned`: `1.0.0` → `V1_0_0`, `1.0.0-beta.3` →
/// `V1_0_0Beta3`. rustc's camel-case lint allows `_` only between digits, so a pre-release's
/// words are capitalized instead, with `_` only where two numbers meet (`1.0.0-0` → `V1_0_0_0`).
pub fn version_variant(version: &Version) -> String {
    let mut name = format!("V{}_{}_{}", version.major, version.minor, version.patch);
    for word in version
        .pre_release
        .iter()
        .flat_map(|pre| pre.split(['.', '-']))
    {
        let starts_with_digit = word.starts_with(|c: char| c.is_ascii_digit());
        if starts_with_digit && name.ends_with(|c: char| c.is_ascii_digit()) {
            name.push('_');
        }
        let mut chars = word.chars();
        name.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        name.extend(chars.map(|c| c.to_ascii_lowercase()));
    }
    name
}

/// The type of a property's value when it needs one of its own (an object, enum or union):
/// the property's name in UpperCamelCase, after the parent's unless the parent is the root
/// (`Payload.caller` → `Caller`, `Caller.address` → `CallerAddress`).
pub fn property_type(parent: &str, wire: &str) -> String {
    let own = type_name(wire);
    if parent == ROOT_TYPE {
        own
    } else {
        format!("{parent}{own}")
    }
}

/// The type of an array's items: `{parent}Item`.
pub fn item_type(parent: &str) -> String {
    format!("{parent}Item")
}

/// The type of a tuple's item `index`: `{parent}Item{index}`.
pub fn tuple_item_type(parent: &str, index: usize) -> String {
    format!("{parent}Item{index}")
}

/// The type of a map's values: `{parent}Value`.
pub fn map_value_type(parent: &str) -> String {
    format!("{parent}Value")
}

/// The type of the branch at `position` of a union, when the branch needs a type of its own:
/// `{parent}Variant{position}`.
pub fn union_branch_type(parent: &str, position: usize) -> String {
    format!("{parent}Variant{position}")
}

/// The variant of a union branch, after its type (`String`, `Array`, or the branch's type name),
/// before [`Namespace::claim`] makes it unique among the union's variants.
pub fn union_variant(ty: &Ty) -> String {
    match ty {
        Ty::String(_) => "String".to_owned(),
        Ty::Number(_) => "Number".to_owned(),
        Ty::Integer(_) | Ty::AnyInteger(_) => "Integer".to_owned(),
        Ty::Boolean => "Boolean".to_owned(),
        Ty::Null => "Null".to_owned(),
        Ty::Any => "Any".to_owned(),
        Ty::Named(name) | Ty::Shared { name, .. } => name.clone(),
        Ty::Boxed(inner) | Ty::Checked(inner, _) => union_variant(inner),
        Ty::Array(..) => "Array".to_owned(),
        Ty::Map(..) => "Map".to_owned(),
        Ty::Nullable(inner) => union_variant(inner),
    }
}

/// The type of a `$defs` entry, before [`Namespace::claim`] makes it unique: its key in
/// UpperCamelCase.
pub fn definition_type(key: &str) -> String {
    type_name(key)
}

/// The variant of a non-string value of a literal enum: `1` → `N1`, `-2.5` → `Minus2_5`,
/// The variant of a non-string value of a literal enum: `1` → `N1`, `-2.5` → `Minus2_5`,
/// `true` → `True`, `null` → `Null`; arrays and objects after their JSON text's letters and
/// digits (`{"a":1}` → `ObjectA1`).
pub fn literal_variant(value: &serde_json::Value) -> String {
    use serde_json::Value;
    match value {
        Value::Null => "Null".to_owned(),
        Value::Bool(true) => "True".to_owned(),
        Value::Bool(false) => "False".to_owned(),
        Value::Number(number) => {
            let text = number.to_string();
            let (sign, digits) = match text.strip_prefix('-') {
                Some(digits) => ("Minus", digits),
                None => ("N", text.as_str()),
            };
            let digits: String = digits
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect();
            format!("{sign}{digits}")
        }
        Value::String(text) => type_name(text),
        Value::Array(_) => format!("Array{}", type_name(&value.to_string())),
        Value::Object(_) => format!("Object{}", type_name(&value.to_string())),
    }
}

/// The field that keeps unlisted properties: `unknown_fields`, with as many `_` appended as it
/// takes to differ from every property's field.
pub fn unknown_fields_field<'a>(fields: impl Iterator<Item = &'a str> + Clone) -> String {
    let mut name = UNKNOWN_FIELDS.to_owned();
    while fields.clone().any(|field| field == name) {
        name.push('_');
    }
    name
}

/// The field that holds the properties `additionalProperties` describes beside `properties`:
/// `additional_properties`, with as many `_` appended as it takes to differ from every
/// property's field.
pub fn additional_properties_field<'a>(fields: impl Iterator<Item = &'a str> + Clone) -> String {
    let mut name = "additional_properties".to_owned();
    while fields.clone().any(|field| field == name) {
        name.push('_');
    }
    name
}

/// The type of the values of a struct's additional properties, when they need one of their
/// own: `Metadata` → `MetadataAdditional`.
pub fn additional_value_type(parent: &str) -> String {
    format!("{parent}Additional")
}

/// The variant of a string enum that keeps a value the schema does not list
/// (`unknown_enum_values = "keep"`): `Unknown`, unless a listed value took that name.
pub fn unknown_value_variant<'a>(variants: impl Iterator<Item = &'a str>) -> String {
    let taken: Vec<&str> = variants.collect();
    Namespace::with_reserved(&taken).claim("Unknown")
}

/// The names taken in one scope (the types of a payload module, the variants of a union).
/// Names the catalog gives are claimed first; a name the generator derives that is already
/// taken gets the smallest number suffix that makes it free (`Payload` → `Payload2`).
#[derive(Debug, Default)]
pub struct Namespace {
    taken: BTreeSet<String>,
    /// The names claimed, in order, so that an attempt's claims can be given back.
    claimed: Vec<String>,
}

impl Namespace {
    /// A scope where `reserved` are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Self {
            taken: reserved.iter().map(|name| (*name).to_owned()).collect(),
            claimed: Vec::new(),
        }
    }

    /// How many names were claimed so far.
    pub fn mark(&self) -> usize {
        self.claimed.len()
    }

    /// Gives back the names claimed since `mark`.
    pub fn release_since(&mut self, mark: usize) {
        for name in self.claimed.drain(mark.min(self.claimed.len())..) {
            self.taken.remove(&name);
        }
    }

    /// `wanted` if it is free, else `wanted` with the first free number from 2 on; the result is
    /// taken from then on.
    pub fn claim(&mut self, wanted: &str) -> String {
        let mut name = wanted.to_owned();
        let mut number = 2;
        while self.taken.contains(&name) {
            name = format!("{wanted}{number}");
            number += 1;
        }
        self.taken.insert(name.clone());
        self.claimed.push(name.clone());
        name
    }
}

/// The alphanumeric runs of a wire string, in order; everything else separates words.
/// The words of a wire string, split at every character that is not an ASCII letter or digit.
/// A string without letters or digits has its symbols spelled out (`*` → `star`, `""` →
/// `empty`), and a leading sign before a digit is too (`-1` → `minus 1`), so that every wire
/// string has a name and `+1`, `-1` and `1` have three.
fn words(wire: &str) -> Vec<String> {
    let split = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    if !wire.chars().any(|c| c.is_ascii_alphanumeric()) {
        if wire.is_empty() {
            return vec!["empty".to_owned()];
        }
        return wire.chars().map(spelled).collect();
    }
    let mut chars = wire.chars();
    match (chars.next(), chars.next()) {
        (Some(sign @ ('+' | '-')), Some(digit)) if digit.is_ascii_digit() => {
            let mut found = vec![spelled(sign)];
            found.extend(split(&wire[1..]));
            found
        }
        _ => split(wire),
    }
}

/// A symbol as a word: `+` → `plus`; a character without a common name by its code point
/// (`日` → `u65e5`).
fn spelled(symbol: char) -> String {
    let word = match symbol {
        '+' => "plus",
        '-' => "minus",
        '*' => "star",
        '/' => "slash",
        '\\' => "backslash",
        '.' => "dot",
        ',' => "comma",
        ':' => "colon",
        ';' => "semicolon",
        '!' => "bang",
        '?' => "question",
        '@' => "at",
        '#' => "hash",
        '$' => "dollar",
        '%' => "percent",
        '^' => "caret",
        '&' => "amp",
        '|' => "pipe",
        '~' => "tilde",
        '=' => "equals",
        '<' => "lt",
        '>' => "gt",
        '(' | ')' => "paren",
        '[' | ']' => "bracket",
        '{' | '}' => "brace",
        '_' => "underscore",
        ' ' => "space",
        '"' => "quote",
        '\'' => "apostrophe",
        '`' => "backtick",
        other => return format!("u{:x}", u32::from(other)),
    };
    word.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_follow_heck_and_keep_digit_groups_apart() {
        assert_eq!(type_name("aw-interaction-mute-v1"), "AwInteractionMuteV1");
        assert_eq!(
            type_name("mashell-voice-phone-offered-cc-event-v1"),
            "MashellVoicePhoneOfferedCcEventV1"
        );
        assert_eq!(type_name("web_chat"), "WebChat");
        assert_eq!(type_name("1.0.0"), "V1_0_0");
        assert_eq!(type_name("10.0"), "V10_0");
        assert_eq!(type_name("--"), "MinusMinus");
        assert_eq!(type_name(""), "Empty");
        assert_eq!(type_name("*"), "Star");
        assert_eq!(type_name("+1"), "Plus1");
        assert_eq!(type_name("-1"), "Minus1");
        assert_eq!(type_name("a-1"), "A1");
        assert_eq!(type_name("日本"), "U65e5U672c");
        assert_eq!(field_name("+1"), "plus_1");
        assert_eq!(field_name("-1"), "minus_1");
        assert_eq!(field_name("$ref"), "r#ref");
        assert_eq!(type_name("self"), "Self_");
    }

    #[test]
    fn field_names_are_snake_case_and_escape_keywords() {
        assert_eq!(field_name("interactionId"), "interaction_id");
        assert_eq!(field_name("disposition_code"), "disposition_code");
        assert_eq!(field_name("lastTclCodeDesc"), "last_tcl_code_desc");
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("3d"), "_3d");
        assert_eq!(field_name("$"), "dollar");
    }

    #[test]
    fn derived_names_yield_to_taken_ones() {
        let mut types = Namespace::with_reserved(&[ROOT_TYPE]);
        assert_eq!(
            types.claim(&property_type(ROOT_TYPE, "payload")),
            "Payload2"
        );
        assert_eq!(
            types.claim(&property_type("Caller", "address")),
            "CallerAddress"
        );
        assert_eq!(types.claim("CallerAddress"), "CallerAddress2");
        assert_eq!(types.claim("Payload2"), "Payload22");
        let fields = ["unknown_fields", "unknown_fields_"];
        assert_eq!(unknown_fields_field(fields.into_iter()), "unknown_fields__");
        assert_eq!(
            unknown_value_variant(["Low", "High"].into_iter()),
            "Unknown"
        );
        assert_eq!(unknown_value_variant(["Unknown"].into_iter()), "Unknown2");
        let version = |text| Version::parse(text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!(version_module(&version("1.10.0")), "v1_10_0");
        assert_eq!(version_variant(&version("1.10.0")), "V1_10_0");
        assert_eq!(version_module(&version("1.0.0-Beta.3")), "v1_0_0_beta_3");
        assert_eq!(version_variant(&version("1.0.0-rc-1")), "V1_0_0Rc1");
        assert_eq!(version_variant(&version("1.0.0-0")), "V1_0_0_0");
        assert_eq!(
            version_variant(&version("1.0.0-alpha.1.2")),
            "V1_0_0Alpha1_2"
        );
    }
}
