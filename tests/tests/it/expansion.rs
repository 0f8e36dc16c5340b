//! prettyplease snapshots of expansions: the bundled catalog, and the lifecycle fixture catalog
//! (several schema versions, deprecation, a sent event). The `snapshot_compiles` test binary
//! compiles them, so a snapshot that is not valid, warning-free Rust fails the tests.
//! Regenerate with `UPDATE_SNAPSHOTS=1 cargo test -p events-tests expansion` and review the diff.

use std::path::Path;

fn assert_snapshot(catalog: &str, shown_as: &str, snapshot: &str) {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let options = events_codegen::Options::default();
    let expansion =
        events_codegen::expand(&manifest_dir.join(catalog), Path::new(shown_as), &options);
    assert_eq!(expansion.diagnostics, vec![], "the catalog has defects");
    let file: syn::File = syn::parse2(expansion.tokens).expect("the expansion parses as a file");
    let header = format!(
        "// @generated: prettyplease expansion of include_catalog!() on {shown_as}/.\n// Regenerate with `UPDATE_SNAPSHOTS=1 cargo test -p events-tests expansion`.\n\n"
    );
    let actual = format!("{header}{}", prettyplease::unparse(&file));
    let path = manifest_dir.join(snapshot);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let first_difference = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .map_or("at the end".to_owned(), |line| {
                format!("at line {}", line + 1)
            });
        panic!(
            "{snapshot} is out of date ({first_difference}); rerun with UPDATE_SNAPSHOTS=1 and review the diff"
        );
    }
}

#[test]
fn bundled_catalog_expansion_matches_the_snapshot() {
    assert_snapshot("../catalog", "catalog", "snapshots/bundled_catalog.rs");
}

#[test]
fn lifecycle_catalog_expansion_matches_the_snapshot() {
    assert_snapshot(
        "catalogs/lifecycle",
        "catalogs/lifecycle",
        "snapshots/lifecycle_catalog.rs",
    );
}

/// The rustdoc of an event's `EventName` variant, `Event` variant and payload module carries its
/// catalog row; `CATALOG`'s docs carry the whole table.
#[test]
fn generated_docs_carry_the_catalog_rows() {
    let snapshot = include_str!("../../snapshots/lifecycle_catalog.rs");
    for row in [
        "/// | status | deprecated |",
        "/// | deprecated | 2025-06-01 |",
        "/// | sunset | 2026-06-01 |",
        "/// | replaced by | `agent-presence-v1` |",
    ] {
        // EventName variant, Event variant, event module.
        assert!(snapshot.matches(row).count() >= 3, "{row}");
    }
    assert!(snapshot.contains("/// | direction | sent |"));
    assert!(snapshot.contains("/// | schema versions | 1.0.0, 1.1.0 |"));
    assert!(snapshot.contains(
        "/// | `agent-status-v1` | received | 1.0.0 | deprecated | 2025-01-15 | 2025-06-01 | 2026-06-01 |"
    ));
}
