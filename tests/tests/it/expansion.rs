//! The prettyplease snapshot of the bundled catalog's expansion. The snapshot is compiled as part
//! of the `events-tests` library, so a snapshot that is not valid, warning-free Rust fails the
//! build. Regenerate with `UPDATE_SNAPSHOTS=1 cargo test -p events-tests expansion`.

use std::path::Path;

const SNAPSHOT: &str = "snapshots/bundled_catalog.rs";
const HEADER: &str = "// @generated: prettyplease expansion of include_catalog!() on catalog/.\n// Regenerate with `UPDATE_SNAPSHOTS=1 cargo test -p events-tests expansion`.\n\n";

#[test]
fn bundled_catalog_expansion_matches_the_snapshot() {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let expansion = events_codegen::expand(&manifest_dir.join("../catalog"), Path::new("catalog"));
    assert_eq!(
        expansion.diagnostics,
        vec![],
        "the bundled catalog has defects"
    );
    let file: syn::File = syn::parse2(expansion.tokens).expect("the expansion parses as a file");
    let actual = format!("{HEADER}{}", prettyplease::unparse(&file));
    let path = manifest_dir.join(SNAPSHOT);
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
            "{SNAPSHOT} is out of date ({first_difference}); rerun with UPDATE_SNAPSHOTS=1 and review the diff"
        );
    }
}
