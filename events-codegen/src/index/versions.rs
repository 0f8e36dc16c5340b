//! `schema_versions`: each entry a semantic version, listed once, with its schema file, and of
//! the major the event's name says under `kebab-case-major`.

use crate::ident;
use crate::json::Node;
use crate::load::LoadedCatalog;
use crate::model::Version;
use crate::rule::Rule;

/// Each listed version needs its schema file, and a version listed twice would make two
/// modules of one name. Returns the versions listed, each once.
pub(super) fn check_schema_files(
    name: Option<&str>,
    versions: &[(Version, &Node)],
    loaded: &LoadedCatalog,
    error: &mut impl FnMut(Rule, &Node, String),
) -> Vec<Version> {
    let mut listed: Vec<Version> = Vec::new();
    for (version, at) in versions {
        if listed.contains(version) {
            let message = format!("schema version {version} is listed twice");
            error(Rule::DuplicateSchemaVersion, at, message);
            continue;
        }
        let (module, variant) = (
            ident::version_module(version),
            ident::version_variant(version),
        );
        if let Some(other) = listed.iter().find(|other| {
            ident::version_module(other) == module || ident::version_variant(other) == variant
        }) {
            let message = format!(
                "schema versions {other} and {version} both become the Rust module `{module}` and variant `{variant}` (pre-releases are named without case, their `.` and `-` as `_` or word breaks); drop one"
            );
            error(Rule::VersionsThatCollideInRust, at, message);
            continue;
        }
        listed.push(version.clone());
        let Some(name) = name else { continue };
        let unreadable = loaded
            .unreadable_schemas
            .iter()
            .any(|(event, text)| event == name && Version::parse(text).as_ref() == Some(version));
        let exists = loaded.schemas.iter().any(|file| {
            file.event == name && Version::parse(&file.version).as_ref() == Some(version)
        });
        if !exists && !unreadable {
            error(
                Rule::ListedVersionWithoutSchemaFile,
                at,
                format!(
                    "no schema file for `{name}` version {version}; add `schemas/{name}/{version}.json`"
                ),
            );
        }
    }
    listed
}

/// `schema_versions`: a non-empty array of semantic versions; each bad entry is reported.
pub(super) fn read_versions<'a>(
    row: &'a Node,
    error: &mut impl FnMut(Rule, &Node, String),
) -> Vec<(Version, &'a Node)> {
    let Some(column) = row.get("schema_versions") else {
        return Vec::new();
    };
    let Some(entries) = column.as_array() else {
        error(
            Rule::WrongJsonTypeInRow,
            column,
            format!(
                "`schema_versions` must be an array of versions like [\"1.0.0\"], found {}",
                column.kind()
            ),
        );
        return Vec::new();
    };
    if entries.is_empty() {
        error(
            Rule::EmptySchemaVersions,
            column,
            "`schema_versions` is empty; list at least one version, like [\"1.0.0\"]".to_owned(),
        );
    }
    let mut versions = Vec::new();
    for entry in entries {
        match entry.as_str().map(|text| (text, Version::parse(text))) {
            Some((_, Some(version))) => versions.push((version, entry)),
            Some((text, None)) => error(
                Rule::SchemaVersionNotSemver,
                entry,
                if text.contains('+') {
                    format!(
                        "schema version `{text}` has build metadata (`+…`), which semantic versioning ignores when it compares versions, so it cannot tell two schemas apart; write `1.0.0` or `1.0.0-beta.3`"
                    )
                } else {
                    format!(
                        "schema version `{text}` is not a semantic version like `1.0.0` or `1.0.0-beta.3`"
                    )
                },
            ),
            None => error(
                Rule::WrongJsonTypeInRow,
                entry,
                format!(
                    "a schema version must be a string like \"1.0.0\", found {}",
                    entry.kind()
                ),
            ),
        }
    }
    versions
}

/// The `-vN` suffix is the event's major version: a schema of another major belongs to another
/// event name.
pub(super) fn check_major_matches_name(
    name: &str,
    versions: &[(Version, &Node)],
    error: &mut impl FnMut(Rule, &Node, String),
) {
    let Some(major) = name
        .rsplit_once("-v")
        .and_then(|(_, n)| n.parse::<u64>().ok())
    else {
        return;
    };
    for (version, at) in versions {
        if version.major != major {
            error(
                Rule::MajorVersionDiffersFromName,
                at,
                format!(
                    "schema version {version} has major {} but the event name `{name}` says v{major}; a new major is a new event",
                    version.major
                ),
            );
        }
    }
}

/// Lower-case ASCII words (letters and digits, the first starting with a letter) joined by single
/// `-`, the last being `v` and a number.
pub(super) fn is_event_name(name: &str) -> bool {
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
