//! trybuild UI tests: one file per situation under `tests/ui/`, with `.stderr` files produced by
//! `TRYBUILD=overwrite` and reviewed in diffs.
//!
//! trybuild compiles each case in its own project under `target/tests/trybuild/events-tests/`,
//! so the macro resolves catalog paths against that folder. The catalog folders beside the cases
//! are copied there first, which keeps the paths in the expected output short and stable.

use std::fs;
use std::sync::Once;

use crate::copy_dir;
use std::path::{Path, PathBuf};

#[test]
fn deprecated_events_warn_at_use_sites_and_active_ones_do_not() {
    stage_catalogs();
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/deprecation/*.rs");
    cases.pass("ui/pass/*.rs");
}

#[test]
fn every_catalog_defect_is_a_compile_error_naming_file_line_and_pointer() {
    stage_catalogs();
    trybuild::TestCases::new().compile_fail("ui/catalog-errors/*.rs");
}

/// Copies every catalog folder under `tests/ui/` into trybuild's project folder, once: both
/// tests build in that folder, and staging again while the other one builds would pull the
/// catalogs from under it.
fn stage_catalogs() {
    static STAGED: Once = Once::new();
    STAGED.call_once(copy_catalogs);
}

fn copy_catalogs() {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("ui");
    let project = trybuild_project_dir().join("ui");
    for group in fs::read_dir(&ui).unwrap() {
        let group = group.unwrap().path();
        for entry in fs::read_dir(&group).unwrap() {
            let entry = entry.unwrap().path();
            if entry.is_dir() {
                let target = project
                    .join(group.file_name().unwrap())
                    .join(entry.file_name().unwrap());
                let _ = fs::remove_dir_all(&target);
                copy_dir(&entry, &target);
            }
        }
    }
}

/// `<target>/tests/trybuild/events-tests`, found from this test binary at
/// `<target>/<profile>/deps/it-<hash>`.
fn trybuild_project_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let target = exe.ancestors().nth(3).unwrap();
    target.join("tests/trybuild").join(env!("CARGO_PKG_NAME"))
}
