//! prettyplease snapshots of expansions: the bundled catalog, the lifecycle fixture catalog
//! (several schema versions, deprecation, a sent event) and the keywords catalog (a construct
//! of each keyword family). The `snapshot_compiles` test binary
//! compiles them, so a snapshot that is not valid, warning-free Rust fails the tests.
//! They are insta snapshots (`tests/snapshots/*.snap`): review changes with
//! `cargo insta test -p events-tests --review` (README, "Contributing").

use std::path::Path;

fn assert_snapshot(catalog: &str, shown_as: &str, snapshot: &str) {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let options = events_codegen::Options::default();
    let expansion =
        events_codegen::expand(&manifest_dir.join(catalog), Path::new(shown_as), &options);
    assert_eq!(expansion.diagnostics, vec![], "the catalog has defects");
    let file: syn::File = syn::parse2(expansion.tokens).expect("the expansion parses as a file");
    insta::with_settings!({
        snapshot_path => "../../snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
        description => format!("prettyplease expansion of include_catalog!() on {shown_as}/"),
    }, {
        insta::assert_snapshot!(snapshot, prettyplease::unparse(&file));
    });
}

#[test]
fn bundled_catalog_expansion_matches_the_snapshot() {
    assert_snapshot("../catalog", "catalog", "bundled_catalog");
}

#[test]
fn lifecycle_catalog_expansion_matches_the_snapshot() {
    assert_snapshot(
        "catalogs/lifecycle",
        "catalogs/lifecycle",
        "lifecycle_catalog",
    );
}

/// One event per family of keywords: tagged unions, tuples, literal enums, patterns, formats,
/// numbers and shared schemas reach review as a diff of this snapshot.
#[test]
fn keywords_catalog_expansion_matches_the_snapshot() {
    assert_snapshot("catalogs/keywords", "catalogs/keywords", "keywords_catalog");
}

/// The rustdoc of an event's `EventName` variant, `Event` variant, payload module and each
/// version's `Payload` carries its catalog row; `CATALOG`'s docs carry the whole table.
#[test]
fn generated_docs_carry_the_catalog_rows() {
    let snapshot = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots/lifecycle_catalog.snap"),
    )
    .expect("the reviewed snapshot");
    for row in [
        "/// | status | deprecated |",
        "/// | deprecated | 2025-06-01 |",
        "/// | sunset | 2026-06-01 |",
        "/// | replaced by | `agent-presence-v1` |",
    ] {
        // EventName variant, Event variant, event module, each version's `Payload`.
        assert!(snapshot.matches(row).count() >= 4, "{row}");
    }
    assert!(snapshot.contains("/// | direction | sent |"));
    assert!(snapshot.contains("/// | schema versions | 1.0.0, 1.1.0 |"));
    assert!(snapshot.contains(
        "/// | `agent-status-v1` | received | 1.0.0 | deprecated | 2025-01-15 | 2025-06-01 | 2026-06-01 |"
    ));
}

/// A field's rustdoc lists its validation keywords as the schema writes them.
#[test]
fn field_docs_list_their_json_schema_constraints() {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let expansion = events_codegen::expand(
        &manifest_dir.join("catalogs/keywords"),
        Path::new("catalogs/keywords"),
        &events_codegen::Options::default(),
    );
    assert_eq!(expansion.diagnostics, vec![]);
    let text = prettyplease::unparse(&syn::parse2(expansion.tokens).unwrap());
    for listed in [
        "/// JSON Schema, checked when decoding: `minLength: 2`, `maxLength: 4`.",
        "/// JSON Schema, checked when decoding: `pattern: \"^\\\\d+$\"`.",
        "/// JSON Schema, checked when decoding: `minItems: 1`, `maxItems: 3`, `uniqueItems: true`.",
    ] {
        assert!(text.contains(listed), "missing {listed}");
    }
}
