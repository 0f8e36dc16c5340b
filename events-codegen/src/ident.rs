//! Every conversion from a catalog string to a Rust identifier: case, keywords, leading digits.
//!
//! Keeping them in one place guarantees that two stages never disagree on the name of an item.

use heck::{ToSnakeCase, ToUpperCamelCase};

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
///
/// Returns `None` when the string has no letter or digit to build a name from.
pub fn type_name(wire: &str) -> Option<String> {
    let words: Vec<String> = words(wire).map(|w| w.to_upper_camel_case()).collect();
    let mut name = String::new();
    for word in &words {
        // Digits that stood in separate words stay apart, so `1.0.0` and `10.0` differ.
        let last_is_digit = name.ends_with(|c: char| c.is_ascii_digit());
        if last_is_digit && word.starts_with(|c: char| c.is_ascii_digit()) {
            name.push('_');
        }
        name.push_str(word);
    }
    if name.is_empty() {
        return None;
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    // `Self` is the one keyword in UpperCamelCase, and it cannot be written `r#Self`.
    if name == "Self" {
        name.push('_');
    }
    Some(name)
}

/// snake_case field name for a wire property: `interactionId` → `interaction_id`,
/// `type` → `r#type`, `3d` → `_3d`. The result is ready for `syn::parse_str` or `format_ident!`.
///
/// Returns `None` when the string has no letter or digit to build a name from.
pub fn field_name(wire: &str) -> Option<String> {
    let joined = words(wire).collect::<Vec<_>>().join("_");
    let mut name = joined.to_snake_case();
    if name.is_empty() {
        return None;
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    if NOT_RAW.contains(&name.as_str()) {
        name.push('_');
    } else if KEYWORDS.contains(&name.as_str()) {
        name.insert_str(0, "r#");
    }
    Some(name)
}

/// The alphanumeric runs of a wire string, in order; everything else separates words.
fn words(wire: &str) -> impl Iterator<Item = &str> {
    wire.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_follow_heck_and_keep_digit_groups_apart() {
        assert_eq!(
            type_name("aw-interaction-mute-v1").unwrap(),
            "AwInteractionMuteV1"
        );
        assert_eq!(
            type_name("mashell-voice-phone-offered-cc-event-v1").unwrap(),
            "MashellVoicePhoneOfferedCcEventV1"
        );
        assert_eq!(type_name("web_chat").unwrap(), "WebChat");
        assert_eq!(type_name("1.0.0").unwrap(), "V1_0_0");
        assert_eq!(type_name("10.0").unwrap(), "V10_0");
        assert_eq!(type_name("--").as_deref(), None);
        assert_eq!(type_name("self").unwrap(), "Self_");
    }

    #[test]
    fn field_names_are_snake_case_and_escape_keywords() {
        assert_eq!(field_name("interactionId").unwrap(), "interaction_id");
        assert_eq!(field_name("disposition_code").unwrap(), "disposition_code");
        assert_eq!(field_name("lastTclCodeDesc").unwrap(), "last_tcl_code_desc");
        assert_eq!(field_name("type").unwrap(), "r#type");
        assert_eq!(field_name("self").unwrap(), "self_");
        assert_eq!(field_name("3d").unwrap(), "_3d");
        assert_eq!(field_name("$").as_deref(), None);
    }
}
